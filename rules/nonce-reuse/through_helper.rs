// The IV is fixed when the cipher object is built and handed, on every call, to the crate's own
// helper that passes it to rust-crypto's CBC encryptor: one IV for every message.
use crypto::aes::{self, KeySize}; // expect: broken-cipher
use crypto::blockmodes::PkcsPadding;
use crypto::buffer::{RefReadBuffer, RefWriteBuffer};

pub struct AesBox {
    key: [u8; 32],
    iv: [u8; 16],
}

impl AesBox {
    pub fn new(key: [u8; 32], iv: [u8; 16]) -> AesBox {
        AesBox { key, iv }
    }

    pub fn encrypt(&self, data: &[u8]) -> Vec<u8> {
        cbc_encrypt(data, &self.key, &self.iv) // expect: nonce-reuse
    }
}

fn cbc_encrypt(data: &[u8], key: &[u8; 32], iv: &[u8; 16]) -> Vec<u8> {
    let mut enc = aes::cbc_encryptor(KeySize::KeySize256, key, iv, PkcsPadding); // expect: broken-cipher(medium)
    let mut out = [0u8; 4096];
    let mut reader = RefReadBuffer::new(data);
    let mut writer = RefWriteBuffer::new(&mut out);
    let _ = enc.encrypt(&mut reader, &mut writer, true);
    out.to_vec()
}

// A fresh IV per call through the same kind of helper is fine.
pub fn encrypt_fresh(key: &[u8; 32], data: &[u8]) -> (Vec<u8>, [u8; 16]) {
    let mut iv = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut iv);
    (cbc_encrypt(data, key, &iv), iv) // ok: nonce-reuse
}
