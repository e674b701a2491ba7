use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub fn seal_file(data: &[u8], key: [u8; 32]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(&key.into());
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = nonce.to_vec();
    out.extend(cipher.encrypt(&nonce, data).expect("encrypt"));
    out
}

pub fn store_checksum(sum: [u8; 32]) {
    std::fs::write("sum.bin", sum).expect("write");
}

pub fn tag(data: &[u8], key: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any length");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}
