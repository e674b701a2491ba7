// Argon2 parameters made by the crate's own helper: the memory cost handed to it reaches
// `ParamsBuilder::m_cost` or `Params::new`, so the call site says how much memory a guess costs.
use argon2::{Algorithm, Argon2, Params, ParamsBuilder, Version};

pub const M_COST: u32 = 1024;
pub const T_COST: u32 = 1;

pub fn params(m_cost: u32, t_cost: u32) -> Params {
    let mut builder = ParamsBuilder::new();
    builder.m_cost(m_cost);
    builder.t_cost(t_cost);
    builder.build().unwrap()
}

pub fn hasher(memory_kib: u32) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(memory_kib, 3, 1, None).unwrap())
}

pub fn wallet_key(pwd: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params(M_COST, T_COST)) // expect: weak-kdf-cost(medium) "Argon2 with 1,024 KiB of memory: `M_COST` is passed to `params`"
        .hash_password_into(pwd, salt, &mut out)
        .unwrap();
    out
}

pub fn session_key(pwd: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    hasher(4096).hash_password_into(pwd, salt, &mut out).unwrap(); // expect: weak-kdf-cost "Argon2 with 4,096 KiB of memory"
    out
}

// --- correct code ---

pub fn vault_key(pwd: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params(19_456, 2)).hash_password_into(pwd, salt, &mut out).unwrap(); // ok: weak-kdf-cost
    hasher(65_536).hash_password_into(pwd, salt, &mut out).unwrap(); // ok: weak-kdf-cost
    out
}
