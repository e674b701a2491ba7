// pbkdf2 0.11's PasswordHasher with its default Params: 10 000 rounds of HMAC-SHA256.
use pbkdf2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use pbkdf2::{Params, Pbkdf2};

pub fn master_key(password: &[u8], salt: &SaltString) -> Option<String> {
    let hash = Pbkdf2.hash_password(password, salt).ok()?; // expect: weak-kdf-cost(medium) "with pbkdf2 0.11.0 uses its default of 10,000 rounds"
    Some(hash.to_string())
}

// Verifying reads the rounds from the stored hash; the customized hash sets them.
pub fn check(password: &[u8], stored: &str) -> bool {
    PasswordHash::new(stored).map(|h| Pbkdf2.verify_password(password, &h).is_ok()).unwrap_or(false)
}

pub fn master_key_strong(password: &[u8], salt: &SaltString) -> Option<String> {
    let params = Params { rounds: 600_000, output_length: 32 };
    let hash = Pbkdf2.hash_password_customized(password, None, None, params, salt).ok()?;
    Some(hash.to_string())
}

// The older four-argument form names its params: not the default.
pub fn with_params(password: &[u8], params: Params, salt: pbkdf2::password_hash::Salt<'_>) -> Option<String> {
    Pbkdf2.hash_password(password, None, params, salt).ok().map(|h| h.to_string())
}
