// A key buffer filled with the bytes of a string: the text is the key, padded or cut to size.
pub struct AesCipher {
    key: [u8; 32],
}

impl AesCipher {
    pub fn new(key_string: String) -> Self {
        let mut key = [0u8; 32];
        let key_bytes = key_string.as_bytes();
        let n = key_bytes.len().min(32);
        key[..n].copy_from_slice(&key_bytes[..n]); // expect: weak-kdf(high) "bytes of the string `key_string`"
        AesCipher { key }
    }

    pub fn from_passphrase(passphrase: &str) -> Self {
        let mut key = [0u8; 32];
        key.copy_from_slice(&passphrase.as_bytes()[..32]); // expect: weak-kdf "`passphrase`"
        AesCipher { key }
    }

    // --- correct code ---

    pub fn from_hex(key_hex: &str) -> Option<Self> {
        let raw = hex::decode(key_hex).ok()?;
        let mut key = [0u8; 32];
        key.copy_from_slice(raw.get(..32)?); // ok: weak-kdf
        Some(AesCipher { key })
    }

    pub fn from_bytes(bytes: &[u8]) -> Self {
        let mut key = [0u8; 32];
        key.copy_from_slice(&bytes[..32]); // ok: weak-kdf
        AesCipher { key }
    }
}
