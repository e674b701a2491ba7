// `std::array::from_fn` with a closure that ignores the index fills every element the same way.
use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, Nonce};

pub fn sevens(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n: [u8; 12] = std::array::from_fn(|_| 7u8);
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)`"
}

// --- correct code ---

pub fn from_counter(c: &Aes256Gcm, m: &[u8], counter: u64) -> Vec<u8> {
    let bytes = counter.to_be_bytes();
    let n: [u8; 12] = std::array::from_fn(|i| if i < 4 { 0 } else { bytes[i - 4] });
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}
