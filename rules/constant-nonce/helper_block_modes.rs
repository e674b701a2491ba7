// A constant IV handed to the crate's own helpers: the message says what a fixed IV does to the mode in use.
use aes::cipher::{block_padding::Pkcs7, BlockEncryptMut, KeyIvInit, StreamCipher};

type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;
type Aes128Ctr = ctr::Ctr128BE<aes::Aes128>;

fn cbc_encrypt(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    Aes128CbcEnc::new_from_slices(key, iv).unwrap().encrypt_padded_vec_mut::<Pkcs7>(data) // expect: broken-cipher(medium)
}

fn ctr_apply(key: &[u8], iv: &[u8], data: &mut [u8]) {
    let mut cipher = Aes128Ctr::new_from_slices(key, iv).unwrap(); // expect: broken-cipher(medium)
    cipher.apply_keystream(data);
}

pub fn store(record: &[u8]) -> Vec<u8> {
    let key = std::fs::read("record.key").unwrap();
    cbc_encrypt(&key, &[0u8; 16], record) // expect: constant-nonce(critical) "with a block mode a fixed IV makes equal plaintexts"
}

pub fn stream(record: &mut [u8]) {
    let key = std::fs::read("stream.key").unwrap();
    ctr_apply(&key, b"0123456789abcdef", record); // expect: constant-nonce(critical) "a stream cipher's repeated nonce repeats its keystream"
}
