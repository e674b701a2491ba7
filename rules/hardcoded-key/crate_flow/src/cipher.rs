use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub fn build_cipher(key: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(key).expect("32-byte key")
}

// Two calls away: open_with → decrypt_with → build_cipher.
pub fn open_with(key: &[u8], ct: &[u8]) -> Option<Vec<u8>> {
    decrypt_with(key, ct)
}

fn decrypt_with(key: &[u8], ct: &[u8]) -> Option<Vec<u8>> {
    let cipher = build_cipher(key);
    cipher.decrypt(Nonce::from_slice(&ct[..12]), &ct[12..]).ok() // expect: unchecked-slice-length "`ct[..12]` cuts the nonce or tag off `ct` without checking its length first"
}
