// Key sizes at the limit, a key made in a static, and padding parsers with a catch-all default.
use once_cell::sync::Lazy;
use openssl::rsa::Padding;
use rsa::RsaPrivateKey;

// NIST's minimum itself is fine.
pub fn minimum_key(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {
    RsaPrivateKey::new(rng, 2048).unwrap() // ok: weak-rsa
}

pub fn one_bit_short(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {
    RsaPrivateKey::new(rng, 2047).unwrap() // expect: weak-rsa "RSA key of 2,047 bits"
}

// Outside any function: a key made once for the whole program.
pub static SERVER_KEY: Lazy<RsaPrivateKey> = Lazy::new(|| {
    RsaPrivateKey::new(&mut rand::rngs::OsRng, 1024).unwrap() // expect: weak-rsa "RSA key of 1,024 bits"
});

// `_` is a default as much as `None` is.
pub fn parse_padding_wildcard(name: &str) -> Padding {
    match name {
        "oaep" => Padding::PKCS1_OAEP,
        _ => Padding::PKCS1, // expect: weak-rsa "PKCS#1 v1.5 is the default RSA padding here (`_ => Padding::PKCS1,`)"
    }
}

// A default arm that yields something the models do not know is not a finding.
pub fn parse_padding_configured(name: Option<&str>) -> Padding {
    match name {
        Some("pkcs1") => Padding::PKCS1, // ok: weak-rsa
        None => configured_padding(), // ok: weak-rsa
        Some(_) => Padding::PKCS1_OAEP,
    }
}

fn configured_padding() -> Padding {
    Padding::PKCS1_OAEP
}
