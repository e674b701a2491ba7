import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appCrate, crateScanner } from './crate-scan.ts';
import type { Finding } from '../src/finding.ts';
import { inProcess } from './in-process.ts';

// The checks of src/analyzer/checks/keys.ts (hardcoded-key, weak-kdf, weak-rng) and
// src/analyzer/checks/hashes.ts (weak-hash, weak-password-hash) on real Rust source, case by case
// where test/mutation-checks.test.ts covers a rule as a whole: which function and line is
// reported, by which rule, with which message and severity. The analyzer runs in-process;
// `npm run mutate` runs this file against every mutant it reaches
// (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const { scan } = await inProcess();

const crateScan = await crateScanner();
/** Several files of one crate scanned together (a const of one file named in another): `rule file:line severity`. */
function scanCrate(files: Record<string, string>, rules: string[]): string[] {
  return crateScan(files, { crate: appCrate(), texts: true })
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.file}:${f.region.startLine} ${f.severity}`);
}

/** `rule fn:line severity` of each finding of the given rules: the `fn` a finding's line is in (or `-` outside any). */
function reported(text: string, rules: string[], path = 'src/lib.rs'): string[] {
  const lines = text.split('\n');
  return scan(path, text)
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => {
      let fn = '-';
      for (let l = f.region.startLine - 1; l >= 0; l--) {
        const m = /\bfn\s+(\w+)/.exec(lines[l]);
        if (m) {
          fn = m[1];
          break;
        }
        if (/^(pub )?(struct|impl|static|const|lazy_static)\b/.test(lines[l])) break;
      }
      return `${f.ruleId} ${fn}:${f.region.startLine} ${f.severity}`;
    });
}

/** The findings of the given rules as `rule line:col-line:col severity message | related`. */
function described(text: string, rules: string[], path = 'src/lib.rs'): string[] {
  return scan(path, text)
    .filter((f: Finding) => rules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`);
}

// --- hardcoded-key and weak-kdf: one key, one finding ---

test('hardcoded-key and weak-kdf: a key made by one constructor and passed on by another is one finding, where its bytes enter', () => {
  const text = `use aes_gcm::{Aes256Gcm, Key, KeyInit};

pub fn inline_key() -> Aes256Gcm {
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(b"0123456789abcdef0123456789abcdef"))
}

pub fn chained_key() -> Aes256Gcm {
    let raw = b"0123456789abcdef0123456789abcdef";
    let key = Key::<Aes256Gcm>::from_slice(raw);
    Aes256Gcm::new(&key)
}

pub fn into_key() -> Aes256Gcm {
    let key = Key::<Aes256Gcm>::from_slice(b"0123456789abcdef0123456789abcdef");
    Aes256Gcm::new(key.into())
}

pub fn inline_password(password: &str) -> Aes256Gcm {
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(password.as_bytes()))
}
`;
  assert.deepEqual(reported(text, ['hardcoded-key', 'weak-kdf']), [
    'hardcoded-key inline_key:4 critical',
    'hardcoded-key chained_key:9 critical',
    'hardcoded-key into_key:14 critical',
    'weak-kdf inline_password:19 high',
  ]);
});

test('weak-kdf: a string as a cipher key by the name of a field, a parameter typed str, or a let made as a String; not an HMAC or JWT secret', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub struct Vault { password: String }
impl Vault {
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new_from_slice(self.password.as_bytes()).unwrap()
    }
}

pub fn mac_from_config(secret: &str) -> Hmac<Sha256> {
    Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap()
}

pub fn jwt_key(secret: &str) -> jsonwebtoken::EncodingKey {
    jsonwebtoken::EncodingKey::from_secret(secret.as_bytes())
}

pub fn from_text(text: &str) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(text.as_bytes()).unwrap()
}

pub fn from_made(cfg: &Cfg) -> Aes256Gcm {
    let phrase = cfg.phrase().trim().to_string();
    Aes256Gcm::new_from_slice(phrase.as_bytes()).unwrap()
}

pub fn from_unknown(cfg: &Cfg) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(cfg.phrase().as_bytes()).unwrap()
}

