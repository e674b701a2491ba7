// ring by its modules: `aead` brought in as the `self` of a nested list, `hmac` by name.
use ring::{aead::{self}, hmac};

pub fn ring_module_self() -> aead::UnboundKey {
    aead::UnboundKey::new(&aead::CHACHA20_POLY1305, b"0123456789abcdef0123456789abcdef").unwrap() // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `UnboundKey::new`. Anyone with the sou"
}

pub fn ring_module() -> hmac::Key {
    hmac::Key::new(hmac::HMAC_SHA256, b"0123456789abcdef0123456789abcdef") // expect: hardcoded-key(critical) "Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `hmac::Key::new`. Anyone with the sour"
}
