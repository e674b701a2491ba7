// How the analyzer learns which crate a name comes from: `extern crate … as`, glob imports, and a
// local function's declared return type.
extern crate aes_gcm as gcm;

mod glob {
    use aes_gcm::aead::*;
    use aes_gcm::*;

    pub fn seal(key: &Key<Aes256Gcm>, m: &[u8]) -> Vec<u8> {
        let c = Aes256Gcm::new(key);
        c.encrypt(Nonce::from_slice(b"glob nonce!!"), m).unwrap_or_default() // expect: constant-nonce "with AES-256-GCM"
    }
}

mod renamed {
    use gcm::aead::{Aead, KeyInit};

    pub fn seal(key: &[u8], m: &[u8]) -> Vec<u8> {
        let c = gcm::Aes256Gcm::new_from_slice(key).unwrap();
        c.encrypt(gcm::Nonce::from_slice(b"alias nonce!"), m).unwrap_or_default() // expect: constant-nonce "with AES-256-GCM a repeated nonce"
    }
}

mod made_by_a_function {
    use aes_gcm::aead::{Aead, KeyInit};
    use aes_gcm::{Aes256Gcm, Nonce};

    fn cipher(key: &[u8]) -> Aes256Gcm {
        Aes256Gcm::new_from_slice(key).unwrap()
    }

    pub fn seal(key: &[u8], m: &[u8]) -> Vec<u8> {
        let c = cipher(key);
        c.encrypt(Nonce::from_slice(b"local fn ret"), m).unwrap_or_default() // expect: constant-nonce "Constant nonce `Nonce::from_slice(b\"local fn ret\")` passed to `encrypt`"
    }
}

// --- correct code ---

mod own_codec {
    pub struct Codec;
    impl Codec {
        pub fn encrypt(&self, nonce: &[u8], m: &[u8]) -> Vec<u8> {
            m.iter().zip(nonce.iter().cycle()).map(|(a, b)| a ^ b).collect()
        }
    }

    fn codec() -> Codec {
        Codec
    }

    pub fn obfuscate(m: &[u8]) -> Vec<u8> {
        let c = codec();
        c.encrypt(b"not a nonce!", m) // ok: constant-nonce
    }
}
