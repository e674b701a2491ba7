// A hasher's `finalize()` hashes what its `update` calls gave it: key material there is no password.
use aes_gcm::{Aes256Gcm, Key, KeyInit};
use sha2::{Digest, Sha256};

pub fn session_cipher(shared_secret: &x25519_dalek::SharedSecret) -> Aes256Gcm {
    let mut h = Sha256::new();
    h.update(shared_secret.as_bytes());
    h.update(b"session v1");
    let key = h.finalize();
    Aes256Gcm::new(&key) // ok: weak-kdf
}

// A license file decrypted with the hash of the license key, a random token the vendor issued.
pub fn license_cipher(license_key: &str) -> Aes256Gcm {
    let mut sha = Sha256::new();
    sha.update(license_key.as_bytes());
    let digest = sha.finalize();
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&digest)) // ok: weak-kdf
}

pub fn vault_cipher(passphrase: &str) -> Aes256Gcm {
    let mut sha = Sha256::new();
    sha.update(passphrase.as_bytes());
    let digest = sha.finalize();
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&digest)) // expect: weak-kdf "is one fast hash of its input"
}

// SCRAM: the stored key is the hash of an HMAC output (itself from the salted, iterated password).
pub fn client_signature(salted_password: &[u8; 32], auth_message: &[u8]) -> Vec<u8> {
    use hmac::{Hmac, Mac};
    let mut hmac = Hmac::<Sha256>::new_from_slice(salted_password).unwrap();
    hmac.update(b"Client Key");
    let client_key = hmac.finalize().into_bytes();
    let mut hash = Sha256::default();
    hash.update(client_key.as_slice());
    let stored_key = hash.finalize();
    let mut hmac = Hmac::<Sha256>::new_from_slice(&stored_key).unwrap(); // ok: weak-kdf
    hmac.update(auth_message);
    hmac.finalize().into_bytes().to_vec()
}
