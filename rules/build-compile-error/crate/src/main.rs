// Code that does not compile for reasons other than an invented API.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm};

fn length(data: &[u8]) -> u32 {
    data.len() // expect: build/compile-error
}

fn main() {
    let key = Aes256Gcm::generate_key(OsRng); // ok: build/compile-error
    let cipher = Aes256Gcm::new(&key); // ok: build/compile-error
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng); // ok: build/compile-error
    let count: u8 = "three"; // expect: build/compile-error
    let ct = cipher.encrypt(&nonce, b"x".as_ref()); // ok: build/compile-error
    let _ = length(&[1, 2, 3], 4); // expect: build/compile-error
    let _ = (ct, count);
    undefined_helper(); // expect: build/compile-error
}
