// A function that takes the master password and uses it as the key: reported at the key, once,
// however many callers hand it the password.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Key, Nonce};

pub struct Entry {
    pub nonce: [u8; 12],
    pub password: Vec<u8>,
}

impl Entry {
    pub fn encrypt(&self, data: &[u8], master_password: &[u8]) -> Vec<u8> {
        let key = Key::<Aes256Gcm>::from_slice(master_password); // expect: weak-kdf(high) "Key material for `Key::from_slice` is the password parameter `master_password` itself"
        let cipher = Aes256Gcm::new(key);
        cipher.encrypt(Nonce::from_slice(&self.nonce), data).unwrap_or_default() // expect: nonce-reuse(critical) "which nothing ever advances"
    }

    pub fn decrypt(&self, master_pwd: &[u8]) -> Option<Vec<u8>> {
        let cipher = Aes256Gcm::new_from_slice(master_pwd).ok()?; // expect: weak-kdf(high) "is the password parameter `master_pwd` itself"
        cipher.decrypt(Nonce::from_slice(&self.nonce), self.password.as_slice()).ok()
    }
}

pub fn store(entry: &mut Entry, password: &[u8], master_password: &[u8]) {
    entry.password = entry.encrypt(password, master_password);
}

pub fn store_again(entry: &mut Entry, master_password: &[u8]) {
    let data = entry.password.clone();
    entry.password = entry.encrypt(&data, master_password);
}

// --- correct code: the key is derived from the password first, or is a key by its name ---

pub fn seal_with(derived_key: &[u8; 32], nonce: &[u8; 12], data: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(derived_key));
    cipher.encrypt(Nonce::from_slice(nonce), data).unwrap_or_default()
}

pub fn seal_for(password_key: &[u8], nonce: &[u8; 12], data: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(password_key));
    cipher.encrypt(Nonce::from_slice(nonce), data).unwrap_or_default()
}
