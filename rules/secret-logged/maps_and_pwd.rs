// A user store: a map of users printed whole, and a password named `*_pwd`.
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct User {
    pub name: String,
    pub password: String,
}

pub fn dump(users: &HashMap<String, User>) {
    log::debug!("users loaded: {:?}", users); // expect: secret-logged "`users.password`"
}

pub fn connect(db_user: &str, db_pwd: &str) {
    println!("connecting as {} with {}", db_user, db_pwd); // expect: secret-logged "`db_pwd`"
}

// --- correct code ---

#[derive(Debug)]
pub struct Profile {
    pub name: String,
    pub age: u32,
}

pub fn dump_profiles(profiles: &HashMap<String, Profile>, names: &HashMap<String, String>) {
    log::debug!("profiles: {:?} {:?}", profiles, names); // ok: secret-logged
}

pub fn show_dir(shell_pwd: &str) {
    println!("now in {}", shell_pwd); // ok: secret-logged
}
