// Textbook RSA: openssl's `Padding::NONE` encrypts the message as a bare number (a web API client
// that zero-prefixes a short secret to the modulus size, as some reverse-engineered protocols do).
use openssl::pkey::{Private, Public};
use openssl::rsa::{Padding, Rsa};

pub fn enc_sec_key(secret: &str, pem: &[u8]) -> Vec<u8> {
    let rsa = Rsa::public_key_from_pem(pem).unwrap();
    let prefix = vec![0u8; 128 - secret.len()];
    let data = [&prefix[..], secret.as_bytes()].concat();
    let mut buf = vec![0; rsa.size() as usize];
    rsa.public_encrypt(&data, &mut buf, Padding::NONE).unwrap(); // expect: weak-rsa(high) "Textbook RSA: `rsa.public_encrypt(&data, &mut buf, Padding::NONE)` encrypts without padding"
    buf
}

pub fn raw_decrypt(rsa: &Rsa<Private>, ct: &[u8]) -> Vec<u8> {
    let mut out = vec![0; rsa.size() as usize];
    let padding = Padding::NONE;
    let n = rsa.private_decrypt(ct, &mut out, padding).unwrap(); // expect: weak-rsa "decrypts without padding (`padding`)"
    out.truncate(n);
    out
}

// --- correct code ---

pub fn enc_sec_key_oaep(secret: &str, rsa: &Rsa<Public>) -> Vec<u8> {
    let mut buf = vec![0; rsa.size() as usize];
    rsa.public_encrypt(secret.as_bytes(), &mut buf, Padding::PKCS1_OAEP).unwrap(); // ok: weak-rsa
    buf
}
