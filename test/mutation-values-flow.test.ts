import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine } from '../src/analyzer/engine.ts';
import { propagate, reachTable, reachesOf, targetsOf } from '../src/analyzer/flow.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import type { Finding } from '../src/finding.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import { at, crateScanner } from './crate-scan.ts';

// Value resolution (src/analyzer/values.ts: what a name or expression holds) and the crate-wide
// flow (src/analyzer/flow.ts: per-function summaries, call sites, the reach table) as a reviewer
// sees them in findings: which line is reported, by which rule, at which severity, with which
// related location, and that the correct code beside it is not. The analyzer runs in-process on
// real Rust source; `npm run mutate` runs this file against every mutant it reaches
// (UNIT_TEST_FILES in scripts/stryker-fixtures-runner.ts).

const scan = await crateScanner();
const engine = new Engine(await loadRustParser(), loadRuleSet({}), loadModels());
/** Every finding as `rule(severity)@file:line:column` and its related locations. */
const brief = (findings: Finding[]) => findings.map((f) => `${f.ruleId}(${f.severity})@${f.file}:${f.region.startLine}:${f.region.startColumn} ${f.related.map(at).join(' | ')}`.trimEnd());
const one = (text: string) => brief(scan({ 'src/lib.rs': text }));

test('buffers filled in place: the generator (or the string) that fills them decides; the weak source is the related location', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::rngs::SmallRng;
use rand::{Rng, RngCore, SeedableRng};
use sha2::{Digest, Sha256};

pub fn weak_fill(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut buf = [0u8; 12];
    let mut small = SmallRng::seed_from_u64(7);
    small.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default()
}

pub fn weak_param(c: &Aes256Gcm, m: &[u8], rng: &mut SmallRng) -> Vec<u8> {
    let mut buf = [0u8; 12];
    rng.fill_bytes(&mut buf);
    c.encrypt(Nonce::from_slice(&buf), m).unwrap_or_default()
}

pub fn clock_copied(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let mut nonce = [0u8; 12];
    nonce[..12].copy_from_slice(&t.to_le_bytes()[..12]);
    c.encrypt(Nonce::from_slice(&nonce), m).unwrap_or_default()
}

pub fn key_from_random_seed() -> Aes256Gcm {
    let mut seed = [0u8; 32];
    OsRng.fill_bytes(&mut seed);
    let key = Sha256::digest(&seed);
    Aes256Gcm::new(&key)
}

pub fn key_from_try_filled_seed() -> Aes256Gcm {
    let mut seed = [0u8; 32];
    seed.try_fill(&mut OsRng).unwrap();
    let key = Sha256::digest(&seed);
    Aes256Gcm::new(&key)
}

pub fn key_from_rng_filled_seed() -> Aes256Gcm {
    let mut rng = rand::thread_rng();
    let mut seed = [0u8; 32];
    seed.fill(&mut rng);
    let key = Sha256::digest(&seed);
    Aes256Gcm::new(&key)
}

pub fn key_from_copied_passphrase(passphrase: &str) -> Aes256Gcm {
    let mut seed = [0u8; 32];
    seed.copy_from_slice(&passphrase.as_bytes()[..32]);
    let key = Sha256::digest(&seed);
    Aes256Gcm::new(&key)
}

pub fn key_from_zero_filled_seed() -> Aes256Gcm {
    let mut seed = [1u8; 32];
    seed.fill(0);
    let key = Sha256::digest(&seed);
    Aes256Gcm::new(&key)
}
`;
  assert.deepEqual(one(text), [
    // fill_bytes from a seeded SmallRng held in a `let`: the source is the generator's constructor.
    'weak-rng(high)@src/lib.rs:11:5 src/lib.rs:9:21 the predictable source',
    // from a parameter declared as a weak generator: the source is the parameter's declaration.
    'weak-rng(high)@src/lib.rs:17:5 src/lib.rs:14:44 the predictable source',
    // the clock's bytes copied in: the source is the clock call, not the copy.
    'weak-rng(high)@src/lib.rs:24:5 src/lib.rs:21:13 the predictable source',
    // A key that is one SHA-256 of a buffer: of random bytes (fill_bytes, try_fill(&mut OsRng),
    // fill(&mut rng)) it is fine; of a copied passphrase, or of a buffer filled with zeros, it is one fast hash.
    'weak-kdf(high)@src/lib.rs:53:5 src/lib.rs:52:15 the single hash',
    'weak-kdf(high)@src/lib.rs:60:5 src/lib.rs:59:15 the single hash',
  ]);
});

test('lets, fields and generators: a constant used before a loop refills it, a field named with a digit, fields set by several constructors', () => {
  const text = `use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use rand::rngs::SmallRng;
use rand::{Rng, RngCore, SeedableRng};
use sha2::{Digest, Sha256};

pub fn first_then_loop(c: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut nonce = [0u8; 12];
    let first = c.encrypt(Nonce::from_slice(&nonce), b"hello".as_ref()).unwrap_or_default();
    let mut out = Vec::new();
    out.push(first);
    for m in msgs {
        OsRng.fill_bytes(&mut nonce);
        out.push(c.encrypt(Nonce::from_slice(&nonce), m.as_slice()).unwrap_or_default());
    }
    out
}

pub struct Channel {
    c: Aes256Gcm,
    nonce1: [u8; 12],
}

impl Channel {
    pub fn new(c: Aes256Gcm) -> Self {
        Channel { c, nonce1: [0u8; 12] }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.nonce1), m).unwrap_or_default()
    }
}

pub struct Mixed {
    c: Aes256Gcm,
    mixed_iv: [u8; 12],
}

impl Mixed {
    pub fn for_tests(c: Aes256Gcm) -> Self {
        Mixed { c, mixed_iv: [0u8; 12] }
    }
    pub fn new(c: Aes256Gcm) -> Self {
        Mixed { c, mixed_iv: Aes256Gcm::generate_nonce(&mut OsRng).into() }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.mixed_iv), m).unwrap_or_default()
    }
}

pub struct Given {
    c: Aes256Gcm,
    given_iv: [u8; 12],
}

impl Given {
    pub fn with(c: Aes256Gcm, iv: [u8; 12]) -> Self {
        Given { c, given_iv: iv }
    }
    pub fn new(c: Aes256Gcm) -> Self {
        let mut small = SmallRng::seed_from_u64(3);
        Given { c, given_iv: small.gen() }
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.given_iv), m).unwrap_or_default()
    }
}

