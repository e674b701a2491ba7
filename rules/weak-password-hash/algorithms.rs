// The hash a password goes through, named in the message: by the API's own type, by openssl's
// MessageDigest argument, by ring's algorithm constant, or by the function (blake3::hash).
use openssl::hash::{hash, MessageDigest};
use ring::digest;

pub fn store_blake3(password: &str) -> String {
    // expect: weak-password-hash(high) "Password hashed with one pass of BLAKE3 (`password.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords"
    blake3::hash(password.as_bytes()).to_hex().to_string()
}

pub fn store_openssl_md5(password: &str) -> Vec<u8> {
    // expect: weak-password-hash "one pass of MD5 (`password.as_bytes()`)" "guesses per second, and MD5/SHA-1 add collisions."
    hash(MessageDigest::md5(), password.as_bytes()).unwrap().to_vec()
}

pub fn store_openssl_sha512(password: &str) -> Vec<u8> {
    // expect: weak-password-hash "one pass of SHA-512 (`password.as_bytes()`)" "guesses per second. Store"
    hash(MessageDigest::sha512(), password.as_bytes()).unwrap().to_vec()
}

pub fn store_openssl_sm3(password: &str) -> Vec<u8> {
    // expect: weak-password-hash "one pass of a hash (`password.as_bytes()`)"
    hash(MessageDigest::sm3(), password.as_bytes()).unwrap().to_vec()
}

pub fn store_ring_sha384(password: &str) -> Vec<u8> {
    // expect: weak-password-hash "one pass of SHA-384 (`password.as_bytes()`)"
    digest::digest(&digest::SHA384, password.as_bytes()).as_ref().to_vec()
}

pub fn store_ring_sha1(password: &str) -> Vec<u8> {
    // expect: weak-password-hash "one pass of SHA-1 (`password.as_bytes()`)" "and MD5/SHA-1 add collisions"
    digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, password.as_bytes()).as_ref().to_vec()
}
