import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import { inProcess, of } from './in-process.ts';

// The nonce checks (src/analyzer/checks/nonce.ts: constant-nonce, nonce-reuse, predictable-nonce)
// and weak-kdf-cost (src/analyzer/checks/cost.ts) on real Rust source, case by case where the rules'
// fixtures cover them as a whole: which of two neighbouring functions is reported, at which line and
// column, and with which message. The analyzer runs in-process; `npm run mutate` runs this file
// against every mutant it reaches (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const { scan } = await inProcess();
const crateWith = (versions: Record<string, string>): CrateContext => ({ manifest: 'Cargo.toml', name: 'app', dependencies: Object.keys(versions), versions });

/** The reported functions' names: the `fn` a finding's line is in, with the line. */
function reportedFns(text: string, ruleId: string, crate?: CrateContext): string[] {
  const lines = text.split('\n');
  return of(scan('src/lib.rs', text, crate), ruleId).map((f) => {
    for (let l = f.region.startLine - 1; l >= 0; l--) {
      const m = /\bfn\s+(\w+)/.exec(lines[l]);
      if (m) return `${m[1]}:${f.region.startLine}`;
    }
    return `?:${f.region.startLine}`;
  });
}
/** `line:column message` of one rule's findings. */
const located = (text: string, ruleId: string, crate?: CrateContext): string[] => of(scan('src/lib.rs', text, crate), ruleId).map((f) => `${f.region.startLine}:${f.region.startColumn} ${f.message}`);

// --- weak-kdf-cost ---

const ARGON2_TAIL = "below OWASP's minimum for Argon2id (19 MiB with 2 passes, or an equivalent such as 12 MiB with 3); password guesses stay cheap on GPUs. Use `Params::default()` or more memory.";

test('weak-kdf-cost: Argon2 memory against the pass count (OWASP\'s pairs at their edges), and the pass count in words', () => {
  const text = `use argon2::{Algorithm, Argon2, Params, ParamsBuilder, Version};

pub fn memory_only_owasp(password: &[u8], salt: &[u8]) -> String {
    let config = argon2::Config { mem_cost: 19_456, ..argon2::Config::default() };
    argon2::hash_encoded(password, salt, &config).unwrap()
}

pub fn five_passes_owasp() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(7168, 5, 1, None).unwrap())
}

pub fn one_pass() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(32_768, 1, 1, None).unwrap())
}

pub fn builder_memory(password: &[u8]) -> Params {
    let mut builder = ParamsBuilder::new();
    builder.m_cost(4096);
    builder.build().unwrap()
}

pub fn legacy_three_passes(password: &[u8], salt: &[u8]) -> String {
    let config = argon2::Config { mem_cost: 12_288, time_cost: 3, ..argon2::Config::default() };
    argon2::hash_encoded(password, salt, &config).unwrap()
}

pub fn legacy_two_passes(password: &[u8], salt: &[u8]) -> String {
    let config = argon2::Config { mem_cost: 16_384, time_cost: 2, ..argon2::Config::default() };
    argon2::hash_encoded(password, salt, &config).unwrap()
}
`;
  // 19 MiB alone and 7 MiB at five passes are enough; 32 MiB at one pass is not (47 MiB is).
  // The pass count of each Config is its own literal's: 16 MiB at t = 2 is weak, 12 MiB at t = 3 is not.
  assert.deepEqual(located(text, 'weak-kdf-cost'), [
    `13:54 Argon2 with 32,768 KiB of memory and 1 pass (\`Params::new(32_768, 1, 1, None)\`): ${ARGON2_TAIL}`,
    `18:5 Argon2 with 4,096 KiB of memory (\`builder.m_cost(4096)\`): ${ARGON2_TAIL}`,
    "28:35 Argon2 with 16,384 KiB of memory and 2 passes (`argon2::Config`): below OWASP's minimum for Argon2id (19 MiB with 2 passes, or an equivalent). Use `Config::default()` or more memory.",
  ]);
});

