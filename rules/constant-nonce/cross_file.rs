// The nonce constant lives in another file of the crate (consts.rs); the finding must still appear.
use aes_gcm::aead::{Aead, AeadInPlace};
use aes_gcm::{Aes128Gcm, Nonce};
use openssl::symm::{encrypt_aead, Cipher, Crypter, Mode};

use crate::consts::SHARED_NONCE;

pub fn uses_const_from_other_file(cipher: &Aes128Gcm, data: &[u8]) -> Vec<u8> {
    cipher.encrypt(Nonce::from_slice(&SHARED_NONCE), data).unwrap() // expect: constant-nonce
}

pub fn openssl_fixed_iv(key: &[u8], data: &[u8]) -> Vec<u8> {
    let iv = [0u8; 12];
    let mut tag = [0u8; 16];
    encrypt_aead(Cipher::aes_256_gcm(), key, Some(&iv), &[], data, &mut tag).unwrap() // expect: constant-nonce
}

pub fn openssl_crypter(key: &[u8]) -> Crypter {
    Crypter::new(Cipher::aes_128_gcm(), Mode::Encrypt, key, Some(b"0123456789ab")).unwrap() // expect: constant-nonce
}

// --- correct code ---

pub fn unknown_name_is_not_guessed(cipher: &Aes128Gcm, data: &[u8]) -> Vec<u8> {
    cipher.encrypt(Nonce::from_slice(&crate::consts::NOT_DEFINED_ANYWHERE), data).unwrap() // ok: constant-nonce
}

pub fn openssl_decrypt_mode(key: &[u8]) -> Crypter {
    Crypter::new(Cipher::aes_128_gcm(), Mode::Decrypt, key, Some(b"0123456789ab")).unwrap() // ok: constant-nonce
}

pub fn in_place_detached(cipher: &Aes128Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, buf: &mut [u8]) {
    cipher.encrypt_in_place_detached(nonce, b"", buf).unwrap(); // ok: constant-nonce
}
