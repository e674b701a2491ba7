// A constant nonce handed to the crate's own helper, which passes it to the cipher.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

fn seal_with(cipher: &Aes256Gcm, nonce: &[u8], msg: &[u8]) -> Vec<u8> {
    cipher.encrypt(Nonce::from_slice(nonce), msg).unwrap_or_default()
}

pub fn send(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
    seal_with(cipher, b"fixed nonce!", msg) // expect: constant-nonce(critical) "is passed to `seal_with`"
}

// --- correct code ---

pub fn send_random(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; 12];
    getrandom::getrandom(&mut nonce).expect("OS RNG");
    seal_with(cipher, &nonce, msg) // ok: constant-nonce
}

// A counter's first value is not a fixed nonce: the helper makes each nonce from the count.
fn seal_counter(cipher: &Aes256Gcm, counter: u64, msg: &[u8]) -> Vec<u8> {
    let mut bytes = [0u8; 12];
    bytes[4..].copy_from_slice(&counter.to_be_bytes());
    cipher.encrypt(Nonce::from_slice(&bytes), msg).unwrap_or_default()
}

pub fn first_message(key: &[u8; 32], msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(key.into());
    seal_counter(&cipher, 0, msg) // ok: constant-nonce
}