test('weak-kdf-cost: the PBKDF2 hash is read from the whole function (a ring algorithm kept in a local), not only from the call', () => {
  const text = `use ring::pbkdf2;
use std::num::NonZeroU32;

pub fn derive_sha512(password: &[u8], salt: &[u8]) -> [u8; 64] {
    let alg = pbkdf2::PBKDF2_HMAC_SHA512;
    let mut out = [0u8; 64];
    pbkdf2::derive(alg, NonZeroU32::new(300_000).unwrap(), salt, password, &mut out);
    out
}

pub fn derive_sha512_low(password: &[u8], salt: &[u8]) -> [u8; 64] {
    let alg = pbkdf2::PBKDF2_HMAC_SHA512;
    let mut out = [0u8; 64];
    pbkdf2::derive(alg, NonZeroU32::new(100_000).unwrap(), salt, password, &mut out);
    out
}
`;
  assert.deepEqual(located(text, 'weak-kdf-cost'), [
    '14:5 PBKDF2-HMAC-SHA512 with 100,000 iterations (`NonZeroU32::new(100_000).unwrap()`): OWASP recommends at least 210,000, so each password guess is that much cheaper for an attacker. Raise the count, or move to Argon2id.',
  ]);
});

test('weak-kdf-cost: an old default is reported with either crate alone, once per call chain, also where the function verifies and then hashes into a key; not for a later major version', () => {
  const text = `use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub fn hash(password: &str) -> Option<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).ok().map(|h| h.to_string())
}

pub fn unlock(stored: &str, password: &str, salt: &[u8]) -> Option<[u8; 32]> {
    let parsed = PasswordHash::new(stored).ok()?;
    Argon2::default().verify_password(password.as_bytes(), &parsed).ok()?;
    let mut key = [0u8; 32];
    Argon2::default().hash_password_into(password.as_bytes(), salt, &mut key).ok()?;
    Some(key)
}
`;
  const msg = "`Argon2::default()` with argon2 0.4 is 4 MiB of memory and 3 passes: below OWASP's minimum for Argon2id (19 MiB with 2 passes, or 12 MiB with 3), so password guesses stay cheap on GPUs. Set the parameters explicitly (m = 19456 KiB, t = 2), or upgrade: argon2 0.5's default meets the minimum.";
  // argon2 alone in the manifest (no rust-argon2): each default once, at the default itself.
  assert.deepEqual(located(text, 'weak-kdf-cost', crateWith({ argon2: '0.4' })), [`6:5 ${msg}`, `11:5 ${msg}`, `13:5 ${msg}`]);
  assert.deepEqual(located(text, 'weak-kdf-cost', crateWith({ argon2: '1.0' })), []);
  assert.deepEqual(located(text, 'weak-kdf-cost', crateWith({ argon2: '0.5.3' })), []);

  // rust-argon2 alone, its Config named through a \`use\` as well as by path.
  const legacy = `use argon2::Config;

pub fn legacy_hash(password: &[u8], salt: &[u8]) -> String {
    argon2::hash_encoded(password, salt, &Config::default()).unwrap()
}

pub fn legacy_hash_qualified(password: &[u8], salt: &[u8]) -> String {
    argon2::hash_encoded(password, salt, &argon2::Config::default()).unwrap()
}
`;
  assert.deepEqual(reportedFns(legacy, 'weak-kdf-cost', crateWith({ 'rust-argon2': '0.8' })), ['legacy_hash:4', 'legacy_hash_qualified:8']);
  assert.match(located(legacy, 'weak-kdf-cost', crateWith({ 'rust-argon2': '0.8' }))[0], /^4:5 `Config::default\(\)` with rust-argon2 0\.8 is 4 MiB of memory and 3 passes of Argon2i: below/);
  assert.deepEqual(located(legacy, 'weak-kdf-cost', crateWith({ 'rust-argon2': '2.1' })), []);
});

// --- nonce-reuse ---

