// Which names say "password": each word the analyzer reads as one, camel case included, and the
// names that are about a password without being one (its hash, its length, its policy).
use sha2::{Digest, Sha256};

pub fn store_db(db_passwd: &str) -> Vec<u8> {
    Sha256::digest(db_passwd.as_bytes()).to_vec() // expect: weak-password-hash "`db_passwd.as_bytes()`"
}

pub fn store_login(user_pass: &str) -> Vec<u8> {
    Sha256::digest(user_pass.as_bytes()).to_vec() // expect: weak-password-hash "Password hashed with one pass of SHA-256 (`user_pass.as_bytes()`)"
}

pub fn store_short(pw: &str) -> Vec<u8> {
    Sha256::digest(pw.as_bytes()).to_vec() // expect: weak-password-hash "Password hashed with one pass of SHA-256 (`pw.as_bytes()`)"
}

pub fn store_card(card_pin: &str) -> Vec<u8> {
    Sha256::digest(card_pin.as_bytes()).to_vec() // expect: weak-password-hash "Password hashed with one pass of SHA-256 (`card_pin.as_bytes()`)"
}

#[allow(non_snake_case)]
pub struct SignupForm {
    pub newPassword: String,
}

pub fn store_signup(form: &SignupForm) -> Vec<u8> {
    Sha256::digest(form.newPassword.as_bytes()).to_vec() // expect: weak-password-hash "Password hashed with one pass of SHA-256 (`form.newPassword.as_bytes()`)"
}

// --- correct code ---

pub fn length_bucket(password_len: usize) -> Vec<u8> {
    Sha256::digest(password_len.to_le_bytes()).to_vec() // ok: weak-password-hash
}

pub fn policy_digest(password_policy: &str) -> Vec<u8> {
    Sha256::digest(password_policy.as_bytes()).to_vec() // ok: weak-password-hash
}

pub fn rehash_index(hashed_password: &str) -> Vec<u8> {
    Sha256::digest(hashed_password.as_bytes()).to_vec() // ok: weak-password-hash
}

// A label that mentions passwords is not a password.
pub fn reset_token_digest(token: &[u8]) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(b"password-reset-v1"); // ok: weak-password-hash
    h.update(token);
    h.finalize().to_vec()
}
