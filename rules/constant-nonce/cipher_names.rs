// The cipher a constant-nonce message names: from openssl's cipher argument, the text of a `let`,
// a parameter's type or a field's initializer when the models do not know the receiver's type.
use aes_gcm::aead::Aead;
use aes_gcm::Nonce;
use openssl::symm::{encrypt, Cipher};

pub fn cbc(key: &[u8], data: &[u8]) -> Vec<u8> {
    // expect: constant-nonce(critical) "and with AES-128-CBC a fixed IV makes equal plaintexts (and equal first blocks) give equal ciphertexts."
    encrypt(Cipher::aes_128_cbc(), key, Some(b"0000000000000000"), data).unwrap() // expect: broken-cipher(medium)
}

pub fn blowfish(key: &[u8], data: &[u8]) -> Vec<u8> {
    let cipher = Cipher::bf_cbc(); // expect: broken-cipher(high)
    encrypt(cipher, key, Some(b"00000000"), data).unwrap() // expect: constant-nonce "and with Blowfish-CBC a fixed IV makes equal plaintexts"
}

pub fn openssl_chacha(key: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(Cipher::chacha20_poly1305(), key, Some(b"000000000000"), data).unwrap() // expect: constant-nonce "and with ChaCha20-" "a repeated nonce reveals the XOR of the plaintexts"
}

pub fn siv_by_parameter_type(c: &dyn AeadWithGcmSiv, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(high) "and GCM-SIV tolerates a repeated nonce better than GCM, but it still reveals which messages are equal."
}

pub fn xchacha_by_let(k: &[u8], m: &[u8]) -> Vec<u8> {
    let c = wrappers::make::<XChaCha20Poly1305>(k);
    // expect: constant-nonce(critical) "and with XChaCha20-Poly1305 a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags."
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default()
}

pub fn unknown_cipher(c: &dyn Aead, m: &[u8]) -> Vec<u8> {
    // expect: constant-nonce(critical) "and with the cipher a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags."
    c.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default()
}

pub struct Holder {
    aead: Box<dyn Aead>,
}

impl Holder {
    pub fn new() -> Self {
        Holder { aead: Box::new(wrappers::ChaCha20Poly1305Box::default()) }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.aead.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce "and with ChaCha20-Poly1305 a repeated nonce reveals the XOR of the plaintexts and lets"
    }
}
