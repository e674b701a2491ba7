use std::collections::HashMap;

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;

/// Settings by key: this `Vault`'s key is a map key, not key material (`sealed::Vault` is the other one).
pub struct Vault {
    key: Vec<u8>,
    entries: HashMap<Vec<u8>, String>,
}

impl Vault {
    pub fn new(key: &[u8]) -> Vault {
        Vault { key: key.to_vec(), entries: HashMap::new() }
    }

    pub fn get(&self) -> Option<&String> {
        self.entries.get(&self.key)
    }
}

/// Seals settings before they are written out.
pub struct Sealer {
    key: Vec<u8>,
}

impl Sealer {
    pub fn from_env() -> Sealer {
        Sealer { key: std::env::var("SETTINGS_KEY").expect("SETTINGS_KEY").into_bytes() }
    }

    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        let cipher = Aes256Gcm::new_from_slice(&self.key).expect("32-byte key");
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        cipher.encrypt(&nonce, msg).unwrap_or_default()
    }
}

/// Entries by key, generic over the value type: its `key` is a map key.
pub struct Locker<T> {
    key: Vec<u8>,
    entries: HashMap<Vec<u8>, T>,
}

impl<T> Locker<T> {
    pub fn new(key: &[u8]) -> Self {
        Locker { key: key.to_vec(), entries: HashMap::new() }
    }

    pub fn get(&self) -> Option<&T> {
        self.entries.get(&self.key)
    }
}
