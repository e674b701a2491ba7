// A workspace library whose `Vault` keeps the key a setter is given and hands it to a cipher.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub struct Vault {
    key: Vec<u8>,
}

impl Vault {
    pub fn set_key(&mut self, key: &[u8]) {
        self.key = key.to_vec();
    }

    pub fn seal(&self, nonce: &[u8; 12], msg: &[u8]) -> Vec<u8> {
        let cipher = Aes256Gcm::new_from_slice(&self.key).expect("32-byte key");
        cipher.encrypt(Nonce::from_slice(nonce), msg).unwrap_or_default()
    }
}
