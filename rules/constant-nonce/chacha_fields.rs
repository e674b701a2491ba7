// ChaCha20-Poly1305 and GCM-SIV, struct fields, and ring's NonceSequence.
use aes_gcm_siv::{Aes256GcmSiv, Nonce as SivNonce};
use chacha20poly1305::aead::{Aead, KeyInit, OsRng};
use chacha20poly1305::{AeadCore, ChaCha20Poly1305, XChaCha20Poly1305, XNonce};
use ring::aead::{Nonce, NonceSequence, NONCE_LEN};
use ring::error::Unspecified;

pub struct Sealer {
    cipher: ChaCha20Poly1305,
    nonce: [u8; 12],
}

impl Sealer {
    pub fn new(key: &[u8]) -> Self {
        Self { cipher: ChaCha20Poly1305::new_from_slice(key).unwrap(), nonce: [0; 12] }
    }

    pub fn seal(&self, data: &[u8]) -> Vec<u8> {
        self.cipher.encrypt(self.nonce.as_ref().into(), data).unwrap() // expect: constant-nonce(critical) "Constant nonce `self.nonce.as_ref().into()` (= `[0; 12]`) passed to `encrypt`"
    }
}

pub fn xchacha_literal(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let nonce = XNonce::from_slice(b"a 24-byte nonce for xcha");
    cipher.encrypt(nonce, data).unwrap() // expect: constant-nonce "Constant nonce `nonce` (= `b\"a 24-byte nonce for xcha\"`) passed to `encrypt`"
}

pub fn gcm_siv_is_high(key: &[u8], data: &[u8]) -> Vec<u8> {
    let cipher = Aes256GcmSiv::new_from_slice(key).unwrap();
    let nonce = SivNonce::from_slice(b"siv nonce 12");
    cipher.encrypt(nonce, data).unwrap() // expect: constant-nonce(high) "Constant nonce `nonce` (= `b\"siv nonce 12\"`) passed to `encrypt`"
}

struct FixedSequence;

impl NonceSequence for FixedSequence {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        Ok(Nonce::assume_unique_for_key([0u8; NONCE_LEN])) // expect: constant-nonce "Constant nonce `[0u8; NONCE_LEN]` passed to `NonceSequence::advance`"
    }
}

// --- correct code ---

pub fn chacha_random(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let cipher = ChaCha20Poly1305::new(key.into());
    let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
    cipher.encrypt(&nonce, data).unwrap() // ok: constant-nonce
}

struct CounterSequence {
    counter: u64,
}

impl NonceSequence for CounterSequence {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        let mut bytes = [0u8; NONCE_LEN];
        bytes[4..].copy_from_slice(&self.counter.to_be_bytes());
        self.counter = self.counter.checked_add(1).ok_or(Unspecified)?;
        Nonce::try_assume_unique_for_key(&bytes) // ok: constant-nonce
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_answer() {
        let cipher = ChaCha20Poly1305::new(&[0u8; 32].into()); // expect: hardcoded-key(low) "Hard-coded key"
        let nonce = chacha20poly1305::Nonce::from_slice(b"test vector!");
        let _ = cipher.encrypt(nonce, &b"x"[..]); // expect: constant-nonce(low) "Constant nonce `nonce` (= `b\"test vector!\"`) passed to `encrypt`"
    }
}
