// One salt for the whole installation, read from the environment with a literal default: the same
// for every password, so it is no salt per password.
use ring::{digest, pbkdf2};
use std::env;
use std::num::NonZeroU32;

const CREDENTIAL_LEN: usize = digest::SHA256_OUTPUT_LEN;

fn get_hash_salt() -> Vec<u8> {
    let salt = env::var("HASH_SALT").unwrap_or_else(|_| "default_salt_value".to_string());
    salt.into_bytes()
}

pub fn hash_password(password: &str) -> [u8; CREDENTIAL_LEN] {
    let mut out = [0u8; CREDENTIAL_LEN];
    let hash_salt = get_hash_salt();
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, NonZeroU32::new(600_000).unwrap(), &hash_salt, password.as_bytes(), &mut out); // expect: weak-kdf(medium) "is one value from the configuration (`env::var(\"HASH_SALT\")`)"
    out
}

pub fn hash_with_pepper(password: &str) -> [u8; CREDENTIAL_LEN] {
    let mut out = [0u8; CREDENTIAL_LEN];
    let salt = std::env::var("APP_SALT").expect("APP_SALT");
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, NonZeroU32::new(600_000).unwrap(), salt.as_bytes(), password.as_bytes(), &mut out); // expect: weak-kdf(medium)
    out
}

// --- correct code: a random salt per password, stored beside the hash ---

pub fn hash_salted(password: &str, rng: &dyn ring::rand::SecureRandom) -> ([u8; 16], [u8; CREDENTIAL_LEN]) {
    let mut salt = [0u8; 16];
    rng.fill(&mut salt).unwrap();
    let mut out = [0u8; CREDENTIAL_LEN];
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, NonZeroU32::new(600_000).unwrap(), &salt, password.as_bytes(), &mut out);
    (salt, out)
}
