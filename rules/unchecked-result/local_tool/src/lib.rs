// A command-line tool that decrypts files its user names: nothing in this crate reads the network,
// so a panic on a forged file ends the user's own command (a local crash), reported low.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub fn open_vault(key: &[u8; 32], path: &std::path::Path) -> Vec<u8> {
    let data = std::fs::read(path).expect("cannot read the vault");
    if data.len() < 12 {
        return Vec::new();
    }
    let (nonce, body) = data.split_at(12);
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    cipher.decrypt(Nonce::from_slice(nonce), body).expect("wrong password or damaged vault") // expect: unchecked-result(low) "local crash"
}