pub fn mut_ref_key() -> Aes256Gcm {
    let key: &mut [u8; 32] = &mut [0x42; 32];
    Aes256Gcm::new_from_slice(key).unwrap()
}

pub fn cast_key() -> Aes256Gcm {
    let b = 7u8;
    let key = [b as u8; 32];
    Aes256Gcm::new_from_slice(&key).unwrap()
}

pub fn generated_with_thread_rng(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut rng = SmallRng::seed_from_u64(1);
    let nonce = Aes256Gcm::generate_nonce(&mut rng);
    c.encrypt(&nonce, m).unwrap_or_default()
}

pub fn key_hash_of_generated() -> Aes256Gcm {
    let k = Aes256Gcm::generate_key(OsRng);
    let key = Sha256::digest(&k);
    Aes256Gcm::new(&key)
}

pub fn key_hash_of_random() -> Aes256Gcm {
    let k: [u8; 32] = rand::random();
    let key = Sha256::digest(&k);
    Aes256Gcm::new(&key)
}

pub fn key_hash_of_thread_rng() -> Aes256Gcm {
    let k: [u8; 32] = rand::thread_rng().gen();
    let key = Sha256::digest(&k);
    Aes256Gcm::new(&key)
}

pub fn key_hash_of_label() -> Aes256Gcm {
    let label = String::from("tenant-a");
    let key = Sha256::digest(label.as_bytes());
    Aes256Gcm::new(&key)
}

pub fn key_from_clock_nanos(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let n = std::time::Instant::now();
    let _ = n;
    c.encrypt(Nonce::from_slice(&chrono::Utc::now().timestamp_nanos().to_le_bytes()), m).unwrap_or_default()
}
`;
  assert.deepEqual(one(text), [
    // The first message goes out under the zero nonce; the loop's refill comes later and does not excuse it
    // (the refilled uses inside the loop are not reported).
    'constant-nonce(critical)@src/lib.rs:9:17 src/lib.rs:8:21 the constant nonce is defined here',
    // `nonce1` is a named field (only `.0`, `.1` are tuple fields).
    'constant-nonce(critical)@src/lib.rs:29:9 src/lib.rs:26:30 the constant nonce is defined here',
    // Set to zeros by one constructor and to a random nonce by another: not a constant nonce, a never-advanced one.
    'nonce-reuse(critical)@src/lib.rs:46:9 src/lib.rs:43:30 `mixed_iv` is set here and never changed',
    // Set from a parameter by one constructor and from a seeded SmallRng by another: the weak one is reported.
    'nonce-reuse(critical)@src/lib.rs:64:9 src/lib.rs:60:25 `given_iv` is set here and never changed',
    'weak-rng(high)@src/lib.rs:64:9 src/lib.rs:60:25 the predictable source',
    // `&mut [0x42; 32]` and `[b as u8; 32]` are constant key bytes.
    'hardcoded-key(critical)@src/lib.rs:70:5 src/lib.rs:69:35 the key bytes are defined here',
    'hardcoded-key(critical)@src/lib.rs:76:5 src/lib.rs:75:15 the key bytes are defined here',
    'weak-rng(high)@src/lib.rs:81:17 src/lib.rs:80:19 the weak generator',
    // A hash of a generated key, of `rand::random()`, of `thread_rng().gen()` is fine; of a label it is one fast hash.
    'weak-kdf(high)@src/lib.rs:106:5 src/lib.rs:105:15 the single hash',
    'weak-rng(high)@src/lib.rs:112:5 src/lib.rs:112:34 the predictable source',
  ]);
});

test("the file's small functions: mixed returns, a loop that breaks with a value, an HMAC is not a fast hash, `self.f()` but not `peer.f()`", () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use rand::rngs::SmallRng;
use rand::{Rng, RngCore, SeedableRng};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

fn session_nonce(first: bool) -> [u8; 12] {
    if first {
        return [0u8; 12];
    }
    let mut rng = SmallRng::seed_from_u64(42);
    rng.gen()
}

pub fn seal_session(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&session_nonce(false)), m).unwrap_or_default()
}

fn counter_nonce(counter: u64) -> [u8; 12] {
    if counter == 0 {
        return [0u8; 12];
    }
    let mut n = [0u8; 12];
    n[4..].copy_from_slice(&counter.to_be_bytes());
    n
}

pub fn seal_counted(c: &Aes256Gcm, counter: u64, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&counter_nonce(counter)), m).unwrap_or_default()
}

fn polled_nonce(pool: &mut Vec<[u8; 12]>) -> [u8; 12] {
    loop {
        if let Some(n) = pool.pop() {
            break n;
        }
    }
}

pub fn seal_polled(c: &Aes256Gcm, pool: &mut Vec<[u8; 12]>, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&polled_nonce(pool)), m).unwrap_or_default()
}

pub fn key_from_mac(master: &[u8]) -> Aes256Gcm {
    let mut mac = HmacSha256::new_from_slice(master).unwrap();
    mac.update(b"enc");
    let key = mac.finalize().into_bytes();
    Aes256Gcm::new(&key)
}

pub fn key_from_hasher(user: &str) -> Aes256Gcm {
    let mut hasher = Sha256::new();
    hasher.update(user.as_bytes());
    let key = hasher.finalize();
    Aes256Gcm::new(&key)
}

pub struct Iv([u8; 12]);

impl Iv {
    pub fn new(tag: u8) -> Self {
        let mut b = [tag; 12];
        OsRng.fill_bytes(&mut b[1..]);
        Iv(b)
    }
}

impl AsRef<[u8]> for Iv {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

pub fn seal_tagged(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(Iv::new(7).as_ref()), m).unwrap_or_default()
}

pub struct Box12 { c: Aes256Gcm }

impl Box12 {
    fn fixed_nonce(&self) -> [u8; 12] {
        [5u8; 12]
    }
    pub fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.fixed_nonce()), m).unwrap_or_default()
    }
    pub fn seal_for(&self, peer: &Peer, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&peer.fixed_nonce()), m).unwrap_or_default()
    }
}

fn rounds() -> u32 {
    1_000
}

pub fn derive(pw: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(pw, salt, rounds(), &mut key);
    key
}
`;
  const findings = scan({ 'src/lib.rs': text });
  assert.deepEqual(brief(findings), [
    // One return is constant, the other from SmallRng: the weak one decides, it is no constant nonce.
    'weak-rng(high)@src/lib.rs:19:5 src/lib.rs:14:19 the predictable source',
    // counter_nonce (a constant only for counter 0), polled_nonce (no return, a loop's `break n`), an HMAC
    // keyed with the master key, `Iv::new(7)` (the impl's `new` fills it from OsRng) and
    // `peer.fixed_nonce()` (another type's method) are not reported.
    'weak-kdf(high)@src/lib.rs:58:5 src/lib.rs:57:15 the single hash',
    'constant-nonce(critical)@src/lib.rs:88:9 src/lib.rs:85:9 the constant nonce is defined here',
    'weak-kdf-cost(medium)@src/lib.rs:101:5',
  ]);
  // The count of a one-literal function is in the message.
  assert.match(findings[3].message, /^PBKDF2-HMAC-SHA256 with 1,000 iterations \(`rounds\(\)`\)/);
});

