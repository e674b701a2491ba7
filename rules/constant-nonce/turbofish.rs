// A constructor written with a turbofish (`Envelope::<Aes256Gcm>::new_from_slice`) names its type
// as `Envelope::new_from_slice` does: a method of a type this crate defines is that method, and
// a cipher built that way is the cipher.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::aes::Aes256;
use aes_gcm::{Aes256Gcm, AesGcm, Nonce};
use aes_gcm::aead::consts::U12;

pub struct Envelope<C> {
    cipher: C,
}

impl<C: Aead + AeadCore + KeyInit> Envelope<C> {
    pub fn new_from_slice(key: &[u8]) -> Option<Self> {
        C::new_from_slice(key).ok().map(|cipher| Envelope { cipher })
    }

    // A fresh nonce per message, written before the ciphertext; `header` is authenticated data.
    pub fn encrypt(&self, header: &[u8], m: &[u8]) -> Vec<u8> {
        let nonce = C::generate_nonce(&mut OsRng);
        let ct = self.cipher.encrypt(&nonce, Payload { msg: m, aad: header }).unwrap_or_default();
        [nonce.as_slice(), &ct].concat()
    }
}

pub fn seal_record(key: &[u8], record: &[u8]) -> Vec<u8> {
    let envelope = Envelope::<Aes256Gcm>::new_from_slice(key).unwrap();
    envelope.encrypt(b"record:v1", record) // ok: constant-nonce
}

pub fn seal_record_fallible(key: &[u8], record: &[u8]) -> Option<Vec<u8>> {
    let envelope = Envelope::<Aes256Gcm>::new_from_slice(key)?;
    Some(envelope.encrypt(b"record:v1", record)) // ok: constant-nonce
}

pub fn seal_with_a_generic_cipher(key: &[u8], m: &[u8]) -> Vec<u8> {
    let cipher = AesGcm::<Aes256, U12>::new_from_slice(key).unwrap();
    cipher.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(b\"fixed nonce!\")` passed t"
}
