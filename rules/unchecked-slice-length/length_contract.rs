// A constructor of exactly N bytes takes the length as its contract (as `Nonce::from_slice` does):
// the cut that can be short is the caller's, where the bytes come off the packet.
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key};

pub const NONCE_LEN: usize = 12;
pub const HEADER_LEN: usize = 4;

pub struct PacketNonce(pub [u8; NONCE_LEN]);

impl PacketNonce {
    pub fn from_bytes(bytes: &[u8]) -> Self {
        let mut nonce = [0u8; NONCE_LEN];
        nonce.clone_from_slice(&bytes[..NONCE_LEN]); // ok: unchecked-slice-length
        PacketNonce(nonce)
    }

    // Fallible by its signature, yet a short input panics instead of erring.
    pub fn parse(bytes: &[u8]) -> Result<Self, String> {
        let mut nonce = [0u8; NONCE_LEN];
        nonce.clone_from_slice(&bytes[..NONCE_LEN]); // expect: unchecked-slice-length
        Ok(PacketNonce(nonce))
    }
}

pub fn nonce_array(bytes: &[u8]) -> [u8; NONCE_LEN] {
    let mut nonce = [0u8; NONCE_LEN];
    nonce.clone_from_slice(&bytes[..NONCE_LEN]); // ok: unchecked-slice-length
    nonce
}

pub fn receive(key: &[u8; 32], packet: &[u8]) -> Option<Vec<u8>> {
    let nonce = PacketNonce::from_bytes(&packet[HEADER_LEN..HEADER_LEN + NONCE_LEN]); // expect: unchecked-slice-length
    let cipher = ChaCha20Poly1305::new(Key::from_slice(key));
    cipher.decrypt((&nonce.0).into(), &packet[HEADER_LEN + NONCE_LEN..]).ok()
}

// A constructor that also decrypts is where the packet is read: its cut is reported.
pub struct Opened(pub Vec<u8>);

impl Opened {
    pub fn open(sealed: &[u8]) -> Self {
        let cipher = ChaCha20Poly1305::new(&crate::keys::current());
        let nonce = &sealed[..NONCE_LEN]; // expect: unchecked-slice-length
        Opened(cipher.decrypt(nonce.into(), &sealed[NONCE_LEN..]).unwrap_or_default())
    }
}
