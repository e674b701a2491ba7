use aes_gcm::aead::KeyInit;
use aes_gcm::Aes256Gcm;

pub fn make_cipher(key: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(key).expect("32-byte key")
}

pub fn default_cipher() -> Aes256Gcm {
    make_cipher(&super::KEY) // expect: hardcoded-key "is passed to `make_cipher`"
}

pub fn loaded_cipher() -> Aes256Gcm {
    // `crate::keys::KEY` is the key file's, not `vault::KEY` or `cache::KEY` of the same name.
    Aes256Gcm::new_from_slice(&*crate::keys::KEY).expect("32-byte key") // ok: hardcoded-key
}
