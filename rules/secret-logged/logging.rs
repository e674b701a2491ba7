// Key material in prints and logs.
use aes_gcm::aead::{AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;
use log::{debug, info};

pub fn print_key() {
    let key = Aes256Gcm::generate_key(OsRng);
    println!("generated key: {:?}", key); // expect: secret-logged
}

pub fn debug_password(password: &str) {
    debug!("login with password={password}"); // expect: secret-logged
}

pub fn dbg_nonce() {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    dbg!(&nonce); // expect: secret-logged
}

pub struct Session {
    secret_key: [u8; 32],
}

impl Session {
    pub fn log(&self) {
        tracing::info!(key = ?self.secret_key, "session opened"); // expect: secret-logged
    }
}

pub fn eprint_passphrase(passphrase: &str) {
    eprintln!("passphrase was {}", passphrase); // expect: secret-logged
}

// --- correct code ---

pub fn log_key_id(key_id: &str, key_len: usize) {
    info!("using key {} ({} bytes)", key_id, key_len); // ok: secret-logged
}

pub fn log_public_key(public_key: &[u8]) {
    println!("public key: {:?}", public_key); // ok: secret-logged
}

pub fn log_message_count(count: usize) {
    println!("encrypted {count} messages"); // ok: secret-logged
}
