// A cipher or a key made once in `lazy_static!` or `thread_local!` is code like any other: the
// literal key there is hard-coded, and so is a nonce kept there for every message.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Key, Nonce};
use lazy_static::lazy_static;

lazy_static! {
    /// The cipher for session cookies.
    static ref COOKIE_CIPHER: Aes256Gcm = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(b"0123456789abcdef0123456789abcdef")); // expect: hardcoded-key(critical) "reaches `Key::from_slice`"
    pub static ref SESSION_NONCE: [u8; 12] = [7u8; 12];
    static ref RANDOM_CIPHER: Aes256Gcm = Aes256Gcm::new(&Aes256Gcm::generate_key(&mut OsRng)); // ok: hardcoded-key
}

thread_local! {
    static LOCAL_CIPHER: Aes256Gcm = Aes256Gcm::new_from_slice(b"fedcba9876543210fedcba9876543210").unwrap(); // expect: hardcoded-key(critical)
}

pub fn seal_cookie(msg: &[u8]) -> Vec<u8> {
    COOKIE_CIPHER.encrypt(Nonce::from_slice(&*SESSION_NONCE), msg).unwrap_or_default() // expect: constant-nonce(critical)
}

pub fn seal_random(msg: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    RANDOM_CIPHER.encrypt(&nonce, msg).unwrap_or_default() // ok: constant-nonce
}

pub fn seal_local(msg: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    LOCAL_CIPHER.with(|c| c.encrypt(&nonce, msg).unwrap_or_default())
}

// A secret-named static that the flow sees reaching a cipher through a helper: one finding, at the
// call that hands it over (with the static as the first step of its path), not a second one for
// the static itself.
lazy_static! {
    static ref API_SECRET_KEY: Vec<u8> = b"0123456789abcdef0123456789abcdef".to_vec(); // ok: hardcoded-key
}

fn cipher_from(key: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(key).expect("32-byte key")
}

pub fn api_cipher() -> Aes256Gcm {
    cipher_from(&API_SECRET_KEY) // expect: hardcoded-key(critical) "is passed to `cipher_from`, whose parameter reaches `Aes256Gcm::new_from_slice`"
}
