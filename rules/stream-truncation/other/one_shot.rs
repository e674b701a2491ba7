// One-shot AEAD and a decryptor: nothing to finish.
use chacha20poly1305::aead::stream::DecryptorBE32;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::XChaCha20Poly1305;

pub fn one_shot(cipher: &XChaCha20Poly1305, msg: &[u8]) -> Vec<u8> {
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    cipher.encrypt(&nonce, msg).unwrap_or_default() // ok: stream-truncation
}

pub fn read_stream(cipher: XChaCha20Poly1305, nonce: &[u8; 19], chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut dec = DecryptorBE32::from_aead(cipher, nonce.into()); // ok: stream-truncation
    chunks.iter().flat_map(|c| dec.decrypt_next(c.as_slice()).unwrap_or_default()).collect()
}

pub fn new_key() -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(&XChaCha20Poly1305::generate_key(&mut OsRng)) // ok: stream-truncation
}