/** `line:column message`, then each related location as `  line message`. */
const detailed = (text: string, ruleId: string): string[] =>
  of(scan('src/lib.rs', text), ruleId).flatMap((f) => [`${f.region.startLine}:${f.region.startColumn} ${f.message}`, ...f.related.map((r) => `  ${r.region.startLine} ${r.message}`)]);

const LOOP = (arg: string, made: number, loop: number) => `Nonce \`${arg}\` is made once (line ${made}) outside the loop at line ${loop} and used by \`encrypt\` on every iteration: each message after the first is encrypted under the same key and nonce. Make a fresh nonce inside the loop.`;

test('nonce-reuse: a nonce made before a loop, with the cipher a field, a static or a local made before the loop; a parameter of a wrapped signature is made on its own line', () => {
  const text = `use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use crate::keys::CIPHER;

pub struct Sealer {
    cipher: Aes256Gcm,
}



impl Sealer {
    pub fn seal_all(&self, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let mut out = Vec::new();
        for m in msgs {
            out.push(self.cipher.encrypt(&nonce, m.as_slice()).unwrap_or_default());
        }
        out
    }
}

pub fn seal_global(msgs: &[&[u8]]) -> Vec<Vec<u8>> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = Vec::new();
    for m in msgs {
        out.push(CIPHER.encrypt(&nonce, *m).unwrap_or_default());
    }
    out
}

pub fn seal_each(key: &Key<Aes256Gcm>, msgs: &[&[u8]]) -> Vec<Vec<u8>> {
    let cipher = Aes256Gcm::new(key);
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = Vec::new();
    for m in msgs {
        out.push(cipher.encrypt(&nonce, *m).unwrap_or_default());
    }
    out
}

pub fn seal_batch(
    cipher: &Aes256Gcm,
    nonce: &Nonce,
    msgs: &[&[u8]],
) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for m in msgs {
        out.push(cipher.encrypt(nonce, *m).unwrap_or_default());
    }
    out
}

pub fn seal_twice(
    cipher: &Aes256Gcm,
    nonce: &Nonce,
    header: &[u8],
    body: &[u8],
) -> (Vec<u8>, Vec<u8>) {
    let h = cipher.encrypt(nonce, header).unwrap_or_default();
    let b = cipher.encrypt(nonce, body).unwrap_or_default();
    (h, b)
}
`;
  assert.deepEqual(detailed(text, 'nonce-reuse'), [
    `16:22 ${LOOP('&nonce', 13, 15)}`,
    '  13 the nonce is made here, once',
    `26:18 ${LOOP('&nonce', 23, 25)}`,
    '  23 the nonce is made here, once',
    `36:18 ${LOOP('&nonce', 33, 35)}`,
    '  33 the nonce is made here, once',
    `48:18 ${LOOP('nonce', 43, 47)}`,
    '  43 the nonce is made here, once',
    '60:13 Nonce `nonce` was already used for an encryption at line 59 under the same key; using it again for `encrypt` repeats the nonce. Make a new nonce for each message.',
    '  59 first encryption with this nonce',
  ]);
});

const KEPT = (arg: string, name: string, how: string, api = 'encrypt') => `Nonce \`${arg}\` is made once per process and kept in the static \`${name}\` (${how}): every \`${api}\` after the first encrypts under the same key and nonce. Generate a fresh nonce for each message (\`generate_nonce(&mut OsRng)\` at the call) and keep only the key in the static.`;

