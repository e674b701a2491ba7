// Helpers that hash what they are given. Only the one whose result becomes a cipher key is a weak KDF.
use sha2::{Digest, Sha256};

pub fn key_from_phrase(phrase: &str) -> [u8; 32] { // expect: weak-kdf(high) "`key_from_phrase` returns one fast hash of what it is given"
    let mut hasher = Sha256::new();
    hasher.update(phrase.as_bytes());
    hasher.finalize().into()
}

/// Used as a key right where it is called, in another file.
pub fn file_key(name: &str) -> Vec<u8> { // expect: weak-kdf(high) "`file_key` returns one fast hash"
    Sha256::digest(name.as_bytes()).to_vec()
}

/// A file's checksum: hashed the same way, but nobody keys a cipher with it.
pub fn checksum(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// Keys an HMAC (a protocol's choice, not a cipher key).
pub fn mac_key(label: &str) -> Vec<u8> {
    Sha256::digest(label.as_bytes()).to_vec()
}
