// Secrets from the environment or the configuration with a literal fallback, and CLI defaults.
use std::env;

pub fn get_jwt_secret() -> String {
    env::var("JWT_SECRET").unwrap_or_else(|_| "secret".to_string()) // expect: hardcoded-key(high) "falls back to a literal secret"
}

static SESSION_KEY: once_cell::sync::Lazy<String> =
    once_cell::sync::Lazy::new(|| std::env::var("SESSION_KEY").unwrap_or_else(|_| "0123".repeat(16))); // expect: hardcoded-key "`std::env::var(\"SESSION_KEY\").unwrap_or_else(|_| \"0123\".repe…` falls back to a literal secret when `SESSION_KEY` is not set"

lazy_static::lazy_static! {
    // expect: hardcoded-key
    static ref CAPTCHA_SECRET: Vec<u8> = SETTINGS
        .get_string("captcha_secret")
        .map(|s| s.into_bytes())
        .unwrap_or(b"very-secret-key-change-me".to_vec());
}

#[derive(clap::Parser)]
pub struct Args {
    /// Webhook verification secret
    // expect: hardcoded-key "literal default"
    #[arg(short, long, default_value = "sk_prod_123456")]
    secret: String,
    // ok: hardcoded-key
    #[arg(long, default_value = "8080")]
    port: String,
}

// --- correct code ---

pub fn get_host() -> String {
    env::var("HOST").unwrap_or_else(|_| "localhost".to_string()) // ok: hardcoded-key
}

pub fn get_jwt_secret_or_fail() -> String {
    env::var("JWT_SECRET").expect("JWT_SECRET must be set") // ok: hardcoded-key
}

pub fn secret_or_random() -> Vec<u8> {
    env::var("COOKIE_KEY").map(String::into_bytes).unwrap_or_else(|_| random_key()) // ok: hardcoded-key
}

fn random_key() -> Vec<u8> {
    vec![]
}

static SETTINGS: Settings = Settings;
pub struct Settings;
impl Settings {
    pub fn get_string(&self, _k: &str) -> Result<String, ()> {
        Err(())
    }
}

// A key set at start-up that falls back to a literal when nobody set it.
pub static JWT_KEY: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

pub fn get_jwt_key() -> String {
    let jk = JWT_KEY.lock().unwrap();
    jk.clone().unwrap_or("some-secret".to_string()) // expect: hardcoded-key(high) "falls back"
}

// The same shape for a display name is no secret.
pub fn display_name(configured: Option<String>) -> String {
    configured.unwrap_or("anonymous-user".to_string()) // ok: hardcoded-key
}
