// A password manager's `get` command prints the entry's password: that is what the user asked for.
// Its master password, its key and its log are another matter.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub struct Entry {
    pub username: String,
    pub password: Vec<u8>,
    pub nonce: [u8; 12],
}

pub fn show(name: &str, entry: &Entry, cipher: &Aes256Gcm) {
    let password = cipher.decrypt(Nonce::from_slice(&entry.nonce), entry.password.as_slice()).unwrap_or_default();
    let password = String::from_utf8(password).unwrap_or_default();
    println!("Name: {name}");
    println!("Username: {}", entry.username);
    println!("Password: {password}");
}

pub fn generate(len: usize) -> String {
    let password: String = (0..len).map(|_| char::from(b'a' + rand::random::<u8>() % 26)).collect();
    println!("Generated password: [{password}]");
    password
}

pub fn unlock(master_password: &str) {
    println!("unlocking with {master_password}"); // expect: secret-logged(medium)
}

pub fn audit(password: &str) {
    log::info!("entry password changed to {}", password); // expect: secret-logged(medium)
}

fn main() {}
