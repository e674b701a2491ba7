use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;

/// Keeps the key; `seal` makes the cipher from it.
pub struct Vault {
    key: Vec<u8>,
}

impl Vault {
    pub fn new(key: &[u8]) -> Vault {
        Vault { key: key.to_vec() }
    }

    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        let cipher = Aes256Gcm::new_from_slice(&self.key).expect("32-byte key");
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        cipher.encrypt(&nonce, msg).unwrap_or_default()
    }
}

/// Generic over a label type: `impl<T> Locker<T>` is the impl of `Locker` (`lookup::Locker` is the other one).
pub struct Locker<T> {
    key: Vec<u8>,
    label: std::marker::PhantomData<T>,
}

impl<T> Locker<T> {
    pub fn new(key: &[u8]) -> Self {
        Locker { key: key.to_vec(), label: std::marker::PhantomData }
    }

    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        let cipher = Aes256Gcm::new_from_slice(&self.key).expect("32-byte key");
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        cipher.encrypt(&nonce, msg).unwrap_or_default()
    }
}
