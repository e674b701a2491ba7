// ECB written by hand has two halves: the upload (in another file) encrypts block by block, the
// download here decrypts block by block, so this file's finding is the decryption (a file with both
// halves gets one finding, at the encryption). A chaining mode written by hand (each block XORed
// with the one before) is not ECB.
use aes::cipher::{generic_array::GenericArray, BlockDecrypt, KeyInit};
use aes::Aes256;

pub fn decrypt_download(buf: &[u8], key: [u8; 32]) -> Vec<u8> {
    let cipher = Aes256::new(GenericArray::from_slice(&key));
    let mut data = buf.to_vec();
    for block in data.chunks_exact_mut(16) {
        let block = GenericArray::from_mut_slice(block);
        cipher.decrypt_block(block); // expect: broken-cipher(high) "that is ECB (this is its decryption side)"
    }
    let pad = *data.last().unwrap_or(&0) as usize;
    data.truncate(data.len().saturating_sub(pad));
    data
}

// --- correct code (as far as ECB goes) ---

pub fn cbc_decrypt_by_hand(cipher: &Aes256, iv: [u8; 16], buf: &mut [u8]) {
    let mut prev = iv;
    for block in buf.chunks_exact_mut(16) {
        let saved: [u8; 16] = block.try_into().unwrap();
        cipher.decrypt_block(GenericArray::from_mut_slice(block)); // ok: broken-cipher
        for (b, p) in block.iter_mut().zip(prev.iter()) {
            *b ^= *p;
        }
        prev = saved;
    }
}