/** Every finding as `rule(severity)@file:line:column` with its path (SARIF `codeFlows`). */
const paths = (findings: Finding[]) => findings.map((f) => ({ at: `${f.ruleId}(${f.severity})@${f.file}:${f.region.startLine}:${f.region.startColumn}`, flow: f.flow?.map(at) ?? [] }));

test("crate-wide: a setter's `self.key = key` reaches the cipher, a store into another value's field does not; a length is no key material; another crate's `make_cipher`, a literal named like a password", () => {
  const findings = scan({ 'src/crypto.rs': `use aes_gcm::{aead::KeyInit, Aes256Gcm};

pub fn make_cipher(material: &[u8]) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(material).unwrap()
}

pub fn hkdf_sha256(salt: &[u8], ikm: &[u8], secret_len: usize) -> Vec<u8> {
    let _ = (salt, ikm);
    vec![0u8; secret_len]
}

pub struct Vault {
    key: Vec<u8>,
}

pub struct Peer {
    pub key: Vec<u8>,
}

impl Vault {
    pub fn share(&self, peer: &mut Peer, key: &[u8]) {
        peer.key = key.to_vec();
    }
    pub fn set_key(&mut self, key: &[u8]) {
        self.key = key.to_vec();
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new_from_slice(&self.key).unwrap()
    }
}
`, 'src/app.rs': `use crate::crypto::{hkdf_sha256, make_cipher, Peer, Vault};

pub fn run(v: &mut Vault, peer: &mut Peer, shared: &[u8], password_kdf: &Kdf, user: &str) {
    let _okm = hkdf_sha256(b"salt", shared, 32);
    v.share(peer, b"0123456789abcdef0123456789abcdef");
    v.set_key(b"fedcba9876543210fedcba9876543210");
    let _a = make_cipher("default_password".as_bytes());
    let _b = make_cipher(password_kdf.derive(user).as_ref());
    let _c = ring_compat::make_cipher(b"not this crate's make_cipher!!!!");
    let _d = make_cipher(&password_record.derived_key);
}
` });
  assert.deepEqual(paths(findings), [
    {
      at: 'hardcoded-key(critical)@src/app.rs:6:5',
      flow: ['src/app.rs:6:5 passed to `set_key`', 'src/crypto.rs:25:20 stored into `Vault.key`', 'src/crypto.rs:28:9 `self.key` reaches `Aes256Gcm::new_from_slice` here'],
    },
    {
      at: 'hardcoded-key(critical)@src/app.rs:7:14',
      flow: ['src/app.rs:7:14 passed to `make_cipher`', 'src/crypto.rs:3:20 parameter `material` of `make_cipher`', 'src/crypto.rs:4:5 reaches `Aes256Gcm::new_from_slice` here'],
    },
  ]);
  // A string literal is a hard-coded key, whatever its words say; it is not a password handed over.
  assert.match(findings[1].message, /^Hard-coded key: `"default_password"\.as_bytes\(\)` is passed to `make_cipher`/);
  // Not reported: `hkdf_sha256(b"salt", shared, 32)` (32 is the output length, not `ikm`), `v.share(peer, ..)`
  // (it stores into `peer.key`, not `self.key`), `password_kdf.derive(user)` (a value derived by a call, not
  // the password), `ring_compat::make_cipher(..)` (another crate's function of the same name),
  // `password_record.derived_key` (a field named for a key, of a value named for a password).
});

test("crate-wide: a method that delegates to a field of unknown type is taken to be the one other type's method of that name", () => {
  const findings = scan({ 'src/kdf.rs': `use hkdf::Hkdf;
use sha2::Sha256;

pub struct Legacy;

impl Legacy {
    pub fn derive(&self, password: &str) -> [u8; 32] {
        let hk = Hkdf::<Sha256>::new(None, password.as_bytes());
        let mut okm = [0u8; 32];
        hk.expand(b"v1", &mut okm).unwrap();
        okm
    }
}

pub struct Scheme {
    inner: Box<dyn Deriver>,
}

impl Scheme {
    pub fn derive(&self, password: &str) -> [u8; 32] {
        self.inner.derive(password)
    }
}
`, 'src/app.rs': `use crate::kdf::Scheme;

pub fn unlock(scheme: &Scheme, user_password: &str) -> [u8; 32] {
    scheme.derive(user_password)
}
` });
  assert.deepEqual(paths(findings), [
    {
      at: 'weak-kdf(high)@src/app.rs:4:5',
      flow: [
        'src/app.rs:4:5 password passed to `derive`',
        'src/kdf.rs:20:26 parameter of `derive`',
        'src/kdf.rs:21:9 passed to `derive`',
        'src/kdf.rs:7:26 parameter `password` of `derive`',
        'src/kdf.rs:8:18 reaches `Hkdf::new` here',
      ],
    },
    {
      at: 'weak-kdf(high)@src/kdf.rs:21:9',
      flow: ['src/kdf.rs:21:9 password passed to `derive`', 'src/kdf.rs:7:26 parameter `password` of `derive`', 'src/kdf.rs:8:18 reaches `Hkdf::new` here'],
    },
  ]);
  assert.match(findings[0].message, /^Password `user_password` is passed to `derive`, which derives a key from it with one HKDF pass \(`Hkdf::new`, src\/kdf\.rs:8\)/);
});

