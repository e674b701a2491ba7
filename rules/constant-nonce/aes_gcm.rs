// Constant nonces in the shapes LLM-written AES-GCM code takes, and the correct forms beside them.
use aes_gcm::aead::{Aead, AeadInPlace, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Key, Nonce};

const FIXED_NONCE: [u8; 12] = [0u8; 12];
static IV: &[u8; 12] = b"static iv 12";

pub fn literal_bytes(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let nonce = Nonce::from_slice(b"unique nonce");
    cipher.encrypt(nonce, data).unwrap() // expect: constant-nonce "Constant nonce `nonce` (= `b\"unique nonce\"`) passed to `encrypt`"
}

pub fn zero_array(key: &Key<Aes256Gcm>, data: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(key);
    let nonce_bytes = [0u8; 12];
    let nonce = Nonce::from_slice(&nonce_bytes);
    cipher.encrypt(nonce, data).expect("encryption failed") // expect: constant-nonce "Constant nonce `nonce` (= `[0u8; 12]`) passed to `encrypt`"
}

pub fn default_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let nonce = Nonce::default();
    cipher.encrypt(&nonce, data).unwrap() // expect: constant-nonce "Constant nonce `&nonce` (= `Nonce::default()`) passed to `encrypt`"
}

pub fn from_const(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    cipher.encrypt(Nonce::from_slice(&FIXED_NONCE), data).unwrap() // expect: constant-nonce "Constant nonce `Nonce::from_slice(&FIXED_NONCE)` (= `const FIXED_NONCE"
}

pub fn from_static_in_place(cipher: &Aes256Gcm, buffer: &mut Vec<u8>) {
    let n = Nonce::from_slice(IV);
    cipher.encrypt_in_place(n, b"", buffer).unwrap(); // expect: constant-nonce "Constant nonce `n` (= `static IV"
}

fn make_nonce() -> [u8; 12] {
    [7u8; 12]
}

pub fn through_helper(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let bytes = make_nonce();
    let nonce = Nonce::from_slice(&bytes);
    cipher.encrypt(nonce, data).unwrap() // expect: constant-nonce "Constant nonce `nonce` (= `[7u8; 12]`) passed to `encrypt`"
}

pub fn shadowed_then_constant(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let _ = nonce;
    let nonce = Nonce::from_slice(b"shadowed!!!!");
    cipher.encrypt(nonce, data).unwrap() // expect: constant-nonce "Constant nonce `nonce` (= `b\"shadowed!!!!\"`) passed to `encrypt`"
}

// --- correct code ---

pub fn random_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    cipher.encrypt(&nonce, data).unwrap() // ok: constant-nonce
}

pub fn filled_by_os_rng(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    use aes_gcm::aead::rand_core::RngCore;
    let mut nonce_bytes = [0u8; 12];
    OsRng.fill_bytes(&mut nonce_bytes);
    cipher.encrypt(Nonce::from_slice(&nonce_bytes), data).unwrap() // ok: constant-nonce
}

pub fn nonce_from_caller(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, data: &[u8]) -> Vec<u8> {
    cipher.encrypt(nonce, data).unwrap() // ok: constant-nonce
}

pub fn decrypt_with_fixed_nonce_is_not_reported(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let nonce = Nonce::from_slice(b"unique nonce");
    cipher.decrypt(nonce, data).unwrap_or_default() // ok: constant-nonce
}

pub fn random_in_other_function_does_not_help(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let nonce = Nonce::from_slice(&FIXED_NONCE);
    cipher.encrypt(nonce, data).unwrap() // expect: constant-nonce "Constant nonce `nonce` (= `const FIXED_NONCE"
}

pub fn stream_with_fixed_nonce(key: &Key<Aes256Gcm>) -> aes_gcm::aead::stream::EncryptorBE32<Aes256Gcm> {
    let cipher = Aes256Gcm::new(key);
    let nonce = aes_gcm::aead::generic_array::GenericArray::from_slice(&[0u8; 7]);
    aes_gcm::aead::stream::EncryptorBE32::from_aead(cipher, nonce) // expect: constant-nonce "Constant nonce `nonce` (= `[0u8; 7]`) passed to `EncryptorBE32::from_aead`"
}

pub fn filled_by_getrandom(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let mut nonce_bytes = [0u8; 12];
    getrandom::getrandom(&mut nonce_bytes).expect("os rng");
    cipher.encrypt(Nonce::from_slice(&nonce_bytes), data).unwrap() // ok: constant-nonce
}

// A key made fresh in the function from an ephemeral key agreement: the fixed nonce never repeats
// under one key as written, so it is reported low.
pub fn ephemeral_seal(secret: x25519_dalek::EphemeralSecret, peer: &x25519_dalek::PublicKey, data: &[u8]) -> Vec<u8> {
    let shared_secret = secret.diffie_hellman(peer);
    let cipher = chacha20poly1305::ChaCha20Poly1305::new(shared_secret.as_bytes().into());
    let nonce = chacha20poly1305::Nonce::default();
    cipher.encrypt(&nonce, data).unwrap_or_default() // expect: constant-nonce(low) "made fresh in this function"
}

// The same with the cipher made by `new_from_slice(..).unwrap()`.
pub fn ephemeral_seal_from_slice(secret: x25519_dalek::EphemeralSecret, peer: &x25519_dalek::PublicKey, data: &[u8]) -> Vec<u8> {
    let shared_secret = secret.diffie_hellman(peer);
    let cipher = Aes256Gcm::new_from_slice(shared_secret.as_bytes()).unwrap();
    let nonce = Nonce::default();
    cipher.encrypt(&nonce, data).unwrap_or_default() // expect: constant-nonce(low) "made fresh in this function"
}
