// Two ciphers in one file keep their nonce in a field named `nonce`: one struct fills it with a
// constant, the other with random bytes. Each method is judged by what its own struct stores.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key, Nonce};

pub struct LegacySealer {
    cipher: Aes256Gcm,
    nonce: [u8; 12],
}

impl LegacySealer {
    pub fn new(key: &Key<Aes256Gcm>) -> Self {
        Self { cipher: Aes256Gcm::new(key), nonce: [7u8; 12] }
    }

    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        self.cipher.encrypt(Nonce::from_slice(&self.nonce), msg).unwrap_or_default() // expect: constant-nonce(critical)
    }
}

pub struct Sealer {
    cipher: Aes256Gcm,
    nonce: Nonce<<Aes256Gcm as AeadCore>::NonceSize>,
}

impl Sealer {
    pub fn new(key: &Key<Aes256Gcm>) -> Self {
        Self { cipher: Aes256Gcm::new(key), nonce: Aes256Gcm::generate_nonce(&mut OsRng) }
    }

    pub fn seal(&mut self, msg: &[u8]) -> (Vec<u8>, [u8; 12]) {
        let sealed = self.cipher.encrypt(&self.nonce, msg).unwrap_or_default(); // ok: constant-nonce
        let used = self.nonce.into();
        self.nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        (sealed, used)
    }
}
