// A mode's encryptor built from an already keyed block cipher (`InnerIvInit`) is that mode: CBC
// without a MAC is reported at the constructor, and driving it block by block is CBC, not ECB.
use aes::cipher::{BlockEncryptMut, InnerIvInit, KeyInit};
use aes::Aes128;

pub fn cbc_from_inner(key: &[u8; 16], iv: &[u8; 16], data: &mut [u8]) {
    let mut enc = cbc::Encryptor::<Aes128>::inner_iv_init(Aes128::new(key.into()), iv.into()); // expect: broken-cipher(medium) "CBC mode"
    for chunk in data.chunks_mut(16) {
        enc.encrypt_block_mut(chunk.into()); // ok: broken-cipher
    }
}
