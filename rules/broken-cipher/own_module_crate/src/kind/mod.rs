// The crate's own module `chacha20` and its type `ChaCha20` (a wrapper around the AEAD), named like the
// chacha20 crate's stream cipher: constructing it is no unauthenticated ChaCha20.
mod chacha20;

pub trait Sealer {
    fn seal(&self, key: &[u8; 32], nonce: &[u8; 24], data: &[u8]) -> Vec<u8>;
}

pub fn select(chunk: Option<usize>) -> Box<dyn Sealer> {
    Box::from(chacha20::ChaCha20::new(chunk)) as Box<dyn Sealer> // ok: broken-cipher
}
