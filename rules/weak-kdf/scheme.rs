// A password-based key scheme behind a trait and a versioned enum: the HKDF over the password is
// two method calls away from the code that hands over the user's password.
use hkdf::Hkdf;
use sha2::Sha256;

pub trait PasswordKdf {
    fn kdf(&self, password: &str) -> [u8; 32];
}

pub struct HkdfOnly;

impl HkdfOnly {
    fn derive_key(ikm: Vec<u8>) -> [u8; 32] {
        let hk = Hkdf::<Sha256>::new(None, &ikm);
        let mut okm = [0u8; 32];
        hk.expand(b"backup", &mut okm).unwrap();
        okm
    }
}

impl PasswordKdf for HkdfOnly {
    fn kdf(&self, password: &str) -> [u8; 32] {
        let ikm = password.as_bytes().to_vec();
        HkdfOnly::derive_key(ikm) // expect: weak-kdf "one HKDF pass"
    }
}

pub enum Scheme {
    V1(HkdfOnly),
}

impl PasswordKdf for Scheme {
    fn kdf(&self, password: &str) -> [u8; 32] {
        match self {
            Scheme::V1(inner) => inner.kdf(password), // expect: weak-kdf "Password `password` is passed to `kdf`, which derives a key from it with one HKDF pass (`Hkdf::new`, scheme.rs:14)"
        }
    }
}

pub struct Backup {
    scheme: Scheme,
}

impl Backup {
    pub fn key_for(&self, password: &str) -> [u8; 32] {
        self.scheme.kdf(password) // expect: weak-kdf "`kdf`"
    }

    // --- correct code: the same scheme over a random key, not a password ---
    pub fn key_from_random(&self, random_key_hex: &str) -> [u8; 32] {
        self.scheme.kdf(random_key_hex) // ok: weak-kdf
    }
}
