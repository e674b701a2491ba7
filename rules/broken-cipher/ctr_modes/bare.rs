// AES-CTR over gateway traffic, and no MAC anywhere in the file: the ciphertext is malleable.
use ctr::cipher::{KeyIvInit, StreamCipher};

type Aes256Ctr = ctr::Ctr128BE<aes::Aes256>;

pub fn encrypt_packet(key: &[u8; 32], iv: &[u8; 16], packet: &mut [u8]) {
    let mut cipher = Aes256Ctr::new(key.into(), iv.into()); // expect: broken-cipher(medium) "CTR mode"
    cipher.apply_keystream(packet);
}
