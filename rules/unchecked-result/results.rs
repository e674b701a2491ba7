// Unwrapped and ignored crypto results.
use aes_gcm::aead::{Aead, AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use ring::aead::{Aad, LessSafeKey};

pub fn decrypt_unwrap(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) -> Vec<u8> {
    cipher.decrypt(nonce, ct).unwrap() // expect: unchecked-result(medium) "`decrypt(..).unwrap()` panics when authentication fails"
}

pub fn decrypt_expect(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) -> Vec<u8> {
    cipher.decrypt(nonce, ct).expect("decryption failure!") // expect: unchecked-result(medium) "`decrypt(..).expect()` panics when authentication fails"
}

pub fn ignored_in_place(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, buf: &mut Vec<u8>) {
    let _ = cipher.decrypt_in_place(nonce, b"", buf); // expect: unchecked-result(high) "The result of `decrypt_in_place` is ignored"
}

pub fn ring_open_dropped(key: &LessSafeKey, nonce: ring::aead::Nonce, buf: &mut [u8]) {
    key.open_in_place(nonce, Aad::empty(), buf).ok(); // expect: unchecked-result(high) "The result of `open_in_place` is ignored"
}

// --- correct code ---

// Key setup and encryption fail only on programming errors (a key of the wrong length, a
// plaintext over 64 GiB): a panic there is not something an attacker can trigger with input.
pub fn key_setup_unwrap(key: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(key).unwrap() // ok: unchecked-result
}

pub fn encrypt_expect(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, pt: &[u8]) -> Vec<u8> {
    cipher.encrypt(nonce, pt).expect("encryption failure!") // ok: unchecked-result
}

#[derive(Debug)]
pub struct BadMessage;

pub fn decrypt_checked(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) -> Result<Vec<u8>, BadMessage> {
    cipher.decrypt(nonce, ct).map_err(|_| BadMessage) // ok: unchecked-result
}

pub fn decrypt_in_place_checked(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, buf: &mut Vec<u8>) -> Result<(), aes_gcm::Error> {
    cipher.decrypt_in_place(nonce, b"", buf)?; // ok: unchecked-result
    Ok(())
}

pub fn unrelated_unwrap(s: &str) -> u32 {
    s.parse().unwrap() // ok: unchecked-result
}

pub fn inside_a_macro(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) {
    println!("{:?}", String::from_utf8(cipher.decrypt(nonce, ct.as_ref()).unwrap())); // expect: unchecked-result(medium) "`decrypt(..).unwrap()` (inside `println!`) panics when authentication fails"
    println!("{:?}", cipher.decrypt(nonce, ct).map_err(|_| BadMessage)); // ok: unchecked-result
}

pub fn hmac_key_of_any_length(key: &[u8]) -> hmac::Hmac<sha2::Sha256> {
    <hmac::Hmac<sha2::Sha256> as hmac::Mac>::new_from_slice(key).unwrap(); // ok: unchecked-result
    hmac::Hmac::<sha2::Sha256>::new_from_slice(key).expect("HMAC can take a key of any size") // ok: unchecked-result
}