test("crate-wide: two modules' `Vault`s, one implemented in a third file (`impl crate::sealed::Vault`): only the one whose field reaches a cipher is reported", () => {
  const findings = scan({
    'src/lib.rs': `pub mod plain;
pub mod sealed;
mod sealed_impl;

pub fn into_plain(v: &mut crate::plain::Vault) {
    v.install([1u8; 32]);
}

pub fn into_sealed(v: &mut crate::sealed::Vault) {
    v.install([2u8; 32]);
}

pub fn make_plain() -> plain::Vault {
    plain::Vault::open(&[3u8; 32])
}

pub fn make_sealed() -> sealed::Vault {
    sealed::Vault::open(&[4u8; 32])
}
`,
    'src/plain.rs': `pub struct Vault {
    bytes: [u8; 32],
}

impl Vault {
    pub fn open(bytes: &[u8; 32]) -> Self {
        Vault { bytes: *bytes }
    }
    pub fn install(&mut self, bytes: [u8; 32]) {
        self.bytes = bytes;
    }
    pub fn checksum(&self) -> u32 {
        self.bytes.iter().map(|b| *b as u32).sum()
    }
}
`,
    'src/sealed.rs': `pub struct Vault {
    pub(crate) bytes: [u8; 32],
}
`,
    'src/sealed_impl.rs': `use aes_gcm::{Aes256Gcm, KeyInit};

impl crate::sealed::Vault {
    pub fn open(bytes: &[u8; 32]) -> Self {
        Self { bytes: *bytes }
    }
    pub fn install(&mut self, bytes: [u8; 32]) {
        self.bytes = bytes;
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
}
`,
  });
  assert.deepEqual(brief(findings), [
    // `into_plain` and `make_plain` hand their literals to `plain::Vault`, which only sums them.
    'hardcoded-key(critical)@src/lib.rs:10:5 src/sealed_impl.rs:11:9 the value reaches `Aes256Gcm::new` here | src/sealed_impl.rs:8:22 through this parameter',
    'hardcoded-key(critical)@src/lib.rs:18:5 src/sealed_impl.rs:11:9 the value reaches `Aes256Gcm::new` here | src/sealed_impl.rs:5:23 through this parameter',
  ]);
  assert.deepEqual(paths(findings)[0].flow, ['src/lib.rs:10:5 passed to `install`', 'src/sealed_impl.rs:8:22 stored into `Vault.bytes`', 'src/sealed_impl.rs:11:9 `self.bytes` reaches `Aes256Gcm::new` here']);
  assert.match(findings[1].message, /^Hard-coded key: `&\[4u8; 32\]` is passed to `Vault::open`, whose parameter reaches `Aes256Gcm::new` \(src\/sealed_impl\.rs:11\)/);
});

test("crate-wide: inline modules of one file, each with its own `Store` and `make_cipher`: the literal is reported only where the module's one reaches a cipher", () => {
  const findings = scan({ 'src/lib.rs': `mod checksum {
    pub struct Store {
        bytes: Vec<u8>,
    }
    impl Store {
        pub fn with(bytes: &[u8]) -> Self {
            Store { bytes: bytes.to_vec() }
        }
        pub fn sum(&self) -> u32 {
            self.bytes.iter().map(|b| *b as u32).sum()
        }
    }
}

mod sealing {
    use aes_gcm::{Aes256Gcm, KeyInit};
    pub struct Store {
        bytes: Vec<u8>,
    }
    impl Store {
        pub fn with(bytes: &[u8]) -> Self {
            Store { bytes: bytes.to_vec() }
        }
        pub fn cipher(&self) -> Aes256Gcm {
            Aes256Gcm::new_from_slice(&self.bytes).unwrap()
        }
    }
    pub fn make_cipher(material: &[u8]) -> Aes256Gcm {
        Aes256Gcm::new_from_slice(material).unwrap()
    }
}

mod plain {
    pub fn make_cipher(material: &[u8]) -> u32 {
        material.len() as u32
    }
}

pub fn setup() {
    let _a = checksum::Store::with(b"0123456789abcdef0123456789abcdef");
    let _b = sealing::Store::with(b"fedcba9876543210fedcba9876543210");
    let _c = plain::make_cipher(b"not a key, only counted here....");
    let _d = sealing::make_cipher(b"a key handed to the real cipher!");
}
` });
  assert.deepEqual(paths(findings), [
    {
      at: 'hardcoded-key(critical)@src/lib.rs:41:14',
      flow: ['src/lib.rs:41:14 passed to `with`', 'src/lib.rs:22:28 stored into `Store.bytes`', 'src/lib.rs:25:13 `self.bytes` reaches `Aes256Gcm::new_from_slice` here'],
    },
    {
      at: 'hardcoded-key(critical)@src/lib.rs:43:14',
      flow: ['src/lib.rs:43:14 passed to `make_cipher`', 'src/lib.rs:28:24 parameter `material` of `make_cipher`', 'src/lib.rs:29:9 reaches `Aes256Gcm::new_from_slice` here'],
    },
  ]);
  // `checksum::Store::with(..)` and `plain::make_cipher(..)` are not reported.
});

