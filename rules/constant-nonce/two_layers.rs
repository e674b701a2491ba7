// One constant nonce handed to the crate's helper at two places (two layers of encryption): one finding.
use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};

const IV: [u8; 12] = *b"0102030405ab";

fn seal(key: &[u8], nonce: &[u8], data: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    cipher.encrypt(Nonce::from_slice(nonce), data).unwrap()
}

pub fn two_layers(outer_key: &[u8], inner_key: &[u8], msg: &[u8]) -> Vec<u8> {
    let inner = seal(inner_key, &IV, msg); // expect: constant-nonce "Constant nonce `&IV` is passed to `seal`"
    seal(outer_key, &IV, &inner) // ok: constant-nonce
}
