// A `fn` nested in another has its own variables: its `nonce`, refilled with random bytes, is not
// the outer function's constant one.
use aes_gcm::aead::{rand_core::RngCore, Aead, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

pub fn seal(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let nonce = [9u8; 12];
    fn fresh() -> [u8; 12] {
        let mut nonce = [0u8; 12];
        OsRng.fill_bytes(&mut nonce);
        nonce
    }
    let _spare = fresh();
    c.encrypt(Nonce::from_slice(&nonce), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&nonce)` (= `[9u8; 12]`)"
}

// --- correct code ---

pub fn seal_fresh(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; 12];
    OsRng.fill_bytes(&mut nonce);
    c.encrypt(Nonce::from_slice(&nonce), m).unwrap_or_default() // ok: constant-nonce
}