test('a secret-named const reached by its path is one finding; a counter bumped beside a constant nonce does not hide it; a nonce field reassigned after each message is advanced', () => {
  assert.deepEqual(one(`use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

const MASTER_KEY: [u8; 32] = [7u8; 32];

pub fn master_cipher() -> Aes256Gcm {
    Aes256Gcm::new_from_slice(&self::MASTER_KEY).unwrap()
}

pub fn counted(c: &Aes256Gcm, m: &[u8]) -> (Vec<u8>, u32) {
    let nonce = [0u8; 12];
    let mut sent = 0u32;
    sent += 1;
    (c.encrypt(Nonce::from_slice(&nonce), m).unwrap_or_default(), sent)
}

fn bump(iv: [u8; 12]) -> [u8; 12] {
    let mut next = iv;
    next[11] = next[11].wrapping_add(1);
    next
}

pub struct Stepping {
    c: Aes256Gcm,
    iv: [u8; 12],
}

impl Stepping {
    pub fn new(c: Aes256Gcm, start: [u8; 12]) -> Self {
        Stepping { c, iv: start }
    }
    pub fn seal(&mut self, m: &[u8]) -> Vec<u8> {
        let out = self.c.encrypt(Nonce::from_slice(&self.iv), m).unwrap_or_default();
        self.iv = bump(self.iv);
        out
    }
}

pub struct Stuck {
    c: Aes256Gcm,
    stuck_iv: [u8; 12],
}

impl Stuck {
    pub fn new(c: Aes256Gcm, start: [u8; 12]) -> Self {
        Stuck { c, stuck_iv: start }
    }
    pub fn seal(&mut self, m: &[u8]) -> Vec<u8> {
        self.c.encrypt(Nonce::from_slice(&self.stuck_iv), m).unwrap_or_default()
    }
}

fn increment_be(counter: &mut [u8]) {
    for b in counter.iter_mut().rev() {
        *b = b.wrapping_add(1);
        if *b != 0 {
            break;
        }
    }
}

pub struct Sealer {
    c: Aes256Gcm,
    ctr_iv: [u8; 12],
}

impl Sealer {
    pub fn new(c: Aes256Gcm, iv: [u8; 12]) -> Self {
        Sealer { c, ctr_iv: iv }
    }
    pub fn seal(&mut self, m: &[u8]) -> Vec<u8> {
        let out = self.c.encrypt(Nonce::from_slice(&self.ctr_iv), m).unwrap_or_default();
        increment_be(self.ctr_iv.as_mut_slice());
        out
    }
}
`), [
    // Only the key finding: `MASTER_KEY` is not reported a second time as a secret-named const.
    'hardcoded-key(critical)@src/lib.rs:7:5 src/lib.rs:4:1 the key bytes are defined here',
    // `sent += 1` writes another variable, not the nonce.
    'constant-nonce(critical)@src/lib.rs:14:6 src/lib.rs:11:17 the constant nonce is defined here',
    // `self.iv = bump(self.iv)` advances `Stepping.iv`; `Stuck.stuck_iv` is never written after construction;
    // `increment_be(self.ctr_iv.as_mut_slice())` advances `Sealer.ctr_iv`.
    'nonce-reuse(critical)@src/lib.rs:49:9 src/lib.rs:46:30 `stuck_iv` is set here and never changed',
  ]);
});

test("fast hashes by API: ring's `digest::digest` is one, BLAKE3's `derive_key` and an object's `compute` are not, a hash of random bytes stays random; `super::f()` is the file's function, `keystore::f()` is not", () => {
  assert.deepEqual(one(`use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::RngCore;
use ring::digest;
use sha2::{Digest, Sha256};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn session_key(shared_secret: &[u8; 32]) -> Aes256Gcm {
    let key = blake3::derive_key("app 2026-12 session key", shared_secret);
    Aes256Gcm::new(&key.into())
}

pub fn ring_hashed_key(passphrase: &str) -> Aes256Gcm {
    let key = digest::digest(&digest::SHA256, passphrase.as_bytes());
    Aes256Gcm::new_from_slice(key.as_ref()).unwrap()
}

pub fn hashed_random_key() -> Aes256Gcm {
    let mut seed = [0u8; 32];
    OsRng.fill_bytes(&mut seed);
    let key = Sha256::digest(&seed).to_vec();
    Aes256Gcm::new_from_slice(&key).unwrap()
}

pub fn stretched_key(kdf: &Stretch, passphrase: &str, salt: &[u8]) -> Aes256Gcm {
    let key = kdf.compute(passphrase, salt);
    Aes256Gcm::new_from_slice(&key).unwrap()
}

fn fixed_nonce() -> [u8; 12] {
    [3u8; 12]
}

mod seal {
    use aes_gcm::aead::Aead;
    use aes_gcm::{Aes256Gcm, Nonce};

    pub fn with_parent_nonce(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
        c.encrypt(Nonce::from_slice(&super::fixed_nonce()), m).unwrap_or_default()
    }

    pub fn with_keystore_nonce(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
        c.encrypt(Nonce::from_slice(&keystore::fixed_nonce()), m).unwrap_or_default()
    }
}

pub fn clock_nonce(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let now = SystemTime::now();
    let nanos = now.duration_since(UNIX_EPOCH).unwrap().as_nanos();
    c.encrypt(Nonce::from_slice(&nanos.to_le_bytes()[..12]), m).unwrap_or_default()
}
`), [
    'weak-kdf(high)@src/lib.rs:15:5 src/lib.rs:14:15 the single hash',
    'constant-nonce(critical)@src/lib.rs:39:9 src/lib.rs:31:5 the constant nonce is defined here',
    'weak-rng(high)@src/lib.rs:50:5 src/lib.rs:49:17 the predictable source',
  ]);
});

test("crate-wide: a method of a name two types define, called on a field of unknown type inside one of them, is the other type's", () => {
  const findings = scan({ 'src/kdf.rs': `use hkdf::Hkdf;
use sha2::Sha256;

pub trait Deriver {
    fn derive(&self, password: &str) -> [u8; 32];
    fn unlock(&self, password: &str) -> [u8; 32] {
        self.derive(password)
    }
}

pub struct Legacy;

impl Legacy {
    pub fn derive(&self, password: &str) -> [u8; 32] {
        let hk = Hkdf::<Sha256>::new(None, password.as_bytes());
        let mut okm = [0u8; 32];
        hk.expand(b"v1", &mut okm).unwrap();
        okm
    }
}

pub struct Scheme {
    legacy: bool,
    inner: Box<dyn Deriver>,
}

impl Scheme {
    pub fn derive(&self, password: &str) -> [u8; 32] {
        if self.legacy {
            return self.inner.derive(password);
        }
        let hk = Hkdf::<Sha256>::new(Some(b"v2"), password.as_bytes());
        let mut okm = [0u8; 32];
        hk.expand(b"v2", &mut okm).unwrap();
        okm
    }
}
` });
  assert.deepEqual(paths(findings), [
    // `self.inner.derive(password)` inside `Scheme::derive` is `Legacy::derive` (the one other `derive`), whose HKDF
    // is then reported at the call that hands it the password, not where the HKDF is.
    { at: 'weak-kdf(high)@src/kdf.rs:30:20', flow: ['src/kdf.rs:30:20 password passed to `derive`', 'src/kdf.rs:14:26 parameter `password` of `derive`', 'src/kdf.rs:15:18 reaches `Hkdf::new` here'] },
    { at: 'weak-kdf(high)@src/kdf.rs:32:18', flow: [] },
  ]);
  assert.match(findings[0].message, /^Password `password` is passed to `derive`, which derives a key from it with one HKDF pass \(`Hkdf::new`, src\/kdf\.rs:15\)/);
  assert.match(findings[1].message, /^`Hkdf::new` derives key material from the password `password\.as_bytes\(\)` in one HKDF pass/);
});

