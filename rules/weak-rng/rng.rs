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

// A login token made from the user id and the clock: anyone who knows when the user logged in can
// compute it.
pub fn generate_token(uid: u64) -> String {
    let time = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs(); // expect: weak-rng "from the clock"
    let magic = uid + time;
    sha256::digest(magic.to_string())
}

// A signed token takes its unpredictability from the key; the clock only sets its expiry.
pub fn create_access_token(user: &str, key: &jsonwebtoken::EncodingKey) -> String {
    let exp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + 900; // ok: weak-rng
    let claims = serde_json::json!({ "sub": user, "exp": exp });
    jsonwebtoken::encode(&jsonwebtoken::Header::default(), &claims, key).unwrap()
}

// A function named for security that hands out a small, seeded generator.
pub fn create_secure_rng() -> SmallRng {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_micros() as u64;
    let pid = std::process::id() as u64;
    SmallRng::seed_from_u64(now ^ pid.rotate_left(13)) // expect: weak-rng "seeded"
}

// A simulation seeds its generator the same way, and nothing about it is secret.
pub fn world_rng(world_seed: u64) -> SmallRng {
    SmallRng::seed_from_u64(world_seed) // ok: weak-rng
}

// A wallet key pair drawn from a generator seeded with 64 bits.
pub fn wallet_from_words(words: &[String]) -> (secp256k1::SecretKey, secp256k1::PublicKey) {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    words.hash(&mut hasher);
    let mut rng = StdRng::seed_from_u64(hasher.finish());
    secp256k1::Secp256k1::new().generate_keypair(&mut rng) // expect: weak-rng
}
