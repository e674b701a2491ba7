// The same code on pbkdf2 0.12, whose default is OWASP's 600 000 rounds: nothing to report.
use pbkdf2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use pbkdf2::{Params, Pbkdf2};

pub fn master_key(password: &[u8], salt: &SaltString) -> Option<String> {
    let hash = Pbkdf2.hash_password(password, salt).ok()?; // 0.12: the default is 600 000 rounds
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
