// Only the decryption side of a padded ECB is in this crate (the data was sealed elsewhere): it is
// reported where it decrypts, and says so.
use aes::cipher::{block_padding::Pkcs7, BlockDecrypt, KeyInit};
use aes::Aes128;

pub fn unwrap_legacy_blob(key: [u8; 16], blob: &[u8]) -> Result<Vec<u8>, String> {
    let legacy = Aes128::new(&key.into());
    legacy.decrypt_padded_vec::<Pkcs7>(blob) // expect: broken-cipher(high) "(this is its decryption side)"
        .map_err(|e| format!("bad padding: {e}"))
}
