// RSA encryption padding and key sizes: the rsa crate and openssl.
use openssl::rsa::{Padding, Rsa};
use rsa::{Oaep, Pkcs1v15Encrypt, Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey};
use sha2::Sha256;

const LEGACY_BITS: usize = 1024;

pub fn small_key(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {
    RsaPrivateKey::new(rng, 1024).unwrap() // expect: weak-rsa(high) "RSA key of 1,024 bits"
}

pub fn small_key_const(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {
    RsaPrivateKey::new(rng, LEGACY_BITS).unwrap() // expect: weak-rsa "RSA key of 1,024 bits (`RsaPrivateKey::new(rng, LEGACY_BITS)`)"
}

pub fn openssl_small() -> Rsa<openssl::pkey::Private> {
    Rsa::generate(1024).unwrap() // expect: weak-rsa "RSA key of 1,024 bits (`Rsa::generate(1024)`)"
}

pub fn pkcs1_encrypt(key: &RsaPublicKey, msg: &[u8]) -> Vec<u8> {
    let mut rng = rand::thread_rng();
    key.encrypt(&mut rng, Pkcs1v15Encrypt, msg).unwrap() // expect: weak-rsa "PKCS#1 v1.5"
}

pub fn pkcs1_decrypt(key: &RsaPrivateKey, ct: &[u8]) -> Option<Vec<u8>> {
    key.decrypt(Pkcs1v15Encrypt, ct).ok() // expect: weak-rsa "RSA decryption"
}

pub fn openssl_pkcs1(rsa: &Rsa<openssl::pkey::Public>, msg: &[u8]) -> Vec<u8> {
    let mut buf = vec![0; rsa.size() as usize];
    let padding = Padding::PKCS1;
    rsa.public_encrypt(msg, &mut buf, padding).unwrap(); // expect: weak-rsa "RSA encryption with PKCS#1 v1.5 padding (`padding`)"
    buf
}

// --- correct code ---

pub fn strong_key(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {
    RsaPrivateKey::new(rng, 3072).unwrap() // ok: weak-rsa
}

pub fn oaep_encrypt(key: &RsaPublicKey, msg: &[u8]) -> Vec<u8> {
    let mut rng = rand::thread_rng();
    key.encrypt(&mut rng, Oaep::new::<Sha256>(), msg).unwrap() // ok: weak-rsa
}

pub fn openssl_oaep(rsa: &Rsa<openssl::pkey::Public>, msg: &[u8]) -> Vec<u8> {
    let mut buf = vec![0; rsa.size() as usize];
    rsa.public_encrypt(msg, &mut buf, Padding::PKCS1_OAEP).unwrap(); // ok: weak-rsa
    buf
}

// PKCS#1 v1.5 signatures are fine.
pub fn sign(key: &RsaPrivateKey, digest: &[u8]) -> Vec<u8> {
    key.sign(Pkcs1v15Sign::new::<Sha256>(), digest).unwrap() // ok: weak-rsa
}

// The crate's own `encrypt` on its own type is not RSA's.
pub struct Vault;
impl Vault {
    pub fn encrypt(&self, _rng: &mut rand::rngs::ThreadRng, _padding: Pkcs1v15Encrypt, msg: &[u8]) -> Vec<u8> {
        msg.to_vec()
    }
}

pub fn own_encrypt(v: &Vault, msg: &[u8]) -> Vec<u8> {
    v.encrypt(&mut rand::thread_rng(), Pkcs1v15Encrypt, msg) // ok: weak-rsa
}

// A retry that asks for the same weak size again is one root cause: one finding, at the first call.
pub fn with_retry(rng: &mut rand::rngs::ThreadRng) -> RsaPrivateKey {
    RsaPrivateKey::new(rng, 1024).unwrap_or_else(|_| { // expect: weak-rsa "1,024 bits"
        let mut again = rand::thread_rng();
        RsaPrivateKey::new(&mut again, 1024).expect("RSA key generation failed") // ok: weak-rsa
    })
}

// A padding parser whose default is PKCS#1 v1.5: every caller that names no padding gets it.
pub fn parse_padding(name: Option<&str>) -> Option<Padding> {
    Some(match name {
        Some("oaep") => Padding::PKCS1_OAEP,
        Some("pkcs1") | None => Padding::PKCS1, // expect: weak-rsa "default"
        Some(_) => return None,
    })
}

pub fn parse_padding_strict(name: Option<&str>) -> Option<Padding> {
    Some(match name {
        Some("pkcs1") => Padding::PKCS1, // ok: weak-rsa
        None | Some("oaep") => Padding::PKCS1_OAEP,
        Some(_) => return None,
    })
}
