// The key is kept in a field before the cipher is made from it (lateinit's `LateInit::init`, a
// struct literal), and the nonce is cut from the same bytes: the nonce is key material.
use aes::Aes256;
use aes_gcm_siv::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm_siv::{Aes256GcmSiv, AesGcmSiv, Nonce};
use lateinit::LateInit;
use sha2::{Digest, Sha256};
// (A passphrase hashed once is also a weak key: weak-kdf's finding, on the line that makes the cipher.)

#[derive(Default)]
pub struct RoomCipher {
    inner: LateInit<AesGcmSiv<Aes256>>,
    key: LateInit<[u8; 32]>,
    nonce: LateInit<Nonce>,
}

impl RoomCipher {
    pub fn init(&self, passphrase: &str) {
        let hash_key: [u8; 32] = Sha256::digest(passphrase).into();
        self.key.init(hash_key);
        let nonce = *Nonce::from_slice(&hash_key[0..12]); // expect: predictable-nonce(high)
        self.nonce.init(nonce);
        self.inner.init(Aes256GcmSiv::new_from_slice(self.key.as_slice()).unwrap()); // expect: weak-kdf
    }

    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        self.inner.encrypt(&self.nonce, msg).unwrap_or_default()
    }
}

// --- correct code ---

#[derive(Default)]
pub struct FreshCipher {
    inner: LateInit<AesGcmSiv<Aes256>>,
    key: LateInit<[u8; 32]>,
}

impl FreshCipher {
    pub fn init(&self, room_key: &[u8; 32]) -> Nonce {
        self.key.init(*room_key);
        self.inner.init(Aes256GcmSiv::new_from_slice(self.key.as_slice()).unwrap());
        let nonce = Aes256GcmSiv::generate_nonce(&mut OsRng); // ok: predictable-nonce
        nonce
    }
}
