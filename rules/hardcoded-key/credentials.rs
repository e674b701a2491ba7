// A credential checked against a literal: the secret is in the source, whatever the comparison.
use jsonwebtoken::{encode, EncodingKey, Header};

pub struct Login {
    pub client_id: String,
    pub client_secret: String,
    pub password: String,
}

pub fn authorize(payload: &Login, key: &EncodingKey) -> Result<String, String> {
    if payload.client_id != "foo" || payload.client_secret != "bar" { // expect: hardcoded-key(high) "checks a credential against a literal"
        return Err("wrong credentials".into());
    }
    encode(&Header::default(), &payload.client_id, key).map_err(|e| e.to_string())
}

pub fn admin(password: &str) -> bool {
    password == "hunter2" // expect: hardcoded-key(high) "`password == \"hunter2\"` checks a credential against a literal in the source"
}

// --- correct code ---

// Refusing a known default is the opposite of accepting it.
pub fn check_not_default(password: &str) -> Result<(), String> {
    if password == "changeme" { // ok: hardcoded-key
        return Err("change the default password first".into());
    }
    Ok(())
}

pub fn has_secret(payload: &Login) -> bool {
    payload.client_secret != "" // ok: hardcoded-key
}

// A menu entry or prompt named for what it says is no secret, but a passphrase is one.
pub const ADD_PASSWORD: &str = "Add Password"; // ok: hardcoded-key
pub const USE_KEY_TO_EXIT: &str = "(use 'q' or esc to exit)"; // ok: hardcoded-key
pub const MASTER_PASSWORD: &str = "correct horse battery staple"; // expect: hardcoded-key(high) "Secret-named const `MASTER_PASSWORD` holds a literal value"
