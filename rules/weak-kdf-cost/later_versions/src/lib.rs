// The defaults of versions after the ones whose defaults were weak (see Cargo.toml).
use argon2::Argon2;

pub fn hasher() -> Argon2<'static> {
    Argon2::default() // ok: weak-kdf-cost
}

pub fn legacy_hash(password: &str, salt: &[u8]) -> String {
    rust_argon2::hash_encoded(password.as_bytes(), salt, &rust_argon2::Config::default()).unwrap() // ok: weak-kdf-cost
}
