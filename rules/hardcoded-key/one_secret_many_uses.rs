// One JWT secret, a static, used to sign and to verify: one secret to replace, one finding, at its
// first use, with the other uses as related locations.
use jsonwebtoken::{decode, encode, DecodingKey, EncodingKey, Header, Validation};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};

pub static SECRET_KEY: Lazy<Vec<u8>> = Lazy::new(|| b"synerunify:token:secret-key".to_vec());

#[derive(Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: usize,
}

pub fn access_token(claims: &Claims) -> String {
    encode(&Header::default(), claims, &EncodingKey::from_secret(&*SECRET_KEY)).unwrap_or_default() // expect: hardcoded-key(critical) "reaches `EncodingKey::from_secret` (and 2 more places in this file)"
}

pub fn refresh_token(claims: &Claims) -> String {
    encode(&Header::default(), claims, &EncodingKey::from_secret(&*SECRET_KEY)).unwrap_or_default()
}

pub fn verify(token: &str) -> Option<Claims> {
    decode::<Claims>(token, &DecodingKey::from_secret(&*SECRET_KEY), &Validation::default()).ok().map(|d| d.claims)
}

// Two literals in two functions are two secrets: each is reported.
pub fn legacy_token(claims: &Claims) -> String {
    encode(&Header::default(), claims, &EncodingKey::from_secret(b"legacy-secret-1")).unwrap_or_default() // expect: hardcoded-key(critical)
}

pub fn other_token(claims: &Claims) -> String {
    encode(&Header::default(), claims, &EncodingKey::from_secret(b"legacy-secret-2")).unwrap_or_default() // expect: hardcoded-key(critical)
}
