// Secrets whose names say nothing: what a call named for a secret returns, and the token a
// token-minting function returns, logged on the way out. And `*_token` names outside login code.
use ring::rand::{SecureRandom, SystemRandom};

pub struct Totp {
    generator: totp_rs::TOTP,
}

impl Totp {
    pub fn announce(&self) {
        let e = self.generator.get_secret_base32();
        tracing::info!(?e, "TOTP ready"); // expect: secret-logged
        let n = self.generator.digits;
        tracing::info!(n, "digits"); // ok: secret-logged
    }
}

pub struct SessionToken;

impl SessionToken {
    pub fn new_token() -> String {
        let mut bytes = [0u8; 32];
        SystemRandom::new().fill(&mut bytes).unwrap();
        let hex = hex::encode(bytes);
        tracing::info!(hex, "built session"); // expect: secret-logged
        hex
    }

    // A function that checks a token returns a verdict, not the token.
    pub fn verify_token(presented: &str, stored: &str) -> bool {
        let verdict = ring::constant_time::verify_slices_are_equal(presented.as_bytes(), stored.as_bytes()).is_ok();
        log::info!("token check: {}", verdict); // ok: secret-logged
        verdict
    }
}

pub fn register(user: &str) -> String {
    let mcp_token = uuid::Uuid::new_v4().to_string();
    log::debug!("issued mcp_token {} for {}", mcp_token, user); // expect: secret-logged
    mcp_token
}

pub async fn shutdown(cancel_token: tokio_util::sync::CancellationToken) {
    log::info!("stopping: {:?}", cancel_token); // ok: secret-logged
    cancel_token.cancel();
}
