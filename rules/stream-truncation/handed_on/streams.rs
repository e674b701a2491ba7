// The encryptor is returned to the caller, who feeds and finishes it elsewhere; this file calls no
// `encrypt_next` of its own (only methods whose names contain it).
use chacha20poly1305::aead::stream::EncryptorBE32;
use chacha20poly1305::XChaCha20Poly1305;

pub struct Counter {
    n: u64,
}

impl Counter {
    fn count_encrypt_next(&mut self) {
        self.n += 1;
    }
    fn encrypt_next_count(&self) -> u64 {
        self.n
    }
}

pub fn start(c: &mut Counter, cipher: XChaCha20Poly1305, nonce: &[u8; 19]) -> EncryptorBE32<XChaCha20Poly1305> {
    c.count_encrypt_next();
    let _ = c.encrypt_next_count();
    EncryptorBE32::from_aead(cipher, nonce.into()) // ok: stream-truncation
}