test("crate-wide: a parameter handed to a method of a type imported from another crate (`use acme_vault::Vault`) reaches nothing of this crate's `Vault`", () => {
  const findings = scan({
    'src/vault.rs': `use aes_gcm::{Aes256Gcm, KeyInit};

pub struct Vault {
    bytes: [u8; 32],
}

impl Vault {
    pub fn install(&mut self, bytes: [u8; 32]) {
        self.bytes = bytes;
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
}
`,
    'src/remote.rs': `use acme_vault::Vault;

pub fn provision(v: &mut Vault, bytes: [u8; 32]) {
    v.install(bytes);
}

pub fn bootstrap(v: &mut Vault) {
    provision(v, [9u8; 32]);
}
`,
    'src/local.rs': `use crate::vault::Vault;

pub fn provision_local(v: &mut Vault, bytes: [u8; 32]) {
    v.install(bytes);
}

pub fn bootstrap_local(v: &mut Vault) {
    provision_local(v, [8u8; 32]);
}
`,
  });
  // `bootstrap` (remote.rs) hands `[9u8; 32]` to `provision`, which passes it to `acme_vault::Vault::install`: not reported.
  assert.deepEqual(paths(findings), [
    {
      at: 'hardcoded-key(critical)@src/local.rs:8:5',
      flow: [
        'src/local.rs:8:5 passed to `provision_local`',
        'src/local.rs:3:39 parameter of `provision_local`',
        'src/local.rs:4:5 passed to `install`',
        'src/vault.rs:9:22 stored into `Vault.bytes`',
        'src/vault.rs:12:9 `self.bytes` reaches `Aes256Gcm::new` here',
      ],
    },
  ]);
  assert.match(findings[0].message, /^Hard-coded key: `\[8u8; 32\]` is passed to `provision_local`, whose parameter is handed on until it reaches `Aes256Gcm::new` \(src\/vault\.rs:12\)/);
});

/** `plain::Vault`: its `open` stores the bytes, which key only an HMAC (two crate-wide tests use it). */
const PLAIN_HMAC_VAULT = `use hmac::{Hmac, Mac};
use sha2::Sha256;

pub struct Vault {
    bytes: [u8; 32],
}

impl Vault {
    pub fn open(bytes: &[u8; 32]) -> Self {
        Vault { bytes: *bytes }
    }
    pub fn tag(&self, m: &[u8]) -> Vec<u8> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.bytes).unwrap();
        mac.update(m);
        mac.finalize().into_bytes().to_vec()
    }
}
`;

test("crate-wide: `Self::open(..)` inside `impl Vault` of one module, and `Vault::open(..)` beside it, are that module's `open`, not the other module's `Vault::open` (which keys an HMAC)", () => {
  const findings = scan({
    'src/lib.rs': `pub mod plain;
pub mod sealed;

pub fn tagger() -> plain::Vault {
    plain::Vault::open(&[3u8; 32])
}

pub fn sealer() -> sealed::Vault {
    sealed::Vault::open(&[4u8; 32])
}
`,
    'src/plain.rs': PLAIN_HMAC_VAULT,
    'src/sealed.rs': `use aes_gcm::{Aes256Gcm, KeyInit};

pub struct Vault {
    bytes: [u8; 32],
}

impl Vault {
    pub fn open(bytes: &[u8; 32]) -> Self {
        Self { bytes: *bytes }
    }
    pub fn demo() -> Self {
        Self::open(&[9u8; 32])
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
}

pub fn demo_vault() -> Vault {
    Vault::open(&[7u8; 32])
}
`,
  });
  assert.deepEqual(paths(findings), [
    { at: 'hardcoded-key(critical)@src/lib.rs:5:5', flow: ['src/lib.rs:5:5 passed to `open`', 'src/plain.rs:10:24 stored into `Vault.bytes`', 'src/plain.rs:13:23 `self.bytes` reaches `Hmac::new_from_slice` here'] },
    { at: 'hardcoded-key(critical)@src/lib.rs:9:5', flow: ['src/lib.rs:9:5 passed to `open`', 'src/sealed.rs:9:23 stored into `Vault.bytes`', 'src/sealed.rs:15:9 `self.bytes` reaches `Aes256Gcm::new` here'] },
    { at: 'hardcoded-key(critical)@src/sealed.rs:12:9', flow: ['src/sealed.rs:12:9 passed to `open`', 'src/sealed.rs:9:23 stored into `Vault.bytes`', 'src/sealed.rs:15:9 `self.bytes` reaches `Aes256Gcm::new` here'] },
    // `Vault::open(..)` outside the impl, in sealed.rs: the `Vault` of this module.
    { at: 'hardcoded-key(critical)@src/sealed.rs:20:5', flow: ['src/sealed.rs:20:5 passed to `open`', 'src/sealed.rs:9:23 stored into `Vault.bytes`', 'src/sealed.rs:15:9 `self.bytes` reaches `Aes256Gcm::new` here'] },
  ]);
  assert.match(findings[2].message, /^Hard-coded key: `&\[9u8; 32\]` is passed to `Vault::open`, whose parameter reaches `Aes256Gcm::new` \(src\/sealed\.rs:15\)/);
});

