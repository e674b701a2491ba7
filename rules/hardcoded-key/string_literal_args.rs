// A literal secret handed to the crate's own JWT helper as an owned String: `"secret".to_string()`
// is the literal, as `String::from("secret")` and `"secret".into()` are.
use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;

pub fn create_jwt<T: Serialize>(object: &T, secret: String, days: i64) -> String {
    let _ = days;
    encode(&Header::default(), object, &EncodingKey::from_secret(secret.as_str().as_ref())).unwrap_or_default()
}

pub fn register(user: &str) -> String {
    create_jwt::<&str>(&user, "secret".to_string(), 365) // expect: hardcoded-key(critical) "Hard-coded key: `\"secret\".to_string()` is passed to `create_jwt`"
}

pub fn invite(user: &str) -> String {
    create_jwt(&user, String::from("invite-secret"), 7) // expect: hardcoded-key(critical)
}

// --- correct code: the secret comes from the environment ---

pub fn login(user: &str) -> String {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    create_jwt(&user, secret.to_string(), 1)
}