test('nonce-reuse: a nonce kept in a static, however the static is written (path, turbofish, another module, another file) and however it is read; with its related locations', () => {
  const text = `use std::sync::LazyLock;

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use sodiumoxide::crypto::secretbox;
use crate::keys::CIPHER;
use crate::state;

mod cells {
    pub static LOCAL_NONCE: std::sync::OnceLock<chacha20poly1305::Nonce> = std::sync::OnceLock::new();
}

static SESSION_NONCE: once_cell::sync::Lazy<Nonce> = once_cell::sync::Lazy::new(|| ChaCha20Poly1305::generate_nonce(&mut OsRng));
static BOOT_NONCE: LazyLock<[u8; 12]> = LazyLock::<[u8; 12]>::new(rand::random);
static BOX_NONCE: once_cell::sync::Lazy<secretbox::Nonce> = once_cell::sync::Lazy::new(secretbox::gen_nonce);
static BASE_NONCE: LazyLock<[u8; 12]> = LazyLock::new(rand::random);
static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn encrypt_session(bytes: &[u8]) -> Vec<u8> {
    CIPHER.encrypt(&SESSION_NONCE, bytes).unwrap_or_default()
}

pub fn encrypt_boot(bytes: &[u8]) -> Vec<u8> {
    CIPHER.encrypt(Nonce::from_slice(BOOT_NONCE.as_slice()), bytes).unwrap_or_default()
}

pub fn encrypt_cached(bytes: &[u8]) -> Vec<u8> {
    let nonce = cells::LOCAL_NONCE.get_or_init(|| ChaCha20Poly1305::generate_nonce(&mut OsRng)).clone();
    CIPHER.encrypt(&nonce, bytes).unwrap_or_default()
}

pub fn encrypt_shared(cipher: &ChaCha20Poly1305, bytes: &[u8]) -> Vec<u8> {
    let nonce = state::SHARED_NONCE.get_or_init(|| ChaCha20Poly1305::generate_nonce(&mut OsRng));
    cipher.encrypt(nonce, bytes).unwrap_or_default()
}

pub fn encrypt_with(key: &Key, bytes: &[u8]) -> Vec<u8> {
    let cipher = ChaCha20Poly1305::new(key);
    cipher.encrypt(&SESSION_NONCE, bytes).unwrap_or_default()
}

pub fn seal_box(key: &secretbox::Key, msg: &[u8]) -> Vec<u8> {
    secretbox::seal(msg, &BOX_NONCE, key)
}

// --- correct code: a per-process base with a counter folded in (TLS 1.3's construction) ---

fn next_nonce(base: &[u8; 12]) -> Nonce {
    let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let mut nonce = *base;
    for (b, c) in nonce[4..].iter_mut().zip(n.to_be_bytes()) {
        *b ^= c;
    }
    nonce.into()
}

pub fn encrypt_counted(bytes: &[u8]) -> Vec<u8> {
    let nonce = next_nonce(&BASE_NONCE);
    CIPHER.encrypt(&nonce, bytes).unwrap_or_default()
}
`;
  const lazily = 'a lazily initialised static';
  assert.deepEqual(detailed(text, 'nonce-reuse'), [
    `20:5 ${KEPT('&SESSION_NONCE', 'SESSION_NONCE', lazily)}`,
    '  13 `SESSION_NONCE` holds one nonce for the whole process',
    `24:5 ${KEPT('Nonce::from_slice(BOOT_NONCE.as_slice())', 'BOOT_NONCE', lazily)}`,
    '  14 `BOOT_NONCE` holds one nonce for the whole process',
    `29:5 ${KEPT('&nonce', 'LOCAL_NONCE', '`get_or_init` fills it on first use')}`,
    '  10 `LOCAL_NONCE` holds one nonce for the whole process',
    '  28 the nonce is taken from the static here',
    `34:5 ${KEPT('nonce', 'SHARED_NONCE', '`get_or_init` fills it on first use')}`,
    '  33 the nonce is taken from the static here',
    // A cipher made here from a caller's key is not a new key per call: the kept nonce repeats under it.
    `39:5 ${KEPT('&SESSION_NONCE', 'SESSION_NONCE', lazily)}`,
    '  13 `SESSION_NONCE` holds one nonce for the whole process',
    `43:5 ${KEPT('&BOX_NONCE', 'BOX_NONCE', lazily, 'secretbox::seal')}`,
    '  15 `BOX_NONCE` holds one nonce for the whole process',
  ]);
});

// --- constant-nonce ---

