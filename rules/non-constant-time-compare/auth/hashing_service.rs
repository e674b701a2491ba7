// A hashing service's `verify` recomputes the salted hash and compares it with `==`.
use sha2::{Digest, Sha256};

pub struct SaltedHash {
    pub hash: String,
    pub salt: String,
}

pub fn verify(value: &str, salted: &SaltedHash) -> bool {
    let hash = Sha256::digest(format!("{}{}", salted.salt, value).as_bytes()); // expect: weak-password-hash
    hex::encode(hash) == salted.hash // expect: non-constant-time-compare
}

// A download's checksum is no secret.
pub fn verify_checksum(data: &[u8], expected_hash: &str) -> bool {
    hex::encode(Sha256::digest(data)) == expected_hash // ok: non-constant-time-compare
}
