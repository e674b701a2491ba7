// Keys from passwords: no KDF, one fast hash, constant salts, too few iterations.
use aes_gcm::aead::{KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key};
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHasher};
use pbkdf2::pbkdf2_hmac;
use sha2::{Digest, Sha256};

const SALT: &[u8] = b"fixed-app-salt";

pub fn password_as_key(password: &str) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(password.as_bytes()).unwrap() // expect: weak-kdf "Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`password.as_bytes()`)"
}

pub fn padded_string_key(secret: String) -> Aes256Gcm {
    let key = Key::<Aes256Gcm>::from_slice(secret.as_bytes()); // expect: weak-kdf "Key material for `Key::from_slice` is taken straight from a string (`secret.as_bytes()`)"
    Aes256Gcm::new(key)
}

pub fn sha256_of_password(password: &str) -> Aes256Gcm {
    let hash = Sha256::digest(password.as_bytes());
    Aes256Gcm::new_from_slice(&hash).unwrap() // expect: weak-kdf "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&hash`)"
}

pub fn hasher_of_password(password: &[u8]) -> Aes256Gcm {
    let mut hasher = Sha256::new();
    hasher.update(password);
    let digest = hasher.finalize();
    Aes256Gcm::new(&digest) // expect: weak-kdf "The key for `Aes256Gcm::new` is one fast hash of its input (`&digest`)"
}

pub fn pbkdf2_few_rounds_constant_salt(password: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2_hmac::<Sha256>(password, SALT, 1_000, &mut key); // expect: weak-kdf(medium) "Constant salt", weak-kdf-cost
    key
}

pub fn argon2_constant_salt(password: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    Argon2::default().hash_password_into(password, b"saltsaltsalt", &mut key).unwrap(); // expect: weak-kdf "Constant salt `b\"saltsaltsalt\"` passed to `hash_password_into`"
    key
}

pub fn salt_string_constant(password: &[u8]) -> String {
    let salt = SaltString::from_b64("c29tZXNhbHQ").unwrap(); // expect: weak-kdf "Constant salt `\"c29tZXNhbHQ\"` passed to `SaltString::from_b64`"
    Argon2::default().hash_password(password, &salt).unwrap().to_string()
}

// --- correct code ---

pub fn argon2_random_salt(password: &[u8]) -> String {
    let salt = SaltString::generate(&mut OsRng); // ok: weak-kdf
    Argon2::default().hash_password(password, &salt).unwrap().to_string() // ok: weak-kdf
}

pub fn pbkdf2_strong(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2_hmac::<Sha256>(password, salt, 600_000, &mut key); // ok: weak-kdf
    key
}

pub fn argon2_into_with_stored_salt(password: &[u8], salt: &[u8]) -> Aes256Gcm {
    let mut key = [0u8; 32];
    Argon2::default().hash_password_into(password, salt, &mut key).unwrap(); // ok: weak-kdf
    Aes256Gcm::new_from_slice(&key).unwrap() // ok: weak-kdf
}

pub fn hash_of_random_key_material() -> Aes256Gcm {
    let seed = Aes256Gcm::generate_key(OsRng);
    let key = Sha256::digest(seed);
    Aes256Gcm::new_from_slice(&key).unwrap() // ok: weak-kdf
}

// `as_bytes()` of a key-agreement result is key bytes, not a string.
pub fn from_shared_secret(secret: x25519_dalek::EphemeralSecret, peer: &x25519_dalek::PublicKey) -> chacha20poly1305::ChaCha20Poly1305 {
    let shared_secret = secret.diffie_hellman(peer);
    chacha20poly1305::ChaCha20Poly1305::new(shared_secret.as_bytes().into()) // ok: weak-kdf
}

// An HMAC key from configuration is a key an operator chose, not a password.
pub fn webhook_mac(config: &Config) -> hmac::Hmac<Sha256> {
    <hmac::Hmac<Sha256> as hmac::Mac>::new_from_slice(config.webhook_secret.as_bytes()).unwrap() // ok: weak-kdf
}

pub struct Config {
    pub webhook_secret: String,
}

// A password as an HMAC key is still a password.
pub fn mac_from_password(password: &str) -> hmac::Hmac<Sha256> {
    hmac::Hmac::<Sha256>::new_from_slice(password.as_bytes()).unwrap() // expect: weak-kdf "Key material for `Hmac::new_from_slice` is taken straight from a string (`password.as_bytes()`)"
}

// HKDF is not a password KDF: in the function, and through the crate's helper.
pub fn hkdf_of_password(password: &str, out: &mut [u8; 32]) {
    let hk = hkdf::Hkdf::<Sha256>::new(None, password.as_bytes()); // expect: weak-kdf "one HKDF pass"
    hk.expand(b"enc", out).unwrap();
}

fn expand_key(ikm: &[u8], out: &mut [u8; 32]) {
    hkdf::Hkdf::<Sha256>::new(Some(b"app"), ikm).expand(b"enc", out).unwrap();
}

pub fn login_key(passphrase: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    expand_key(passphrase.as_bytes(), &mut out); // expect: weak-kdf "is passed to `expand_key`"
    out
}

pub fn session_key(shared_secret: &[u8; 32]) -> [u8; 32] {
    let mut out = [0u8; 32];
    expand_key(shared_secret, &mut out); // ok: weak-kdf
    out
}

// rust-argon2 with a constant salt, in both branches of one function: one root cause, one finding.
const APP_SALT: &[u8] = b"gibberish_salt";

pub fn argon_key(raw: bool, password: &[u8], config: &argon2::Config) -> Vec<u8> {
    if raw {
        argon2::hash_raw(password, APP_SALT, config).unwrap() // expect: weak-kdf(medium) "Constant salt"
    } else {
        argon2::hash_encoded(password, APP_SALT, config).unwrap().into_bytes() // ok: weak-kdf
    }
}
