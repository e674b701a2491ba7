// The size is a const of another file: reported when that const is small.
use crate::consts::{LEGACY_RSA_BITS, RSA_BITS};
use rsa::RsaPrivateKey;

pub fn legacy(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {
    // expect: weak-rsa(high) "RSA key of 1,536 bits (`RsaPrivateKey::new(rng, LEGACY_RSA_BITS)`)"
    RsaPrivateKey::new(rng, LEGACY_RSA_BITS).unwrap()
}

pub fn current(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {
    RsaPrivateKey::new(rng, RSA_BITS).unwrap() // ok: weak-rsa
}
