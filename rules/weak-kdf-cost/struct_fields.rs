// Struct fields named like the work factors: only the modelled structs count, written any way.
use pbkdf2::password_hash::{PasswordHasher, Salt};
use pbkdf2::{Params, Pbkdf2};

pub struct Quiz {
    rounds: u32,
    mem_cost: u32,
}

// A struct of the crate's own with a field called `rounds` is no PBKDF2 parameter.
pub fn quiz() -> Quiz {
    Quiz { rounds: 3, mem_cost: 1 } // ok: weak-kdf-cost
}

// The shorthand form, with the count from a `let`.
pub fn hash_shorthand(password: &[u8], salt: Salt) -> String {
    let rounds = 1_000;
    let params = Params { rounds, output_length: 32 }; // expect: weak-kdf-cost "PBKDF2-HMAC-SHA256 with 1,000 rounds (`pbkdf2::Params`): OWASP recommends at least 600,000."
    Pbkdf2.hash_password_customized(password, None, None, params, salt).unwrap().to_string()
}

// The struct named by its path, memory alone (no pass count given).
pub fn argon2_generic_path(password: &[u8], salt: &[u8]) -> String {
    let config = argon2::Config { mem_cost: 2048, ..argon2::Config::default() }; // expect: weak-kdf-cost "Argon2 with 2,048 KiB of memory (`argon2::Config`): below OWASP's minimum"
    argon2::hash_encoded(password, salt, &config).unwrap()
}

// The struct named with a turbofish (rust-argon2's `Config<'a>`).
pub fn argon2_turbofish(password: &[u8], salt: &[u8]) -> String {
    let config = argon2::Config::<'static> { mem_cost: 2048, ..argon2::Config::default() }; // expect: weak-kdf-cost "Argon2 with 2,048 KiB of memory"
    argon2::hash_encoded(password, salt, &config).unwrap()
}
