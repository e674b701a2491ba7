// Bearer tokens checked in an auth module: a bare `token` here is the credential.
pub fn check_auth(headers: &http::HeaderMap, token: &str) -> bool {
    let provided = headers.get(http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    match provided {
        Some(header) if header == token => true, // expect: non-constant-time-compare
        _ => false,
    }
}

pub fn super_token_ok(presented: &str) -> bool {
    match std::env::var("SUPER_TOKEN") {
        Ok(super_token) => super_token == presented, // expect: non-constant-time-compare
        Err(_) => false,
    }
}

// A login challenge echoed back is public, and an emptiness test compares nothing secret.
pub fn challenge_ok(token: &[u8], verify_token: &[u8]) -> bool {
    token == verify_token // ok: non-constant-time-compare
}

pub fn has_token(session: &Session) -> bool {
    session.token != String::default() // ok: non-constant-time-compare
}

pub struct Session {
    pub token: String,
}

pub struct Settings {
    pub bearer_token: Option<String>,
}

// The configured token, taken apart by a match on a tuple, compared with `==`.
pub fn is_authorised(settings: &Settings, provided: Option<&str>) -> bool {
    match (&settings.bearer_token, provided) {
        (Some(expected), Some(value)) => expected == value, // expect: non-constant-time-compare
        (None, _) => true,
        _ => false,
    }
}

// `strip_prefix` names a method, not a value: the stripped header is compared with the token.
pub fn bearer_ok(header: &str, token: &str) -> bool {
    header.strip_prefix("Bearer ") == Some(token) // expect: non-constant-time-compare
}
