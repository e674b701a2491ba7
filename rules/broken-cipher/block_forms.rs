// The block-at-a-time forms: a bare cipher over the data is ECB in each spelling; a mode's encryptor
// driven block by block is that mode (CBC), not ECB as well; a CBC chain written by hand is no ECB.
use aes::cipher::{generic_array::GenericArray, BlockEncrypt, BlockEncryptMut, KeyInit, KeyIvInit};
use aes::Aes128;
use block_modes::block_padding::Pkcs7;
use block_modes::{BlockMode, Cbc};
use des::Des;

pub fn seal_b2b(key: &[u8; 16], data: &[u8], out: &mut [u8]) {
    let cipher = Aes128::new(key.into());
    for (i, chunk) in data.chunks(16).enumerate() {
        let mut block = GenericArray::clone_from_slice(&out[i * 16..i * 16 + 16]);
        cipher.encrypt_block_b2b(GenericArray::from_slice(chunk), &mut block); // expect: broken-cipher(high) "that is ECB"
        out[i * 16..i * 16 + 16].copy_from_slice(&block);
    }
}

pub fn legacy_des(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    Cbc::<Des, Pkcs7>::new_fix(key.into(), iv.into()).encrypt_vec(data) // expect: broken-cipher(high) "constructs DES"
}

// --- correct code (as far as this rule's ECB finding goes) ---

pub fn cbc_by_blocks(key: &[u8; 16], iv: &[u8; 16], data: &mut [u8]) {
    let mut enc = cbc::Encryptor::<Aes128>::new(key.into(), iv.into()); // expect: broken-cipher(medium) "CBC mode"
    for chunk in data.chunks_mut(16) {
        enc.encrypt_block_mut(chunk.into()); // ok: broken-cipher
    }
}

pub fn cbc_by_hand(key: &[u8; 16], iv: [u8; 16], data: &mut [u8]) {
    let cipher = Aes128::new(key.into());
    let mut last = iv;
    for chunk in data.chunks_mut(16) {
        for i in 0..16 {
            chunk[i] = chunk[i] ^ !last[i];
        }
        let mut block = GenericArray::clone_from_slice(chunk);
        cipher.encrypt_block(&mut block); // ok: broken-cipher
        chunk.copy_from_slice(&block);
        last.copy_from_slice(chunk);
    }
}