pub fn assigned_later(cfg: &Cfg) -> Aes256Gcm {
    let phrase;
    phrase = cfg.phrase();
    Aes256Gcm::new_from_slice(phrase.as_bytes()).unwrap()
}

pub fn looked_up(exchanges: &Exchanges, peer: u32) -> Aes256Gcm {
    let shared = exchanges.get(&format!("peer-{peer}")).unwrap();
    Aes256Gcm::new_from_slice(shared.as_bytes()).unwrap()
}
`;
  // (A \`let\` made by a call that only takes a \`format!\` is not a string: \`format!\` counts where the value starts with it.)
  assert.deepEqual(reported(text, ['weak-kdf']), ['weak-kdf cipher:8 high', 'weak-kdf from_text:21 high', 'weak-kdf from_made:26 high']);
});

// --- hardcoded-key: secret-named consts, keys judged by the callee's name ---

test('hardcoded-key: a secret-named const once, where it reaches a key or where it is declared (in a function too); not a byte, a char or a C int', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};

const SECRET_KEY: &[u8; 32] = b"0123456789abcdef0123456789abcdef";
const SESSION_SECRET: &str = "s3cr3t-session-value";
const KEY_BYTE: u8 = b'k';
const KEY_SEPARATOR: char = ':';
const SCTP_AUTH_KEY: c_int = 0x13;
// const OLD_API_SECRET: &str = "moved-to-the-environment";

extern "C" {
    static API_SECRET_KEY: *const u8;
}

pub fn cipher() -> Aes256Gcm {
    Aes256Gcm::new(SECRET_KEY.into())
}

pub fn local_const() -> String {
    const API_SECRET: &str = "local-api-secret";
    API_SECRET.to_string()
}
`;
  assert.deepEqual(reported(text, ['hardcoded-key']), ['hardcoded-key -:4 high', 'hardcoded-key cipher:15 critical', 'hardcoded-key local_const:19 high']);
});

test('hardcoded-key: a literal handed to a path function named for a key, and byte strings of a string literal, to an unseen key setter', () => {
  const text = `pub fn setup(client: &mut vendor::Client) {
    sdk::set_api_key("sk_live_abcdefgh");
    client.set_secret("abcdefghij".as_bytes());
    client.set_key(&[0u8; 32]);
}
`;
  assert.deepEqual(described(text, ['hardcoded-key']).map((d) => d.slice(0, d.indexOf(': by its name'))), [
    'hardcoded-key 2:5-2:41 medium `sdk::set_api_key("sk_live_abcdefgh")` is given a literal key (`"sk_live_abcdefgh"`)',
    'hardcoded-key 3:12-3:47 medium `set_secret("abcdefghij".as_bytes())` is given a literal key (`"abcdefghij"`)',
    'hardcoded-key 4:12-4:31 medium `set_key(&[0u8; 32])` is given a literal key (`[0u8; 32]`)',
  ]);
});

// --- hardcoded-key: literal fallbacks, command-line defaults, Default impls ---

test('hardcoded-key: a fallback literal for a setting read from the configuration, by the name it is bound to; not a header, a cache, or a panic', () => {
  const text = `use std::env;

pub fn header_token(request: &Request) -> String {
    let auth_token = request.get_header("authorization").unwrap_or("anonymous");
    auth_token.to_string()
}

pub fn cached_token(cached: Option<&str>) -> String {
    let api_token = cached.unwrap_or("tok-12345678");
    api_token.to_string()
}

pub fn required_secret() -> String {
    env::var("JWT_SECRET").unwrap_or_else(|_| panic!("JWT_SECRET must be set"))
}

pub fn trimmed() {
    let api_token = env::var("SERVICE").unwrap_or_else(|_| "tok-1234".into()).trim().to_string();
}

pub fn from_setting() {
    let v = env::var("apiKey").unwrap_or_else(|_| "abcd-efgh".into());
}
`;
  assert.deepEqual(reported(text, ['hardcoded-key']), ['hardcoded-key trimmed:18 high']);
});

