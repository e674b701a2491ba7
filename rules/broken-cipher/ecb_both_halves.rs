// Both halves of a hand-written ECB in one file: one root cause, one finding, at the encryption.
use aes::cipher::{generic_array::GenericArray, BlockDecrypt, BlockEncrypt, KeyInit};
use aes::Aes256;

pub fn seal(key: [u8; 32], buf: &mut [u8]) {
    let cipher = Aes256::new(GenericArray::from_slice(&key));
    for block in buf.chunks_exact_mut(16) {
        cipher.encrypt_block(GenericArray::from_mut_slice(block)); // expect: broken-cipher(high) "that is ECB:"
    }
}

pub fn open(key: [u8; 32], buf: &mut [u8]) {
    let cipher = Aes256::new(GenericArray::from_slice(&key));
    for block in buf.chunks_exact_mut(16) {
        cipher.decrypt_block(GenericArray::from_mut_slice(block)); // ok: broken-cipher
    }
}
