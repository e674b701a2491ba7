// Nonces and IVs cut from the key material.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Key, Nonce};
use sha2::{Digest, Sha256};

pub struct Sealed {
    cipher: Aes256Gcm,
    nonce: [u8; 12],
}

pub fn from_password(password: &str) -> Sealed {
    let digest = Sha256::digest(password.as_bytes());
    let key = Key::<Aes256Gcm>::from_slice(&digest); // expect: weak-kdf "The key for `Key::from_slice` is one fast hash of its input (`&digest`)"
    let mut nonce = [0u8; 12];
    for i in 0..12 {
        nonce[i] = digest[i]; // expect: predictable-nonce(high) "made from key material (`digest`)"
    }
    Sealed { cipher: Aes256Gcm::new(key), nonce }
}

pub fn slice_of_key(key_bytes: &[u8; 32], msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(key_bytes).unwrap();
    cipher.encrypt(Nonce::from_slice(&key_bytes[..12]), msg).unwrap() // expect: predictable-nonce "`key_bytes`"
}

pub fn iv_from_secret(secret: &[u8], iv: &mut [u8; 12]) {
    iv.copy_from_slice(&secret[..12]); // expect: predictable-nonce "The nonce is made from key material (`secret`)"
}

pub fn iv_cut_from_digest(password: &str, msg: &[u8]) -> Vec<u8> {
    let digest = Sha256::digest(password.as_bytes());
    let cipher = Aes256Gcm::new_from_slice(&digest).unwrap(); // expect: weak-kdf "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&digest`)"
    let nonce = &digest[20..32]; // expect: predictable-nonce "The nonce is made from key material (`digest`)"
    cipher.encrypt(Nonce::from_slice(nonce), msg).unwrap()
}

// --- correct code ---

pub fn random_nonce(key_bytes: &[u8; 32], msg: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let cipher = Aes256Gcm::new_from_slice(key_bytes).unwrap();
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng); // ok: predictable-nonce
    (nonce.to_vec(), cipher.encrypt(&nonce, msg).unwrap())
}

// The nonce travels in front of the ciphertext: cutting it off the input is how it is read back.
pub fn nonce_from_message(key_bytes: &[u8; 32], data: &[u8]) -> Option<Vec<u8>> {
    if data.len() < 12 {
        return None;
    }
    let cipher = Aes256Gcm::new_from_slice(key_bytes).ok()?;
    let (nonce, body) = data.split_at(12);
    cipher.decrypt(Nonce::from_slice(nonce), body).ok() // ok: predictable-nonce
}

pub fn counter_nonce(key: &Key<Aes256Gcm>, counter: u64, msg: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; 12];
    nonce[4..].copy_from_slice(&counter.to_be_bytes()); // ok: predictable-nonce
    Aes256Gcm::new(key).encrypt(Nonce::from_slice(&nonce), msg).unwrap()
}

// A function named `assume_unique_for_key` is not key material, and `[1; 12]` is not a slice of anything.
pub fn counter_from_fixed(key: &ring::aead::LessSafeKey) -> ring::aead::Nonce {
    let _ = key.algorithm();
    let nonce = ring::aead::Nonce::assume_unique_for_key([1; 12]); // ok: predictable-nonce
    nonce
}

// A hand-rolled harness: `test_*` functions that assert on a round trip, called from `main`, not
// marked `#[test]`. Their findings are test code's, reported low.
pub fn test_seal_open(key_bytes: &[u8; 32], msg: &[u8]) {
    let cipher = Aes256Gcm::new_from_slice(key_bytes).unwrap();
    let mut nonce = [0u8; 12];
    nonce.copy_from_slice(&key_bytes[..12]); // expect: predictable-nonce(low)
    let sealed = cipher.encrypt(Nonce::from_slice(&nonce), msg).unwrap();
    let opened = cipher.decrypt(Nonce::from_slice(&nonce), sealed.as_ref()).unwrap();
    assert_eq!(opened, msg);
}

// The nonce a constructor derives from the key and keeps in a field: one root cause — the nonce is
// key material — reported where it is made, not again as a field that is never advanced.
pub struct KeyedBox {
    cipher: Aes256Gcm,
    nonce: [u8; 12],
}

impl KeyedBox {
    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        self.cipher.encrypt(Nonce::from_slice(&self.nonce), msg).unwrap() // ok: nonce-reuse
    }
}

pub fn keyed_box(passphrase_hash: &[u8; 32]) -> KeyedBox {
    let mut nonce = [0u8; 12];
    for i in 0..12 {
        nonce[i] = passphrase_hash[i]; // expect: predictable-nonce
    }
    KeyedBox { cipher: Aes256Gcm::new_from_slice(passphrase_hash).unwrap(), nonce }
}
