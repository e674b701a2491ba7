// The same calls as in ../old_defaults, in a crate that asks for versions from which the analyzer
// takes the defaults to meet OWASP's minimum (argon2 from 0.5, rust-argon2 from 2.0).
use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;

pub fn hash(password: &str) -> Option<String> {
    let argon2 = Argon2::default(); // ok: weak-kdf-cost
    let salt = SaltString::generate(&mut OsRng);
    argon2.hash_password(password.as_bytes(), &salt).ok().map(|h| h.to_string())
}

pub fn new_hasher(secret: &[u8]) -> Argon2<'_> {
    Argon2::new_with_secret(secret, argon2::Algorithm::Argon2id, argon2::Version::V0x13, argon2::Params::default()).unwrap() // ok: weak-kdf-cost
}

pub fn legacy_hash(password: &str, salt: &[u8]) -> String {
    rust_argon2::hash_encoded(password.as_bytes(), salt, &rust_argon2::Config::default()).unwrap() // ok: weak-kdf-cost
}
