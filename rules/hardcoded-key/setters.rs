// A key stored into a field by a setter (`self.key = key`) and used by another method: the literal
// handed to the setter is the hard-coded key.
// The struct has the name of another fixture crate's `Vault { key }` (crate_flow/): a field is joined
// only within its own crate, so that crate's cipher is not this literal's sink.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

pub struct Vault {
    key: Vec<u8>,
    label: String,
}

impl Vault {
    pub fn empty() -> Self {
        Vault { key: Vec::new(), label: String::new() }
    }

    pub fn set_key(&mut self, key: &[u8]) {
        self.key = key.to_vec();
    }

    pub fn set_label(&mut self, label: &str) {
        self.label = label.to_string();
    }

    pub fn seal(&self, nonce: &[u8; 12], msg: &[u8]) -> Vec<u8> {
        let cipher = Aes256Gcm::new_from_slice(&self.key).expect("32-byte key");
        cipher.encrypt(Nonce::from_slice(nonce), msg).unwrap_or_default()
    }
}

pub fn configured_with_literal() -> Vault {
    let mut v = Vault::empty();
    v.set_key(b"0123456789abcdef0123456789abcdef"); // expect: hardcoded-key "passed to `Vault::set_key`, whose parameter reaches `Aes256Gcm::new_from_slice` (setters.rs:27)"
    v.set_label("primary");
    v
}

// --- correct code ---

pub fn configured_with_random() -> Vault {
    let mut v = Vault::empty();
    let key = Aes256Gcm::generate_key(OsRng);
    v.set_key(&key); // ok: hardcoded-key
    v.set_label("backup"); // ok: hardcoded-key
    v
}
