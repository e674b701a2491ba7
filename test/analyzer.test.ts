import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../src/finding.ts';
import { at, crateScanner } from './crate-scan.ts';

// What the rule fixtures cannot see: the path a dataflow finding carries (SARIF `codeFlows`) and
// its related locations. The analyzer runs in-process on real Rust source, as a crate's files are
// analyzed together. `npm run mutate` runs this file against every mutant it reaches.

const scan = await crateScanner();
const only = (findings: Finding[], ruleId: string): Finding => {
  const of = findings.filter((f) => f.ruleId === ruleId);
  assert.equal(of.length, 1, `one ${ruleId} finding, got: ${findings.map((f) => `${f.ruleId}@${f.file}:${f.region.startLine}`).join(', ')}`);
  return of[0];
};

test('a key handed through two functions: the path runs from the call site through each parameter to the cipher', () => {
  const f = only(
    scan({
      'src/seal.rs': 'use aes_gcm::{aead::KeyInit, Aes256Gcm};\npub fn cipher_for(key: &[u8]) -> Aes256Gcm {\n    Aes256Gcm::new_from_slice(key).unwrap()\n}\npub fn via(k: &[u8]) -> Aes256Gcm {\n    cipher_for(k)\n}\n',
      'src/app.rs': 'use crate::seal::via;\npub fn start() {\n    let _c = via(b"0123456789abcdef0123456789abcdef");\n}\n',
    }),
    'hardcoded-key',
  );
  assert.equal(`${f.file}:${f.region.startLine}:${f.region.startColumn}`, 'src/app.rs:3:14');
  assert.match(f.message, /^Hard-coded key: `b"0123456789abcdef0123456789abcdef"` is passed to `via`, whose parameter is handed on until it reaches `Aes256Gcm::new_from_slice` \(src\/seal\.rs:3\)/);
  assert.deepEqual(f.flow?.map(at), [
    'src/app.rs:3:14 passed to `via`',
    'src/seal.rs:5:12 parameter of `via`',
    'src/seal.rs:6:5 passed to `cipher_for`',
    'src/seal.rs:2:19 parameter `key` of `cipher_for`',
    'src/seal.rs:3:5 reaches `Aes256Gcm::new_from_slice` here',
  ]);
  assert.deepEqual(f.related.map(at), ['src/seal.rs:3:5 the value reaches `Aes256Gcm::new_from_slice` here', 'src/seal.rs:5:12 through this parameter']);
});

test('a key stored by a setter (`self.key = key`) and used by another method: the path goes through the field', () => {
  const f = only(
    scan({
      'src/locker.rs':
        'use aes_gcm::{aead::KeyInit, Aes256Gcm};\npub struct Locker { key: Vec<u8> }\nimpl Locker {\n    pub fn set_key(&mut self, key: &[u8]) {\n        self.key = key.to_vec();\n    }\n    pub fn cipher(&self) -> Aes256Gcm {\n        Aes256Gcm::new_from_slice(&self.key).unwrap()\n    }\n}\npub fn setup(l: &mut Locker) {\n    l.set_key(b"0123456789abcdef0123456789abcdef");\n}\n',
    }),
    'hardcoded-key',
  );
  assert.equal(f.region.startLine, 12);
  assert.deepEqual(f.flow?.map(at), [
    'src/locker.rs:12:5 passed to `set_key`',
    'src/locker.rs:5:20 stored into `Locker.key`',
    'src/locker.rs:8:9 `self.key` reaches `Aes256Gcm::new_from_slice` here',
  ]);
  assert.deepEqual(f.related.map(at), ['src/locker.rs:8:9 the value reaches `Aes256Gcm::new_from_slice` here', 'src/locker.rs:5:20 through this parameter']);
});

test('an iteration count given to a parameter that becomes `pbkdf2::Params.rounds`: the path ends at the field', () => {
  const f = only(
    scan({
      'src/params.rs':
        'pub fn weak(password: &[u8], rounds: u32) -> pbkdf2::Params { let _ = password; pbkdf2::Params { rounds: rounds, output_length: 32 } }\npub fn make(pw: &[u8]) -> pbkdf2::Params { weak(pw, 1000) }\n',
    }),
    'weak-kdf-cost',
  );
  assert.equal(f.severity, 'medium');
  assert.match(f.message, /^PBKDF2 with 1,000 iterations: `1000` is passed to `weak`, whose parameter reaches `Params\.rounds` \(src\/params\.rs:1\)/);
  assert.deepEqual(f.flow?.map(at), ['src/params.rs:2:44 passed to `weak`', 'src/params.rs:1:30 parameter `rounds` of `weak`', 'src/params.rs:1:106 becomes `Params.rounds` here']);
  assert.deepEqual(f.related.map(at), ['src/params.rs:1:81 the value reaches `Params.rounds` here', 'src/params.rs:1:30 through this parameter']);
});

