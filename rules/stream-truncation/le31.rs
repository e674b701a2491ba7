// LE31 streams, in place: still no last chunk.
use aes_gcm::aead::stream::{EncryptorLE31, NewStream};
use aes_gcm::Aes256Gcm;

pub fn seal_records(key: &aes_gcm::Key<Aes256Gcm>, nonce: &[u8; 8], records: &mut [Vec<u8>]) {
    let mut enc = EncryptorLE31::<Aes256Gcm>::new(key, nonce.into()); // expect: stream-truncation "`EncryptorLE31::<Aes256Gcm>::new(key, nonce.into())` starts an AEAD stream that this file"
    for r in records.iter_mut() {
        enc.encrypt_next_in_place(b"", r).ok();
    }
}

pub fn seal_two(key: &aes_gcm::Key<Aes256Gcm>, nonce: &[u8; 8], a: &[u8], b: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut enc = EncryptorLE31::<Aes256Gcm>::new(key, nonce.into()); // expect: stream-truncation "`EncryptorLE31::<Aes256Gcm>::new(key, nonce.into())` starts an AEAD stream that this file"
    (enc.encrypt_next(a).unwrap_or_default(), enc.encrypt_next(b).unwrap_or_default())
}

pub fn seal_from_aead(cipher: Aes256Gcm, nonce: &[u8; 8], parts: &[&[u8]]) -> Vec<Vec<u8>> {
    let mut enc = EncryptorLE31::from_aead(cipher, nonce.into()); // expect: stream-truncation "`EncryptorLE31::from_aead(cipher, nonce.into())` starts an AEAD stream that this file feed"
    parts.iter().map(|p| enc.encrypt_next(*p).unwrap_or_default()).collect()
}
