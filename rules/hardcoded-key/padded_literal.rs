// A short literal copied into a zeroed key buffer is still a literal key (and a weak one: 4 bytes
// and 28 zeros). The same buffer filled from a KDF or from random bytes is not.
use aes_gcm_siv::aead::{rand_core::RngCore, KeyInit, OsRng};
use aes_gcm_siv::Aes256GcmSiv;
use argon2::Argon2;
use generic_array::GenericArray;

pub fn client_cipher() -> Aes256GcmSiv {
    let pass = b"pass";
    let mut keybuf = [0u8; 32];
    keybuf[0..pass.len()].copy_from_slice(&pass[..]);
    let key = GenericArray::from_slice(&keybuf);
    Aes256GcmSiv::new(key) // expect: hardcoded-key(critical) "Hard-coded key: `key` reaches `Aes256GcmSiv::new`"
}

// --- correct code ---

pub fn derived_cipher(passphrase: &[u8], salt: &[u8; 16]) -> Aes256GcmSiv {
    let mut keybuf = [0u8; 32];
    Argon2::default().hash_password_into(passphrase, salt, &mut keybuf).unwrap();
    Aes256GcmSiv::new(GenericArray::from_slice(&keybuf)) // ok: hardcoded-key
}

pub fn session_cipher() -> Aes256GcmSiv {
    let mut keybuf = [0u8; 32];
    keybuf[..4].copy_from_slice(b"v1\0\0");
    OsRng.fill_bytes(&mut keybuf[4..]);
    Aes256GcmSiv::new(GenericArray::from_slice(&keybuf)) // ok: hardcoded-key
}