test('a const key: the finding points at the const, and the path runs from its definition to the use', () => {
  const f = only(
    scan({ 'src/consts.rs': 'use aes_gcm::{aead::KeyInit, Aes256Gcm};\nconst MASTER: [u8; 32] = [7; 32];\npub fn c() -> Aes256Gcm {\n    Aes256Gcm::new_from_slice(&MASTER).unwrap()\n}\n' }),
    'hardcoded-key',
  );
  assert.equal(f.region.startLine, 4);
  assert.deepEqual(f.related.map(at), ['src/consts.rs:2:1 the key bytes are defined here']);
  assert.deepEqual(f.flow?.map(at), ['src/consts.rs:2:1 the key bytes are defined here', 'src/consts.rs:4:5 used here']);
});

test('an RSA key size from a `let` or a const: the finding points to where the size is set; a literal at the call points nowhere else', () => {
  const text = 'use rsa::RsaPrivateKey;\nconst SMALL: usize = 1024;\npub fn a(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {\n    let bits = 1024;\n    RsaPrivateKey::new(rng, bits).unwrap()\n}\npub fn b(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {\n    RsaPrivateKey::new(rng, 1024).unwrap()\n}\npub fn c(rng: &mut rand::rngs::OsRng) -> RsaPrivateKey {\n    RsaPrivateKey::new(rng, SMALL).unwrap()\n}\n';
  const got = scan({ 'src/keys.rs': text }).map((f) => [f.ruleId, f.region.startLine, f.related.map(at)]);
  assert.deepEqual(got, [
    ['weak-rsa', 5, ['src/keys.rs:4:16 the key size is set here']],
    ['weak-rsa', 8, []],
    ['weak-rsa', 11, ['src/keys.rs:2:1 the key size is set here']],
  ]);
});

test('broken-cipher points to the import of what it reports, and to at most three calls of a block-by-block helper made inside loops', () => {
  const blocks = `use aes::cipher::{generic_array::GenericArray, BlockEncrypt, KeyInit};
use aes::Aes256;

pub fn seal(key: [u8; 32], buffer: &[u8], s: &Other) -> Vec<u8> {
    let mut out = Vec::new();
    for x in encrypt_one(key, &buffer[0..16]) {
        out.push(x);
    }
    out.extend(encrypt_one(key, &buffer[0..16]));
    for b in buffer.chunks(16) {
        out.extend(s.encrypt_one(key, b));
    }
    for b in buffer.chunks(16) {
        out.extend(encrypt_one(key, b));
    }
    let mut i = 0;
    while i < buffer.len() {
        out.extend(encrypt_one(key, &buffer[i..i + 16]));
        i += 16;
    }
    out
}

pub fn seal_more(key: [u8; 32], buffer: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for b in buffer.chunks(16) {
        out.extend(encrypt_two(key, b));
    }
    for b in buffer.chunks_exact(16) {
        out.extend(encrypt_two(key, b));
    }
    loop {
        out.extend(encrypt_two(key, &buffer[0..16]));
        break;
    }
    for b in buffer.rchunks(16) {
        out.extend(encrypt_two(key, b));
    }
    out
}

fn encrypt_one(key: [u8; 32], input: &[u8]) -> Vec<u8> {
    let cipher = Aes256::new(&GenericArray::clone_from_slice(&key));
    let mut block = GenericArray::clone_from_slice(&input[0..16]);
    cipher.encrypt_block(&mut block);
    block.to_vec()
}

fn encrypt_two(key: [u8; 32], input: &[u8]) -> Vec<u8> {
    let cipher = Aes256::new(&GenericArray::clone_from_slice(&key));
    let mut block = GenericArray::clone_from_slice(&input[0..16]);
    cipher.encrypt_block(&mut block);
    block.to_vec()
}
`;
  const old = `use des::cipher::KeyInit;
use des::Des;
use aes::Aes128;
use ecb::cipher::BlockEncryptMut;
use cbc::Encryptor;

pub fn des(key: &[u8]) -> Des {
    Des::new_from_slice(key).unwrap()
}
pub fn ecb(key: &[u8]) -> ecb::Encryptor<Aes128> {
    ecb::Encryptor::<Aes128>::new(key.into())
}
pub fn cbc(key: &[u8], iv: &[u8]) -> Encryptor<Aes128> {
    Encryptor::<Aes128>::new(key.into(), iv.into())
}
`;
  const got = scan({ 'src/blocks.rs': blocks, 'src/old.rs': old }).map((f) => `${f.ruleId}(${f.severity}) ${f.file}:${f.region.startLine} ${JSON.stringify(f.related.map(at))}`);
  const called = (name: string, lines: number[]) => JSON.stringify(lines.map((l) => `src/blocks.rs:${l}:20 \`${name}\` is called block by block over the buffer here`));
  assert.deepEqual(got, [
    // Not the call a loop iterates over (line 6), nor one outside a loop (8), nor a method of the same name (10).
    `broken-cipher(high) src/blocks.rs:45 ${called('encrypt_one', [14, 18])}`,
    `broken-cipher(high) src/blocks.rs:52 ${called('encrypt_two', [27, 30, 33])}`,
    'broken-cipher(high) src/old.rs:8 ["src/old.rs:2:1 imported here"]',
    'broken-cipher(high) src/old.rs:11 ["src/old.rs:4:1 imported here"]',
    'broken-cipher(medium) src/old.rs:14 ["src/old.rs:5:1 imported here"]',
  ]);
  // `Encryptor` is CBC because its import says `cbc::Encryptor`.
  const cbc = scan({ 'src/old.rs': old }).find((f) => f.region.startLine === 14);
  assert.match(cbc?.message ?? '', /^`Encryptor::<Aes128>::new\(key\.into\(\), iv\.into\(\)\)` encrypts with CBC mode and nothing in this function authenticates the ciphertext: an attacker can change it undetected \(and CBC with padding errors is a decryption oracle\)\./);
});

