// Hard-coded keys: literals reaching key constructors, directly or through consts, fields and helpers.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes128Gcm, Aes256Gcm, Key};
use chacha20poly1305::ChaCha20Poly1305;
use hmac::{Hmac, Mac};
use ring::aead::{UnboundKey, AES_256_GCM};
use sha2::Sha256;

const MASTER_KEY: [u8; 32] = [
    0x60, 0x3d, 0xeb, 0x10, 0x15, 0xca, 0x71, 0xbe, 0x2b, 0x73, 0xae, 0xf0, 0x85, 0x7d, 0x77, 0x81,
    0x1f, 0x35, 0x2c, 0x07, 0x3b, 0x61, 0x08, 0xd7, 0x2d, 0x98, 0x10, 0xa3, 0x09, 0x14, 0xdf, 0xf4,
];
pub const API_SECRET: &str = "sk_live_51HqLyjWDarjtT1zdp7dc"; // expect: hardcoded-key(high) "Secret-named const `API_SECRET` holds a literal value (`\"sk_live_51HqLyjWDarjtT1zdp7dc\"`)"

pub fn key_from_literal() -> Aes256Gcm {
    let key = Key::<Aes256Gcm>::from_slice(b"an example very very secret key."); // expect: hardcoded-key(critical) "Hard-coded key"
    Aes256Gcm::new(key) // ok: hardcoded-key
}

pub fn key_from_literal_dereferenced() -> Aes256Gcm {
    let key = &*Key::<Aes256Gcm>::from_slice(b"an example very very secret key."); // expect: hardcoded-key(critical) "Hard-coded key"
    Aes256Gcm::new(key) // ok: hardcoded-key
}

pub fn key_from_const() -> Aes256Gcm {
    Aes256Gcm::new_from_slice(&MASTER_KEY).unwrap() // expect: hardcoded-key "Hard-coded key"
}

pub fn repeated_byte_key() -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new_from_slice(&[42; 32]).expect("32 bytes") // expect: hardcoded-key "Hard-coded key"
}

pub fn ring_key() -> UnboundKey {
    let key_bytes: &[u8] = b"0123456789abcdef0123456789abcdef";
    UnboundKey::new(&AES_256_GCM, key_bytes).unwrap() // expect: hardcoded-key "Hard-coded key"
}

pub fn hmac_key(data: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(b"my hmac secret").unwrap(); // expect: hardcoded-key "Hard-coded key"
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

pub fn openssl_key(data: &[u8]) -> Vec<u8> {
    let cipher = openssl::symm::Cipher::aes_128_cbc(); // expect: broken-cipher(medium) "`openssl::symm::Cipher::aes_128_cbc()` is unauthenticated and nothing in this function checks a MAC"
    // expect: constant-nonce "Constant nonce `&[1u8; 16]`" "with AES-128-CBC"
    openssl::symm::encrypt(cipher, b"sixteen byte key", Some(&[1u8; 16]), data).unwrap() // expect: hardcoded-key "Hard-coded key"
}

fn default_key() -> [u8; 16] {
    *b"YELLOW SUBMARINE"
}

pub fn key_from_helper() -> Aes128Gcm {
    let k = default_key();
    Aes128Gcm::new_from_slice(&k).unwrap() // expect: hardcoded-key "Hard-coded key"
}

// --- correct code ---

pub const KEY_LEN: usize = 32; // ok: hardcoded-key
pub const API_KEY_HEADER: &str = "X-Api-Key"; // ok: hardcoded-key

pub fn random_key() -> Aes256Gcm {
    let key = Aes256Gcm::generate_key(OsRng);
    Aes256Gcm::new(&key) // ok: hardcoded-key
}

pub fn key_from_env() -> Result<Aes256Gcm, Box<dyn std::error::Error>> {
    let hex_key = std::env::var("APP_DATA_KEY")?;
    let bytes = hex::decode(hex_key)?;
    Ok(Aes256Gcm::new_from_slice(&bytes)?) // ok: hardcoded-key
}

pub fn key_from_caller(key: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(key).unwrap() // ok: hardcoded-key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip_with_test_key() {
        let cipher = Aes256Gcm::new_from_slice(&[0u8; 32]).unwrap(); // expect: hardcoded-key(low) "Hard-coded key"
        let _ = cipher;
    }
}

// ring's HMAC key from a literal, written as the README shows it (the algorithm without `&`).
pub fn ring_hmac_literal() -> ring::hmac::Key {
    ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"webhook signing secret") // expect: hardcoded-key "hmac::Key::new"
}
