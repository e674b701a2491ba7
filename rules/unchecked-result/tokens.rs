// A JWT from the request verified with `unwrap()`: any forged token panics the handler.
use hmac::Hmac;
use jwt::VerifyWithKey;
use sha2::Sha256;
use std::collections::BTreeMap;

pub fn claims_of(token: &str, key: &Hmac<Sha256>) -> BTreeMap<String, String> {
    token.verify_with_key(key).unwrap() // expect: unchecked-result(medium)
}

pub fn claims_checked(token: &str, key: &Hmac<Sha256>) -> Option<BTreeMap<String, String>> {
    token.verify_with_key(key).ok() // ok: unchecked-result
}
