// The crate's own wrapper methods are the crate's code, not the AEAD API: their arguments are
// (plaintext, aad), and the nonce is made inside. A literal plaintext is not a constant nonce.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::Aes256Gcm as Cipher;
use aes_gcm::Nonce as GcmNonce;

pub struct Envelope {
    cipher: Cipher,
}

impl Envelope {
    pub fn new(key: &[u8; 32]) -> Self {
        Envelope { cipher: Cipher::new(key.into()) }
    }

    pub fn encrypt(&self, msg: &[u8], aad: &[u8]) -> Vec<u8> {
        let nonce = Cipher::generate_nonce(&mut OsRng);
        let mut out = nonce.to_vec();
        out.extend(self.cipher.encrypt(&nonce, Payload { msg, aad }).unwrap_or_default()); // ok: constant-nonce
        out
    }

    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        self.encrypt(msg, b"v1")
    }
}

pub fn send_greeting(env: &Envelope) -> Vec<u8> {
    env.encrypt(b"hello there!", b"header") // ok: constant-nonce
}

pub fn send_on_field(app: &App) -> Vec<u8> {
    app.envelope.encrypt(b"hello there!", b"header") // ok: constant-nonce
}

pub struct App {
    envelope: Envelope,
}

// A `use … as` alias is still the AEAD: the renamed type and nonce are followed.
pub fn aliased(key: &[u8; 32], msg: &[u8]) -> Vec<u8> {
    let cipher = Cipher::new(key.into());
    let nonce = GcmNonce::from_slice(b"fixed nonce!");
    cipher.encrypt(nonce, msg).unwrap_or_default() // expect: constant-nonce(critical) "with AES-256-GCM"
}

// An unknown receiver in a file that imports the AEAD crate still counts (a generic cipher).
pub fn generic<C: Aead>(cipher: &C, msg: &[u8]) -> Vec<u8> {
    cipher.encrypt(GcmNonce::from_slice(&[0u8; 12]), msg).unwrap_or_default() // expect: constant-nonce "Constant nonce `GcmNonce::from_slice(&[0u8; 12])` passed to `encrypt`"
}
