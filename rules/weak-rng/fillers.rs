// Buffers filled from a generator: the generator decides whether the nonce is predictable.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::rngs::{SmallRng, StdRng};
use rand::{Rng, RngCore, SeedableRng};

pub fn fill_slice_from_small(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut small = SmallRng::seed_from_u64(7);
    small.fill_slice(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `SmallRng`, which a"
}

pub fn try_fill_bytes_from_seeded(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut seeded = StdRng::seed_from_u64(7);
    seeded.try_fill_bytes(&mut buf).unwrap();
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `seed_from_u64`, wh"
}

pub fn try_fill_from_seeded(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut seeded = StdRng::from_seed([1u8; 32]);
    seeded.try_fill(&mut buf).unwrap();
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `from_seed`, which"
}

pub fn fill_from_seeded(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut seeded = StdRng::from_seed([1u8; 32]);
    seeded.fill(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `from_seed`, which"
}

fn fill_random(buf: &mut [u8], rng: &mut impl RngCore) {
    rng.fill_bytes(buf);
}
fn fill_with_rng(buf: &mut [u8], rng: &mut impl RngCore) {
    rng.fill_bytes(buf);
}

pub fn helper_fill_from_small(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut small = SmallRng::seed_from_u64(7);
    fill_random(&mut buf, &mut small);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `SmallRng`, which a"
}

pub fn helper_fill_with_rng(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut small = SmallRng::seed_from_u64(7);
    fill_with_rng(&mut buf, &mut small);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `SmallRng`, which a"
}

pub fn from_a_weak_parameter(c: &Aes256Gcm, m: &[u8], rng: &mut SmallRng) -> Vec<u8> {
    let mut buf = [0u8; 12];
    rng.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `SmallRng`, which a"
}

pub fn through_a_reference(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut small = SmallRng::seed_from_u64(7);
    let r = &mut small;
    r.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `SmallRng`, which a"
}

pub fn clock_copied_in(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let mut buf = [0u8; 12];
    buf.clone_from_slice(&now.to_le_bytes()[..12]);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from the system clock, w"
}

// SmallRng is not a cryptographic generator however it is seeded.
pub fn small_from_os(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut rng = SmallRng::from_os_rng();
    rng.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&buf)` for `encrypt` comes from `SmallRng`, which a"
}

// --- correct code ---

pub fn fill_slice_from_os(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    OsRng.fill_slice(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // ok: weak-rng
}

pub fn seeded_from_os(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut rng = StdRng::from_rng(&mut OsRng).unwrap();
    rng.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // ok: weak-rng
}

pub fn seeded_from_thread(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut rng = StdRng::from_rng(thread_rng()).unwrap();
    rng.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // ok: weak-rng
}

pub fn std_from_os(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut rng = StdRng::from_os_rng();
    rng.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // ok: weak-rng
}

pub fn helper_fill_from_os(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    fill_random(&mut buf, &mut OsRng);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // ok: weak-rng
}

pub fn from_a_parameter(c: &Aes256Gcm, m: &[u8], rng: &mut impl RngCore) -> Vec<u8> {
    let mut buf = [0u8; 12];
    rng.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default() // ok: weak-rng
}

// A helper whose other branch hands back its parameter: the weak branch decides.

fn pick(flag: bool, given: [u8; 12]) -> [u8; 12] {
    if flag {
        return given;
    }
    SmallRng::seed_from_u64(1).gen()
}

pub fn weak_branch(c: &Aes256Gcm, m: &[u8], given: [u8; 12]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&pick(false, given)), m).unwrap_or_default() // expect: weak-rng(high) "`Nonce::from_slice(&pick(false, given))` for `encrypt` comes from `SmallRng`, which an att"
}
