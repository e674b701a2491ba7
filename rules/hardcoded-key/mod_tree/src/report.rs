use crate::cache::make_cipher;

pub fn label() -> String {
    make_cipher(b"0123456789abcdef0123456789abcdef") // ok: hardcoded-key
}
