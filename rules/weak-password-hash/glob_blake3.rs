// `use blake3::*` brings blake3's own `hash`: a password hashed with one BLAKE3 pass.
use blake3::*;

pub fn register(password: &str) -> String {
    hash(password.as_bytes()).to_hex().to_string() // expect: weak-password-hash(high) "one pass of BLAKE3"
}
