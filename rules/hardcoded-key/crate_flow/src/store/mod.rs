use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;

pub const FACTORY_KEY: [u8; 32] = *b"factory-key-factory-key-factory!";

/// Keeps the cipher its constructor builds from the key.
pub struct Store {
    cipher: Aes256Gcm,
}

impl Store {
    pub fn open(key: &[u8]) -> Store {
        Store { cipher: Aes256Gcm::new_from_slice(key).expect("32-byte key") }
    }

    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let mut out = nonce.to_vec();
        out.extend(self.cipher.encrypt(&nonce, msg).unwrap_or_default());
        out
    }
}

/// Keeps the key bytes; another method makes the cipher from the field.
pub struct Vault {
    key: Vec<u8>,
}

impl Vault {
    pub fn new(key: &[u8]) -> Vault {
        Vault { key: key.to_vec() }
    }

    pub fn encrypt(&self, msg: &[u8]) -> Vec<u8> {
        let cipher = Aes256Gcm::new_from_slice(&self.key).expect("32-byte key");
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        cipher.encrypt(&nonce, msg).unwrap_or_default()
    }
}
