// The file's own type named by a path of this crate (`crate::cipher::Encryptor`,
// `self::cipher::Encryptor`, or `Encryptor` after `use self::cipher::Encryptor`) is that type,
// even where its module has the name of a crypto crate's: never `cbc::Encryptor`.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::Aes256Gcm;
use cbc::cipher::{BlockEncryptMut, KeyIvInit};

mod cipher {
    use super::*;

    /// Seals records for one purpose: `context` is bound to every ciphertext as associated data.
    pub struct Encryptor {
        aead: Aes256Gcm,
        context: Vec<u8>,
    }

    impl Encryptor {
        pub fn new(key: &[u8; 32], context: &[u8]) -> Self {
            Encryptor { aead: Aes256Gcm::new(key.into()), context: context.to_vec() }
        }

        pub fn seal(&self, m: &[u8]) -> Vec<u8> {
            let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
            let ct = self.aead.encrypt(&nonce, Payload { msg: m, aad: &self.context }).unwrap_or_default();
            [nonce.as_slice(), &ct].concat()
        }
    }
}

use self::cipher::Encryptor;

pub fn seal_backup(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let enc = Encryptor::new(key, b"backup-v1"); // ok: constant-nonce
    enc.seal(data)
}

pub fn seal_session(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    self::cipher::Encryptor::new(key, b"session-v1").seal(data) // ok: constant-nonce
}

pub fn seal_token(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    crate::cipher::Encryptor::new(key, b"token-v1").seal(data) // ok: constant-nonce
}

// The crypto crate's type of the same name is still the cipher, with its constant IV.
pub fn legacy_export(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let enc = cbc::Encryptor::<aes::Aes256>::new(key.into(), b"0123456789abcdef".into()); // expect: constant-nonce "Constant nonce `b\"0123456789abcdef\".into()` passed to `Encryptor::new`", broken-cipher(medium)
    enc.encrypt_padded_vec_mut::<cbc::cipher::block_padding::Pkcs7>(data)
}
