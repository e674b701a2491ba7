import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appCrate, crateScanner } from './crate-scan.ts';
import type { Finding } from '../src/finding.ts';
import { inProcess } from './in-process.ts';

// Fourteenth mutation pass (mut5): the lines of the six defect fixes of 2026-12-04 (turbofish
// constructor types, a trait's generic parameter, own types by crate:: paths, a DH secret joined by
// concat, tuples and Self::find printed in secret-logged, slice/array types in
// unchecked-slice-length), of broken-cipher's block-forms fix, of the four fixes after the thirteenth
// pass, and of common.ts's callsWritingInto. Real Rust, the analyzer in-process; `npm run mutate` runs
// this file against every mutant it reaches (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const { scan } = await inProcess();

const crateScan = await crateScanner();
/** Several files of one crate scanned together: `rule file:line severity message` of the given rule. */
function scanCrate(files: Record<string, string>, rule: string): string[] {
  return crateScan(files, { crate: appCrate(), texts: true })
    .filter((f) => f.ruleId === rule)
    .map((f) => `${f.ruleId} ${f.file}:${f.region.startLine} ${f.severity} ${f.message.replace(/:.*/s, '')}`);
}

/** The findings of one rule as `rule line:col severity message`. */
function described(text: string, rule: string, path = 'src/lib.rs'): string[] {
  return scan(path, text)
    .filter((f: Finding) => f.ruleId === rule)
    .map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn} ${f.severity} ${f.message}`);
}

// --- secret-logged: a buffer a decryption wrote into (common.ts callsWritingInto) ---

test('secret-logged: the ciphertext lent to decrypt (&ciphertext[..], not &mut) is not the plaintext; what decrypt returned is', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use log::debug;

pub fn open(cipher: &Aes256Gcm, nonce: &Nonce, ciphertext: Vec<u8>) -> Vec<u8> {
    let plain = cipher.decrypt(nonce, &ciphertext[..]).expect("decrypt");
    debug!("opened {:?}", ciphertext);
    debug!("opened into {:?}", plain);
    plain
}
`;
  const found = described(text, 'secret-logged');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^secret-logged 8:5 medium `plain` is the plaintext a decryption returned, written to the log by `debug!`/);
});

// --- secret-logged: the types a {:?} prints (misc.ts innerTypes, typeArguments, returnedType, Self::find) ---

const USER = `#[derive(Debug)]
pub struct User {
    pub name: String,
    pub password: String,
}
`;

test('secret-logged: a map keyed by an array or a tuple prints its values (HashMap<[u8; 32], User>, HashMap<(String, u16), User>)', () => {
  const text = `use std::collections::HashMap;
use log::debug;

${USER}
pub fn by_digest(users: &HashMap<[u8; 32], User>) {
    debug!("users: {:?}", users);
}

pub fn by_host(sessions: &HashMap<(String, u16), User>) {
    debug!("sessions: {:?}", sessions);
}
`;
  const found = described(text, 'secret-logged');
  assert.equal(found.length, 2, found.join('\n'));
  assert.match(found[0], /^secret-logged 11:5 medium `users\.password` is written out by `debug!`/);
  assert.match(found[1], /^secret-logged 15:5 medium `sessions\.password` is written out by `debug!`/);
});

test('secret-logged: a tuple (String, User) with User of another file waits for User, not for the String beside it', () => {
  const main = `mod model;
use model::User;

pub fn show(users: &[(String, User)]) {
    println!("{:?}", users);
}
`;
  assert.deepEqual(scanCrate({ 'src/model.rs': USER, 'src/main.rs': main }, 'secret-logged'), ['secret-logged src/main.rs:5 medium `users.password` is written out by `println!`']);
});

test("secret-logged: Self::find is this impl's find (Option<User>), not another impl's find of the same name", () => {
  const text = `use log::debug;

#[derive(Debug)]
pub struct Token {
    pub id: u64,
}

${USER}
impl Token {
    pub fn find(id: u64) -> Option<Token> {
        Some(Token { id })
    }
}

impl User {
    pub fn find(id: u64) -> Option<User> {
        None
    }

    pub fn show(id: u64) {
        if let Some(user) = Self::find(id) {
            debug!("found {:?}", user);
        }
    }
}
`;
  const found = described(text, 'secret-logged');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^secret-logged 27:13 medium `user\.password` is written out by `debug!`/);
});

