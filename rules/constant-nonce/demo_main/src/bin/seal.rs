// A binary that only encrypts, writing what it seals to stdout: its `main` is the real program,
// and the fixed nonce repeats for every run under the same key.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use std::io::{Read, Write};

fn main() {
    let key = std::fs::read("/etc/seal.key").expect("key file");
    let cipher = Aes256Gcm::new_from_slice(&key).expect("32-byte key");
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input).unwrap();
    let sealed = cipher.encrypt(Nonce::from_slice(&[0u8; 12]), input.as_ref()).unwrap(); // expect: constant-nonce(critical)
    std::io::stdout().write_all(&sealed).unwrap();
}