test('hardcoded-key: a command-line default beside other arguments, under another attribute, on a pub(crate) field', () => {
  const text = `#[derive(clap::Parser)]
pub struct Args {
    #[arg(long, default_value = "hunter22", env = "APP_PASSWORD")]
    pub password: String,
    #[arg(long, default_value = "swordfish")]
    #[serde(skip)]
    pub(crate) api_key: String,
    #[arg(long, default_value = "localhost")]
    #[serde(skip)]
    pub(crate) host: String,
}
`;
  assert.deepEqual(described(text, ['hardcoded-key']).map((d) => d.slice(0, d.indexOf(': run without'))), [
    'hardcoded-key 3:5-3:67 high Command-line secret `password` has the literal default `"hunter22"`',
    'hardcoded-key 5:5-5:46 high Command-line secret `api_key` has the literal default `"swordfish"`',
  ]);
});

test('hardcoded-key: a configuration type\'s Default with a literal secret of 8+ characters, at the field, cut after 29; not sample data elsewhere', () => {
  const text = `pub struct AppConfig<T> { pub secret: String, pub extra: T }
impl<T: Default> Default for AppConfig<T> {
    fn default() -> Self {
        Self { secret: "changeme".into(), extra: T::default() }
    }
}

pub struct JwtSettings { pub jwt_secret: String, pub api_key: String, pub signing_key: String }
pub fn sample() -> JwtSettings {
    JwtSettings { jwt_secret: "sample-secret-for-docs".into(), api_key: String::new(), signing_key: String::new() }
}
impl Default for JwtSettings {
    fn default() -> Self {
        Self {
            jwt_secret: String::new(),
            api_key: "hunter2".to_string(),
            signing_key: String::from("a-signing-key-of-more-than-thirty-chars"),
        }
    }
}

pub struct ConferenceRoom { pub room_password: String }
impl Default for ConferenceRoom {
    fn default() -> Self {
        Self { room_password: "welcome123".into() }
    }
}

pub struct DbCredentials { pub password: String }
impl Default for DbCredentials {
    fn default() -> Self {
        Self { password: "postgres-password-30-chars-xyz".into() }
    }
}
`;
  assert.deepEqual(described(text, ['hardcoded-key']).map((d) => d.slice(0, d.indexOf(': wherever'))), [
    'hardcoded-key 4:16-4:41 high `AppConfig<T>::default()` gives the secret `secret` the literal `"changeme"`',
    'hardcoded-key 17:13-17:81 high `JwtSettings::default()` gives the secret `signing_key` the literal `"a-signing-key-of-more-than-th…"`',
    'hardcoded-key 32:16-32:65 high `DbCredentials::default()` gives the secret `password` the literal `"postgres-password-30-chars-xyz"`',
  ]);
});

// --- weak-kdf: salts, keys copied from strings ---

test('weak-kdf: a constant salt in a lazy static, and two constant salts in one function, each reported', () => {
  const text = `use sha2::Sha256;
use once_cell::sync::Lazy;

static DERIVED: Lazy<[u8; 32]> = Lazy::new(|| {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(b"pw", b"constant-salt-01", 600_000, &mut out);
    out
});

pub fn two_salts(password: &[u8], a: &mut [u8], b: &mut [u8]) {
    pbkdf2::pbkdf2_hmac::<Sha256>(password, b"first-salt-value", 600_000, a);
    pbkdf2::pbkdf2_hmac::<Sha256>(password, b"other-salt-value", 600_000, b);
}
`;
  assert.deepEqual(reported(text, ['weak-kdf']), ['weak-kdf -:6 medium', 'weak-kdf two_salts:11 medium', 'weak-kdf two_salts:12 medium']);
});

test('weak-kdf: a salt const of another file of the crate is reported at medium where the KDF takes it', () => {
  const kdf = `use sha2::Sha256;
use crate::consts::SALT;

pub fn derive(password: &[u8], salt: &[u8], a: &mut [u8], b: &mut [u8]) {
    pbkdf2::pbkdf2_hmac::<Sha256>(password, SALT, 600_000, a);
    pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, 600_000, b);
}
`;
  const consts = `pub const SALT: &[u8] = b"crate-wide-salt!";
`;
  assert.deepEqual(scanCrate({ 'src/kdf.rs': kdf, 'src/consts.rs': consts, 'src/lib.rs': 'pub mod consts;\npub mod kdf;\n' }, ['weak-kdf']), ['weak-kdf src/kdf.rs:5 medium']);
});

