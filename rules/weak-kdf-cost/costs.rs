// Work factors of password hashing: PBKDF2, bcrypt, scrypt, Argon2.
use argon2::{Algorithm, Argon2, Params, Version};
use pbkdf2::pbkdf2_hmac;
use sha2::{Sha256, Sha512};

mod limits;
use limits::{LEGACY_ROUNDS, SCRYPT_LOG_N};

const ROUNDS: u32 = 1_000;
const BCRYPT_COST: u32 = 4;

pub fn pbkdf2_few(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2_hmac::<Sha256>(password, salt, 100_000, &mut key); // expect: weak-kdf-cost(medium) "100,000 iterations" "600,000"
    key
}

pub fn pbkdf2_const(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2_hmac::<Sha256>(password, salt, ROUNDS, &mut key); // expect: weak-kdf-cost "1,000 iterations"
    key
}

// The count is a const in another file, itself defined as another const in a third.
pub fn pbkdf2_const_elsewhere(password: &[u8], salt: &[u8]) -> [u8; 64] {
    let mut key = [0u8; 64];
    pbkdf2_hmac::<Sha512>(password, salt, LEGACY_ROUNDS, &mut key); // expect: weak-kdf-cost "HMAC-SHA512 with 2,056 iterations" "210,000"
    key
}

pub fn ring_pbkdf2(password: &[u8], salt: &[u8], out: &mut [u8]) {
    let rounds = std::num::NonZeroU32::new(10_000).unwrap();
    ring::pbkdf2::derive(ring::pbkdf2::PBKDF2_HMAC_SHA256, rounds, salt, password, out); // expect: weak-kdf-cost "10,000 iterations"
}

pub fn bcrypt_cheap(password: &str) -> String {
    bcrypt::hash(password, BCRYPT_COST).unwrap() // expect: weak-kdf-cost "bcrypt with cost 4"
}

pub fn scrypt_small(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let params = scrypt::Params::new(SCRYPT_LOG_N, 8, 1, 32).unwrap(); // expect: weak-kdf-cost "log_n 13"
    let mut out = [0u8; 32];
    scrypt::scrypt(password, salt, &params, &mut out).unwrap();
    out
}

pub fn argon2_tiny() -> Argon2<'static> {
    let params = Params::new(1024, 2, 1, Some(32)).unwrap(); // expect: weak-kdf-cost "1,024 KiB"
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn argon2_one_pass_19m() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19_456, 1, 1, None).unwrap()) // expect: weak-kdf-cost "and 1 pass"
}

// --- correct code ---

pub fn pbkdf2_strong(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2_hmac::<Sha256>(password, salt, 600_000, &mut key); // ok: weak-kdf-cost
    key
}

pub fn pbkdf2_sha512_strong(password: &[u8], salt: &[u8]) -> [u8; 64] {
    let mut key = [0u8; 64];
    pbkdf2_hmac::<Sha512>(password, salt, 210_000, &mut key); // ok: weak-kdf-cost
    key
}

pub fn bcrypt_default(password: &str) -> String {
    bcrypt::hash(password, bcrypt::DEFAULT_COST).unwrap() // ok: weak-kdf-cost
}

pub fn argon2_owasp_equivalent() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(12_288, 3, 1, None).unwrap()) // ok: weak-kdf-cost
}

pub fn argon2_default() -> Argon2<'static> {
    Argon2::default() // ok: weak-kdf-cost
}

// The crate's own `hash(password, cost)` helper is not bcrypt's.
pub fn own_hash(password: &str, cost: u32) -> String {
    hash(password, 4) // ok: weak-kdf-cost
}

fn hash(password: &str, _cost: u32) -> String {
    password.to_string()
}
