// Nothing at the call names the cipher: the file's imports do.
use aes_gcm::aead::Aead;
use aes_gcm::Nonce;
use ring::aead::AES_256_GCM;

fn cipher() -> Box<dyn Aead> {
    wrappers::boxed(&AES_256_GCM)
}

pub fn seal(m: &[u8]) -> Vec<u8> {
    cipher().encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce "and with AES-GCM a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge"
}
