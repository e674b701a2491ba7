// A function that writes its argument out is a log: a secret formatted into its argument is logged.
// And what a decryption returned, written to a log, is the very plaintext the encryption protects.
use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};
use log::{debug, info};

lazy_static::lazy_static! {
    static ref DEBUG: bool = std::env::var("APP_DEBUG").is_ok();
}

fn trace_msg(msg: &str) {
    if *DEBUG {
        eprintln!("[trace] {}", msg);
    }
}

fn banner(title: &str) -> String {
    format!("== {} ==", title)
}

pub fn unlock(master_password: &str, user: &str) {
    trace_msg(format!("unlocking with {}", master_password).as_str()); // expect: secret-logged "`master_password` is written out by `trace_msg` (which prints its argument with `eprintln!`)"
    trace_msg(&format!("unlocking for {}", user)); // ok: secret-logged
    let shown = banner(&format!("{} bytes of password", master_password.len())); // ok: secret-logged
    println!("{}", shown);
}

pub fn read_record(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) -> Option<Vec<u8>> {
    let record = cipher.decrypt(nonce, ct).ok()?;
    debug!("record: {:?}", record); // expect: secret-logged "`record` is the plaintext a decryption returned, written to the log by `debug!`"
    info!("record as text: {}", std::str::from_utf8(&record).ok()?); // expect: secret-logged "`record` is the plaintext a decryption returned"
    info!("decrypted {} bytes", record.len()); // ok: secret-logged
    Some(record)
}

pub fn show_record(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) {
    // A decrypting tool's output is its product, not a log.
    if let Ok(text) = cipher.decrypt(nonce, ct) {
        let text = String::from_utf8_lossy(&text).to_string();
        println!("{}", text); // ok: secret-logged
    }
}

pub fn claims(token: &str, secret: &[u8]) {
    let data = jsonwebtoken::decode::<serde_json::Value>(token, &jsonwebtoken::DecodingKey::from_secret(secret), &jsonwebtoken::Validation::default());
    // A JWT's claims are signed, not encrypted.
    info!("claims: {:?}", data.map(|d| d.claims)); // ok: secret-logged
}

pub fn send(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, message: &str) -> Vec<u8> {
    info!("sending: {}", message); // expect: secret-logged "`message` is the plaintext this function encrypts, written to the log by `info!`"
    cipher.encrypt(nonce, message.as_bytes()).unwrap()
}

pub fn send_counted(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, message: &str) -> Vec<u8> {
    info!("sending {} bytes", message.len()); // ok: secret-logged
    let ct = cipher.encrypt(nonce, message.as_bytes()).unwrap();
    info!("sent: {:?}", ct); // ok: secret-logged
    ct
}

pub fn read_inline(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) -> Option<Vec<u8>> {
    let record = cipher.decrypt(nonce, ct).ok()?;
    debug!("record: {record:?}"); // expect: secret-logged "`record` is the plaintext a decryption returned"
    Some(record)
}
