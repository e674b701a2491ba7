// Nonces that are random (or come from the caller) but are used for more than one message.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use chacha20poly1305::{ChaCha20Poly1305, XChaCha20Poly1305};

pub fn one_nonce_for_all_chunks(cipher: &Aes256Gcm, chunks: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = Vec::new();
    for chunk in chunks {
        out.push(cipher.encrypt(&nonce, chunk.as_slice()).unwrap()); // expect: nonce-reuse "Nonce `&nonce` is made once (line 7) outside the loop at line 9 and used by `encrypt` on every iteration"
    }
    out
}

pub fn caller_nonce_in_loop(cipher: &ChaCha20Poly1305, nonce: &chacha20poly1305::Nonce, msgs: &[&[u8]]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < msgs.len() {
        out.push(cipher.encrypt(nonce, msgs[i]).unwrap()); // expect: nonce-reuse "Nonce `nonce` is made once (line 15) outside the loop at line 18 and used by `encrypt` on every iteration"
        i += 1;
    }
    out
}

pub fn two_messages_one_nonce(cipher: &Aes256Gcm, a: &[u8], b: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let first = cipher.encrypt(&nonce, a).unwrap(); // ok: nonce-reuse
    let second = cipher.encrypt(&nonce, b).unwrap(); // expect: nonce-reuse "Nonce `&nonce` was already used for an encryption at line 27 under the same key; using it"
    (first, second)
}

pub struct Channel {
    cipher: XChaCha20Poly1305,
    nonce: chacha20poly1305::XNonce,
}

impl Channel {
    pub fn new(key: &chacha20poly1305::Key) -> Self {
        Channel { cipher: XChaCha20Poly1305::new(key), nonce: XChaCha20Poly1305::generate_nonce(&mut OsRng) }
    }

    pub fn send(&self, msg: &[u8]) -> Vec<u8> {
        self.cipher.encrypt(&self.nonce, msg).unwrap() // expect: nonce-reuse "Nonce `&self.nonce` comes from the field `nonce`, which nothing ever advances"
    }
}

pub struct CountingSender {
    cipher: Aes256Gcm,
    counter: u32,
}

impl CountingSender {
    pub fn send(&mut self, msg: &[u8]) -> Vec<u8> {
        let mut bytes = [0u8; 12];
        bytes[8..].copy_from_slice(&self.counter.to_be_bytes());
        self.counter = self.counter.wrapping_add(1); // expect: nonce-reuse "Nonce counter `self.counter` uses `wrapping_add`"
        self.cipher.encrypt(Nonce::from_slice(&bytes), msg).unwrap()
    }
}

// --- correct code ---

pub fn fresh_nonce_per_chunk(cipher: &Aes256Gcm, chunks: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for chunk in chunks {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        out.push(cipher.encrypt(&nonce, chunk.as_slice()).unwrap()); // ok: nonce-reuse
    }
    out
}

pub fn one_branch_or_the_other(cipher: &Aes256Gcm, compress: bool, msg: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    if compress {
        cipher.encrypt(&nonce, &msg[..msg.len() / 2]).unwrap() // ok: nonce-reuse
    } else {
        cipher.encrypt(&nonce, msg).unwrap() // ok: nonce-reuse
    }
}

pub fn nonce_refilled_in_loop(cipher: &Aes256Gcm, chunks: &[Vec<u8>]) -> Vec<Vec<u8>> {
    use aes_gcm::aead::rand_core::RngCore;
    let mut bytes = [0u8; 12];
    let mut out = Vec::new();
    for chunk in chunks {
        OsRng.fill_bytes(&mut bytes);
        out.push(cipher.encrypt(Nonce::from_slice(&bytes), chunk.as_slice()).unwrap()); // ok: nonce-reuse
    }
    out
}

pub struct SafeCounter {
    cipher: Aes256Gcm,
    counter: u64,
}

impl SafeCounter {
    pub fn send(&mut self, msg: &[u8]) -> Option<Vec<u8>> {
        let mut bytes = [0u8; 12];
        bytes[4..].copy_from_slice(&self.counter.to_be_bytes());
        self.counter = self.counter.checked_add(1)?; // ok: nonce-reuse
        self.cipher.encrypt(Nonce::from_slice(&bytes), msg).ok() // ok: nonce-reuse
    }
}

pub fn nonces_from_a_list(cipher: &Aes256Gcm, items: &[(Nonce<aes_gcm::aead::consts::U12>, Vec<u8>)]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for (nonce, msg) in items {
        out.push(cipher.encrypt(nonce, msg.as_slice()).unwrap()); // ok: nonce-reuse
    }
    out
}

pub fn same_nonce_under_a_new_key_each_time(keys: &[aes_gcm::Key<Aes256Gcm>], msg: &[u8]) -> Vec<Vec<u8>> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = Vec::new();
    for key in keys {
        let cipher = Aes256Gcm::new(key);
        out.push(cipher.encrypt(&nonce, msg).unwrap()); // ok: nonce-reuse
    }
    out
}

// One nonce per transfer, handed to the helper that encrypts each chunk.
fn seal_chunk(cipher: &Aes256Gcm, nonce: &[u8; 12], chunk: &[u8]) -> Vec<u8> {
    cipher.encrypt(Nonce::from_slice(nonce), chunk).unwrap_or_default()
}

pub fn send_file(cipher: &Aes256Gcm, data: &[u8]) -> Vec<Vec<u8>> {
    let nonce: [u8; 12] = rand::random();
    let mut out = Vec::new();
    for chunk in data.chunks(16 * 1024) {
        out.push(seal_chunk(cipher, &nonce, chunk)); // expect: nonce-reuse "passed to `seal_chunk` on every iteration"
    }
    out
}

pub fn send_file_fresh(cipher: &Aes256Gcm, data: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for chunk in data.chunks(16 * 1024) {
        let nonce: [u8; 12] = rand::random();
        out.push(seal_chunk(cipher, &nonce, chunk)); // ok: nonce-reuse
    }
    out
}
