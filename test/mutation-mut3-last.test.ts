import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import type { Finding } from '../src/finding.ts';
import { inProcess, of } from './in-process.ts';
import { crateScanner } from './crate-scan.ts';

// The twelfth mutation pass's last untriaged positions, on real Rust source: broken-cipher
// (src/analyzer/checks/ciphers.ts: constructor names, openssl's and rust-crypto's mode paths, the
// helper called in a loop's iterator, a block mode's own encrypt_blocks), and the leftovers of
// keys.ts, hashes.ts and engine.ts. The analyzer runs in-process; `npm run mutate` runs this file
// against every mutant it reaches (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const { scan } = await inProcess();
const crateWith = (...dependencies: string[]): CrateContext => ({ manifest: 'Cargo.toml', name: 'app', dependencies });

/** The findings of one rule as `line:col severity first-words | related lines`. */
function brief(text: string, ruleId: string, crate?: CrateContext): string[] {
  return of(scan('src/lib.rs', text, crate), ruleId).map((f: Finding) => `${f.region.startLine}:${f.region.startColumn} ${f.severity} ${f.message.slice(0, 60)} | ${f.related.map((r) => r.region.startLine).join(',')}`);
}

test('broken-cipher: a broken cipher built by new_var, new_with_eff_key_len or new_from_slices is reported where it is built', () => {
  const text = `use rc2::Rc2;
use block_modes::{BlockMode, Cbc, block_padding::Pkcs7};
use des::Des;
pub fn a(key: &[u8], iv: &[u8]) { let c = Cbc::<Des, Pkcs7>::new_var(key, iv).unwrap(); }
pub fn b(key: &[u8]) { let c = Rc2::new_with_eff_key_len(key, 64); }
pub fn c(key: &[u8], iv: &[u8]) { let c = cbc::Encryptor::<des::Des>::new_from_slices(key, iv).unwrap(); }
`;
  assert.deepEqual(brief(text, 'broken-cipher'), [
    '4:43 high `Cbc::<Des, Pkcs7>::new_var(key, iv)` constructs DES, which  | 3',
    '5:32 high `Rc2::new_with_eff_key_len(key, 64)` constructs RC2, which i | 1',
    '6:43 high `cbc::Encryptor::<des::Des>::new_from_slices(key, …` constru | 3',
  ]);
});

test('broken-cipher: openssl modes written with the whole path (`openssl::symm::Cipher::aes_256_cbc()`), CFB8 and OFB', () => {
  const text = `pub fn enc(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    openssl::symm::encrypt(openssl::symm::Cipher::aes_256_cbc(), key, Some(iv), data).unwrap()
}
pub fn enc2(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    openssl::symm::encrypt(openssl::symm::Cipher::aes_128_cfb8(), key, Some(iv), data).unwrap()
}
pub fn enc3(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    openssl::symm::encrypt(openssl::symm::Cipher::aes_192_ofb(), key, Some(iv), data).unwrap()
}
`;
  assert.deepEqual(brief(text, 'broken-cipher'), [
    '2:28 medium `openssl::symm::Cipher::aes_256_cbc()` is unauthenticated an | ',
    '5:28 low `openssl::symm::Cipher::aes_128_cfb8()` is unauthenticated a | ',
    '8:28 low `openssl::symm::Cipher::aes_192_ofb()` is unauthenticated an | ',
  ]);
});

test('broken-cipher: rust-crypto CBC written with the whole path (`crypto::aes::cbc_encryptor`) is medium; the crate once, at `extern crate`', () => {
  const text = `extern crate crypto;
use crypto::symmetriccipher::Encryptor;
pub fn enc(key: &[u8], iv: &[u8]) -> Box<dyn Encryptor> {
    crypto::aes::cbc_encryptor(crypto::aes::KeySize::KeySize256, key, iv, crypto::blockmodes::PkcsPadding)
}
`;
  assert.deepEqual(brief(text, 'broken-cipher', crateWith('rust-crypto')), [
    '1:1 high `extern crate crypto;`: the `rust-crypto` crate is unmaintai | ',
    '4:5 medium `crypto::aes::cbc_encryptor(crypto::aes::KeySize::…` encrypt | ',
  ]);
});

