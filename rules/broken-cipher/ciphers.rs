// Broken ciphers and modes, reported where they are constructed; the unmaintained rust-crypto crate.
extern crate crypto; // expect: broken-cipher(high) "unmaintained" "`argon2`). (Reported once per crate.)"
use crypto::aes::{self, KeySize}; // ok: broken-cipher
use des::TdesEde3;
use rc4::{KeyInit, Rc4};
use ::blowfish::Blowfish;
use cbc::cipher::{BlockEncryptMut, KeyIvInit};
use openssl::symm::{encrypt, Cipher};

type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;
type DesEcb = ecb::Encryptor<des::Des>;

pub fn triple_des_block(key: &[u8]) -> TdesEde3 {
    TdesEde3::new_from_slice(key).unwrap() // expect: broken-cipher(high) "3DES"
}

pub fn rc4_stream(key: &[u8; 16]) -> Rc4<rc4::consts::U16> {
    Rc4::new(key.into()) // expect: broken-cipher "RC4"
}

pub fn blowfish(key: &[u8]) -> Blowfish {
    Blowfish::new_from_slice(key).unwrap() // expect: broken-cipher "Blowfish"
}

pub fn des_ecb(key: &[u8; 8]) -> DesEcb {
    DesEcb::new(key.into()) // expect: broken-cipher "DES"
}

pub fn cbc_without_mac(key: &[u8; 16], iv: &[u8; 16], data: &[u8]) -> Vec<u8> {
    Aes128CbcEnc::new(key.into(), iv.into()).encrypt_padded_vec_mut::<cbc::cipher::block_padding::Pkcs7>(data) // expect: broken-cipher(medium) "CBC mode"
}

pub fn ecb(key: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::aes_256_ecb(), key, None, data).unwrap() // expect: broken-cipher "`Cipher::aes_256_ecb()` is a broken or weak cipher or mode (DES/3DES/RC4/RC2/Blowfish/ECB)"
}

pub fn triple_des(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::des_ede3_cbc(), key, Some(iv), data).unwrap() // expect: broken-cipher "`Cipher::des_ede3_cbc()` is a broken or weak cipher or mode (DES/3DES/RC4/RC2/Blowfish/ECB"
}

pub fn openssl_cbc_without_mac(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::aes_128_cbc(), key, Some(iv), data).unwrap() // expect: broken-cipher(medium) "`Cipher::aes_128_cbc()` is unauthenticated and nothing in this function checks a MAC"
}

// A raw AES block cipher over the message, block by block: ECB by construction.
pub fn aes_blocks(cipher: &aes::Aes128, data: &mut [u8]) {
    for chunk in data.chunks_mut(16) {
        let block = aes::Block::from_mut_slice(chunk);
        cipher.encrypt_block(block); // expect: broken-cipher "ECB"
    }
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

// A hand-written counter mode: the block cipher encrypts counters, not the data.
pub fn ctr_keystream(cipher: &aes::Aes128, counter: u128, out: &mut [u8; 16]) {
    let mut ctr_block = aes::Block::from(counter.to_be_bytes());
    cipher.encrypt_block(&mut ctr_block); // ok: broken-cipher
    out.copy_from_slice(&ctr_block);
}

// rust-crypto's own modes.
pub fn rust_crypto_modes(key: &[u8], iv: &[u8]) {
    let _ecb = crypto::aes::ecb_encryptor(KeySize::KeySize256, key, crypto::blockmodes::PkcsPadding); // expect: broken-cipher "ECB"
    let _cbc = crypto::aes::cbc_encryptor(KeySize::KeySize256, key, iv, crypto::blockmodes::PkcsPadding); // expect: broken-cipher(medium) "CBC"
}
