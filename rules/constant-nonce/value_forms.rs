// Constant nonces in the value forms the resolver follows (src/analyzer/values.ts), and the forms
// that are not constant.
use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use std::sync::LazyLock;

static LAZY_NONCE: LazyLock<[u8; 12]> = LazyLock::new(|| [4u8; 12]);
static LAZY_RANDOM: LazyLock<[u8; 12]> = LazyLock::new(|| rand::random());
static mut COUNTER_NONCE: [u8; 12] = [0u8; 12];

pub fn raw_bytes(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(br"raw nonce!!!"), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(br\"raw nonce!!!\")` passed to `encrypt`: every message under this key reuses"
}

pub fn byte_chars(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = [b'n'; 12];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `[b'n'; 12]`) passed to `encrypt`: every message under this key reus"
}

pub fn from_bool(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = [true as u8; 12];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `[true as u8; 12]`) passed to `encrypt`: every message under this ke"
}

pub fn from_float(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = [1.5f32 as u8; 12];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `[1.5f32 as u8; 12]`) passed to `encrypt`: every message under this"
}

fn fixed() -> Result<[u8; 12], String> {
    Ok([1u8; 12])
}

pub fn through_question_mark(c: &Aes256Gcm, m: &[u8]) -> Result<Vec<u8>, String> {
    let n = fixed()?;
    Ok(c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default()) // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `[1u8; 12]`) passed to `encrypt`: every message under this key reuse"
}

pub fn defaulted(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = Nonce::default();
    c.encrypt(&n, m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `&n` (= `Nonce::default()`) passed to `encrypt`: every message under this key reuses it, and wi"
}

pub fn zeroed(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n: [u8; 12] = bytemuck::Zeroable::zeroed();
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `bytemuck::Zeroable::zeroed()`) passed to `encrypt`: every message u"
}

pub fn lazy(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&*LAZY_NONCE), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&*LAZY_NONCE)` (= `static LAZY_NONCE: LazyLock<[u8; 12]> =…`) passed to `enc"
}

pub fn repeated(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n: [u8; 12] = std::array::repeat(3u8);
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `3u8`) passed to `encrypt`: every message under this key reuses it,"
}

const BASE_NONCE: [u8; 12] = [7; 12];
const ALIAS_NONCE: [u8; 12] = BASE_NONCE;
const FIXED: [u8; 12] = *b"fixed nonce!";

pub fn const_of_a_const(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&ALIAS_NONCE), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&ALIAS_NONCE)` (= `const ALIAS_NONCE: [u8; 12] = BASE_NONC…`) passed to `enc"
}

pub fn by_path(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&self::FIXED), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&self::FIXED)` (= `const FIXED: [u8; 12] = *b\"fixed nonce!…`) passed to `enc"
}

pub fn shadows_the_loop_variable(c: &Aes256Gcm, nonces: &[[u8; 12]], m: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for n in nonces {
        let _ = n;
        let n = [8u8; 12];
        out.push(c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default()); // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `[8u8; 12]`) passed to `encrypt`: every message under this key reuse"
    }
    out
}

pub fn shadows_the_closure_parameter(c: &Aes256Gcm, nonces: &[[u8; 12]], m: &[u8]) -> Vec<Vec<u8>> {
    nonces
        .iter()
        .map(|n| {
            let _ = n;
            let n = [9u8; 12];
            c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // expect: constant-nonce(critical) "Constant nonce `Nonce::from_slice(&n)` (= `[9u8; 12]`) passed to `encrypt`: every message under this key reuse"
        })
        .collect()
}

// --- correct code ---

pub fn element_is_a_parameter(c: &Aes256Gcm, m: &[u8], counter: u8) -> Vec<u8> {
    let n = [counter; 12];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}

pub fn block_ends_in_a_statement(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = { [5u8; 12]; };
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}

pub fn lazy_random(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    // ok: constant-nonce
    c.encrypt(Nonce::from_slice(&*LAZY_RANDOM), m).unwrap_or_default() // expect: nonce-reuse(critical) "kept in the static `LAZY_RANDOM`"
}

pub fn counted_static(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    unsafe {
        COUNTER_NONCE[11] += 1;
        c.encrypt(Nonce::from_slice(&COUNTER_NONCE), m).unwrap_or_default() // ok: constant-nonce
    }
}

pub fn repeat_of_counter(c: &Aes256Gcm, m: &[u8], counter: u8) -> Vec<u8> {
    let n: [u8; 12] = std::array::repeat(counter);
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}

pub fn nested_helper(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = [0u8; 12];
    let _ = n;
    fn seal_with(c: &Aes256Gcm, n: &[u8], m: &[u8]) -> Vec<u8> {
        c.encrypt(Nonce::from_slice(n), m).unwrap_or_default() // ok: constant-nonce
    }
    seal_with(c, &fresh_nonce(), m)
}

fn fresh_nonce() -> [u8; 12] {
    let mut n = [0u8; 12];
    rand::RngCore::fill_bytes(&mut OsRng, &mut n);
    n
}

pub fn element_computed_at_run_time(c: &Aes256Gcm, m: &[u8], counter: u8) -> Vec<u8> {
    let n = [counter ^ 0x5a; 12];
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}

// rand's `Fill`: the buffer filled in place by the generator it is handed (`try_fill` as `fill`).
pub fn filled_in_place_by_try_fill(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut n = [0u8; 12];
    n.try_fill(&mut rand::thread_rng()).unwrap();
    c.encrypt(Nonce::from_slice(&n), m).unwrap_or_default() // ok: constant-nonce
}
