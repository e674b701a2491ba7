use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::XChaCha20Poly1305;

pub struct ChaCha20 {
    chunk: Option<usize>,
}

impl ChaCha20 {
    pub fn new(chunk: Option<usize>) -> Self {
        Self { chunk }
    }
}

impl super::Sealer for ChaCha20 {
    fn seal(&self, key: &[u8; 32], nonce: &[u8; 24], data: &[u8]) -> Vec<u8> {
        let aead = XChaCha20Poly1305::new(key.into());
        let end = self.chunk.unwrap_or(data.len()).min(data.len());
        aead.encrypt(nonce.into(), &data[..end]).expect("encrypt")
    }
}