test("crate-wide: a field read in `impl crate::sealed::Vault` of another file is `sealed::Vault`'s, so `plain::Vault::open` (same field name) keys only its HMAC", () => {
  // The files in this order: the sealed field reach comes before the plain one.
  const findings = scan({
    'src/lib.rs': `pub mod plain;
pub mod sealed;
mod sealed_impl;

pub fn tagger() -> plain::Vault {
    plain::Vault::open(&[3u8; 32])
}

pub fn sealer() -> sealed::Vault {
    sealed::Vault::open(&[4u8; 32])
}
`,
    'src/sealed.rs': `pub struct Vault {
    pub(crate) bytes: [u8; 32],
}
`,
    'src/sealed_impl.rs': `use aes_gcm::{Aes256Gcm, KeyInit};

impl crate::sealed::Vault {
    pub fn open(bytes: &[u8; 32]) -> Self {
        Self { bytes: *bytes }
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
}
`,
    'src/plain.rs': PLAIN_HMAC_VAULT,
  });
  assert.deepEqual(paths(findings), [
    { at: 'hardcoded-key(critical)@src/lib.rs:6:5', flow: ['src/lib.rs:6:5 passed to `open`', 'src/plain.rs:10:24 stored into `Vault.bytes`', 'src/plain.rs:13:23 `self.bytes` reaches `Hmac::new_from_slice` here'] },
    { at: 'hardcoded-key(critical)@src/lib.rs:10:5', flow: ['src/lib.rs:10:5 passed to `open`', 'src/sealed_impl.rs:5:23 stored into `Vault.bytes`', 'src/sealed_impl.rs:8:9 `self.bytes` reaches `Aes256Gcm::new` here'] },
  ]);
  assert.match(findings[0].message, /^Hard-coded key: `&\[3u8; 32\]` is passed to `Vault::open`, whose parameter reaches `Hmac::new_from_slice` \(src\/plain\.rs:13\)/);
});

test("a `LazyLock` closure's value (an expression body, a block with a trailing comment), a key from the file's own `Type::new(..)`", () => {
  assert.deepEqual(one(`use aes_gcm::{Aes256Gcm, KeyInit};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

static DB_KEY: LazyLock<[u8; 32]> = LazyLock::new(|| Sha256::digest(b"service-db").into());

static LEGACY_KEY: LazyLock<[u8; 32]> = LazyLock::new(|| {
    [0x5au8; 32] // the v1 default, kept for old archives
});

pub fn db_cipher() -> Aes256Gcm {
    Aes256Gcm::new_from_slice(&*DB_KEY).unwrap()
}

pub fn legacy_cipher() -> Aes256Gcm {
    Aes256Gcm::new_from_slice(&*LEGACY_KEY).unwrap()
}

pub struct DevKey;

impl DevKey {
    pub fn new(_env: &str) -> [u8; 32] {
        *b"dev-only-key-0123456789abcdefghi"
    }
}

pub fn dev_cipher() -> Aes256Gcm {
    let key = DevKey::new("staging");
    Aes256Gcm::new_from_slice(&key).unwrap()
}
`), [
    // `|| Sha256::digest(b"service-db").into()`: the closure's body is the expression, one fast hash.
    'weak-kdf(high)@src/lib.rs:12:5 src/lib.rs:5:54 the single hash',
    // `|| { [0x5au8; 32] // … }`: the comment after the block's value is not its value.
    'hardcoded-key(critical)@src/lib.rs:16:5 src/lib.rs:7:1 the key bytes are defined here',
    // `DevKey::new("staging")`: the impl's small `new` returns a literal.
    'hardcoded-key(critical)@src/lib.rs:29:5 src/lib.rs:23:10 the key bytes are defined here',
  ]);
});

test('a key from AES-CMAC (an SP 800-108 KDF) is no fast hash; the same construction over SHA-256 of a passphrase is one, of a 16-byte master key (its update calls read) none', () => {
  assert.deepEqual(one(`use aes::Aes128;
use aes_gcm::{Aes128Gcm, KeyInit};
use cmac::{Cmac, Mac};

// SP 800-108 counter-mode KDF with AES-CMAC: one block of key material per label.
pub fn sub_key(master: &[u8; 16], label: &[u8]) -> Aes128Gcm {
    let mut mac = Cmac::<Aes128>::new_from_slice(master).unwrap();
    mac.update(&[0, 0, 0, 1]);
    mac.update(label);
    let block = mac.finalize();
    Aes128Gcm::new(&block.into_bytes())
}

pub fn sub_key_hashed(passphrase: &str, label: &[u8]) -> Aes128Gcm {
    let mut h = sha2::Sha256::new();
    h.update(passphrase.as_bytes());
    h.update(label);
    let block = h.finalize();
    Aes128Gcm::new_from_slice(&block[..16]).unwrap()
}

// Over a 16-byte master key the hash is a weak KDF, not a guessable one (as \`Sha256::digest(master)\` is not).
pub fn sub_key_of_master(master: &[u8; 16], label: &[u8]) -> Aes128Gcm {
    let mut h = sha2::Sha256::new();
    h.update(master);
    h.update(label);
    let block = h.finalize();
    Aes128Gcm::new_from_slice(&block[..16]).unwrap()
}
`), ['weak-kdf(high)@src/lib.rs:19:5 src/lib.rs:18:17 the single hash']);
});

test("another file's consts: `[0u8; NONCE_LEN]` is built from literals (the length is a type-level constant), a byte string too", () => {
  const findings = scan({ 'src/consts.rs': `pub const NONCE_LEN: usize = 12;
pub const FIXED_NONCE: [u8; NONCE_LEN] = [0u8; NONCE_LEN];
pub const LABEL_NONCE: &[u8; 12] = b"label nonce!";
`, 'src/seal.rs': `use aes_gcm::aead::{Aead, AeadCore, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use crate::consts::{FIXED_NONCE, LABEL_NONCE};

pub fn seal_fixed(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&FIXED_NONCE), m).unwrap_or_default()
}

pub fn seal_label(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(LABEL_NONCE), m).unwrap_or_default()
}

pub fn seal_fresh(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    c.encrypt(&nonce, m).unwrap_or_default()
}
` });
  assert.deepEqual(brief(findings), [
    'constant-nonce(critical)@src/seal.rs:6:5 src/consts.rs:2:1 `FIXED_NONCE` is a constant defined here',
    'constant-nonce(critical)@src/seal.rs:10:5 src/consts.rs:3:1 `LABEL_NONCE` is a constant defined here',
  ]);
});

