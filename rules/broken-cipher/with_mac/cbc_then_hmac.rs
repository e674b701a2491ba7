// Encrypt-then-MAC: CBC with an HMAC over IV and ciphertext is authenticated.
use cbc::cipher::{BlockEncryptMut, KeyIvInit};
use hmac::{Hmac, Mac};
use sha2::Sha256;

type Aes256CbcEnc = cbc::Encryptor<aes::Aes256>;

pub fn seal(enc_key: &[u8; 32], mac_key: &[u8], iv: &[u8; 16], data: &[u8]) -> Vec<u8> {
    let mut out = iv.to_vec();
    out.extend(Aes256CbcEnc::new(enc_key.into(), iv.into()).encrypt_padded_vec_mut::<cbc::cipher::block_padding::Pkcs7>(data)); // ok: broken-cipher
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(mac_key).expect("any key length");
    mac.update(&out);
    out.extend(mac.finalize().into_bytes());
    out
}
