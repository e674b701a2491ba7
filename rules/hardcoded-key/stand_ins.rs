// Types this file defines itself under a crypto crate's names (test doubles, a local enum) are not
// that crate's API, and a file that imports no crypto crate does not have its method calls matched
// by name.
pub struct Hmac;

impl Hmac {
    pub fn new_from_slice(_key: &[u8]) -> Result<Self, ()> {
        Ok(Hmac)
    }
}

pub enum Aes256Gcm {
    Off,
}

impl Aes256Gcm {
    pub fn new_from_slice(_key: &[u8]) -> Option<Self> {
        Some(Aes256Gcm::Off)
    }
}

pub trait Seal {
    fn encrypt(&self, nonce: &[u8], m: &[u8]) -> Vec<u8>;
}

pub fn stand_in_struct() -> Result<Hmac, ()> {
    Hmac::new_from_slice(b"0123456789abcdef0123456789abcdef") // ok: hardcoded-key
}

pub fn stand_in_enum() -> Option<Aes256Gcm> {
    Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef") // ok: hardcoded-key
}

pub fn untyped_receiver(m: &[u8]) -> Vec<u8> {
    let s = pick_sealer();
    s.encrypt(b"fixed nonce!", m) // ok: constant-nonce
}
