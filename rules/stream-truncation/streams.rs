// aead::stream encryption with and without the last chunk.
use chacha20poly1305::aead::stream::EncryptorBE32;
use chacha20poly1305::XChaCha20Poly1305;

pub fn encrypt_all(cipher: XChaCha20Poly1305, nonce: &[u8; 19], data: &[u8]) -> Vec<u8> {
    let mut enc = EncryptorBE32::from_aead(cipher, nonce.into()); // expect: stream-truncation(medium) "never finishes with `encrypt_last`"
    let mut out = Vec::new();
    for chunk in data.chunks(4096) {
        out.extend(enc.encrypt_next(chunk).unwrap_or_default());
    }
    out
}
