// A configuration type whose Default fills a secret with a literal: a config file without a [jwt]
// section (with #[serde(default)]) or code that starts from Default runs with the literal key.
use serde::Deserialize;

#[derive(Deserialize, Clone, Debug)]
#[serde(default)]
pub struct JwtConfig {
    pub secret: String,
    pub expiry: i64,
}

impl Default for JwtConfig {
    fn default() -> Self {
        Self {
            secret: "your-secret-key".into(), // expect: hardcoded-key(high) "`JwtConfig::default()` gives the secret `secret` the literal `\"your-secret-key\"`"
            expiry: 3600,
        }
    }
}

pub struct SmtpSettings {
    pub host: String,
    pub password: String,
    pub api_key: Option<String>,
}

impl Default for SmtpSettings {
    fn default() -> Self {
        SmtpSettings {
            host: "localhost".to_string(),
            password: String::from("changeme123"), // expect: hardcoded-key "gives the secret `password` the literal"
            api_key: None,
        }
    }
}

// --- correct code ---

pub struct CacheConfig {
    pub key_prefix: String,
    pub token_ttl: u64,
    pub session_secret: String,
}

impl Default for CacheConfig {
    fn default() -> Self {
        Self {
            key_prefix: "cache-entries:".into(), // ok: hardcoded-key
            token_ttl: 600,
            session_secret: String::new(), // ok: hardcoded-key
        }
    }
}

// The sample record a password manager shows on first start is data, not a key.
pub struct Entry {
    pub service: String,
    pub password: String,
}

impl Default for Entry {
    fn default() -> Self {
        Entry {
            service: "Example Service".to_string(),
            password: "password123".to_string(), // ok: hardcoded-key
        }
    }
}

impl JwtConfig {
    pub fn for_tests() -> Self {
        Self { secret: std::env::var("JWT_SECRET").expect("JWT_SECRET must be set"), expiry: 60 } // ok: hardcoded-key
    }
}