test('constant-nonce: a cipher from an imported static or a helper without arguments is no fresh key; one made with `?` from an ephemeral agreement is (low); a stream cipher kept in a static is reported', () => {
  const text = `use std::sync::Mutex;
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use chacha20::ChaCha20;
use chacha20::cipher::{KeyIvInit, StreamCipher};
use once_cell::sync::Lazy;
use crate::keys::CIPHER;
use x25519_dalek::{EphemeralSecret, PublicKey};

const KEY: [u8; 32] = *b"an example very very secret key.";
const NONCE: [u8; 12] = *b"fixed nonce!";

static STREAM: Lazy<Mutex<ChaCha20>> = Lazy::new(|| Mutex::new(ChaCha20::new(&KEY.into(), &NONCE.into())));

pub fn seal_global(msg: &[u8]) -> Vec<u8> {
    CIPHER.encrypt(Nonce::from_slice(b"unique nonce"), msg).unwrap_or_default()
}

fn cipher() -> Aes256Gcm {
    Aes256Gcm::new(&Aes256Gcm::generate_key(&mut OsRng))
}

pub fn seal_made(msg: &[u8]) -> Vec<u8> {
    let cipher = cipher();
    cipher.encrypt(Nonce::from_slice(b"unique nonce"), msg).unwrap_or_default()
}

pub fn seal_to(peer: &PublicKey, msg: &[u8]) -> Result<(PublicKey, Vec<u8>), Box<dyn std::error::Error>> {
    let secret = EphemeralSecret::random_from_rng(OsRng);
    let public = PublicKey::from(&secret);
    let shared = secret.diffie_hellman(peer);
    let cipher = Aes256Gcm::new_from_slice(shared.as_bytes())?;
    let sealed = cipher.encrypt(&Nonce::default(), msg).map_err(|_| "seal")?;
    Ok((public, sealed))
}

pub fn scramble(data: &mut [u8]) {
    STREAM.lock().unwrap().apply_keystream(data);
}
`;
  assert.deepEqual(of(scan('src/lib.rs', text), 'constant-nonce').map((f) => `${f.severity}@${f.region.startLine}:${f.region.startColumn} ${f.message.split(': every')[0]}`), [
    'critical@13:64 Constant nonce `&NONCE.into()` (= `const NONCE: [u8; 12] = *b"fixed nonce!…`) passed to `ChaCha20::new`',
    'critical@16:5 Constant nonce `Nonce::from_slice(b"unique nonce")` passed to `encrypt`',
    'critical@25:5 Constant nonce `Nonce::from_slice(b"unique nonce")` passed to `encrypt`',
    'low@33:18 Constant nonce `&Nonce::default()` passed to `encrypt`, under a key made fresh in this function (`shared.as_bytes()`), so no key and nonce pair repeats as written; if the key is ever kept or reused, every message reuses the nonce. Prefer a random nonce anyway.',
  ]);
});

const NEVER = (arg: string, field: string, fn: string) => `Nonce \`${arg}\` comes from the field \`${field}\`, which nothing ever advances: every call of \`${fn}\` encrypts under the same key and nonce. Generate a nonce per message, or increment a counter field and refuse to wrap.`;

