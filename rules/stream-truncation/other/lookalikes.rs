// Names that only look like the stream calls, and constructors that are not AEAD streams.
use chacha20::cipher::{KeyIvInit, StreamCipher};
use chacha20::ChaCha20;
use chacha20poly1305::aead::stream::EncryptorBE32;
use chacha20poly1305::XChaCha20Poly1305;

pub struct Sealer {
    pending: usize,
}

impl Sealer {
    fn should_encrypt_last(&self) -> bool {
        self.pending == 1
    }
    fn encrypt_last_pending(&self) -> bool {
        self.pending == 0
    }
}

// A method that merely ends in `encrypt_last` does not finish the stream.
pub fn seal(s: &Sealer, cipher: XChaCha20Poly1305, nonce: &[u8; 19], data: &[u8]) -> Vec<u8> {
    let mut enc = EncryptorBE32::from_aead(cipher, nonce.into()); // expect: stream-truncation
    let mut out = Vec::new();
    for chunk in data.chunks(4096) {
        if s.should_encrypt_last() || s.encrypt_last_pending() {
            break;
        }
        out.extend(enc.encrypt_next(chunk).unwrap_or_default());
    }
    out
}

// A stream cipher's constructor takes a nonce too, but it is no AEAD stream.
pub fn keystream(key: &[u8; 32], nonce: &[u8; 12], buf: &mut [u8]) {
    // ok: stream-truncation
    let mut c = ChaCha20::new(key.into(), nonce.into()); // expect: broken-cipher "nothing in this function authenticates the ciphertext"
    c.apply_keystream(buf);
}
