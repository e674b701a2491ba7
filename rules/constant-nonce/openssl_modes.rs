// openssl's Crypter takes its IV for both directions: only Mode::Encrypt makes it a nonce, whatever
// the function is called.
use openssl::symm::{Cipher, Crypter, Mode};

pub fn open_record(key: &[u8]) -> Crypter {
    Crypter::new(Cipher::aes_128_gcm(), Mode::Decrypt, key, Some(b"0123456789ab")).unwrap() // ok: constant-nonce
}

pub fn seal_record(key: &[u8]) -> Crypter {
    Crypter::new(Cipher::aes_128_gcm(), Mode::Encrypt, key, Some(b"0123456789ab")).unwrap() // expect: constant-nonce "Constant nonce `b\"0123456789ab\"` passed to `Crypter::new`"
}

pub fn seal_chacha(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let mut tag = [0u8; 16];
    openssl::symm::encrypt_aead(Cipher::chacha20_poly1305(), key, Some(b"0123456789ab"), &[], data, &mut tag).unwrap() // expect: constant-nonce "with ChaCha20-Poly1305 a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags"
}
