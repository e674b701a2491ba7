// Web code: session tokens, credentials in structs, tracing fields. No crypto crate is imported.
use std::collections::HashMap;

#[derive(Debug)]
pub struct Teacher {
    pub login: String,
    pub password: String,
}

pub fn on_login(session_id: u64, token: &str, rec: &Teacher) {
    log::info!("session {} issued token {}", session_id, token); // expect: secret-logged "`token`"
    println!("rec found: {:?}", rec); // expect: secret-logged "`rec.password`"
}

// A generic session whose `secrets` carry the provider's tokens, printed whole.
#[derive(Clone, Debug)]
pub struct ClientSession<S> {
    pub user_id: String,
    pub secrets: S,
}

pub fn issue<S: std::fmt::Debug>(user_id: String, secrets: S) -> ClientSession<S> {
    let session = ClientSession { user_id, secrets };
    log::debug!("Creating token for session: {:?}", session); // expect: secret-logged "`session.secrets`"
    session
}

pub fn on_start(secret_key: &str) {
    tracing::info!(secret_key, "HMAC secret loaded"); // expect: secret-logged "`secret_key` is written out by `tracing::info!`"
}

pub fn upload(user_pass: &str) {
    log::debug!("user provided a password: {}", user_pass); // expect: secret-logged "`user_pass` is written out by `log::debug!`"
}

// --- correct code ---

const KEY_WIDTH: usize = 20;

pub fn print_headers(headers: &HashMap<String, String>) {
    for (key, val) in headers {
        println!("{:<w$} : {}", key, val, w = KEY_WIDTH); // ok: secret-logged
    }
}

pub fn storage(minio_access_key: &str, token_count: usize) {
    log::debug!("minio access key id {}, {} tokens", minio_access_key, token_count); // ok: secret-logged
}

pub struct Redacted {
    pub password: String,
}

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Redacted(***)")
    }
}

pub fn print_redacted(r: &Redacted) {
    println!("{:?}", r); // ok: secret-logged
}
