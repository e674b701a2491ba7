// MD5 and SHA-1: judged by what they hash.
use hmac::Hmac;
use md5::Md5;
use openssl::hash::{hash, MessageDigest};
use sha1::{Digest, Sha1};
use sha2::Sha256;

pub fn mac_from_secret(secret_key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut hasher = Sha1::new(); // expect: weak-hash(high) "SHA-1 of `secret_key`"
    hasher.update(secret_key);
    hasher.update(msg);
    hasher.finalize().to_vec()
}

pub fn token_fingerprint(api_token: &str) -> String {
    format!("{:x}", md5::compute(api_token)) // expect: weak-hash(high) "MD5 of `api_token`"
}

pub type LegacyMac = Hmac<Md5>; // expect: weak-hash(medium)

// A checksum, an ETag, a cache key: nothing depends on collision resistance.
pub fn file_checksum(data: &[u8]) -> Vec<u8> {
    let mut hasher = Sha1::new(); // expect: weak-hash(low) "checksums"
    hasher.update(data);
    hasher.finalize().to_vec()
}

pub fn etag(body: &[u8]) -> String {
    format!("\"{:x}\"", Md5::digest(body)) // expect: weak-hash(low) "`Md5::digest(body)` uses MD5, which has practical collision attacks"
}

pub fn openssl_sha1(data: &[u8]) -> Vec<u8> {
    hash(MessageDigest::sha1(), data).unwrap().to_vec() // expect: weak-hash(low) "`hash(MessageDigest::sha1(), data)` uses SHA-1, which has practical collision attacks"
}

pub fn ring_legacy(data: &[u8]) -> ring::digest::Digest {
    ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, data) // expect: weak-hash(low) "`ring::digest::digest(&ring::digest::SHA…` uses SHA-1, which has practical collision attacks"
}

// --- correct code ---

// A password hashed with MD5 is weak-password-hash's finding, not a second one here.
pub fn password_md5(password: &str) -> String {
    let digest = md5::compute(password.as_bytes()); // ok: weak-hash // expect: weak-password-hash "Password hashed with one pass of MD5 (`password.as_bytes()`)"
    format!("{:x}", digest)
}

pub fn sha256(data: &[u8]) -> Vec<u8> {
    Sha256::digest(data).to_vec() // ok: weak-hash
}

pub type Mac = Hmac<Sha256>; // ok: weak-hash

pub fn openssl_sha256(data: &[u8]) -> Vec<u8> {
    hash(MessageDigest::sha256(), data).unwrap().to_vec() // ok: weak-hash
}

// A world seed hashed to seed a simulation's generator: a game seed, not a secret.
pub struct XoroshiroSplitter {
    lo: u64,
}

impl XoroshiroSplitter {
    pub fn split(&self, seed: &str) -> (u64, u64) {
        let d = md5::compute(seed.as_bytes()); // expect: weak-hash(low)
        (u64::from_be_bytes(d[0..8].try_into().unwrap()) ^ self.lo, 0)
    }
}

// The same seed of a key generator is a secret.
pub fn wallet_fingerprint(wallet_seed: &[u8]) -> [u8; 16] {
    md5::compute(wallet_seed).0 // expect: weak-hash(high)
}

// A protocol's session id over the shared secret and the server's public key (Minecraft's server
// hash): SHA-1 by the protocol's mandate, published by design.
pub fn server_hash(server_id: &[u8], shared_secret: &[u8], public_key: &[u8]) -> Vec<u8> {
    let mut digest = Sha1::new(); // expect: weak-hash(low)
    digest.update(server_id);
    digest.update(shared_secret);
    digest.update(public_key);
    digest.finalize().to_vec()
}
