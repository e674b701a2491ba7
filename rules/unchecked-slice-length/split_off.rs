// `Vec::split_off` and `Bytes::split_to` panic like `split_at` when the buffer is shorter.
use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, Nonce};
use bytes::Bytes;
use std::fs;

pub fn decrypt_file(cipher: &Aes256Gcm, path: &str) -> std::io::Result<Vec<u8>> {
    let mut nonce_and_data = fs::read(path)?;
    let data = nonce_and_data.split_off(12); // expect: unchecked-slice-length "`nonce_and_data.split_off(12)` cuts the nonce or tag off `nonce_and_data` without checking its length first"
    let nonce = Nonce::from_slice(&nonce_and_data);
    cipher.decrypt(nonce, data.as_ref()).map_err(|_| std::io::ErrorKind::InvalidData.into())
}

pub fn decrypt_frame(cipher: &Aes256Gcm, mut frame: Bytes) -> Option<Vec<u8>> {
    let nonce = frame.split_to(12); // expect: unchecked-slice-length "`frame.split_to(12)` cuts the nonce or tag off `frame` without checking its length first"
    cipher.decrypt(Nonce::from_slice(&nonce), frame.as_ref()).ok()
}

// --- correct code ---

pub fn decrypt_file_checked(cipher: &Aes256Gcm, path: &str) -> std::io::Result<Vec<u8>> {
    let mut nonce_and_data = fs::read(path)?;
    if nonce_and_data.len() < 12 + 16 {
        return Err(std::io::ErrorKind::InvalidData.into());
    }
    let data = nonce_and_data.split_off(12); // ok: unchecked-slice-length
    let nonce = Nonce::from_slice(&nonce_and_data);
    cipher.decrypt(nonce, data.as_ref()).map_err(|_| std::io::ErrorKind::InvalidData.into())
}

pub fn keep_tail(mut lines: Vec<String>) -> Vec<String> {
    lines.split_off(3) // ok: unchecked-slice-length
}
