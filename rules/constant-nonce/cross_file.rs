// The nonce constant lives in another file of the crate (consts.rs); the finding must still appear.
use aes_gcm::aead::{Aead, AeadInPlace};
use aes_gcm::{Aes128Gcm, Nonce};
use openssl::symm::{encrypt_aead, Cipher, Crypter, Mode};

use crate::consts::SHARED_NONCE;

pub fn uses_const_from_other_file(cipher: &Aes128Gcm, data: &[u8]) -> Vec<u8> {
    cipher.encrypt(Nonce::from_slice(&SHARED_NONCE), data).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(&SHARED_NONCE)` passed to `encrypt`"
}

pub fn openssl_fixed_iv(key: &[u8], data: &[u8]) -> Vec<u8> {
    let iv = [0u8; 12];
    let mut tag = [0u8; 16];
    encrypt_aead(Cipher::aes_256_gcm(), key, Some(&iv), &[], data, &mut tag).unwrap() // expect: constant-nonce "Constant nonce `&iv` (= `[0u8; 12]`) passed to `symm::encrypt_aead`"
}

pub fn openssl_crypter(key: &[u8]) -> Crypter {
    Crypter::new(Cipher::aes_128_gcm(), Mode::Encrypt, key, Some(b"0123456789ab")).unwrap() // expect: constant-nonce "Constant nonce `b\"0123456789ab\"` passed to `Crypter::new`"
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

// Other literal forms of a const in consts.rs.
pub mod forms {
    use aes_gcm::aead::Aead;
    use aes_gcm::{Aes128Gcm, Nonce};

    use crate::consts::{HEX_NONCE, LISTED_NONCE, REF_NONCE, STR_NONCE, ZERO_NONCE};

    pub fn listed(cipher: &Aes128Gcm, data: &[u8]) -> Vec<u8> {
        cipher.encrypt(Nonce::from_slice(&LISTED_NONCE), data).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(&LISTED_NONCE)` passed to `encrypt`"
    }

    pub fn zero(cipher: &Aes128Gcm, data: &[u8]) -> Vec<u8> {
        cipher.encrypt(Nonce::from_slice(&ZERO_NONCE), data).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(&ZERO_NONCE)` passed to `encrypt`"
    }

    pub fn by_ref(cipher: &Aes128Gcm, data: &[u8]) -> Vec<u8> {
        cipher.encrypt(Nonce::from_slice(REF_NONCE), data).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(REF_NONCE)` passed to `encrypt`"
    }

    pub fn hex(cipher: &Aes128Gcm, data: &[u8]) -> Vec<u8> {
        cipher.encrypt(Nonce::from_slice(&HEX_NONCE), data).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(&HEX_NONCE)` passed to `encrypt`"
    }

    // The bytes of a string literal, `"…".as_bytes()` (a const fn).
    pub fn string_bytes(cipher: &Aes128Gcm, data: &[u8]) -> Vec<u8> {
        cipher.encrypt(Nonce::from_slice(STR_NONCE), data).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(STR_NONCE)` passed to `encrypt`"
    }

}
