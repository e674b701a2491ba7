// A salt computed from the password itself: the same password always gets the same salt.
use sha2::{Digest, Sha256};

pub fn profile_key(passphrase: &str) -> [u8; 32] {
    let salt = Sha256::digest(passphrase.as_bytes());
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(passphrase.as_bytes(), &salt, 650_000, &mut key); // expect: weak-kdf(medium) "hash of the input, not random"
    key
}

// A random salt, hashed or not, is random.
pub fn stored_key(passphrase: &str) -> ([u8; 16], [u8; 32]) {
    let mut salt = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut salt);
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(passphrase.as_bytes(), &salt, 650_000, &mut key); // ok: weak-kdf
    (salt, key)
}