test('nonce-reuse: a never-advanced field handed to the crate\'s own helper, found by the nonce parameter\'s position (first after self, or second), when a method of the same name makes its own nonce', () => {
  // \`seal\` and \`wrap\` are both a free helper that passes its \`nonce\` to \`encrypt\` and a method that
  // makes a fresh nonce: the helper is the one the calls without a receiver reach, whichever comes first.
  const text = `use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

fn seal(cipher: &Aes256Gcm, nonce: &Nonce, msg: &[u8]) -> Vec<u8> {
    cipher.encrypt(nonce, msg).unwrap_or_default()
}

pub struct Session {
    cipher: Aes256Gcm,
    nonce: Nonce,
    header_nonce: Nonce,
    trailer_nonce: Nonce,
}

impl Session {
    pub fn wrap(&self, msg: &[u8]) -> Vec<u8> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        self.cipher.encrypt(&nonce, msg).unwrap_or_default()
    }

    pub fn seal(&self, msg: &[u8]) -> Vec<u8> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        self.cipher.encrypt(&nonce, msg).unwrap_or_default()
    }

    fn seal_with(&self, nonce: &Nonce, msg: &[u8]) -> Vec<u8> {
        self.cipher.encrypt(nonce, msg).unwrap_or_default()
    }

    pub fn send(&self, msg: &[u8]) -> Vec<u8> {
        self.seal_with(&self.nonce, msg)
    }

    pub fn send_header(&self, msg: &[u8]) -> Vec<u8> {
        seal(&self.cipher, &self.header_nonce, msg)
    }

    pub fn send_trailer(&self, msg: &[u8]) -> Vec<u8> {
        wrap(&self.cipher, &self.trailer_nonce, msg)
    }

    pub fn send_fresh(&self, msg: &[u8]) -> Vec<u8> {
        self.seal(msg)
    }

    pub fn send_fixed(&self, msg: &[u8]) -> Vec<u8> {
        seal(&self.cipher, Nonce::from_slice(b"unique nonce"), msg)
    }
}

fn wrap(cipher: &Aes256Gcm, nonce: &Nonce, msg: &[u8]) -> Vec<u8> {
    cipher.encrypt(nonce, msg).unwrap_or_default()
}
`;
  assert.deepEqual(located(text, 'nonce-reuse'), [
    `31:9 ${NEVER('&self.nonce', 'nonce', 'send')}`,
    `35:9 ${NEVER('&self.header_nonce', 'header_nonce', 'send_header')}`,
    `39:9 ${NEVER('&self.trailer_nonce', 'trailer_nonce', 'send_trailer')}`,
  ]);
});

test('nonce-reuse: a kept nonce used twice in one function is one finding per call (the second says it was already used); a decrypting receiver\'s wrapping counter is no nonce counter', () => {
  const text = `use std::sync::OnceLock;
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

static CACHE_NONCE: OnceLock<Nonce> = OnceLock::new();

pub fn seal_pair(cipher: &Aes256Gcm, header: &[u8], body: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let nonce = CACHE_NONCE.get_or_init(|| Aes256Gcm::generate_nonce(&mut OsRng));
    let h = cipher.encrypt(nonce, header).unwrap_or_default();
    let b = cipher.encrypt(nonce, body).unwrap_or_default();
    (h, b)
}
`;
  assert.deepEqual(located(text, 'nonce-reuse'), [
    `9:13 ${KEPT('nonce', 'CACHE_NONCE', '`get_or_init` fills it on first use')}`,
    '10:13 Nonce `nonce` was already used for an encryption at line 9 under the same key; using it again for `encrypt` repeats the nonce. Make a new nonce for each message.',
  ]);
  // Only decryption here: the sequence number that wraps is the peer's nonce counter, not this file's.
  const receiver = `use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};

// The peer encrypts each packet under its own counter nonce; this side only opens them.
pub struct Receiver { cipher: ChaCha20Poly1305, seq: u64 }

impl Receiver {
    pub fn open(&mut self, nonce: &Nonce, ct: &[u8]) -> Option<Vec<u8>> {
        self.seq = self.seq.wrapping_add(1);
        self.cipher.decrypt(nonce, ct).ok()
    }
}
`;
  assert.deepEqual(located(receiver, 'nonce-reuse'), []);
});