test('fast hashes: a secret fed to a hasher points to where it goes in, a password to where the hasher is made; a hash in a macro is located in its tokens', () => {
  const text = `use sha1::{Digest, Sha1};
use sha2::Sha256;

pub fn fingerprint(secret_key: &[u8]) -> Vec<u8> {
    let mut h = Sha1::new();
    h.update(b"v1");
    h.update(secret_key);
    h.finalize().to_vec()
}

pub fn store(password: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(password.as_bytes());
    h.finalize().to_vec()
}

pub fn token_id(api_token: &str) -> String {
    format!("{:x}", md5::compute(api_token))
}

pub fn chained(session_secret: &[u8]) -> Vec<u8> {
    Sha1::new().chain_update(session_secret).finalize().to_vec()
}
`;
  const got = scan({ 'src/digests.rs': text }).map((f) => `${f.ruleId}(${f.severity}) ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${JSON.stringify(f.related.map(at))} ${f.message.slice(0, 40)}`);
  assert.deepEqual(got, [
    'weak-hash(high) 5:17-5:28 ["src/digests.rs:7:5 the secret goes into the hash here"] SHA-1 of `secret_key`: SHA-1 has practic',
    'weak-password-hash(high) 13:5-13:34 ["src/digests.rs:12:17 the SHA-256 hasher is made here"] Password hashed with one pass of SHA-256',
    'weak-hash(high) 18:21-18:44 [] MD5 of `api_token`: MD5 has practical co',
    // A chain on the constructor: the update is the same call expression, from the same column.
    'weak-hash(high) 22:5-22:16 ["src/digests.rs:22:5 the secret goes into the hash here"] SHA-1 of `session_secret`: SHA-1 has pra',
  ]);
});

test('macro bodies: a finding in a lazy_static! entry shows the line and quotes the code as written, `ref` and all', () => {
  const found = scan({
    'src/lib.rs': `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
lazy_static::lazy_static! {
    static ref CIPHER: Aes256Gcm = Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap();
    pub static ref NONCE: [u8; 12] = [7u8; 12];
}
pub fn seal(m: &[u8]) -> Vec<u8> {
    CIPHER.encrypt(Nonce::from_slice(&*NONCE), m).unwrap_or_default()
}
`,
  });
  const key = found.find((f) => f.ruleId === 'hardcoded-key');
  const nonce = found.find((f) => f.ruleId === 'constant-nonce');
  assert.equal(key?.region.startLine, 4);
  assert.equal(key?.lineText, '    static ref CIPHER: Aes256Gcm = Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap();');
  assert.match(nonce?.message ?? "", /\(= `pub static ref NONCE: \[u8; 12\] = \[7u8; …`\)/);
});
