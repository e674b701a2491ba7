// A nonce kept in a field: what the constructor fills it from decides whether it is predictable.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

pub struct Session {
    c: Aes256Gcm,
    session_iv: [u8; 12],
}

impl Session {
    pub fn new(c: Aes256Gcm) -> Self {
        let mut small = SmallRng::seed_from_u64(9);
        Session { c, session_iv: small.gen() }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.session_iv), m).unwrap_or_default() // expect: nonce-reuse(critical) "Nonce `Nonce::from_slice(&self.session_iv)` comes from the field `session_iv`, which nothing ever ad", weak-rng(high) "`Nonce::from_slice(&self.session_iv)` for `encrypt` comes from `SmallRng`, which an attacker can pre"
    }
}

pub struct Stamped {
    c: Aes256Gcm,
    stamp_iv: [u8; 12],
}

impl Stamped {
    pub fn new(c: Aes256Gcm) -> Self {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        Stamped { c, stamp_iv: t.to_le_bytes()[..12].try_into().unwrap() }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.stamp_iv), m).unwrap_or_default() // expect: nonce-reuse(critical) "Nonce `Nonce::from_slice(&self.stamp_iv)` comes from the field `stamp_iv`, which nothing ever advanc", weak-rng(high) "`Nonce::from_slice(&self.stamp_iv)` for `encrypt` comes from the system clock, which an attacker can"
    }
}

// --- correct code (for weak-rng: a random nonce, though one that is never advanced) ---

pub struct Fresh {
    c: Aes256Gcm,
    fresh_iv: [u8; 12],
}

impl Fresh {
    pub fn new(c: Aes256Gcm) -> Self {
        Fresh { c, fresh_iv: Aes256Gcm::generate_nonce(&mut OsRng).into() }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        // ok: weak-rng
        self.c.encrypt(Nonce::from_slice(&self.fresh_iv), m).unwrap_or_default() // expect: nonce-reuse(critical) "Nonce `Nonce::from_slice(&self.fresh_iv)` comes from the field `fresh_iv`, which nothing ever advanc"
    }
}