test("a hasher's `finalize()` where the hasher is a parameter, beside a local one: the local one is one fast hash", () => {
  // (Whether the parameter's hash is reported is not asserted here: its input is not known.)
  const findings = one(`use aes_gcm::{Aes256Gcm, KeyInit};
use sha2::{Digest, Sha256};

pub fn key_from_given_hasher(hasher: Sha256) -> Aes256Gcm {
    let key = hasher.finalize();
    Aes256Gcm::new(&key)
}

pub fn key_from_label(label: &str) -> Aes256Gcm {
    let mut h = Sha256::new();
    h.update(label.as_bytes());
    let key = h.finalize();
    Aes256Gcm::new(&key)
}
`).filter((f) => !/@src\/lib\.rs:[4-7]:/.test(f));
  assert.deepEqual(findings, ['weak-kdf(high)@src/lib.rs:13:5 src/lib.rs:12:15 the single hash']);
});

test('the crate-wide steps one by one (reachTable, targetsOf, callFacts, propagate, reachesOf) with their defaults: all files one crate, every callee file seen', () => {
  const vault = `use aes_gcm::{Aes256Gcm, KeyInit};

pub struct Vault {
    bytes: [u8; 32],
}

impl Vault {
    pub fn install(&mut self, bytes: [u8; 32]) {
        self.bytes = bytes;
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
}
`;
  const app = `use crate::vault::Vault;

pub fn provision(v: &mut Vault, label: &str, bytes: [u8; 32]) {
    let _ = label;
    v.install(bytes);
}
`;
  const analyses = [engine.analyze('src/vault.rs', vault), engine.analyze('src/app.rs', app)];
  // app.rs reaches no sink by itself: it has no summary.
  assert.deepEqual(analyses.map((a) => !!a.flow), [true, false]);
  const table = reachTable(analyses.flatMap((a) => (a.flow ? [a.flow] : [])));
  const steps = (k: string) => table.get(k)?.map((r) => r.steps.map((x) => `${x.file}:${x.region.startLine} ${x.message}`));
  // The setter's parameter joins the field the cipher reads (the default `sameCrate` and `sameType` say yes).
  assert.deepEqual(steps('Vault::install#0'), [['src/vault.rs:9 stored into `Vault.bytes`', 'src/vault.rs:12 `self.bytes` reaches `Aes256Gcm::new` here']]);
  const targets = targetsOf(table);
  assert.deepEqual(targets.map((t) => [t.fn.owner, t.fn.name, [...t.params]]), [['Vault', 'install', [0]]]);
  const facts = engine.callFactsIn('src/app.rs', app, targets);
  assert.deepEqual(facts.map((f) => [f.callee.name, f.arg, f.value.kind, f.region.startLine]), [['install', 0, 'param', 5]]);
  // `provision`'s third parameter (index 2: `self` aside, counted from `v`) now reaches the cipher; a second pass adds nothing.
  assert.equal(propagate(table, facts), true);
  assert.equal(propagate(table, facts), false);
  assert.deepEqual([...table.keys()], ['Vault::install#0', '::provision#2']);
  assert.deepEqual(steps('::provision#2'), [['src/app.rs:3 parameter of `provision`', 'src/app.rs:5 passed to `install`', 'src/vault.rs:9 stored into `Vault.bytes`', 'src/vault.rs:12 `self.bytes` reaches `Aes256Gcm::new` here']]);
  // A callee whose module is known: the reaches the tree places there, else those it cannot place, never another module's.
  const fn = targets[0].fn;
  assert.equal(reachesOf(table, { ...fn, module: 'm' }, 0).length, 1);
  table.get('Vault::install#0')![0].fn.modules = ['n'];
  assert.equal(reachesOf(table, { ...fn, module: 'm' }, 0).length, 0);
  assert.equal(reachesOf(table, { ...fn, module: 'n' }, 0).length, 1);
  assert.equal(reachesOf(table, fn, 0).length, 1);
  assert.equal(reachesOf(table, fn, 1).length, 0);
});

test('the reach table keeps every sink a parameter reaches: two in one file on two lines, one in another file on the same line number', () => {
  const files: Record<string, string> = {
'src/vault.rs': `pub struct Vault {
    pub(crate) bytes: [u8; 32],
    pub(crate) previous: [u8; 32],
}
`,
'src/aes.rs': `use aes_gcm::{Aes256Gcm, KeyInit};
use aes_gcm_siv::Aes256GcmSiv;

impl crate::vault::Vault {
    pub fn install(&mut self, bytes: [u8; 32]) {
        self.bytes = bytes;
    }
    pub fn aes(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
    pub fn siv(&self) -> Aes256GcmSiv {
        Aes256GcmSiv::new(&self.bytes.into())
    }
    pub fn rotate(&mut self, bytes: [u8; 32], keep_old: bool) {
        if keep_old {
            self.previous = self.bytes;
            self.bytes = bytes;
        } else {
            self.bytes = bytes;
        }
    }
}
`,
'src/chacha.rs': `use chacha20poly1305::{ChaCha20Poly1305, KeyInit};

impl crate::vault::Vault {
    pub fn label(&self) -> &'static str {
        "chacha"
    }

    pub fn chacha(&self) -> ChaCha20Poly1305 {
        ChaCha20Poly1305::new(&self.bytes.into())
    }
}
`,
'src/app.rs': `use crate::vault::Vault;

pub fn provision(v: &mut Vault, bytes: [u8; 32]) {
    v.install(bytes);
}
`};
  const analyses = Object.entries(files).map(([p, t]) => engine.analyze(p, t));
  const table = reachTable(analyses.flatMap((a) => (a.flow ? [a.flow] : [])));
  const sinks = (k: string) => table.get(k)?.map((r) => `${r.sink.kind} ${r.sink.api} ${r.sink.file}:${r.sink.region.startLine}`);
  const all = ['key Aes256Gcm::new src/aes.rs:9', 'key Aes256GcmSiv::new src/aes.rs:12', 'key ChaCha20Poly1305::new src/chacha.rs:9'];
  assert.deepEqual(sinks('Vault::install#0'), all);
  // `rotate` stores its parameter into the field in both branches: each sink once.
  assert.deepEqual(sinks('Vault::rotate#0'), all);
  // Passed on by `provision`, its parameter reaches all three as well.
  assert.equal(propagate(table, engine.callFactsIn('src/app.rs', files['src/app.rs'], targetsOf(table))), true);
  assert.deepEqual([...table.keys()], ['Vault::install#0', 'Vault::rotate#0', '::provision#1']);
  assert.deepEqual(sinks('::provision#1'), all);
});