test('weak-kdf: a key buffer filled from a string parameter, directly or through a let of its bytes; not from base64 of it, a DH secret, a const, an unknown value, a signature check', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};
use once_cell::sync::Lazy;

pub fn verify(verifying_key: &ed25519_dalek::VerifyingKey, message: &str, signature: &ed25519_dalek::Signature) -> bool {
    verifying_key.verify(message.as_bytes(), signature).is_ok()
}

pub fn from_const() -> Aes256Gcm {
    let mut key = [0u8; 32];
    key.copy_from_slice(&DEFAULT_PASSPHRASE.as_bytes()[..32]);
    Aes256Gcm::new(&key.into())
}

pub fn from_let(secret: String) -> Aes256Gcm {
    let mut aes_key = [0u8; 32];
    let bytes = secret.as_bytes();
    aes_key.copy_from_slice(bytes);
    Aes256Gcm::new(&aes_key.into())
}

pub fn from_base64(secret: &str) -> Aes256Gcm {
    let mut key = [0u8; 32];
    let raw = base64::decode(secret.as_bytes()).unwrap();
    key.copy_from_slice(&raw[..32]);
    Aes256Gcm::new(&key.into())
}

pub fn from_dh(shared: &x25519_dalek::SharedSecret) -> Aes256Gcm {
    let mut key = [0u8; 32];
    key.copy_from_slice(&shared.as_bytes()[..32]);
    Aes256Gcm::new(&key.into())
}

pub fn from_mut_string(secret: &mut String) -> Aes256Gcm {
    let mut key = [0u8; 32];
    key.copy_from_slice(&secret.as_bytes()[..32]);
    Aes256Gcm::new(&key.into())
}

pub fn from_unknown(input: &Input) -> Aes256Gcm {
    let mut key = [0u8; 32];
    let text = input.decode();
    key.copy_from_slice(&text.as_bytes()[..32]);
    Aes256Gcm::new(&key.into())
}

static GLOBAL: Lazy<Aes256Gcm> = Lazy::new(|| {
    let text = "a-passphrase-compiled-into-this";
    let mut key = [0u8; 32];
    key.copy_from_slice(&text.as_bytes()[..32]);
    Aes256Gcm::new(&key.into())
});
`;
  assert.deepEqual(reported(text, ['weak-kdf']), ['weak-kdf from_let:17 high', 'weak-kdf from_mut_string:36 high']);
});

// --- weak-rng ---

test('weak-rng: one finding per weak key, nonce or generator; a generator through UFCS; not a shuffle of key names, a CSPRNG from a full seed, a test helper', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit, aead::Aead};
use rand::{rngs::StdRng, rngs::SmallRng, RngCore, SeedableRng};

pub fn seeded_key() -> [u8; 32] {
    let mut rng = SmallRng::seed_from_u64(42);
    let mut key = [0u8; 32];
    RngCore::fill_bytes(&mut rng, &mut key);
    key
}

pub fn generate_key() -> [u8; 32] {
    let mut rng = SmallRng::seed_from_u64(42);
    let mut key = [0u8; 32];
    rng.fill_bytes(&mut key);
    key
}

pub fn seal(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
    let mut rng = StdRng::seed_from_u64(7);
    cipher.encrypt(&Aes256Gcm::generate_nonce(&mut rng), msg).unwrap()
}

pub fn shuffle(key_order: &mut Vec<String>) {
    let mut rng = StdRng::seed_from_u64(7);
    shuffle_keys(key_order, &mut rng);
}

pub fn create_secure_rng(now: u64) -> StdRng {
    StdRng::seed_from_u64(now)
}

pub fn make_insecure_rng() -> SmallRng {
    SmallRng::seed_from_u64(42)
}

pub fn create_keyframe_rng(frame: u64) -> SmallRng {
    SmallRng::seed_from_u64(frame)
}
`;
  assert.deepEqual(described(text, ['weak-rng']).map((d) => d.slice(0, d.indexOf(', which') > 0 ? d.indexOf(', which') : d.indexOf(', so'))), [
    'weak-rng 7:5-7:44 high `RngCore::fill_bytes(&mut rng, &mut key)` draws key material from `SmallRng`',
    'weak-rng 14:5-14:29 high `rng.fill_bytes(&mut key)` draws key material from `SmallRng`',
    'weak-rng 20:21-20:56 high `Aes256Gcm::generate_nonce(&mut rng)` draws key material from `seed_from_u64`',
    'weak-rng 29:5-29:31 high `create_secure_rng` hands out `StdRng::seed_from_u64(now)`: a non-cryptographic generator seeded with a 64-bit value',
  ]);
  assert.deepEqual(scan('src/lib.rs', text).filter((f) => f.ruleId === 'weak-rng').map((f) => f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()), [
    '5:19 the weak generator',
    '12:19 the weak generator',
    '19:19 the weak generator',
    '',
  ]);
});