test('nonce-reuse: ring\'s NonceSequence::advance that counts through its own counter type and a helper is not reported; a constant nonce from another file is constant-nonce\'s; an `advance` that is no NonceSequence\'s (a free function, an inherent method) is not looked at', () => {
  const text = `use ring::aead::{Nonce, NonceSequence, NONCE_LEN};
use ring::error::Unspecified;
use crate::config::FIXED_NONCE;

pub struct Seq(u64);
impl Seq {
    fn bump(&mut self) -> Result<[u8; NONCE_LEN], Unspecified> {
        self.0 = self.0.checked_add(1).ok_or(Unspecified)?;
        let mut bytes = [0u8; NONCE_LEN];
        bytes[4..].copy_from_slice(&self.0.to_be_bytes());
        Ok(bytes)
    }
}

pub struct Fixed;

impl NonceSequence for Fixed {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        Ok(Nonce::assume_unique_for_key(FIXED_NONCE))
    }
}

pub struct Counter { seq: Seq }

impl NonceSequence for Counter {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        let bytes = self.seq.bump()?;
        Ok(nonce_for(bytes))
    }
}

pub struct Cursor { pos: usize }

impl Cursor {
    fn advance(&mut self, by: usize) {
        self.pos += by;
    }
}

pub struct Nonces { base: [u8; NONCE_LEN] }

impl Nonces {
    /// The nonce of message \`i\`: the base with the index folded in.
    pub fn advance(&self, i: u64) -> Nonce {
        let mut bytes = self.base;
        fold_in(&mut bytes, i);
        Nonce::assume_unique_for_key(bytes)
    }
}

fn advance(pos: &mut usize, by: usize) {
    *pos += by;
}

fn nonce_for(bytes: [u8; NONCE_LEN]) -> Nonce {
    Nonce::assume_unique_for_key(bytes)
}

fn fold_in(bytes: &mut [u8; NONCE_LEN], i: u64) {
    for (b, c) in bytes[4..].iter_mut().zip(i.to_be_bytes()) {
        *b ^= c;
    }
}
`;
  assert.deepEqual(located(text, 'nonce-reuse'), []);
  // Without the helper the same \`advance\` changes nothing it returns: reported.
  const stuck = `use ring::aead::{Nonce, NonceSequence, NONCE_LEN};
use ring::error::Unspecified;

pub struct Stuck { seq: u64 }

impl NonceSequence for Stuck {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        let mut bytes = [0u8; NONCE_LEN];
        bytes[4..].copy_from_slice(&self.seq.to_be_bytes());
        Ok(Nonce::assume_unique_for_key(bytes))
    }
}
`;
  assert.deepEqual(located(stuck, 'nonce-reuse').map((m) => m.slice(0, 60)), ['10:12 `advance` of `Stuck` returns a nonce without changing ']);
});

// --- predictable-nonce ---

test('predictable-nonce: the first nonce cut from key material per function, an OpenSSL-style `ivec`; an `iv_…` buffer filled through a slice; not a key copied into a key buffer, a MAC key split off the key, a nonce assigned in branches, a nonce cut from a message in a function that reads its key from a field another function set from a same-named buffer, nor a constant key (constant-nonce\'s)', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Key, Nonce};
use aes_gcm_siv::{Aes256GcmSiv, Nonce as SivNonce};
use lateinit::LateInit;
use sha2::{Digest, Sha256};

const MASTER: [u8; 32] = *b"an example very very secret key.";

pub fn seal_with_master(msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(&MASTER.into());
    cipher.encrypt(Nonce::from_slice(&MASTER[..12]), msg).unwrap_or_default()
}

pub fn nonce_and_iv(password: &str) -> ([u8; 12], [u8; 16]) {
    let digest = Sha256::digest(password.as_bytes());
    let nonce = &digest[..12];
    let header_iv = &digest[12..28];
    let _cipher = Aes256Gcm::new_from_slice(&digest).unwrap();
    (nonce.try_into().unwrap(), header_iv.try_into().unwrap())
}

pub fn legacy_cbc_iv(key: &[u8; 32]) -> [u8; 16] {
    let mut ivec = [0u8; 16];
    ivec.copy_from_slice(&key[16..32]);
    ivec
}

pub fn copy_key(master: &[u8; 32], msg: &[u8]) -> Vec<u8> {
    let mut key = [0u8; 32];
    for i in 0..32 {
        key[i] = master[i];
    }
    let cipher = Aes256Gcm::new_from_slice(master).unwrap();
    cipher.encrypt(&Aes256Gcm::generate_nonce(&mut OsRng), msg).unwrap_or_default()
}

