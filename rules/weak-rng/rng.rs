// Key material from predictable generators.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::rngs::{SmallRng, StdRng};
use rand::{Rng, RngCore, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn seeded_key() -> Aes256Gcm {
    let mut rng = StdRng::seed_from_u64(42);
    let key = Aes256Gcm::generate_key(&mut rng); // expect: weak-rng "`Aes256Gcm::generate_key(&mut rng)` draws key material from `seed_from_u64`, which is not"
    Aes256Gcm::new(&key)
}

pub fn small_rng_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let mut rng = SmallRng::from_entropy();
    let nonce = Aes256Gcm::generate_nonce(&mut rng); // expect: weak-rng "`Aes256Gcm::generate_nonce(&mut rng)` draws key material from `SmallRng`, which is not cry"
    cipher.encrypt(&nonce, data).unwrap()
}

pub fn fixed_seed_fill() -> [u8; 32] {
    let mut key = [0u8; 32];
    let mut rng = StdRng::from_seed([7u8; 32]);
    rng.fill_bytes(&mut key); // expect: weak-rng "`rng.fill_bytes(&mut key)` draws key material from `from_seed`, which is not cryptographic"
    key
}

pub fn clock_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    let mut nonce = [0u8; 12];
    nonce[..12].copy_from_slice(&now.to_le_bytes()[..12]);
    cipher.encrypt(Nonce::from_slice(&nonce), data).unwrap() // expect: weak-rng "`Nonce::from_slice(&nonce)` for `encrypt` comes from the system clock, which an attacker c"
}

pub fn small_rng_salt() -> [u8; 16] {
    let mut salt = [0u8; 16];
    let mut rng = SmallRng::seed_from_u64(1);
    rng.fill(&mut salt); // expect: weak-rng "`rng.fill(&mut salt)` draws key material from `SmallRng`, which is not cryptographically s"
    salt
}

// --- correct code ---

pub fn os_rng_key() -> Aes256Gcm {
    let key = Aes256Gcm::generate_key(&mut OsRng); // ok: weak-rng
    Aes256Gcm::new(&key)
}

pub fn thread_rng_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; 12];
    rand::thread_rng().fill_bytes(&mut nonce); // ok: weak-rng
    cipher.encrypt(Nonce::from_slice(&nonce), data).unwrap() // ok: weak-rng
}

pub fn std_rng_from_entropy() -> [u8; 32] {
    let mut key = [0u8; 32];
    let mut rng = StdRng::from_entropy();
    rng.fill_bytes(&mut key); // ok: weak-rng
    key
}

pub fn small_rng_for_jitter() -> u64 {
    let mut rng = SmallRng::seed_from_u64(3);
    rng.gen_range(0..100) // ok: weak-rng
}

// The local clock, through chrono, as a nonce.
pub fn local_clock_nonce(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    let stamp = chrono::Local::now().timestamp_nanos_opt().unwrap_or_default().to_be_bytes();
    let mut nonce = [0u8; 12];
    nonce[..8].copy_from_slice(&stamp);
    cipher.encrypt(Nonce::from_slice(&nonce), data).unwrap() // expect: weak-rng "`Nonce::from_slice(&nonce)` for `encrypt` comes from the system clock, which an attacker c"
}

// The crate's helper fills the nonce from whatever generator it is handed: here a SmallRng.
fn fill_random(buf: &mut [u8], rng: &mut rand::rngs::SmallRng) {
    rand::RngCore::fill_bytes(rng, buf);
}

pub fn obfuscate(cipher: &Aes256Gcm, rng: &mut rand::rngs::SmallRng, data: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; 12];
    fill_random(&mut nonce, rng); // expect: weak-rng "`SmallRng`"
    cipher.encrypt(Nonce::from_slice(&nonce), data).unwrap_or_default()
}
