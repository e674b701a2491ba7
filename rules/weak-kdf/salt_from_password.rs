// A salt cut from the password itself is as deterministic as a constant one.
use argon2::Argon2;
use rand_core::{OsRng, RngCore};

pub fn key_from_password(password: &str) -> Option<[u8; 32]> {
    let bytes = password.as_bytes();
    if bytes.len() < 8 {
        return None;
    }
    let mut salt = [0u8; 8];
    salt.copy_from_slice(&bytes[bytes.len() - 8..]);
    let mut key = [0u8; 32];
    Argon2::default().hash_password_into(&bytes[..bytes.len() - 8], &salt, &mut key).ok()?; // expect: weak-kdf "Salt `&salt` for `hash_password_into` is cut from the password itself"
    Some(key)
}

// --- correct code ---

pub fn key_with_random_salt(password: &str, stored_salt: &[u8]) -> Option<([u8; 32], [u8; 16])> {
    let mut salt = [0u8; 16];
    if stored_salt.len() == 16 {
        salt.copy_from_slice(stored_salt);
    } else {
        OsRng.fill_bytes(&mut salt);
    }
    let mut key = [0u8; 32];
    Argon2::default().hash_password_into(password.as_bytes(), &salt, &mut key).ok()?; // ok: weak-kdf
    Some((key, salt))
}
