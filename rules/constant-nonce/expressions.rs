// Constant nonces written through the expression forms the value resolver follows: parentheses,
// casts, `?`, blocks, arrays and tuples, closures and loops.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

const BASE: [u8; 12] = [7; 12];

pub fn parenthesized(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&(BASE)), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&(BASE))` (= `const BASE: [u8; 12] = [7; 12];`) passed to `encrypt`"
}

pub fn cast(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = &BASE as &[u8];
    c.encrypt(Nonce::from_slice(n), m).unwrap_or_default() // expect: constant-nonce "Constant nonce `Nonce::from_slice(n)` (= `const BASE"
}

pub fn block(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = {
        let tag = 1u8;
        [tag; 12]
    };
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce "(= `[tag; 12]`)"
}

pub fn array_of_consts(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = [0u8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce "(= `[0u8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]`)"
}

pub fn through_try(c: &Aes256Gcm, m: &[u8]) -> Result<Vec<u8>, aes_gcm::Error> {
    let n: [u8; 12] = *b"fixed nonce!";
    let ct = c.encrypt(Nonce::from_slice(&n), m)?; // expect: constant-nonce "Constant nonce `Nonce::from_slice(&n)` (= `b\"fixed nonce!\"`) passed to `encrypt`"
    Ok(ct)
}

pub fn closure(c: &Aes256Gcm, msgs: &[&[u8]]) -> Vec<Vec<u8>> {
    let n = [3u8; 12];
    msgs.iter().map(|m| c.encrypt(Nonce::from_slice(&n), *m).unwrap_or_default()).collect() // expect: constant-nonce "Constant nonce `Nonce::from_slice(&n)` (= `[3u8; 12]`) passed to `encrypt`"
}

// --- correct code ---

pub fn closure_param_shadows(c: &Aes256Gcm, msgs: &[&[u8]]) -> Vec<Vec<u8>> {
    let n = [3u8; 12];
    let _ = n;
    msgs.iter().map(|m| { let n = Aes256Gcm::generate_nonce(&mut OsRng); c.encrypt(&n, *m).unwrap_or_default() }).collect() // ok: constant-nonce
}

pub fn random_in_block(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = {
        let fresh = Aes256Gcm::generate_nonce(&mut OsRng);
        fresh
    };
    c.encrypt(&n, m).unwrap_or_default() // ok: constant-nonce
}

pub fn mixed_array(c: &Aes256Gcm, m: &[u8], counter: u8) -> Vec<u8> {
    let n = [counter, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}
