// The floors at their edges: PBKDF2 with SHA-1, Argon2 with many passes, the pass count in words.
use argon2::{Algorithm, Argon2, Params, Version};
use pbkdf2::pbkdf2_hmac;
use sha1::Sha1;

// A million rounds is enough for HMAC-SHA256, not for HMAC-SHA1.
pub fn pbkdf2_sha1(password: &[u8], salt: &[u8]) -> [u8; 20] {
    let mut key = [0u8; 20];
    pbkdf2_hmac::<Sha1>(password, salt, 1_000_000, &mut key); // expect: weak-kdf-cost "PBKDF2-HMAC-SHA1 with 1,000,000 iterations (`1_000_000`): OWASP recommends at least 1,300,000"
    key
}

pub fn pbkdf2_sha1_enough(password: &[u8], salt: &[u8]) -> [u8; 20] {
    let mut key = [0u8; 20];
    pbkdf2_hmac::<Sha1>(password, salt, 1_300_000, &mut key); // ok: weak-kdf-cost
    key
}

// More passes than five count as five (7 MiB is OWASP's least memory, at t = 5).
pub fn many_passes() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8192, 6, 1, None).unwrap()) // ok: weak-kdf-cost
}

pub fn many_passes_too_little_memory() -> Argon2<'static> {
    // expect: weak-kdf-cost "Argon2 with 4,096 KiB of memory and 6 passes (`Params::new(4096, 6, 1, None)`): below OWASP's minimum"
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(4096, 6, 1, None).unwrap())
}

pub fn two_passes() -> Argon2<'static> {
    // expect: weak-kdf-cost "Argon2 with 16,384 KiB of memory and 2 passes ("
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(16_384, 2, 1, None).unwrap())
}