test('secret-logged: Some(x) of a function returning Option<&\'static str> is no struct (and the scan does not fail on it), in a file with a struct that holds a password', () => {
  const text = `use log::debug;

${USER}
fn label(code: u8) -> Option<&'static str> {
    if code == 0 { Some("none") } else { None }
}

pub fn show(code: u8) {
    if let Some(text) = label(code) {
        debug!("label {:?}", text);
    }
}
`;
  assert.deepEqual(described(text, 'secret-logged'), []);
});

test('secret-logged: Some(x) of a bare call is typed by the free function, not by a same-named method without a return type that comes first', () => {
  const text = `use log::debug;

${USER}
pub struct Index {
    names: Vec<String>,
}

impl Index {
    pub fn find(&self, name: &str) {
        println!("{}", self.names.iter().any(|n| n == name));
    }
}

fn find(id: u64) -> Option<User> {
    None
}

pub fn show(id: u64) {
    if let Some(user) = find(id) {
        debug!("user {:?}", user);
    }
}
`;
  // (docs/mutation.md, fourteenth pass, defect 7: the method was read, and the value had no type.)
  const found = described(text, 'secret-logged');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^secret-logged 25:9 medium `user\.password` is written out by `debug!`/);
});

// --- unchecked-slice-length: one input, the cut nearest the buffer (misc.ts 741) ---

test('unchecked-slice-length: a header cut of the input is the finding, not a later direct cut of a copy of it', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};

/// A frame: a version byte, a flags byte, two reserved bytes, the nonce, then the ciphertext; the header is authenticated.
pub fn open(cipher: &Aes256Gcm, frame: &[u8]) -> Option<Vec<u8>> {
    let header = &frame[..4];
    if header[0] != 1 {
        return None;
    }
    let sealed = frame.to_vec();
    let nonce = Nonce::from_slice(&sealed[4..16]);
    cipher.decrypt(nonce, Payload { msg: &sealed[16..], aad: frame.get(..4)? }).ok()
}
`;
  const found = described(text, 'unchecked-slice-length');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^unchecked-slice-length 6:19 medium `frame\[\.\.4\]` cuts the nonce or tag off `frame` without checking its length first/);
});

// --- constant-nonce: the advice for crypto_box's ChaChaBox (nonce.ts 77) ---

test("constant-nonce: a constant nonce of crypto_box's ChaChaBox (X25519-XChaCha20-Poly1305) gets the AEAD's generate_nonce, not IV bytes", () => {
  const text = `use crypto_box::aead::{Aead, OsRng};
use crypto_box::{ChaChaBox, PublicKey, SecretKey};

pub fn seal_to(their: &PublicKey, mine: &SecretKey, msg: &[u8]) -> Vec<u8> {
    let chacha_box = ChaChaBox::new(their, mine);
    let nonce = [0u8; 24];
    chacha_box.encrypt(&nonce.into(), msg).unwrap()
}
`;
  const found = described(text, 'constant-nonce');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^constant-nonce 7:5 critical Constant nonce `&nonce\.into\(\)` \(= `\[0u8; 24\]`\) passed to `encrypt`: every message under this key reuses it, and with X25519-XChaCha20-Poly1305 a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags\. Generate a fresh random nonce for each message with the cipher's `generate_nonce\(&mut OsRng\)` or use a counter that never repeats\.$/);
});

// --- broken-cipher: ECB by hand only on a block cipher (ciphers.ts 154) ---

test("broken-cipher: the crate's own `Cipher` type (named like openssl's Cipher, no block cipher) driven over chunks is no ECB of a block cipher", () => {
  const text = `pub struct Cipher {
    round_keys: [u32; 44],
}

impl Cipher {
    pub fn new(key: &[u8; 16]) -> Cipher {
        Cipher { round_keys: expand(key) }
    }

    pub fn encrypt_block(&self, block: &mut [u8]) {
        for (b, k) in block.iter_mut().zip(self.round_keys.iter()) {
            *b = b.rotate_left(3) ^ (*k as u8);
        }
    }
}

fn expand(key: &[u8; 16]) -> [u32; 44] {
    let mut out = [0u32; 44];
    for (i, o) in out.iter_mut().enumerate() {
        *o = key[i % 16] as u32;
    }
    out
}

pub fn seal(key: &[u8; 16], data: &mut [u8]) {
    let cipher = Cipher::new(key);
    for chunk in data.chunks_mut(16) {
        cipher.encrypt_block(chunk);
    }
}
`;
  assert.deepEqual(described(text, 'broken-cipher'), []);
});
