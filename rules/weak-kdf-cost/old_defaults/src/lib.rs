// Defaults that were weak in the versions this crate asks for: argon2 0.4's Params::default() is
// 4 MiB with 3 passes (0.5 raised it to 19 MiB, t = 2), rust-argon2 0.8's Config::default() is
// Argon2i with 4 MiB and 3 passes.
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub fn hash(password: &str) -> Option<String> {
    let argon2 = Argon2::default(); // expect: weak-kdf-cost(medium) "argon2 0.4"
    let salt = SaltString::generate(&mut OsRng);
    argon2.hash_password(password.as_bytes(), &salt).ok().map(|h| h.to_string())
}

// Verifying takes the cost from the stored hash, whatever the default.
pub fn check(stored: &str, password: &str) -> bool {
    let parsed = PasswordHash::new(stored).unwrap();
    Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() // ok: weak-kdf-cost
}

pub fn new_hasher(secret: &[u8]) -> Argon2<'_> {
    Argon2::new_with_secret(secret, argon2::Algorithm::Argon2id, argon2::Version::V0x13, argon2::Params::default()).unwrap() // expect: weak-kdf-cost
}

pub fn legacy_hash(password: &str, salt: &[u8]) -> String {
    rust_argon2::hash_encoded(password.as_bytes(), salt, &rust_argon2::Config::default()).unwrap() // expect: weak-kdf-cost "rust-argon2 0.8"
}
