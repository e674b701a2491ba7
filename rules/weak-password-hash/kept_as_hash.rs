// A fast hash kept as a password's hash, whatever went in: the input is a request field, the name
// it is stored under says what it is.
use sha1::{Digest as _, Sha1};
use sha2::{Digest, Sha256};

pub struct Account {
    pub name: String,
    pub pin_hashed: String,
    pub password_hash: Vec<u8>,
}

pub struct ChangeEvent {
    pub name: String,
    pub new_event: String,
}

pub fn apply_change(account: &mut Account, input: &ChangeEvent) {
    let new_hashed_pin = hex::encode(Sha1::digest(input.new_event.as_bytes())); // expect: weak-password-hash(high) "`new_hashed_pin` is a password hash made with one pass of SHA-1"
    account.pin_hashed = new_hashed_pin.clone();
}

pub fn set_secret(account: &mut Account, input: &ChangeEvent) {
    account.password_hash = Sha256::digest(input.new_event.as_bytes()).to_vec(); // expect: weak-password-hash(high) "`password_hash` is a password hash made with one pass of SHA-256"
}

pub fn register(name: &str, form_value: &str) -> Account {
    Account {
        name: name.to_string(),
        pin_hashed: String::new(),
        password_hash: Sha256::new().chain_update(form_value).finalize().to_vec(), // expect: weak-password-hash(high) "`password_hash` is a password hash made with one pass of SHA-256"
    }
}

// --- correct code: what a hash is kept as when it is not a password's ---

pub fn rename(account: &mut Account, input: &ChangeEvent) -> String {
    let name_digest = hex::encode(Sha256::digest(input.name.as_bytes()));
    account.name = input.name.clone();
    name_digest
}

pub fn content_id(data: &[u8]) -> String {
    let content_hash = hex::encode(Sha256::digest(data));
    content_hash
}
