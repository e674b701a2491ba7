// A passphrase hashed once and kept in a field, which another line hands to the cipher: the field
// is set by a struct literal, or once after construction (lateinit's `LateInit::init`). The three structs
// here all name the field `key`: a method of one sees the values its own struct gives it.
use aes::Aes256;
use aes_gcm_siv::{Aes256GcmSiv, AesGcmSiv, KeyInit};
use argon2::Argon2;
use lateinit::LateInit;
use sha2::{Digest, Sha256};

#[derive(Default)]
pub struct RoomCipher {
    inner: LateInit<AesGcmSiv<Aes256>>,
    pub key: LateInit<[u8; 32]>,
}

impl RoomCipher {
    pub fn init(&self, passphrase: &str) {
        let hash_key = Sha256::digest(passphrase).into();
        self.key.init(hash_key);
        let cipher = Aes256GcmSiv::new_from_slice(self.key.as_slice()).unwrap(); // expect: weak-kdf(high) "is one fast hash of its input (`self.key.as_slice()`)"
        self.inner.init(cipher);
    }
}

pub struct Vault {
    key: [u8; 32],
}

impl Vault {
    pub fn open(password: &str) -> Self {
        Self { key: Sha256::digest(password.as_bytes()).into() }
    }

    pub fn cipher(&self) -> Aes256GcmSiv {
        Aes256GcmSiv::new_from_slice(&self.key).unwrap() // expect: weak-kdf "is one fast hash of its input (`&self.key`)"
    }
}

// --- correct code ---

#[derive(Default)]
pub struct StretchedCipher {
    inner: LateInit<AesGcmSiv<Aes256>>,
    key: LateInit<[u8; 32]>,
}

impl StretchedCipher {
    pub fn init(&self, passphrase: &str, salt: &[u8; 16]) {
        let mut out = [0u8; 32];
        Argon2::default().hash_password_into(passphrase.as_bytes(), salt, &mut out).unwrap();
        self.key.init(out);
        let cipher = Aes256GcmSiv::new_from_slice(self.key.as_slice()).unwrap(); // ok: weak-kdf
        self.inner.init(cipher);
    }
}
