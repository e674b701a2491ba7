// The old block-modes API through a type alias (`AesCbc::new_varkey`), as real code wrote it
// before cbc 0.1: the file names no `cbc::` path and no model type followed by `::`.
use aes_soft::Aes256;
use block_modes::block_padding::Pkcs7;
use block_modes::{BlockMode, Cbc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

type AesCbc = Cbc<Aes256, Pkcs7>;
type HmacSha256 = Hmac<Sha256>;

/// Encrypt-then-MAC in one function: the alias `HmacSha256` authenticates the ciphertext.
pub fn seal(key: &[u8], iv: &[u8], mac_key: &[u8], data: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let cipher = AesCbc::new_var(key, iv).unwrap(); // ok: broken-cipher
    let ct = cipher.encrypt_vec(data);
    let mut mac = HmacSha256::new_varkey(mac_key).expect("any key size");
    mac.input(&ct);
    (ct, mac.result().code().to_vec())
}

/// CBC alone: nothing here authenticates what it encrypts.
pub fn seal_unauthenticated(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    let cipher = AesCbc::new_var(key, iv).unwrap(); // expect: broken-cipher(medium) "CBC mode"
    cipher.encrypt_vec(data)
}
