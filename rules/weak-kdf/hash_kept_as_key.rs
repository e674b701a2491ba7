// A password hashed once and kept as the key, where the cipher that uses it is out of sight (another
// method, another file): the name it is kept under says what it is.
use secrecy::{ExposeSecret, SecretString, SecretVec};
use sha2::{Digest, Sha256};

pub struct Vault {
    key: SecretVec<u8>,
    path: String,
}

impl Vault {
    pub fn open(path: &str, password: SecretString) -> Self {
        let password = password.expose_secret();
        let key = blake3::hash(password.as_bytes()).as_bytes().to_vec(); // expect: weak-kdf(high) "`key` is one pass of BLAKE3 over the password `password.as_bytes()`"
        Vault { key: SecretVec::from(key), path: path.to_string() }
    }
}

/// The AES key for the vault, from the user's master password.
pub fn generate_key(input_password: &str) -> [u8; 32] {
    let mut hash = openssl::sha::Sha256::new(); // expect: weak-kdf(high) "`generate_key` is one pass of SHA-256 over the password `input_password.as_bytes()`"
    hash.update(input_password.as_bytes());
    let res = hash.finish();
    res
}

// --- correct code: a hash kept as something other than a key ---

pub fn cache_key(password_policy_name: &str, user: &str) -> Vec<u8> {
    let cache_key = Sha256::digest(format!("{password_policy_name}:{user}").as_bytes()).to_vec();
    cache_key
}

pub fn public_key_id(public_key: &[u8]) -> String {
    let key_id = hex::encode(Sha256::digest(public_key));
    key_id
}
