// The cipher crate's padded helpers called on the bare block cipher: the whole buffer is padded and
// encrypted block by block with no IV — ECB, even though no loop is written. Both halves in one file
// are one design choice: one finding, at the encryption.
use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockDecrypt, BlockEncrypt, BlockEncryptMut, KeyInit, KeyIvInit};
use aes::{Aes128, Aes256};

pub struct Sealed(Vec<u8>);

pub fn seal_record(key: &[u8; 32], record: &[u8]) -> Sealed {
    let block = Aes256::new(key.into());
    Sealed(block.encrypt_padded_vec::<Pkcs7>(record)) // expect: broken-cipher(high) "that is ECB:"
}

pub fn open_record(key: &[u8; 32], sealed: &Sealed) -> Option<Vec<u8>> {
    let block: Aes256 = Aes256::new_from_slice(key).ok()?;
    block.decrypt_padded_vec::<Pkcs7>(&sealed.0).ok() // ok: broken-cipher
}

// The same helper on a mode's encryptor is that mode (CBC here, reported as such), never ECB as well.
pub fn cbc_record(key: &[u8; 16], iv: &[u8; 16], record: &[u8]) -> Vec<u8> {
    let enc = cbc::Encryptor::<Aes128>::new(key.into(), iv.into()); // expect: broken-cipher(medium) "CBC mode"
    enc.encrypt_padded_vec_mut::<Pkcs7>(record) // ok: broken-cipher
}

// The in-place form with a mutable cipher is the same helper.
pub fn seal_in_buffer(key: &[u8; 32], buf: &mut [u8], len: usize) -> usize {
    let mut block = Aes256::new(key.into());
    let mut inout = aes::cipher::inout::InOutBufReserved::from_mut_slice(buf, len).unwrap();
    block.encrypt_padded_inout_mut::<Pkcs7>(inout).map(|ct| ct.len()).unwrap_or(0) // expect: broken-cipher(high) "that is ECB:"
}
