// Nothing here is cryptography: `make_cipher` only names the cache entry of a ciphertext.

pub const PREFIX: &str = "ciphertext-cache";

pub fn make_cipher(key: &[u8]) -> String {
    format!("{PREFIX}:{}", String::from_utf8_lossy(key))
}

pub fn warm() {
    let _ = make_cipher(b"0123456789abcdef0123456789abcdef"); // ok: hardcoded-key
    let _ = self::make_cipher(b"fedcba9876543210fedcba9876543210"); // ok: hardcoded-key
    let _ = super::vault::make_cipher(b"a-key-reached-through-super-path"); // expect: hardcoded-key "is passed to `make_cipher`"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_entries() {
        assert!(make_cipher(b"0123456789abcdef0123456789abcdef").starts_with("ciphertext-cache")); // ok: hardcoded-key
    }
}
