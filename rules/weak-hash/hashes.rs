// MD5 and SHA-1 where security depends on them.
use hmac::Hmac;
use md5::Md5;
use openssl::hash::{hash, MessageDigest};
use sha1::{Digest, Sha1};
use sha2::Sha256;

pub fn password_md5(password: &str) -> String {
    let digest = md5::compute(password.as_bytes()); // expect: weak-hash
    format!("{:x}", digest)
}

pub fn file_integrity(data: &[u8]) -> Vec<u8> {
    let mut hasher = Sha1::new(); // expect: weak-hash
    hasher.update(data);
    hasher.finalize().to_vec()
}

pub fn md5_digest(data: &[u8]) -> Vec<u8> {
    Md5::digest(data).to_vec() // expect: weak-hash
}

pub fn openssl_sha1(data: &[u8]) -> Vec<u8> {
    hash(MessageDigest::sha1(), data).unwrap().to_vec() // expect: weak-hash
}

pub type LegacyMac = Hmac<Md5>; // expect: weak-hash

pub fn ring_legacy(data: &[u8]) -> ring::digest::Digest {
    ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, data) // expect: weak-hash
}

// --- correct code ---

pub fn sha256(data: &[u8]) -> Vec<u8> {
    Sha256::digest(data).to_vec() // ok: weak-hash
}

pub type Mac = Hmac<Sha256>; // ok: weak-hash

pub fn openssl_sha256(data: &[u8]) -> Vec<u8> {
    hash(MessageDigest::sha256(), data).unwrap().to_vec() // ok: weak-hash
}
