// A generic hashing helper that the same file hands a password: the helper's name says nothing, its
// callers do.
use sha2::{Digest, Sha256};

pub struct User {
    pub login: String,
    pub password_hash: String,
}

impl User {
    pub fn new(login: String, password: String) -> Self {
        User { login, password_hash: User::digest_of(&password) }
    }

    pub fn fingerprint(&self) -> String {
        User::digest_of(&self.login)
    }

    fn digest_of(text: &String) -> String {
        format!("{:x}", md5::compute(text.as_bytes())) // expect: weak-password-hash(high) "one pass of MD5"
    }
}

fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data)) // expect: weak-password-hash "SHA-256"
}

pub fn store(pwd: &str) -> String {
    sha256_hex(pwd.as_bytes())
}

// --- correct code: the same kind of helper, never handed a password ---

fn etag_of(body: &[u8]) -> String {
    format!("{:x}", md5::compute(body)) // ok: weak-password-hash // expect: weak-hash(low) "`md5::compute(body)` uses MD5, which has practical collision attacks"
}

pub fn etag(page: &str) -> String {
    etag_of(page.as_bytes())
}

// --- correct code: an MD5 helper whose every result bcrypt hashes again is a pre-hash ---

pub fn md5_hex(input: &str) -> String {
    format!("{:x}", md5::compute(input))
}

pub fn store_prehashed(password: &str) -> Result<String, bcrypt::BcryptError> {
    bcrypt::hash(md5_hex(password), 12)
}

pub fn check_prehashed(password: &str, stored: &str) -> Result<bool, bcrypt::BcryptError> {
    bcrypt::verify(md5_hex(password), stored)
}
