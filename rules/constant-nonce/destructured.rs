// A struct pattern's shorthand field (`let Msg { nonce, body } = m;`) binds a new `nonce`: it
// shadows the function's earlier one, as `nonce: n` binds `n`.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub struct Msg {
    pub nonce: [u8; 12],
    pub body: Vec<u8>,
}

pub fn shadowed_by_shorthand(c: &Aes256Gcm, m: Msg) -> Vec<u8> {
    let nonce = [0u8; 12];
    trace(&nonce);
    let Msg { nonce, body } = m;
    c.encrypt(Nonce::from_slice(&nonce), body.as_slice()).unwrap_or_default() // ok: constant-nonce
}

pub fn shadowed_by_field(c: &Aes256Gcm, m: Msg) -> Vec<u8> {
    let n = [0u8; 12];
    trace(&n);
    let Msg { nonce: n, body } = m;
    c.encrypt(Nonce::from_slice(&n), body.as_slice()).unwrap_or_default() // ok: constant-nonce
}

pub fn not_shadowed(c: &Aes256Gcm, m: Msg) -> Vec<u8> {
    let nonce = [0u8; 12];
    let Msg { body, .. } = m;
    c.encrypt(Nonce::from_slice(&nonce), body.as_slice()).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&nonce)` (= `[0u8; 12]`) passed to `encrypt`"
}

fn trace(_: &[u8]) {}
