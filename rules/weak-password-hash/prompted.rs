// What the user types at a password prompt is a password, whatever the variable is called.
use sha256::digest;

pub struct User {
    pub username: String,
    pub password: String,
}

pub fn register(username: &str) -> User {
    let mut master_key = String::new();
    loop {
        master_key = rpassword::prompt_password("Please enter your master key: ").unwrap();
        if master_key.len() >= 8 {
            break;
        }
    }
    master_key = digest(master_key); // expect: weak-password-hash(high) "Password hashed with one pass of SHA-256 (`master_key`)"
    User { username: username.into(), password: master_key }
}

pub fn login() -> String {
    let master_key = rpassword::prompt_password("Please enter your master key: ").unwrap();
    let master_key = master_key.trim();
    digest(master_key) // expect: weak-password-hash "one pass of SHA-256"
}

// --- correct code ---

pub fn file_id(contents: &str) -> String {
    let text = contents.trim();
    digest(text) // ok: weak-password-hash
}
