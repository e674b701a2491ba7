// The `sha256` crate's `digest` (hex of one SHA-256 pass) used to store and check passwords.
use sha256::digest;

pub struct User {
    pub name: String,
    pub password_hash: String,
}

pub fn register(name: &str, password: &str) -> User {
    User { name: name.into(), password_hash: digest(password) } // expect: weak-password-hash(high) "Password hashed with one pass of SHA-256 (`password`)"
}

pub fn check(user: &User, password: &str) -> bool {
    // expect: non-constant-time-compare
    sha256::digest(password.as_bytes()) == user.password_hash // expect: weak-password-hash "one pass of SHA-256"
}

// --- correct code ---

pub fn etag(body: &[u8]) -> String {
    format!("\"{}\"", digest(body)) // ok: weak-password-hash
}
