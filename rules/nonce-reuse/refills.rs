// A nonce made once and used in a loop is reused; one refilled (or counted up) in the loop is not.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::RngCore;

pub fn filled_before_the_loop(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut n = [0u8; 12];
    OsRng.fill_bytes(&mut n);
    let mut out = Vec::new();
    for m in msgs {
        out.push(c.encrypt(Nonce::from_slice(&n), m.as_slice()).unwrap_or_default()); // expect: nonce-reuse(critical) "Nonce `Nonce::from_slice(&n)` is made once (line 7) outside the loop at line 10 and used b"
    }
    out
}

pub fn filled_after_its_use(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for m in msgs {
        let mut n = [0u8; 12];
        out.push(c.encrypt(Nonce::from_slice(&n), m.as_slice()).unwrap_or_default()); // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `[0u8; 12]`) passed to `encrypt`: every message"
        OsRng.fill_bytes(&mut n);
    }
    out
}

// --- correct code ---

pub fn refilled_in_the_loop(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut n = [0u8; 12];
    let mut out = Vec::new();
    for m in msgs {
        OsRng.fill_bytes(&mut n);
        out.push(c.encrypt(Nonce::from_slice(&n), m.as_slice()).unwrap_or_default()); // ok: nonce-reuse
    }
    out
}

pub fn counted_in_the_loop(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut n = [0u8; 12];
    let mut out = Vec::new();
    for (i, m) in msgs.iter().enumerate() {
        n[4..].copy_from_slice(&(i as u64).to_be_bytes());
        out.push(c.encrypt(Nonce::from_slice(&n), m.as_slice()).unwrap_or_default()); // ok: nonce-reuse
    }
    out
}

pub fn assigned_in_the_loop(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut n = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = Vec::new();
    for m in msgs {
        out.push(c.encrypt(&n, m.as_slice()).unwrap_or_default()); // ok: nonce-reuse
        n = Aes256Gcm::generate_nonce(&mut OsRng);
    }
    out
}

pub fn made_in_the_loop(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for m in msgs {
        let mut n = [0u8; 12];
        OsRng.fill_bytes(&mut n);
        out.push(c.encrypt(Nonce::from_slice(&n), m.as_slice()).unwrap_or_default()); // ok: nonce-reuse
    }
    out
}

pub fn loop_variable_shadows(c: &Aes256Gcm, nonces: &[[u8; 12]], m: &[u8]) -> Vec<Vec<u8>> {
    let n = [0u8; 12];
    let _ = n;
    let mut out = Vec::new();
    for n in nonces {
        out.push(c.encrypt(Nonce::from_slice(n), m).unwrap_or_default()); // ok: nonce-reuse
    }
    out
}

pub fn closure_parameter_shadows(c: &Aes256Gcm, nonces: &[[u8; 12]], m: &[u8]) -> Vec<Vec<u8>> {
    let n = [0u8; 12];
    let _ = n;
    nonces.iter().map(|n| c.encrypt(Nonce::from_slice(n), m).unwrap_or_default()).collect() // ok: nonce-reuse
}

// Filled once by a retry loop before the uses: the loop is not around them, so two uses reuse it.
pub fn filled_by_a_retry_loop_then_used_twice(c: &Aes256Gcm, a: &[u8], b: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut n = [0u8; 12];
    loop {
        if OsRng.try_fill_bytes(&mut n).is_ok() {
            break;
        }
    }
    let first = c.encrypt(Nonce::from_slice(&n), a).unwrap_or_default(); // ok: nonce-reuse
    let second = c.encrypt(Nonce::from_slice(&n), b).unwrap_or_default(); // expect: nonce-reuse(critical) "Nonce `Nonce::from_slice(&n)` was already used for an encryption at line 92 under the same"
    (first, second)
}