test('weak-rng: a token or key made from the clock alone; not a lease renewed, a creation time, a session opened, a token drawn from a generator, hashed then hex-encoded, signed or built from claims', () => {
  const text = `use std::time::{Duration, SystemTime, UNIX_EPOCH};
use sha2::{Digest, Sha256};

pub struct Lease { lease_until: SystemTime }

impl Lease {
    pub fn renew_token_lease(&mut self) {
        self.lease_until = SystemTime::now() + Duration::from_secs(3600);
    }
}

pub fn key_created_at() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

pub fn create_secure_session(addr: String) -> Session {
    Session { addr, opened: SystemTime::now() }
}

pub fn new_session_token(rng: &mut impl Source) -> String {
    let mut buf = [0u8; 16];
    rng.fill(&mut buf);
    format!("{}-{:?}", hex::encode(buf), SystemTime::now())
}

pub fn generate_api_token(uid: u64) -> String {
    let now = SystemTime::now();
    hex::encode_upper(Sha256::digest(format!("{uid}{now:?}")))
}

pub fn issue_token(uid: u64) -> String {
    let exp = SystemTime::now() + Duration::from_secs(3600);
    let claims = Claims { uid, exp };
    pack(&claims)
}

pub fn mint_token(keypair: &Keypair, uid: u64) -> Vec<u8> {
    let now = SystemTime::now();
    keypair.sign(format!("{uid}{now:?}").as_bytes()).to_vec()
}

pub fn make_token(signer: &Signer, uid: u64) -> Vec<u8> {
    let now = SystemTime::now();
    signer.sign_payload(format!("{uid}{now:?}").as_bytes())
}
`;
  assert.deepEqual(reported(text, ['weak-rng']), ['weak-rng generate_api_token:27 high']);
});

// --- hardcoded-key: credentials checked against literals ---

test('hardcoded-key: a credential compared with a literal, with spaces or true/false inside it, or apikey; not a rejection in an `if … && …`, not two run-time values', () => {
  const text = `pub fn login(payload: &Login, strict: bool, expected_token: &str, token: &str) -> Result<(), Error> {
    if payload.password == "changeme" && strict {
        return Err(Error::WeakPassword);
    }
    if token != expected_token {
        return Err(Error::Denied);
    }
    if payload.password == "open sesame" {
        grant();
    }
    if payload.password == "truelove" || payload.password == "staytrue" {
        grant();
    }
    if payload.apikey == "k3y-for-admin" {
        grant();
    }
    Ok(())
}
`;
  assert.deepEqual(described(text, ['hardcoded-key']).map((d) => d.slice(0, d.indexOf(' checks a credential'))), [
    'hardcoded-key 8:8-8:41 high `payload.password == "open sesame"`',
    'hardcoded-key 11:8-11:38 high `payload.password == "truelove"`',
    'hardcoded-key 11:42-11:72 high `payload.password == "staytrue"`',
    'hardcoded-key 14:8-14:41 high `payload.apikey == "k3y-for-admin"`',
  ]);
});

// --- weak-hash: what goes into a fast hash ---

