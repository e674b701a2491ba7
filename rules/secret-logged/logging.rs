// Key material in prints and logs.
use aes_gcm::aead::{AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;
use log::{debug, info};

pub fn print_key() {
    let key = Aes256Gcm::generate_key(OsRng);
    println!("generated key: {:?}", key); // expect: secret-logged "`key` is written out by `println!`"
}

pub fn debug_password(password: &str) {
    debug!("login with password={password}"); // expect: secret-logged "`password` is written out by `debug!`"
}

pub struct Session {
    secret_key: [u8; 32],
}

impl Session {
    pub fn log(&self) {
        tracing::info!(key = ?self.secret_key, "session opened"); // expect: secret-logged "`key` is written out by `tracing::info!`"
    }
}

pub fn eprint_passphrase(passphrase: &str) {
    eprintln!("passphrase was {}", passphrase); // expect: secret-logged "`passphrase` is written out by `eprintln!`"
}

// A conversion that still prints the secret (`as_str`, `to_string`) is the secret.
pub fn print_password(password: &String, api_token: &str) {
    println!("password: {}", password.as_str()); // expect: secret-logged "`password` is written out by `println!`"
    log::debug!("token {}", api_token.to_string()); // expect: secret-logged "`api_token`"
}

// tracing's spans record their fields like events; slog's macros log `"key" => value` pairs.
pub fn login_span(user: &str, password: &str) {
    let _span = tracing::info_span!("login", user, pw = %password).entered(); // expect: secret-logged "`password` is written out by `tracing::info_span!`"
}

pub fn slog_token(log: &slog::Logger, session_token: &str) {
    slog::info!(log, "session opened"; "token" => session_token); // expect: secret-logged "`session_token`"
}

// --- correct code ---

// A nonce is public by design (it travels with the ciphertext): printing it leaks nothing.
pub fn dbg_nonce() {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    dbg!(&nonce); // ok: secret-logged
}

pub fn log_key_id(key_id: &str, key_len: usize) {
    info!("using key {} ({} bytes)", key_id, key_len); // ok: secret-logged
}

pub fn log_public_key(public_key: &[u8]) {
    println!("public key: {:?}", public_key); // ok: secret-logged
}

pub fn log_message_count(count: usize) {
    println!("encrypted {count} messages"); // ok: secret-logged
}

// The result of a call that takes the key is printed, not the key.
pub fn log_verification(key: &[u8], msg: &[u8], tag: &[u8]) {
    println!("valid: {}", verify(key, msg, tag)); // ok: secret-logged
    println!("key is {} bytes", key.len()); // ok: secret-logged
    println!("key is {} bytes", key.as_bytes().len()); // ok: secret-logged
    println!("key: {:?}", key.as_bytes()); // expect: secret-logged "`key` is written out by `println!`"
}

const NONCE_LEN: usize = 12;
const KEY_SIZE: usize = 32;

pub fn log_sizes() {
    info!("nonce {} bytes, key {} bytes", NONCE_LEN, KEY_SIZE); // ok: secret-logged
}

pub fn log_key_bytes(key: &[u8]) {
    println!("raw key {:?}", key.as_ref()); // expect: secret-logged "`key` is written out by `println!`"
}

fn verify(_key: &[u8], _msg: &[u8], _tag: &[u8]) -> bool {
    false
}

// In a file about keys, a loop or closure variable named `key` is a map key, not key material.
pub fn list_settings(settings: &std::collections::HashMap<String, String>) {
    for key in settings.keys() {
        println!("setting {key}"); // ok: secret-logged
    }
    settings.keys().for_each(|key| println!("setting {key}")); // ok: secret-logged
}

pub fn span_ok(user: &str) {
    let _span = tracing::info_span!("login", user).entered(); // ok: secret-logged
}
