// openssl's AES-CBC in the encrypting and the decrypting function of one vault, no MAC anywhere:
// one design choice, one finding (at the first use; the other is a related location).
use openssl::symm::{decrypt, encrypt, Cipher};

pub fn seal(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    let cipher = Cipher::aes_256_cbc(); // expect: broken-cipher(medium) "`Cipher::aes_256_cbc()` is unauthenticated"
    encrypt(cipher, key, Some(iv), data).unwrap_or_default()
}

pub fn open(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    let cipher = Cipher::aes_256_cbc(); // ok: broken-cipher (the same mode as in `seal`)
    decrypt(cipher, key, Some(iv), data).unwrap_or_default()
}

// A second, different API in the same file is a finding of its own.
pub fn seal_ctr(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::aes_256_ctr(), key, Some(iv), data).unwrap_or_default() // expect: broken-cipher(low) "`Cipher::aes_256_ctr()` is unauthenticated"
}
