// How a suppression may be written: with or without spaces, several rules, every rule (`*`).
use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, Nonce};

pub fn no_spaces(cipher: &Aes256Gcm) -> Vec<u8> {
    // ok: suppression-without-reason
    //rust-crypto-gate:ignore[constant-nonce] known-answer test vector
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // ok: constant-nonce
}

pub fn reason_right_after_the_bracket(cipher: &Aes256Gcm) -> Vec<u8> {
    // ok: suppression-without-reason
    // rust-crypto-gate: ignore[constant-nonce]interop-vector
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // ok: constant-nonce
}

pub fn second_of_two_rules(cipher: &Aes256Gcm) -> Vec<u8> {
    // ok: suppression-without-reason
    // rust-crypto-gate: ignore[hardcoded-key, constant-nonce] fixed vector of the interop suite
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // ok: constant-nonce
}

pub fn every_rule(cipher: &Aes256Gcm) -> Vec<u8> {
    // ok: suppression-without-reason
    // rust-crypto-gate: ignore[*] known-answer test of the whole module
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // ok: constant-nonce
}

pub fn two_lines_above_is_too_far(cipher: &Aes256Gcm) -> Vec<u8> {
    // ok: suppression-without-reason
    // rust-crypto-gate: ignore[constant-nonce] known-answer test vector
    let _ = 1;
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // expect: constant-nonce
}

pub fn empty_entries_are_dropped(cipher: &Aes256Gcm) -> Vec<u8> {
    // expect: suppression-without-reason "This suppression of constant-nonce, unchecked-result gives no reason, so it is not applied."
    // rust-crypto-gate: ignore[ constant-nonce,, unchecked-result ,]
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // expect: constant-nonce
}

pub fn no_rule(cipher: &Aes256Gcm) -> Vec<u8> {
    // expect: suppression-without-reason "This suppression of no rule gives no reason" "`// rust-crypto-gate: ignore[rule-id] <reason>`"
    // rust-crypto-gate: ignore[]
    cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() // expect: constant-nonce
}

// The marker on the last line of a file without a final line break counts too.
// expect: constant-nonce, suppression-without-reason "This suppression of constant-nonce gives no reason" "ignore[constant-nonce] <reason>"
pub fn last_line(cipher: &Aes256Gcm) -> Vec<u8> { cipher.encrypt(Nonce::from_slice(b"cafebabefaceda"), &b""[..]).unwrap() } // rust-crypto-gate: ignore[constant-nonce]