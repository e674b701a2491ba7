// A hashing service: one SHA-256 over salt and value, checked by recomputing and comparing. That is
// how passwords are stored, whatever the parameter is called; one finding for the scheme.
use sha2::{Digest, Sha256};

pub struct SaltedHash {
    pub hash: String,
    pub salt: String,
}

pub fn generate_salted_hash(value: &str, salt: &str) -> SaltedHash {
    let salted_value = format!("{}{}", salt, value);
    let hash = Sha256::digest(salted_value.as_bytes()); // expect: weak-password-hash(high) "one pass of SHA-256 over a salt"
    SaltedHash { hash: hex::encode(hash), salt: salt.to_owned() }
}

pub fn verify(value: &str, salted: &SaltedHash) -> bool {
    let salted_value = format!("{}{}", salted.salt, value);
    let hash = Sha256::digest(salted_value.as_bytes()); // ok: weak-password-hash
    hex::encode(hash) == salted.hash // expect: non-constant-time-compare
}

// A derived master key checked by its salted fingerprint: the key is strong, the hash is fine.
pub fn verify_master_key(master_key: &[u8], salt: &[u8], stored_hash: &str) -> bool {
    let check = Sha256::new().chain_update(master_key).chain_update(salt).finalize(); // ok: weak-password-hash
    hex::encode(check) == stored_hash // expect: non-constant-time-compare
}
