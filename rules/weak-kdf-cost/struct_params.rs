// Work factors written as struct fields: pbkdf2's `Params { rounds, .. }` (the PasswordHasher API)
// and rust-argon2's `Config { mem_cost, time_cost, .. }`, directly and through a helper's parameter.
use pbkdf2::password_hash::{Ident, PasswordHasher, Salt};
use pbkdf2::{Params, Pbkdf2};

const DERIVE_ROUNDS: u32 = 200_000;

pub fn hash_fixed(password: &[u8], salt: Salt) -> String {
    let params = Params {
        rounds: 10_000, // expect: weak-kdf-cost "PBKDF2-HMAC-SHA256 with 10,000 rounds"
        output_length: 32,
    };
    Pbkdf2.hash_password_customized(password, Some(Ident::new("pbkdf2-sha256").unwrap()), None, params, salt).unwrap().to_string()
}

// The count is the helper's parameter: the finding is where the caller hands it a constant.
pub fn hash_with(password: &[u8], salt: Salt, rounds: u32) -> String {
    let params = Params { rounds, output_length: 32 }; // ok: weak-kdf-cost
    Pbkdf2.hash_password_customized(password, None, None, params, salt).unwrap().to_string()
}

pub fn store(password: &[u8], salt: Salt) -> String {
    hash_with(password, salt, DERIVE_ROUNDS) // expect: weak-kdf-cost "200,000 iterations" "`hash_with`" "Params.rounds"
}

pub fn store_strong(password: &[u8], salt: Salt) -> String {
    hash_with(password, salt, 600_000) // ok: weak-kdf-cost
}

pub fn hash_strong(password: &[u8], salt: Salt) -> String {
    let params = Params { rounds: 600_000, output_length: 32 }; // ok: weak-kdf-cost
    Pbkdf2.hash_password_customized(password, None, None, params, salt).unwrap().to_string()
}

pub fn argon2_config_small(password: &[u8], salt: &[u8]) -> String {
    let config = argon2::Config {
        mem_cost: 4096, // expect: weak-kdf-cost "4,096 KiB of memory and 3 passes"
        time_cost: 3,
        ..argon2::Config::default()
    };
    argon2::hash_encoded(password, salt, &config).unwrap()
}

pub fn argon2_config_owasp(password: &[u8], salt: &[u8]) -> String {
    let config = argon2::Config { mem_cost: 19_456, time_cost: 2, ..argon2::Config::default() }; // ok: weak-kdf-cost
    argon2::hash_encoded(password, salt, &config).unwrap()
}
