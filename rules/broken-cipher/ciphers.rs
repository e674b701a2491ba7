// Broken ciphers and modes, and the unmaintained rust-crypto crate.
extern crate crypto; // expect: broken-cipher
use crypto::aes::{self, KeySize}; // expect: broken-cipher
use des::TdesEde3; // expect: broken-cipher
use rc4::{KeyInit, Rc4}; // expect: broken-cipher
use ::blowfish::Blowfish; // expect: broken-cipher
use cbc::Encryptor; // expect: broken-cipher(medium)
use openssl::symm::{encrypt, Cipher};

pub fn ecb(key: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::aes_256_ecb(), key, None, data).unwrap() // expect: broken-cipher
}

pub fn triple_des(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::des_ede3_cbc(), key, Some(iv), data).unwrap() // expect: broken-cipher
}

pub fn cbc_without_mac(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::aes_128_cbc(), key, Some(iv), data).unwrap() // expect: broken-cipher(medium)
}

// --- correct code ---

use aes_gcm::Aes256Gcm; // ok: broken-cipher
use chacha20poly1305::ChaCha20Poly1305; // ok: broken-cipher
use crate::crypto_utils::seal; // ok: broken-cipher

pub fn gcm(key: &[u8], iv: &[u8], data: &[u8], tag: &mut [u8]) -> Vec<u8> {
    openssl::symm::encrypt_aead(Cipher::aes_256_gcm(), key, Some(iv), &[], data, tag).unwrap() // ok: broken-cipher
}

pub fn chacha(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::chacha20_poly1305(), key, Some(iv), data).unwrap() // ok: broken-cipher
}
