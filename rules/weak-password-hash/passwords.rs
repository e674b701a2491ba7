// Passwords stored with one pass of a fast hash.
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};

pub fn hash_password(password: &String) -> String {
    let mut hasher = Sha512::new();
    hasher.update(password); // expect: weak-password-hash(high) "one pass of SHA-512"
    hex::encode(hasher.finalize())
}

pub fn register(user: &User) -> String {
    hex::encode(Sha256::digest(user.password.as_bytes())) // expect: weak-password-hash "Password hashed with one pass of SHA-256 (`user.password.as_bytes()`)"
}

pub struct PasswordEncoder;

impl PasswordEncoder {
    // The function is named for passwords and hashes its parameter.
    pub fn encode(raw: &str) -> String {
        let mut h = Sha1::new();
        h.update(raw.as_bytes()); // expect: weak-password-hash "SHA-1"
        hex::encode(h.finalize())
    }
}

pub fn salted(pwd: &str, salt: &[u8]) -> Vec<u8> {
    Sha256::new().chain_update(salt).chain_update(pwd).finalize().to_vec() // expect: weak-password-hash "Password hashed with one pass of SHA-256 (`pwd`)"
}

pub struct User {
    pub password: String,
}

// --- correct code ---

pub fn argon2_hash(password: &str) -> String {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    let salt = SaltString::generate(&mut OsRng);
    argon2::Argon2::default().hash_password(password.as_bytes(), &salt).unwrap().to_string() // ok: weak-password-hash
}

// Hashing a password's *hash* or a password policy id is not hashing a password.
pub fn cache_key(password_hash: &str) -> Vec<u8> {
    Sha256::digest(password_hash.as_bytes()).to_vec() // ok: weak-password-hash
}

pub fn content_digest(body: &[u8]) -> Vec<u8> {
    Sha256::digest(body).to_vec() // ok: weak-password-hash
}
