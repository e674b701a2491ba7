// APIs that LLM-written code calls but the crates do not have (aes-gcm 0.10, chacha20poly1305 0.10).
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::aead::SecureRandom; // expect: build/api-hallucination
use aes_gcm::{AeadCore, Aes256Gcm, Nonce};
use chacha20poly1305::ChaCha20Poly1305;

fn main() {
    let key = Aes256Gcm::generate_key(OsRng); // ok: build/api-hallucination
    let cipher = Aes256Gcm::new_from_key(&key); // expect: build/api-hallucination
    let nonce = Aes256Gcm::generate_random_nonce(); // expect: build/api-hallucination
    let chacha = ChaCha20Poly1305::from_password("hunter2"); // expect: build/api-hallucination
    let real = Aes256Gcm::new(&key); // ok: build/api-hallucination
    let n = Nonce::from_slice(b"unique nonce"); // ok: build/api-hallucination
    let _ = real.encrypt(n, b"x".as_ref()); // ok: build/api-hallucination
    let _ = (cipher, nonce, chacha);
    not_a_crypto_function(); // expect: build/compile-error
}
