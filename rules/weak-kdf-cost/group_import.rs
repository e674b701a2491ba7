// bcrypt's `hash` imported by name in a group, with a cost const the crate defines itself (named as
// bcrypt's own `DEFAULT_COST`, which is 12; this one is 6). The MD5 under it is a pre-hash that
// bcrypt then runs over, not the password's storage.
use bcrypt::{hash, verify, BcryptError};

const DEFAULT_COST: u32 = 6;

pub fn get_md5(str: &str) -> String {
    format!("{:x}", md5::compute(str))
}

pub fn encrypt_password(password: String) -> Result<String, BcryptError> {
    hash(get_md5(password.as_str()), DEFAULT_COST) // expect: weak-kdf-cost(medium) "bcrypt with cost 6 (`DEFAULT_COST`)"
}

pub fn verify_password(password: String, hashed: String) -> Result<bool, BcryptError> {
    verify(get_md5(password.as_str()), hashed.as_str())
}

pub fn encrypt_password_strong(password: &str) -> Result<String, BcryptError> {
    hash(password, bcrypt::DEFAULT_COST)
}
