// A nonce made once per process and kept in a static (a once-cell filled on first use, a Lazy, a
// lazy_static!) is the same nonce for every message: the key in a static is fine, the nonce is not.
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use lazy_static::lazy_static;
use once_cell::sync::Lazy;

static CIPHER: OnceLock<ChaCha20Poly1305> = OnceLock::new();
static CACHE_NONCE: OnceLock<Nonce> = OnceLock::new();
static SESSION_NONCE: Lazy<Nonce> = Lazy::new(|| ChaCha20Poly1305::generate_nonce(&mut OsRng));
static COUNTER: AtomicU64 = AtomicU64::new(1);

lazy_static! {
    static ref BOOT_NONCE: [u8; 12] = rand::random();
}

fn cipher() -> &'static ChaCha20Poly1305 {
    CIPHER.get_or_init(|| ChaCha20Poly1305::new(&ChaCha20Poly1305::generate_key(&mut OsRng)))
}

pub fn encrypt_cached(bytes: &[u8]) -> Vec<u8> {
    let cipher = cipher();
    let nonce = CACHE_NONCE.get_or_init(|| ChaCha20Poly1305::generate_nonce(&mut OsRng));
    cipher.encrypt(nonce, bytes).unwrap_or_default() // expect: nonce-reuse(critical) "Nonce `nonce` is made once per process and kept in the static `CACHE_NONCE` (`get_or_init` fills it on first use)"
}

pub fn encrypt_session(bytes: &[u8]) -> Vec<u8> {
    cipher().encrypt(&SESSION_NONCE, bytes).unwrap_or_default() // expect: nonce-reuse(critical) "kept in the static `SESSION_NONCE` (a lazily initialised static)"
}

pub fn encrypt_boot(bytes: &[u8]) -> Vec<u8> {
    let n = Nonce::from_slice(&*BOOT_NONCE);
    cipher().encrypt(n, bytes).unwrap_or_default() // expect: nonce-reuse(critical) "kept in the static `BOOT_NONCE` (a lazy static)"
}

// --- correct code ---

pub fn encrypt_fresh(bytes: &[u8]) -> (Nonce, Vec<u8>) {
    let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
    let sealed = cipher().encrypt(&nonce, bytes).unwrap_or_default(); // ok: nonce-reuse
    (nonce, sealed)
}

pub fn encrypt_counted(bytes: &[u8]) -> (u64, Vec<u8>) {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let mut nonce = [0u8; 12];
    nonce[4..].copy_from_slice(&n.to_be_bytes());
    let sealed = cipher().encrypt(Nonce::from_slice(&nonce), bytes).unwrap_or_default(); // ok: nonce-reuse
    (n, sealed)
}

pub fn encrypt_under_a_new_key(bytes: &[u8]) -> Vec<u8> {
    let key = ChaCha20Poly1305::generate_key(&mut OsRng);
    let one_time = ChaCha20Poly1305::new(&key);
    one_time.encrypt(&SESSION_NONCE, bytes).unwrap_or_default() // ok: nonce-reuse
}