test('broken-cipher: an ECB helper is related where a loop calls it per block, not where its result is what the loop walks', () => {
  const text = `use aes::Aes128;
use aes::cipher::{BlockEncrypt, KeyInit, generic_array::GenericArray};
fn seal_block(cipher: &Aes128, block: &mut [u8]) -> Vec<u8> {
    let b = GenericArray::from_mut_slice(block);
    cipher.encrypt_block(b);
    b.to_vec()
}
pub fn all(cipher: &Aes128, data: &mut [u8]) {
    for chunk in data.chunks_mut(16) {
        seal_block(cipher, chunk);
    }
}
pub fn once(cipher: &Aes128, data: &mut [u8]) {
    for byte in seal_block(cipher, data) {
        println!("{}", byte);
    }
}
pub fn polled(cipher: &Aes128, data: &mut [u8]) {
    while let Some(x) = Some(seal_block(cipher, data)) { break; }
}
`;
  assert.deepEqual(brief(text, 'broken-cipher'), ['5:5 high `cipher.encrypt_block(b)` applies the raw block cipher to th | 10,19']);
});

test('broken-cipher: block-modes\' own encrypt_blocks on a CFB mode, block by block over the data, is CFB, not ECB by hand', () => {
  const text = `use aes::Aes128;
use block_modes::{BlockMode, Cfb, block_padding::NoPadding};
pub fn enc(mode: &mut Cfb<Aes128, NoPadding>, data: &mut [u8]) {
    for chunk in data.chunks_mut(64) {
        mode.encrypt_blocks(to_blocks(chunk));
    }
}
`;
  assert.deepEqual(brief(text, 'broken-cipher'), []);
});

test('hardcoded-key: a random buffer with a literal prefix copied into it, given to a key setter, is no literal key', () => {
  const text = `pub fn connect(client: &mut sdk::Client) {
    let mut token = rand::random::<[u8; 32]>();
    token[..8].copy_from_slice(b"tenant01");
    client.set_api_key(&token);
}
pub fn fixed(client: &mut sdk::Client) {
    client.set_api_key(b"tenant01-0123456789abcdef");
}
`;
  assert.deepEqual(brief(text, 'hardcoded-key').map((s) => s.slice(0, 40)), ['7:12 medium `set_api_key(b"tenant01-0123']);
});

test('hardcoded-key: a literal fallback in a static outside any function, not read from the configuration, is nothing; a secret function\'s is reported', () => {
  const text = `use once_cell::sync::Lazy;
static GREETING: Lazy<String> = Lazy::new(|| load_greeting().unwrap_or_else(|| "hello there".to_string()));
pub fn jwt_secret() -> String {
    std::env::var("JWT_SECRET").unwrap_or_else(|_| "dev-secret-0123".into())
}
`;
  assert.deepEqual(brief(text, 'hardcoded-key').map((s) => s.slice(0, 9)), ['4:5 high ']);
});

test('weak-kdf: a key buffer filled with the bytes of a local String (by its type), in a function or in a static\'s closure', () => {
  const inFn = `pub fn derive(user: &str) -> [u8; 32] {
    let phrase: String = user.to_uppercase();
    let bytes = phrase.as_bytes();
    let mut key = [0u8; 32];
    key[..bytes.len()].copy_from_slice(bytes);
    key
}
`;
  const inStatic = `use once_cell::sync::Lazy;
static MASTER_KEY: Lazy<[u8; 32]> = Lazy::new(|| {
    let phrase: String = std::env::var("PHRASE").unwrap();
    let bytes = phrase.as_bytes();
    let mut key = [0u8; 32];
    key[..bytes.len()].copy_from_slice(bytes);
    key
});
`;
  assert.deepEqual(brief(inFn, 'weak-kdf').map((s) => s.slice(0, 60)), ['5:5 high Key buffer `key` is filled with the bytes of the st']);
  assert.deepEqual(brief(inStatic, 'weak-kdf').map((s) => s.slice(0, 60)), ['6:5 high Key buffer `key` is filled with the bytes of the st']);
});

