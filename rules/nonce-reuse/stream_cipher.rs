// A ChaCha20 stream cipher, with no AEAD call anywhere in this file: the nonce is made once
// outside the loop, so every iteration restarts the same keystream.
use chacha20::cipher::{KeyIvInit, StreamCipher};
use chacha20::ChaCha20;

pub fn mask_blocks(key: &[u8; 32], blocks: &mut [Vec<u8>]) {
    let nonce: [u8; 12] = rand::random();
    for b in blocks.iter_mut() {
        let mut c = ChaCha20::new(key.into(), &nonce.into()); // expect: nonce-reuse, broken-cipher(low) "`ChaCha20::new(key.into(), &nonce.into())` encrypts with ChaCha20 and nothing in this function authenticates the ciphertext"
        c.apply_keystream(b);
    }
}

// --- correct code ---

pub fn mask_each(key: &[u8; 32], blocks: &mut [Vec<u8>]) -> Vec<[u8; 12]> {
    let mut nonces = Vec::new();
    for b in blocks.iter_mut() {
        let nonce: [u8; 12] = rand::random();
        // (Unauthenticated, but the file's ChaCha20 without a MAC is one finding, at mask_blocks; this use is related to it.)
        let mut c = ChaCha20::new(key.into(), &nonce.into()); // ok: nonce-reuse, broken-cipher
        c.apply_keystream(b);
        nonces.push(nonce);
    }
    nonces
}