/// A 64-byte key split into the cipher's key and the MAC's.
pub fn split_key(key: &[u8; 64]) -> (Aes256Gcm, Vec<u8>) {
    let cipher = Aes256Gcm::new_from_slice(&key[..32]).unwrap();
    let mac_key = Vec::from(&key[32..64]);
    (cipher, mac_key)
}

pub fn legacy_iv_block(key: &[u8; 32]) -> [u8; 16] {
    let mut iv_block = [0u8; 16];
    iv_block[..].copy_from_slice(&key[16..32]);
    iv_block
}

pub fn seal_given(key: &[u8; 32], given: Option<[u8; 12]>, msg: &[u8]) -> Vec<u8> {
    let nonce: [u8; 12];
    match given {
        Some(n) => nonce = n,
        None => nonce = Aes256Gcm::generate_nonce(&mut OsRng).into(),
    }
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    cipher.encrypt(Nonce::from_slice(&nonce), msg).unwrap_or_default()
}

#[derive(Default)]
pub struct Room {
    inner: LateInit<Aes256GcmSiv>,
    key: LateInit<[u8; 32]>,
}

impl Room {
    pub fn set_key(&self, buf: &[u8]) {
        self.key.init(buf[..32].try_into().unwrap());
    }

    pub fn open(&self, buf: &[u8]) -> Option<Vec<u8>> {
        let cipher = Aes256GcmSiv::new_from_slice(self.key.as_slice()).ok()?;
        cipher.decrypt(SivNonce::from_slice(&buf[..12]), &buf[12..]).ok()
    }
}

#[derive(Default)]
pub struct Vault {
    inner: LateInit<Aes256GcmSiv>,
    key: LateInit<[u8; 32]>,
}

impl Vault {
    pub fn open(&self, buf: &[u8]) -> Option<Vec<u8>> {
        let cipher = Aes256GcmSiv::new_from_slice(self.key.as_slice()).ok()?;
        cipher.decrypt(SivNonce::from_slice(&buf[..12]), &buf[12..]).ok()
    }

    pub fn set_key(&self, buf: &[u8]) {
        self.key.init(buf[..32].try_into().unwrap());
    }
}
`;
  assert.deepEqual(reportedFns(text, 'predictable-nonce'), ['nonce_and_iv:16', 'legacy_cbc_iv:24', 'legacy_iv_block:46']);
  assert.match(located(text, 'predictable-nonce')[1], /^24:5 The nonce is made from key material \(`key`\): it is the same for every message under that key/);
  assert.deepEqual(reportedFns(text, 'constant-nonce'), ['seal_with_master:11']);
});

test('nonce-reuse: an advance that counts up through a counter type\'s increment_be method is an advancing one', () => {
  const text = `use ring::aead::{Nonce, NonceSequence, NONCE_LEN};
use ring::error::Unspecified;

pub struct BigCounter { bytes: [u8; NONCE_LEN] }

impl BigCounter {
    fn increment_be(&mut self) -> Result<(), Unspecified> {
        for b in self.bytes.iter_mut().rev() {
            *b = b.wrapping_add(1);
            if *b != 0 {
                return Ok(());
            }
        }
        Err(Unspecified)
    }
}

pub struct Sequence { counter: BigCounter }

impl NonceSequence for Sequence {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        self.counter.increment_be()?;
        let bytes = self.counter.bytes;
        Ok(Nonce::assume_unique_for_key(bytes))
    }
}

pub struct Frozen { counter: BigCounter }

impl NonceSequence for Frozen {
    fn advance(&mut self) -> Result<Nonce, Unspecified> {
        let bytes = self.counter.bytes;
        Ok(Nonce::assume_unique_for_key(bytes))
    }
}
`;
  assert.deepEqual(reportedFns(text, 'nonce-reuse'), ['advance:33']);
});