test('weak-rng: a clock token maker that also draws with `rng.fill(..)` is random; one that fills its buffer from the clock with fill_with is not', () => {
  const text = `use std::time::{SystemTime, UNIX_EPOCH};
use rand::Rng;
pub fn new_session_token(rng: &mut impl Rng) -> String {
    let mut b = [0u8; 16];
    rng.fill(&mut b);
    let t = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    format!("{}-{:?}", t, b)
}
pub fn make_reset_token() -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    let mut buf = [0u8; 16];
    buf.fill_with(|| (now.subsec_nanos() % 251) as u8);
    buf.iter().map(|b| format!("{:02x}", b)).collect()
}
`;
  assert.deepEqual(brief(text, 'weak-rng').map((s) => s.slice(0, 30)), ['10:15 high `make_reset_token` ']);
});

test('weak-hash: MD5 of a version const in a lazy static (outside any function) is a low weak hash, not a password hash', () => {
  const text = `use md5::{Digest, Md5};
use once_cell::sync::Lazy;
const VERSION: &str = "1.2.3";
static ETAG: Lazy<Vec<u8>> = Lazy::new(|| Md5::digest(VERSION.as_bytes()).to_vec());
`;
  const found = scan('src/lib.rs', text).filter((f) => f.ruleId.startsWith('weak-')).map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn} ${f.severity}`);
  assert.deepEqual(found, ['weak-hash 4:43 low']);
});

test('weak-password-hash: a method\'s parameter hashed in a macro, which a caller fills with a password, counted past `self`', () => {
  const text = `pub struct Vault;
impl Vault {
    pub fn seal(&self, salt: &str, input: &str) -> String {
        format!("{:x}", md5::compute(input))
    }
}
pub fn login(v: &Vault, password: &str) -> String {
    v.seal("pepper", password)
}
`;
  const inFnCall = `use sha2::{Digest, Sha256};
pub struct Vault;
impl Vault {
    pub fn seal(&self, salt: &str, input: &str) -> Vec<u8> {
        Sha256::digest(format!("{}{}", salt, input).as_bytes()).to_vec()
    }
}
pub fn login(v: &Vault, password: &str) -> Vec<u8> {
    v.seal("pepper", password)
}
`;
  const found = (t: string) => scan('src/lib.rs', t).filter((f) => f.ruleId.startsWith('weak-')).map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}`);
  assert.deepEqual(found(text), ['weak-password-hash 4:25']);
  assert.deepEqual(found(inFnCall), ['weak-password-hash 5:9']);
});

test('broken-cipher: a mode imported under another name (`use cbc::Encryptor as CbcEnc`) with its cipher imported too is CBC', () => {
  const text = `use cbc::Encryptor as CbcEnc;
use aes::Aes128;
use aes::cipher::KeyIvInit;
pub fn enc(key: &[u8; 16], iv: &[u8; 16]) {
    let e = CbcEnc::<Aes128>::new(key.into(), iv.into());
}
`;
  assert.deepEqual(brief(text, 'broken-cipher').map((s) => s.slice(0, 12)), ['5:13 medium ']);
});

test('broken-cipher: an own cipher\'s argument-less encrypt_block() on an untyped binding, and CBC by hand with `a ^ b`, are not ECB', () => {
  const own = `pub struct Speck { k: [u64; 32], x: u64, y: u64 }
impl Speck { pub fn encrypt_block(&mut self) { self.x ^= self.k[0]; } }
pub fn run(states: &mut Vec<Speck>, data: &[u8]) {
    for c in data.chunks(16) {
        for s in states.iter_mut() { s.encrypt_block(); }
    }
}
`;
  const xor = `use aes::Aes128;
use aes::cipher::{BlockEncrypt, generic_array::GenericArray};
pub fn cbc_by_hand(cipher: &Aes128, data: &mut [u8], prev: [u8; 16]) {
    let mut last = prev;
    for chunk in data.chunks_mut(16) {
        for i in 0..16 { chunk[i] = chunk[i] ^ last[i]; }
        cipher.encrypt_block(GenericArray::from_mut_slice(chunk));
        last.copy_from_slice(chunk);
    }
}
`;
  assert.deepEqual(brief(own, 'broken-cipher'), []);
  assert.deepEqual(brief(xor, 'broken-cipher'), []);
  // The same loop without the XOR is ECB.
  assert.deepEqual(brief(xor.replace('chunk[i] = chunk[i] ^ last[i];', 'chunk[i] = chunk[i];'), 'broken-cipher').map((s) => s.slice(0, 9)), ['7:9 high ']);
});