test('weak-hash: the hashers of a lazy static, an openssl Hasher, two hashers in one function, a chain then updates, a formatted secret, a transcript with a public key', () => {
  const text = `use md5::{Digest, Md5};
use sha1::Sha1;
use sha2::Sha256;
use openssl::hash::{hash, Hasher, MessageDigest};
use once_cell::sync::Lazy;
use rand::rngs::SmallRng;

static FINGERPRINT: Lazy<Vec<u8>> = Lazy::new(|| {
    let mut h = Sha1::new();
    h.update(BUILD_ID);
    h.finalize().to_vec()
});

static ADMIN_HASH: Lazy<String> = Lazy::new(|| hex::encode(Sha256::digest(DEFAULT_ADMIN_PASSWORD.as_bytes())));

static LABEL: Lazy<String> = Lazy::new(|| format!("{:x}", md5::compute(API_KEY)));

pub fn legacy_etag(data: &[u8]) -> Vec<u8> {
    let mut h = Hasher::new(MessageDigest::md5()).unwrap();
    h.update(data).unwrap();
    h.finish().unwrap().to_vec()
}

pub fn openssl_password(password: &str) -> Vec<u8> {
    let md = MessageDigest::sha512();
    hash(md, password.as_bytes()).unwrap().to_vec()
}

pub fn two_hashers(etag_data: &[u8], secret_key: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut a = Sha1::new();
    a.update(etag_data);
    metrics::update("hashes", 1);
    let mut b = Sha256::new();
    b.update(secret_key);
    (a.finalize().to_vec(), b.finalize().to_vec())
}

pub fn chained_then_updated(header: &[u8], secret_key: &[u8]) -> Vec<u8> {
    let mut h = Sha1::new().chain_update(header);
    h.update(secret_key);
    h.finalize().to_vec()
}

pub fn formatted(user_id: u64, api_secret: &str) -> md5::Digest {
    md5::compute(format!("{}:{}", user_id, api_secret))
}

pub fn transcript(shared_secret: &[u8], server_pubkey: &[u8], secret: &x25519_dalek::StaticSecret) -> Vec<u8> {
    let mut h = Sha1::new();
    h.update(shared_secret);
    h.update(server_pubkey);
    let mut g = Sha1::new();
    g.update(shared_secret);
    g.update(PublicKey::from(secret).as_bytes());
    h.finalize().to_vec()
}
`;
  assert.deepEqual(reported(text, ['weak-hash', 'weak-password-hash']), [
    'weak-hash -:9 low',
    'weak-password-hash -:14 high',
    'weak-hash -:16 high',
    'weak-hash legacy_etag:19 low',
    'weak-password-hash openssl_password:26 high',
    'weak-hash two_hashers:30 low',
    'weak-hash chained_then_updated:39 high',
    'weak-hash formatted:45 high',
    'weak-hash transcript:49 low',
    'weak-hash transcript:52 low',
  ]);
  assert.match(scan('src/lib.rs', text).find((f) => f.region.startLine === 26)!.message, /^Password hashed with one pass of a hash \(`password.as_bytes\(\)`\)/);
});

