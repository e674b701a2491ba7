// Users found by free functions whose return type wraps the user in a reference or a second
// wrapper, a free function that shares its name with an index's method, and a message decrypted in
// place into its field: a `{:?}` of any of them prints the password or the plaintext.
use chacha20poly1305::aead::AeadInPlace;
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use log::debug;

#[derive(Debug, Clone)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub password: String,
}

pub struct Index {
    names: Vec<String>,
}

impl Index {
    pub fn find(&self, name: &str) {
        let _ = self.names.iter().position(|n| n == name);
    }
}

pub fn find(users: &[User], id: u64) -> Option<User> {
    users.iter().find(|u| u.id == id).cloned()
}

pub fn find_ref<'a>(users: &'a [User], name: &str) -> Option<&'a User> {
    users.iter().find(|u| u.name == name)
}

pub fn find_user(users: &[User], id: u64) -> Result<Option<User>, String> {
    Ok(users.iter().find(|u| u.id == id).cloned())
}

pub fn show_by_id(users: &[User], id: u64) {
    if let Some(user) = find(users, id) {
        debug!("user {:?}", user); // expect: secret-logged "`user.password`"
    }
}

pub fn show_by_name(users: &[User], name: &str) {
    if let Some(user) = find_ref(users, name) {
        debug!("user {:?}", user); // expect: secret-logged "`user.password`"
    }
}

pub fn show_checked(users: &[User], id: u64) {
    if let Ok(user) = find_user(users, id) {
        debug!("user {:?}", user); // expect: secret-logged "`user.password`"
    }
}

#[derive(Debug)]
pub struct Message {
    pub nonce: Nonce,
    pub body: Vec<u8>,
}

pub fn open(cipher: &ChaCha20Poly1305, msg: &mut Message) -> Result<(), chacha20poly1305::aead::Error> {
    cipher.decrypt_in_place(&msg.nonce, b"", &mut msg.body)?;
    debug!("opened {:?}", msg); // expect: secret-logged "the plaintext a decryption returned"
    Ok(())
}

// --- correct code ---

pub fn show_count(users: &[User], id: u64) {
    if let Some(user) = find(users, id) {
        debug!("user {} found", user.id); // ok: secret-logged
    }
}

pub fn sealed(msg: &Message) {
    debug!("sealed {} bytes", msg.body.len()); // ok: secret-logged
}