test('engine: two hardcoded-key findings on one line (one pointing at its own line) are both kept, numbered in source order', () => {
  const text = `pub fn login(client: &mut sdk::Client, api_token: &str) -> bool {
    client.set_api_key("sk-live-0123456789abcdef").is_ok() && api_token == "letmein-123"
}
`;
  const found = of(scan('src/lib.rs', text), 'hardcoded-key').map((f) => `${f.region.startLine}:${f.region.startColumn} ${f.related.map((r) => r.region.startLine).join()} ${f.fingerprint.split(':')[1]}`);
  // The key setter's finding points at its literal on its own line; the comparison (no related
  // location) stays. Both share the line text, so the fingerprints count them in source order.
  assert.deepEqual(found, ['2:12 2 1', '2:63  2']);
});

test('broken-cipher: a loop over rounds that re-encrypts one state and only later cuts its output into chunks is not ECB', () => {
  // The `.chunks(` comes more than 200 characters after the loop's start: it is not what the loop walks.
  const text = `use aes::Aes128;
use aes::cipher::{BlockEncrypt, generic_array::GenericArray};
pub fn expand(cipher: &Aes128, state: &[u8; 16], out: &mut Vec<u8>, rounds: usize) {
    let mut buf = *state;
    for round in 0..rounds {
        cipher.encrypt_block(GenericArray::from_mut_slice(&mut buf));
        let tag = round.to_le_bytes();
        out.push(tag[0]);
        let take = if out.len() + 16 > out.capacity() { out.capacity() - out.len() } else { 16 };
        for piece in buf[..take].chunks(4) {
            out.extend_from_slice(piece);
        }
    }
}
`;
  assert.deepEqual(brief(text, 'broken-cipher'), []);
  // Walking the data's chunks in the loop's header is ECB.
  assert.deepEqual(brief(text.replace('for round in 0..rounds {', 'for round in buf.clone().chunks(16) {'), 'broken-cipher').map((s) => s.slice(0, 9)), ['6:9 high ']);
});

test('settleFlows: a type of the same name in a file outside the `mod` tree (unplaced) beside one in the tree (placed): both constructors\' literal keys are found', async () => {
  const vault = `use aes_gcm::{Aes256Gcm, KeyInit};
pub struct Vault { key: [u8; 32] }
impl Vault {
    pub fn new(key: [u8; 32]) -> Self { Vault { key } }
    pub fn cipher(&self) -> Aes256Gcm { Aes256Gcm::new(&self.key.into()) }
}
`;
  const files: Record<string, string> = {
    'src/lib.rs': 'pub mod b;\npub mod app;\n',
    'src/b.rs': vault,
    'src/app.rs': 'pub fn run() {\n    let _b = crate::b::Vault::new([2u8; 32]);\n}\n',
    // Not in the `mod` tree: its `Vault` cannot be placed, the tree's can.
    'src/old.rs': `${vault}pub fn legacy() {\n    let _v = Vault::new([1u8; 32]);\n}\n`,
  };
  const found = (await crateScanner())(files, { texts: true }).filter((f) => f.ruleId === 'hardcoded-key');
  assert.deepEqual(found.map((f) => `${f.file}:${f.region.startLine}:${f.region.startColumn}`), ['src/app.rs:2:14', 'src/old.rs:8:14']);
  assert.deepEqual(found[0].flow?.map((s) => `${s.file}:${s.region.startLine}`), ['src/app.rs:2', 'src/b.rs:4', 'src/b.rs:5']);
});