test('weak-hash and weak-password-hash: a simulation seed is not a secret, a session key beside it is; a password-hashing type\'s own etag is not a password; callers\' passwords by position', () => {
  const text = `use md5::Md5;
use rand::{rngs::SmallRng, SeedableRng};

pub struct World { seed: u64, session_key: [u8; 32] }
impl World {
    pub fn ids(&self, seed: u64, session_key: &[u8]) {
        let rng = SmallRng::seed_from_u64(seed);
        md5::compute(format!("{}-{}", seed, session_key));
        md5::compute(&self.session_key);
        md5::compute(&session_key);
        md5::compute(&self.seed.to_le_bytes());
        md5::compute(seed.to_le_bytes());
    }
}

pub struct PasswordStore { snapshot: Vec<u8> }
impl PasswordStore {
    pub fn etag(&self) -> String {
        format!("{:x}", md5::compute(&self.snapshot))
    }
    pub fn snapshot_tag(&self) -> Vec<u8> {
        md5::compute(&self.snapshot).to_vec()
    }
    pub fn version_tag(&self) -> Vec<u8> {
        let body = self.serialize();
        md5::compute(&body).to_vec()
    }
    pub fn digest(&self, label: &str, value: &str) -> Vec<u8> {
        let mut h = Md5::new();
        h.update(label);
        h.update(value);
        h.finalize().to_vec()
    }
}

pub fn salted_digest(salt: &str, value: &str) -> Vec<u8> {
    let mut h = Md5::new();
    h.update(value);
    h.update(salt);
    h.finalize().to_vec()
}

pub fn register(store: &PasswordStore, user: &User, password: &str) {
    store.digest("etag", &password);
    salted_digest(&user.salt, password);
}

pub fn prompts() -> Result<(), Error> {
    let master = rpassword::prompt_password_stdout("Master: ")?;
    let a = Sha256::digest(master.as_bytes());
    let typed = rpassword::read_password()?;
    let b = Sha256::digest(typed.as_bytes());
    let tty = rpassword::read_password_from_tty(None)?;
    let c = Sha256::digest(tty.as_bytes());
    let word = dialoguer::Password::new().with_prompt("Vault").interact()?;
    let d = Sha256::digest(word.as_bytes());
    Ok(())
}

pub fn fingerprint(user: &str) -> Vec<u8> {
    Sha256::digest(user.as_bytes()).to_vec()
}

pub fn ask() -> Result<(), Error> {
    let user;
    user = rpassword::prompt_password("Password: ")?;
    store(user);
    Ok(())
}

pub fn audit(user: &str) -> Vec<u8> {
    Sha256::digest(user.as_bytes()).to_vec()
}

pub fn login_ids(name: &str) -> Result<(), Error> {
    let who = read_user();
    let pw;
    pw = rpassword::prompt_password("Password: ")?;
    let id = Sha256::digest(who.as_bytes());
    login(&who, &pw, &id)
}
`;
  assert.deepEqual(reported(text, ['weak-hash', 'weak-password-hash']), [
    'weak-hash ids:8 high',
    'weak-hash ids:9 high',
    'weak-hash ids:10 high',
    'weak-hash ids:11 low',
    'weak-hash ids:12 low',
    'weak-hash etag:19 low',
    'weak-hash snapshot_tag:22 low',
    'weak-hash version_tag:26 low',
    'weak-password-hash digest:30 high',
    'weak-password-hash salted_digest:38 high',
    'weak-password-hash prompts:50 high',
    'weak-password-hash prompts:52 high',
    'weak-password-hash prompts:54 high',
    'weak-password-hash prompts:56 high',
  ]);
});

test('weak-password-hash: stored password fields by each word, compared in the clear; not a hash of one side, two presented passwords, a placeholder; hashes in macros, feeding a key or not', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};
use md5::Md5;
use sha2::{Digest, Sha256};

pub struct Account { passwd: String, pwd: String, pass: String, passphrase: String, password: String, stored_password: String }

impl Account {
    pub fn check_passwd(&self, passwd: &str) -> bool { self.passwd == passwd }
    pub fn check_pwd(&self, pwd: &str) -> bool { self.pwd == pwd }
    pub fn check_pass(&self, pass: &str) -> bool { self.pass == pass }
    pub fn check_passphrase(&self, passphrase: &str) -> bool { self.passphrase == passphrase }
    pub fn check_stored(&self, password: &str) -> bool { self.stored_password == password }
    pub fn is_placeholder(&self, placeholder: &str) -> bool { self.password == placeholder }
    pub fn check_hashed(&self, form: &Form) -> bool { sha256_hex(&form.password).to_string() == self.password }
}

pub fn change(old_password: &str, new_password: &str) -> Result<(), Error> {
    if new_password == old_password {
        return Err(Error::SamePassword);
    }
    Ok(())
}

pub fn shown(user: &User, data: &[u8], password: &str) {
    println!("{:x}", Sha256::digest(data));
    println!("{}", blake3::hash(password.as_bytes()));
    println!("{:x}", md5::compute(user.password.as_bytes()));
    log::debug!("etag {:x}", md5::compute(format!("{}/{}/{}", user.name, user.email, user.created)));
    log::debug!("fp {:x}", md5::compute( session_secret ));
    log::debug!("pw {:x}", md5::compute( user.password ));
}

pub fn hash_value(value: &str, stored: &Stored) -> bool {
    let mut h = Md5::new();
    h.update(SALT);
    h.update(value);
    hex::encode(h.finalize()) == stored.hash
}

pub struct Vault { pw_digest: [u8; 32], key: [u8; 32] }
impl Vault {
    pub fn new(password: &str, key: [u8; 32]) -> Self {
        Self { pw_digest: Sha256::digest(password.as_bytes()).into(), key }
    }
    pub fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.key.into())
    }
}

