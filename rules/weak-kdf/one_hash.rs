// Keys made by one hash: of a password (weak), of random bytes (fine). The hash is found by its
// type or module (from the models), by a hasher's `finalize`, or by ring's `digest`.
use aes_gcm::aead::{AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;
use argon2::password_hash::SaltString;
use hmac::{Hmac, Mac};
use md5::Md5;
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};

pub fn md5_of_password(password: &str) -> Aes256Gcm {
    let digest = Md5::digest(password.as_bytes());
    Aes256Gcm::new_from_slice(&digest).unwrap() // expect: weak-kdf(high) "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&digest`): an atta"
}

pub fn md5_compute(password: &str) -> Aes256Gcm {
    let digest = md5::compute(password);
    Aes256Gcm::new_from_slice(&digest[..]).unwrap() // expect: weak-kdf(high) "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&digest[..]`): an"
}

pub fn ring_digest(password: &str) -> Aes256Gcm {
    let digest = ring::digest::digest(&ring::digest::SHA256, password.as_bytes());
    Aes256Gcm::new_from_slice(digest.as_ref()).unwrap() // expect: weak-kdf(high) "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`digest.as_ref()`):"
}

pub fn blake3_hash(password: &str) -> Aes256Gcm {
    let hash = blake3::hash(password.as_bytes());
    Aes256Gcm::new_from_slice(hash.as_bytes()).unwrap() // expect: weak-kdf(high) "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`hash.as_bytes()`):"
}

pub fn hasher_finalize(password: &str) -> Aes256Gcm {
    let mut hasher = Sha256::new();
    hasher.update(password.as_bytes());
    let digest = hasher.finalize();
    Aes256Gcm::new_from_slice(&digest).unwrap() // expect: weak-kdf(high) "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&digest`): an atta"
}

pub fn chained_finalize(password: &str) -> Aes256Gcm {
    let digest = Sha256::new().chain_update(password).finalize();
    Aes256Gcm::new_from_slice(&digest).unwrap() // expect: weak-kdf(high) "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&digest`): an atta"
}

pub fn hasher_of_a_hasher(password: &str) -> Aes256Gcm {
    let hasher = Md5::new();
    let digest = hasher.chain_update(password).finalize();
    Aes256Gcm::new_from_slice(&digest).unwrap() // expect: weak-kdf(high) "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&digest`): an atta"
}

pub fn string_bytes(name: String) -> Aes256Gcm {
    let digest = Sha256::digest(name.into_bytes());
    Aes256Gcm::new_from_slice(&digest).unwrap() // expect: weak-kdf(high) "The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&digest`): an atta"
}

pub fn key_from_str(password: String) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(password.as_str().as_bytes()).unwrap() // expect: weak-kdf(high) "Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`password.as"
}

pub fn key_into_bytes(password: String) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(&password.into_bytes()).unwrap() // expect: weak-kdf(high) "Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`&password.i"
}

// --- correct code ---

pub fn hash_of_getrandom() -> Aes256Gcm {
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).unwrap();
    let digest = Sha256::digest(&seed);
    Aes256Gcm::new_from_slice(&digest).unwrap() // ok: weak-kdf
}

pub fn hash_of_rand_bytes() -> Aes256Gcm {
    let mut seed = [0u8; 32];
    openssl::rand::rand_bytes(&mut seed).unwrap();
    let digest = Sha256::digest(&seed);
    Aes256Gcm::new_from_slice(&digest).unwrap() // ok: weak-kdf
}

pub fn hash_of_filled(rng: &mut rand::rngs::ThreadRng) -> Aes256Gcm {
    let mut seed = [0u8; 32];
    seed.fill(&mut *rng);
    let digest = Sha256::digest(&seed);
    Aes256Gcm::new_from_slice(&digest).unwrap() // ok: weak-kdf
}

pub fn hash_of_random() -> Aes256Gcm {
    let seed: [u8; 32] = rand::random();
    let digest = Sha256::digest(&seed);
    Aes256Gcm::new_from_slice(&digest).unwrap() // ok: weak-kdf
}

pub fn hash_of_gen() -> Aes256Gcm {
    let seed: [u8; 32] = rand::thread_rng().gen();
    let digest = Sha256::digest(&seed);
    Aes256Gcm::new_from_slice(&digest).unwrap() // ok: weak-kdf
}

pub fn hash_of_generated_key() -> Aes256Gcm {
    let digest = Sha256::digest(Aes256Gcm::generate_key(&mut OsRng));
    Aes256Gcm::new_from_slice(&digest).unwrap() // ok: weak-kdf
}

pub fn hmac_finalize(password: &str, salt: &[u8]) -> Aes256Gcm {
    let mut mac = Hmac::<Sha256>::new_from_slice(salt).unwrap();
    mac.update(password.as_bytes());
    let tag = mac.finalize().into_bytes();
    Aes256Gcm::new_from_slice(&tag).unwrap() // ok: weak-kdf
}

// The bytes of a string literal are a hard-coded key, not a password; a hash of a random salt
// string or of a generated nonce is not one fast hash of a password.
pub fn str_key() -> Aes256Gcm {
    Aes256Gcm::new_from_slice("0123456789abcdef0123456789abcdef".as_bytes()).unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `\"0123456789abcdef0123456789abcdef\".as_bytes()` reaches `Aes256Gcm::new_fr"
}

pub fn hash_of_a_salt_string() -> Aes256Gcm {
    let salt = SaltString::generate(&mut OsRng);
    let digest = Sha256::digest(salt.as_str().as_bytes());
    Aes256Gcm::new_from_slice(&digest).unwrap() // ok: weak-kdf
}

pub fn hash_of_a_nonce() -> Aes256Gcm {
    let digest = Sha256::digest(Aes256Gcm::generate_nonce(&mut OsRng));
    Aes256Gcm::new_from_slice(&digest).unwrap() // ok: weak-kdf
}
