// Defaults that were weak in the versions this crate asks for: argon2 0.4's Params::default() is
// 4 MiB with 3 passes (0.5 raised it to 19 MiB, t = 2), rust-argon2 0.8's Config::default() is
// Argon2i with 4 MiB and 3 passes.
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub fn hash(password: &str) -> Option<String> {
    let argon2 = Argon2::default(); // expect: weak-kdf-cost(medium) "`Argon2::default()` with argon2 0.4 is 4 MiB of memory and 3 passes: below OWASP's minimum" "or upgrade: argon2 0.5's default meets the minimum."
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
    rust_argon2::hash_encoded(password.as_bytes(), salt, &rust_argon2::Config::default()).unwrap() // expect: weak-kdf-cost "with rust-argon2 0.8 is 4 MiB of memory and 3 passes of Argon2i: below" "or upgrade: rust-argon2 2's default meets the minimum."
}

// Verifying, then hashing again (a rehash on login): the new hash takes the default cost.
pub fn check_and_rehash(stored: &str, password: &str) -> Option<String> {
    let parsed = PasswordHash::new(stored).ok()?;
    let argon2 = Argon2::default(); // expect: weak-kdf-cost "argon2 0.4"
    argon2.verify_password(password.as_bytes(), &parsed).ok()?;
    let salt = SaltString::generate(&mut OsRng);
    argon2.hash_password(password.as_bytes(), &salt).ok().map(|h| h.to_string())
}

// Reported at the hasher the default is handed to, directly or by reference.
pub fn spread_out() -> Argon2<'static> {
    Argon2::new( // expect: weak-kdf-cost "`argon2::Params::default()` with argon2 0.4"
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::default(),
    )
}

pub fn legacy_spread_out(password: &str, salt: &[u8]) -> String {
    rust_argon2::hash_encoded( // expect: weak-kdf-cost "`rust_argon2::Config::default()` with rust-argon2 0.8"
        password.as_bytes(),
        salt,
        &rust_argon2::Config::default(),
    )
    .unwrap()
}