pub fn store_hash(password: &str) -> Vec<u8> {
    Sha256::digest(password.as_bytes()).to_vec()
}

pub fn session_cipher(key: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(key.into())
}
`;
  assert.deepEqual(described(text, ['weak-hash', 'weak-password-hash']).map((d) => d.replace(/(: a fast hash|, which has practical|: MD5 has practical|: salted or not|: the passwords are kept).*$/s, '')), [
    'weak-password-hash 8:56-8:77 high `self.passwd == passwd` compares a stored password with the one presented, in the clear',
    'weak-password-hash 9:50-9:65 high `self.pwd == pwd` compares a stored password with the one presented, in the clear',
    'weak-password-hash 10:52-10:69 high `self.pass == pass` compares a stored password with the one presented, in the clear',
    'weak-password-hash 11:64-11:93 high `self.passphrase == passphrase` compares a stored password with the one presented, in the clear',
    'weak-password-hash 12:58-12:90 high `self.stored_password == password` compares a stored password with the one presented, in the clear',
    'weak-password-hash 26:20-26:53 high Password hashed with one pass of BLAKE3 (`password.as_bytes()`)',
    'weak-password-hash 27:22-27:60 high Password hashed with one pass of MD5 (`user.password.as_bytes()`)',
    'weak-hash 28:30-28:100 low `md5::compute(format!("{}/{}/{}", user.na` uses MD5',
    'weak-hash 29:28-29:58 high MD5 of `session_secret`',
    'weak-password-hash 30:28-30:57 high Password hashed with one pass of MD5 (`user.password`)',
    'weak-hash 34:17-34:27 low `Md5::new()` uses MD5',
    'weak-password-hash 35:5-35:19 high `SALT` is stored as one pass of MD5 over a salt and the value',
    'weak-password-hash 43:27-43:62 high Password hashed with one pass of SHA-256 (`password.as_bytes()`)',
    'weak-password-hash 51:5-51:40 high Password hashed with one pass of SHA-256 (`password.as_bytes()`)',
  ]);
});

test('weak-password-hash: a test vector is no password; a name that only later gets a prompt\'s password, or in another function, or another name is not one', () => {
  const text = `use sha2::{Digest, Sha256};

pub fn test_vector() -> Vec<u8> {
    Sha256::digest("abc").to_vec()
}

pub fn fingerprint(user: &str) -> Vec<u8> {
    Sha256::digest(user.as_bytes()).to_vec()
}

pub fn ask() -> Result<(), Error> {
    let user;
    user = rpassword::prompt_password("Password: ")?;
    store(user);
    Ok(())
}

pub fn audit(user: &str) -> Vec<u8> {
    Sha256::digest(user.as_bytes()).to_vec()
}

pub fn login_ids(name: &str) -> Result<(), Error> {
    let who = read_user();
    let pw;
    pw = rpassword::prompt_password("Password: ")?;
    let id = Sha256::digest(who.as_bytes());
    login(&who, &pw, &id)
}

pub fn unlock() -> Result<(), Error> {
    let mut user;
    user = rpassword::prompt_password("Password: ")?;
    let check = Sha256::digest(user.as_bytes());
    open(&check)
}
`;
  assert.deepEqual(reported(text, ['weak-password-hash']), ['weak-password-hash unlock:33 high']);
});

test('weak-password-hash: a method\'s hashed parameter is matched to the caller\'s argument by position, past `self`', () => {
  const text = `use md5::{Digest, Md5};

pub struct Store;
impl Store {
    pub fn digest(&self, label: &str, value: &str) -> Vec<u8> {
        let mut h = Md5::new();
        h.update(value);
        h.update(label);
        h.finalize().to_vec()
    }
    pub fn tag(&self, label: &str, value: &str) -> Vec<u8> {
        let mut h = Md5::new();
        h.update(value);
        h.finalize().to_vec()
    }
}

pub fn register(store: &Store, password: &str, user: &str) {
    store.digest("etag", &password);
    store.tag(&password, user);
}
`;
  assert.deepEqual(reported(text, ['weak-hash', 'weak-password-hash']), ['weak-password-hash digest:7 high', 'weak-hash tag:12 low']);
});
