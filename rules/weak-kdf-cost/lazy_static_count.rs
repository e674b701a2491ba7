// An iteration count kept in a `LazyLock` static (NonZeroU32 needs a run-time check): the count is
// what the closure returns.
use std::num::NonZeroU32;
use std::sync::LazyLock;

static ITERATIONS: LazyLock<NonZeroU32> = LazyLock::new(|| {
    NonZeroU32::new(100_000).expect("non-zero")
});

static STRONG: LazyLock<NonZeroU32> = LazyLock::new(|| NonZeroU32::new(650_000).unwrap());

pub fn wallet_key(password: &str, salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    ring::pbkdf2::derive(ring::pbkdf2::PBKDF2_HMAC_SHA512, *ITERATIONS, salt, password.as_bytes(), &mut out); // expect: weak-kdf-cost(medium) "100,000 iterations"
    out
}

pub fn vault_key(password: &str, salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    ring::pbkdf2::derive(ring::pbkdf2::PBKDF2_HMAC_SHA256, *STRONG, salt, password.as_bytes(), &mut out); // ok: weak-kdf-cost
    out
}
