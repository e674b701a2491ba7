// Reading a nonce field (its first bytes, through an iterator) does not advance it.
use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, Nonce};

pub struct Channel {
    c: Aes256Gcm,
    iv: [u8; 12],
}

impl Channel {
    pub fn send(&self, m: &[u8]) -> (Vec<u8>, Vec<u8>) {
        let prefix: Vec<u8> = self.iv.iter().take(4).copied().collect();
        let sealed = self.c.encrypt(Nonce::from_slice(&self.iv), m).unwrap_or_default(); // expect: nonce-reuse(critical) "comes from the field `iv`, which nothing ever advances"
        (prefix, sealed)
    }
}

// --- correct code ---

pub struct Counted {
    c: Aes256Gcm,
    iv: [u8; 12],
}

impl Counted {
    pub fn send(&mut self, m: &[u8]) -> Vec<u8> {
        let sealed = self.c.encrypt(Nonce::from_slice(&self.iv), m).unwrap_or_default(); // ok: nonce-reuse
        self.iv[11] = self.iv[11].wrapping_add(1);
        sealed
    }
}
