// Tags, MACs and secrets compared with `==`.
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

pub fn verify_tag(computed_tag: &[u8], expected_tag: &[u8]) -> bool {
    computed_tag == expected_tag // expect: non-constant-time-compare
}

pub fn verify_mac(key: &[u8], data: &[u8], received: &[u8]) -> bool {
    let mut mac = HmacSha256::new_from_slice(key).unwrap();
    mac.update(data);
    mac.finalize().into_bytes().as_slice() == received // expect: non-constant-time-compare
}

pub fn check_signature(signature: &[u8; 64], provided: &[u8; 64]) -> bool {
    if signature != provided { // expect: non-constant-time-compare
        return false;
    }
    true
}

pub fn api_token_ok(api_token: &str, header: &str) -> bool {
    header == api_token // expect: non-constant-time-compare
}

// --- correct code ---

pub fn verify_tag_ct(computed_tag: &[u8], expected_tag: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    computed_tag.ct_eq(expected_tag).into() // ok: non-constant-time-compare
}

pub fn tag_length_ok(tag: &[u8]) -> bool {
    tag.len() == 16 // ok: non-constant-time-compare
}

pub fn same_algorithm(digest_name: &str, other: &str) -> bool {
    digest_name == other // ok: non-constant-time-compare
}

pub fn verify_mac_properly(key: &[u8], data: &[u8], received: &[u8]) -> bool {
    let mut mac = HmacSha256::new_from_slice(key).unwrap();
    mac.update(data);
    mac.verify_slice(received).is_ok() // ok: non-constant-time-compare
}
