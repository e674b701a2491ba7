// Suppressions: with a reason they hide the finding; without one they are reported and ignored.
use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, Nonce};

pub fn kat(cipher: &Aes256Gcm) -> Vec<u8> {
    // ok: suppression-without-reason
    // rust-crypto-gate: ignore[constant-nonce] NIST SP 800-38D known-answer test vector
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // ok: constant-nonce
}

pub fn same_line(cipher: &Aes256Gcm) -> Vec<u8> {
    // ok: constant-nonce, suppression-without-reason
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // rust-crypto-gate: ignore[constant-nonce] fixed vector for interop test
}

pub fn no_reason(cipher: &Aes256Gcm) -> Vec<u8> {
    // expect: suppression-without-reason
    // rust-crypto-gate: ignore[constant-nonce]
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(b\"cafebabefaceda\")` passed to `encrypt`"
}

pub fn no_reason_two(cipher: &Aes256Gcm) -> Vec<u8> {
    let n = Nonce::from_slice(b"cafebabefaceda");
    // expect: constant-nonce, suppression-without-reason
    cipher.encrypt(n, &b""[..]).unwrap() // rust-crypto-gate: ignore[constant-nonce]
}

pub fn wrong_rule_does_not_hide(cipher: &Aes256Gcm) -> Vec<u8> {
    // ok: suppression-without-reason
    // rust-crypto-gate: ignore[hardcoded-key] the key is a test key
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(b\"cafebabefaceda\")` passed to `encrypt`"
}

pub fn several_rules_no_reason(cipher: &Aes256Gcm) -> Vec<u8> {
    // expect: suppression-without-reason
    // rust-crypto-gate: ignore[constant-nonce, unchecked-result]
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(b\"cafebabefaceda\")` passed to `encrypt`"
}

pub fn blank_reason_after_spaces(cipher: &Aes256Gcm) -> Vec<u8> {
    let nonce = Nonce::from_slice(b"cafebabefaceda");
    // expect: suppression-without-reason
    // rust-crypto-gate: ignore[constant-nonce]    
    cipher.encrypt(nonce, &b""[..]).unwrap() // expect: constant-nonce "Constant nonce `nonce` (= `b\"cafebabefaceda\"`) passed to `encrypt`"
}
