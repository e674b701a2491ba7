import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import type { Finding } from '../src/finding.ts';
import { inProcess, of } from './in-process.ts';

// What the checks of src/analyzer/checks/ (misc, keys, nonce, hashes) report on real Rust source,
// where a fixture would need one folder per case: the severity by the crate's dependencies, the
// exact place of a finding, and the words of the name lists, one by one. The analyzer runs
// in-process; `npm run mutate` runs this file against every mutant it reaches
// (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const { scan } = await inProcess();

// --- unchecked-result ---

const UNWRAP = `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub fn open(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) -> Vec<u8> {
    cipher.decrypt(nonce, ct).unwrap()
}
`;

// The crates the check counts as network-facing (its NETWORK_CRATES), each on its own.
const NETWORK = ['tokio', 'async-std', 'smol', 'actix', 'actix-web', 'axum', 'hyper', 'warp', 'rocket', 'tonic', 'tide', 'poem', 'salvo', 'gotham', 'iron', 'rouille', 'tiny_http', 'tiny-http', 's2n-quic', 'quinn', 'quiche', 'reqwest', 'ureq', 'surf', 'isahc', 'pcap', 'tungstenite', 'tokio-tungstenite', 'async-tungstenite', 'ws', 'websocket', 'libp2p', 'mio', 'rumqttc', 'lapin', 'tarpc', 'zmq', 'socket2', 'rustls', 'tokio-rustls', 'native-tls', 'ssh2', 'russh', 'thrussh', 'smoltcp'];
const crateWith = (...dependencies: string[]): CrateContext => ({ manifest: 'Cargo.toml', name: 'app', dependencies });

test('unchecked-result: a panic on a forged ciphertext is medium with any network-facing dependency, low in a crate without one', () => {
  const medium = 'src/lib.rs:5:5 medium `decrypt(..).unwrap()` panics when authentication fails: anyone who can send a forged or corrupted ciphertext can crash the process. Handle the error (reject the message and return an error).';
  const line = (f: Finding) => `${f.file}:${f.region.startLine}:${f.region.startColumn} ${f.severity} ${f.message}`;
  for (const dep of NETWORK) {
    assert.deepEqual(of(scan('src/lib.rs', UNWRAP, crateWith('aes-gcm', dep, 'serde')), 'unchecked-result').map(line), [medium], dep);
  }
  // Outside any crate the dependencies are unknown: a network is assumed.
  assert.deepEqual(of(scan('src/lib.rs', UNWRAP), 'unchecked-result').map(line), [medium]);
  assert.deepEqual(of(scan('src/lib.rs', UNWRAP, crateWith('aes-gcm', 'clap', 'tokio-util')), 'unchecked-result').map(line), [
    'src/lib.rs:5:5 low `decrypt(..).unwrap()` panics when authentication fails: anyone who can send a forged or corrupted ciphertext can crash the process (this crate has no network-facing dependency, so that is a local crash). Handle the error (reject the message and return an error).',
  ]);
});

test('unchecked-result: every decryption whose result is dropped, by each API that decrypts', () => {
  const text = `use aes_gcm::aead::{Aead, AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use ring::aead::{Aad, LessSafeKey};

pub fn dropped(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8], buf: &mut Vec<u8>, tag: &aes_gcm::Tag) {
    cipher.decrypt(nonce, ct);
    cipher.decrypt_in_place_detached(nonce, b"", buf, tag);
    let plain = cipher.decrypt(nonce, ct);
    let _ = plain;
}

pub fn ring_dropped(key: &LessSafeKey, nonce: ring::aead::Nonce, n2: ring::aead::Nonce, n3: ring::aead::Nonce, buf: &mut [u8], tag: ring::aead::Tag) {
    key.open_in_place(nonce, Aad::empty(), buf);
    key.open_within(n2, Aad::empty(), buf, 0..);
    let _ = key.open_in_place_separate_tag(n3, Aad::empty(), tag, buf, 0..);
}

pub fn openssl_dropped(key: &[u8], iv: &[u8], ct: &[u8], tag: &[u8]) {
    let _ = openssl::symm::decrypt_aead(openssl::symm::Cipher::aes_256_gcm(), key, Some(iv), b"", ct, tag);
}
`;
  const found = of(scan('src/lib.rs', text), 'unchecked-result');
  assert.deepEqual(
    found.map((f) => `${f.region.startLine}(${f.severity}) ${f.message.split(':')[0]}`),
    ['6(high) The result of `decrypt` is ignored', '7(high) The result of `decrypt_in_place_detached` is ignored', '13(high) The result of `open_in_place` is ignored', '14(high) The result of `open_within` is ignored', '15(high) The result of `open_in_place_separate_tag` is ignored', '19(high) The result of `decrypt_aead` is ignored'],
  );
  assert.match(found[0].message, /^The result of `decrypt` is ignored: when authentication fails the buffer holds unauthenticated \(attacker-chosen\) bytes and the code goes on as if it were valid\. Check the result and stop on error\.$/);
});

test('unchecked-result: inside a macro the finding spans the tokens from just after the dot to the `(` of the unwrap', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub fn show(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) {
    println!("{:?}", cipher.decrypt(nonce, ct).unwrap());
    println!("{:?}", cipher . decrypt (nonce, ct) . expect ("bad"));
}
`;
  const found = of(scan('src/lib.rs', text), 'unchecked-result');
  assert.deepEqual(
    found.map((f) => `${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message}`),
    [
      '5:29-5:55 medium `decrypt(..).unwrap()` (inside `println!`) panics when authentication fails: anyone who can send a forged or corrupted ciphertext can crash the process. Handle the error (reject the message and return an error).',
      '6:30-6:61 medium `decrypt(..).expect()` (inside `println!`) panics when authentication fails: anyone who can send a forged or corrupted ciphertext can crash the process. Handle the error (reject the message and return an error).',
    ],
  );
});

// --- non-constant-time-compare ---

const CMP_HEADER = `use hmac::{Hmac, Mac};\n`;
const compareFile = (header: string, names: string[]): string =>
  header + names.map((n, i) => `pub fn same_${i}(a: &[u8], ${n}: &[u8]) -> bool {\n    a == ${n}\n}\n`).join('');
const comparedLines = (text: string): number[] => of(scan('src/lib.rs', text), 'non-constant-time-compare').map((f) => f.region.startLine);

test('non-constant-time-compare: each word that names a secret makes a compared value one, in crypto code', () => {
  const words = ['tag', 'mac', 'hmac', 'signature', 'sig', 'sign', 'secret', 'password', 'passwd', 'pwd', 'otp', 'csrf', 'token', 'hash', 'apikey'];
  const text = compareFile(CMP_HEADER, words.map((w) => `expected_${w}`));
  assert.deepEqual(comparedLines(text), words.map((_, i) => 3 + 3 * i));
});

test('non-constant-time-compare: a length, a kind, a confirmation field is not the secret', () => {
  const words = ['len', 'length', 'size', 'kind', 'type', 'name', 'id', 'count', 'algorithm', 'alg', 'confirm', 'confirmation', 'retype', 'repeat', 'repeated', 'again', 'policy', 'prefix', 'format'];
  assert.deepEqual(comparedLines(compareFile(CMP_HEADER, words.map((w) => `expected_tag_${w}`))), []);
  assert.deepEqual(comparedLines(compareFile(CMP_HEADER, words.map((w) => `password_${w}`))), []);
});

test('non-constant-time-compare: tag, mac, signature and sign are secrets only in code that does cryptography', () => {
  const words = ['tag', 'mac', 'hmac', 'signature', 'sig', 'sign'];
  assert.deepEqual(comparedLines(compareFile('use std::fmt;\n', words.map((w) => `other_${w}`))), []);
  assert.deepEqual(comparedLines(compareFile(CMP_HEADER, words.map((w) => `other_${w}`))), words.map((_, i) => 3 + 3 * i));
});

// --- secret-logged ---

const loggedLines = (text: string, path = 'src/lib.rs'): number[] => of(scan(path, text), 'secret-logged').map((f) => f.region.startLine);
const CRYPTO = 'use aes_gcm::{Aes256Gcm, KeyInit};\n';
const PLAIN = 'use std::collections::HashMap;\n';

test('secret-logged: a bare `key` or `seed` is a secret only in crypto code and not as a loop variable; other secret names always', () => {
  const body = (header: string) => `${header}pub fn show(map: &HashMap<String, String>, key: &str, seed: u64, password: &str, client_secret: &str) {
    println!("{}", key);
    println!("{}", seed);
    println!("{}", password);
    println!("{}", client_secret);
    for (key, value) in map {
        println!("{key} = {value}");
    }
}
`;
  assert.deepEqual(loggedLines(body(CRYPTO + PLAIN)), [4, 5, 6, 7]);
  assert.deepEqual(loggedLines(body(PLAIN)), [5, 6]);
});

test('secret-logged: a token by its name, in code about logins or not', () => {
  const text = (header: string) => `${header}pub fn show(token: &str, github_token: &str, identity_token: &str, backend_token: &str, next_token: &str, pass: &str, db_pass: &str) {
    println!("{:?}", token);
    println!("{}", github_token);
    println!("{}", identity_token);
    println!("{}", backend_token);
    println!("{}", next_token);
    println!("{}", pass);
    println!("{}", db_pass);
}
`;
  // In a lexer a bare `token` is a token of the input; `next_token` is control flow everywhere.
  assert.deepEqual(loggedLines(text(PLAIN)), [4, 5, 6, 9]);
  assert.deepEqual(loggedLines(text('// login handling\n')), [3, 4, 5, 6, 9]);
});

test('secret-logged: a secret field and inline format arguments are what is printed; a method of the secret is not', () => {
  const text = `${CRYPTO}pub struct Conf { pub api_key: String }
impl Conf {
    pub fn show(&self, api_key: &str) {
        println!("{}", self.api_key);
        println!("{api_key:?}");
        println!("{api_key:>12}");
        println!("{}", api_key.len());
        println!("{:?}", api_key.as_bytes());
        println!("{api_key_len}", api_key_len = 3);
    }
}
`;
  assert.deepEqual(loggedLines(text), [5, 6, 7, 9]);
});

// --- unchecked-slice-length ---

const sliceLines = (text: string): number[] => of(scan('src/lib.rs', text), 'unchecked-slice-length').map((f) => f.region.startLine);
const AEAD = `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
const NONCE_LEN: usize = 12;
`;

test('unchecked-slice-length: a buffer this code made with a fixed size cannot be short; one read or taken from input can', () => {
  const text = `${AEAD}pub fn declared_then_allocated(c: &Aes256Gcm, ct: &[u8]) {
    let mut data;
    data = vec![0u8; 64];
    c.decrypt(Nonce::from_slice(&data[..12]), ct).ok();
}
pub fn declared_then_copied(c: &Aes256Gcm, input: &[u8], ct: &[u8]) {
    let data;
    data = input.to_vec();
    c.decrypt(Nonce::from_slice(&data[..12]), ct).ok();
}
pub fn typed_array(c: &Aes256Gcm, ct: &[u8]) {
    let buf: [u8; 64] = read_header();
    c.decrypt(Nonce::from_slice(&buf[..12]), ct).ok();
}
pub fn allocated(c: &Aes256Gcm, ct: &[u8]) {
    let buf = vec![0u8; 4096];
    c.decrypt(Nonce::from_slice(&buf[..12]), ct).ok();
}
pub fn counter_bytes(c: &Aes256Gcm, n: u128, ct: &[u8]) {
    let buf = n.to_be_bytes();
    c.decrypt(Nonce::from_slice(&buf[..12]), ct).ok();
}
pub fn digest(c: &Aes256Gcm, seed: &[u8], ct: &[u8]) {
    let buf = Sha256::digest(seed);
    c.decrypt(Nonce::from_slice(&buf[..12]), ct).ok();
}
pub fn halves(c: &Aes256Gcm, data: &[u8]) {
    if data.len() < 16 { return; }
    let (head, rest) = data.split_at(16);
    c.decrypt(Nonce::from_slice(&head[..12]), &rest[..]).ok();
    c.decrypt(Nonce::from_slice(&rest[..12]), head).ok();
}
pub fn read_back(c: &Aes256Gcm, ct: &[u8]) {
    let buf = read_all();
    c.decrypt(Nonce::from_slice(&buf[..12]), ct).ok();
}
`;
  assert.deepEqual(sliceLines(text), [14, 36, 40]);
});

test('unchecked-slice-length: a bound known when the code is written, and one that is not', () => {
  const text = `${AEAD}pub fn by_const_path(c: &Aes256Gcm, data: &[u8], ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..crate::NONCE_LEN]), ct).ok();
}
pub fn by_param(c: &Aes256Gcm, data: &[u8], n: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..n]), ct).ok();
}
pub fn by_local(c: &Aes256Gcm, data: &[u8], ct: &[u8]) {
    let start = NONCE_LEN * 2;
    c.decrypt(Nonce::from_slice(&data[start..start + 12]), ct).ok();
}
pub fn by_param_sum(c: &Aes256Gcm, data: &[u8], n: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..n + 12]), ct).ok();
}
pub fn by_named_lengths(c: &Aes256Gcm, data: &[u8], header_len: usize, tag_size: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..header_len + 12]), ct).ok();
}
pub fn by_named_size(c: &Aes256Gcm, data: &[u8], tag_size: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..tag_size + 16]), ct).ok();
}
pub fn by_lengths_only(c: &Aes256Gcm, data: &[u8], header_len: usize, tag_len: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..header_len + tag_len]), ct).ok();
}
`;
  assert.deepEqual(sliceLines(text), [7, 14, 20, 23]);
});

test('unchecked-slice-length: slices, Vecs and byte buffers can be short; arrays and other named types cannot', () => {
  const types = ['&[u8; 64]', 'Vec<u8>', '&Vec <u8>', 'bytes::Bytes', '&mut [u8]', '& [ u8 ]', 'Packet', "Cow<'_, [u8]>", "Cow<'_, [ u8 ]>", '&[ u8; 64]', '&[u8 ;64]'];
  const text = AEAD + types.map((t, i) => `pub fn open_${i}(c: &Aes256Gcm, data: ${t}, ct: &[u8]) {\n    c.decrypt(Nonce::from_slice(&data[..12]), ct).ok();\n}\n`).join('');
  const reported = sliceLines(text).map((l) => types[(l - 7) / 3]);
  assert.deepEqual(reported, ['Vec<u8>', '&Vec <u8>', 'bytes::Bytes', '&mut [u8]', '& [ u8 ]', "Cow<'_, [u8]>", "Cow<'_, [ u8 ]>"]);
});

test('non-constant-time-compare: a comparison with a known value (a literal, a const, an enum path, an empty value) is not a secret check', () => {
  const rights = ['EMPTY_TAG', 'tags::NONE', 'Some(&tags::NUMBER)', 'Some( &tags::NUMBER )', 'Tags::Empty', 'Some(Tags::Empty)', 'crate::Tags::Empty', "b'x'", 'String::new()', 'Vec::<u8>::new()', 'Vec::default()', 'computed', 'DEFAULT_TAG.to_vec()', 'lookup(EMPTY_TAG)', 'lookup(Tags::Empty)', 'Tags::Empty.to_vec()', 'String::new().into_bytes()', 'std::string::String::new()', 'std::vec::Vec::<u8>::new()', 'Vec::<u8>::new().into()'];
  const text = CMP_HEADER + rights.map((r, i) => `pub fn same_${i}(expected_tag: &[u8], computed: &[u8]) -> bool {\n    expected_tag == ${r}\n}\n`).join('');
  assert.deepEqual(comparedLines(text).map((l) => rights[(l - 3) / 3]), ['computed', 'DEFAULT_TAG.to_vec()', 'lookup(EMPTY_TAG)', 'lookup(Tags::Empty)', 'Tags::Empty.to_vec()', 'String::new().into_bytes()', 'std::string::String::new()', 'std::vec::Vec::<u8>::new()', 'Vec::<u8>::new().into()']);
});

test('non-constant-time-compare: a stored hash checked in a `verify` of code that hashes with SHA-2, SHA-3 or BLAKE2', () => {
  const text = `use std::collections::HashMap;
pub struct Record { pub hash: String }
pub fn verify_sha2(pw: &str, stored: &Record) -> bool {
    let h = Sha256::new().chain_update(pw).finalize();
    hex::encode(h) == stored.hash
}
pub fn verify_sha3(pw: &str, stored: &Record) -> bool {
    let h = sha3::Keccak256::new().chain_update(pw).finalize();
    hex::encode(h) == stored.hash
}
pub fn verify_blake2(pw: &str, stored: &Record) -> bool {
    let h = blake2::Blake2b512::new().chain_update(pw).finalize();
    hex::encode(h) == stored.hash
}
pub fn check_file(data: &str, stored: &Record) -> bool {
    let h = Sha256::new().chain_update(data).finalize();
    hex::encode(h) == stored.hash
}
pub fn lookup_and_verify(pw: &str, stored: &Record) -> bool {
    let h = Sha256::new().chain_update(pw).finalize();
    hex::encode(h) == stored.hash
}
`;
  assert.deepEqual(comparedLines(text), [5, 9, 13]);
});

test('non-constant-time-compare: a bare token is a credential in a file about logins, by its text or its path', () => {
  const text = 'pub fn check(header: &str, token: &str) -> bool {\n    header == token\n}\n';
  const lines = (path: string) => of(scan(path, text), 'non-constant-time-compare').map((f) => `${f.file}:${f.region.startLine}`);
  assert.deepEqual(lines('src/auth.rs'), ['src/auth.rs:2']);
  assert.deepEqual(lines('login.rs'), ['login.rs:2']);
  assert.deepEqual(lines('src/user_session.rs'), ['src/user_session.rs:2']);
  assert.deepEqual(lines('src/parse.rs'), []);
  assert.deepEqual(lines('src/oauthlib.rs'), []);
});

test('secret-logged: `{:?}` of a value whose type (through references, Debug-transparent wrappers and the values of a map) derives Debug over a secret field', () => {
  const types = ['User', '&User', "&'a mut User", 'web::Json<model::User>', '&Option<Box<User>>', '&[User]', 'Result<User, std::io::Error>', 'Vec< Arc<User> >', "&'static Option<User>", "&'de mut Option<User>", '& mut Vec<User>', '&[Option<User>]', 'Result<Vec<User>, Error>', "Box<User<'a>>", 'Option<crate::model::User>', 'Result<HashMap<u32, User>, Error>', 'HashMap<String, User>', 'Account', 'user', 'Vec<(String, User)>', '&[(u64, User)]', '(Account, Option<User>)', 'Vec<(String, Account)>', '(String, String)'];
  const text = `#[derive(Debug)]
pub struct User { pub name: String, pub password: String }
#[derive(Debug)]
pub struct Account { pub name: String }
${types.map((t, i) => `pub fn show_${i}<'a>(u: ${t}) {\n    println!("{:?}", u);\n}\n`).join('')}`;
  const found = of(scan('src/lib.rs', text), 'secret-logged');
  assert.deepEqual(found.map((f) => types[(f.region.startLine - 6) / 3]), ['User', '&User', "&'a mut User", 'web::Json<model::User>', '&Option<Box<User>>', '&[User]', 'Result<User, std::io::Error>', 'Vec< Arc<User> >', "&'static Option<User>", "&'de mut Option<User>", '& mut Vec<User>', '&[Option<User>]', 'Result<Vec<User>, Error>', "Box<User<'a>>", 'Option<crate::model::User>', 'Result<HashMap<u32, User>, Error>', 'HashMap<String, User>', 'Vec<(String, User)>', '&[(u64, User)]', '(Account, Option<User>)']);
  assert.match(found[0].message, /^`u\.password` is written out by `println!`/);
});

test('secret-logged: `{:?}` of what `Some(x)`/`Ok(x)` binds from a call that returns the type', () => {
  const text = `#[derive(Debug)]
pub struct User { pub name: String, pub password: String }
impl User {
    pub fn find(id: u32) -> Option<User> { None }
    pub fn count(id: u32) -> Option<u32> { None }
    pub async fn load(id: u32) -> Result<User, Error> { todo!() }
}
pub fn a(id: u32) {
    match User::find(id) {
        Some(u) => println!("{:?}", u),
        None => {}
    }
}
pub fn b(id: u32) {
    if let Some(ref mut u) = User::find(id) {
        println!("{:?}", u);
    }
}
pub async fn c(conn: &mut Conn) -> Result<(), Error> {
    if let Ok(u) = users.first::<User>(conn).await {
        println!("{:?}", u);
    }
    Ok(())
}
pub fn d(id: u32) {
    if let Some(u) = User::count(id) {
        println!("{:?}", u);
    }
}
pub fn e(id: u32) {
    if let Some(u) = Self::find(id) {
        println!("{:?}", u);
    }
}
pub fn f(id: u32) {
    if let Some(u) = (User::find(id)) {
        println!("{:?}", u);
    }
}
pub fn g(id: u32) {
    match User::find(id) {
        Option::Some(u) => println!("{:?}", u),
        _ => {}
    }
}
pub fn h(id: u32) {
    match User::find(id) {
        Some( mut u ) => println!("{:?}", u),
        _ => {}
    }
}
pub fn i(id: u32) {
    if let Some(ref u) = User::find(id) {
        println!("{:?}", u);
    }
}
pub async fn j(id: u32) -> Result<(), Error> {
    if let Ok(u) = (User::load(id).await) {
        println!("{:?}", u);
    }
    Ok(())
}
pub struct Repo;
impl Repo {
    pub fn find(id: u32) -> Option<User> { None }
    pub fn count(id: u32) -> Option<u32> { None }
    pub fn k(id: u32) {
        if let Some(u) = Self::find(id) {
            println!("{:?}", u);
        }
        if let Some(n) = Self::count(id) {
            println!("{:?}", n);
        }
    }
}
impl User {
    pub fn l(id: u32) {
        if let Some(u) = Self::find(id) {
            println!("{:?}", u);
        }
    }
}
`;
  // `e` (line 32) is a free function: `Self` names nothing there; `Self::count` gives no struct (line 72).
  assert.deepEqual(of(scan('src/lib.rs', text), 'secret-logged').map((f) => f.region.startLine), [10, 16, 21, 37, 42, 48, 54, 59, 69, 79]);
});

test('non-constant-time-compare: `==`, `!=`, `.eq()` and `.ne()` compare; an ordering and a query builder\'s condition do not', () => {
  const text = `use hmac::{Hmac, Mac};
pub struct Keys { pub api_key: Vec<u8> }
impl Keys {
    pub fn check(&self, provided: &[u8]) -> bool {
        let expected_tag = self.api_key.clone();
        let a = self.api_key.eq(&provided.to_vec());
        let b = expected_tag.ne(&provided.to_vec());
        let c = expected_tag != provided;
        let d = expected_tag < provided.to_vec();
        self.set_authorized(expected_tag.eq(&provided.to_vec()));
        self.record_comparison(expected_tag.eq(&provided.to_vec()));
        let e = users.filter(expected_tag.eq(&provided.to_vec()));
        a && b && c && d
    }
}
`;
  const found = of(scan('src/lib.rs', text), 'non-constant-time-compare');
  assert.deepEqual(found.map((f) => `${f.region.startLine} ${/with `([^`]+)`/.exec(f.message)?.[1]}`), ['6 .eq()', '7 .ne()', '8 !=', '10 .eq()', '11 .eq()']);
  assert.equal(
    found[2].message,
    '`expected_tag != provided` compares secret bytes with `!=`, which stops at the first differing byte; the timing tells an attacker how much of a forged tag, key or hash is right. Use `subtle::ConstantTimeEq` (`a.ct_eq(b).into()`), `Mac::verify_slice`, or `ring::constant_time::verify_slices_are_equal` — and for passwords, a password hash\'s `verify_password`.',
  );
});

test('non-constant-time-compare: in diesel code a schema column compared in `.eq()` is SQL; a local or a field is not', () => {
  const text = `use diesel::prelude::*;
use hmac::Mac;
pub fn find(conn: &mut PgConnection, h: &str, me: &User) -> bool {
    let q = password_hash.eq(h);
    let api_key = load();
    let a = api_key.eq(h);
    let b = me.password_hash.eq(h);
    a && b
}
`;
  assert.deepEqual(comparedLines(text), [6, 7]);
});

test('non-constant-time-compare: a short name bound from a secret by `match` or `if let` is that secret', () => {
  const text = `use hmac::Mac;
pub struct Settings { pub bearer_token: Option<String>, pub api_key: Option<String>, pub upload_pass: Option<String>, pub pass_len: Option<usize> }
pub fn a(s: &Settings, provided: Option<String>) -> bool {
    match (&s.bearer_token, provided) {
        (Some(expected), Some(value)) => expected == &value,
        _ => false,
    }
}
pub fn b(s: &Settings, provided: &str) -> bool {
    match &s.api_key {
        Some(k) => k == provided,
        None => false,
    }
}
pub fn c(s: &Settings, upass: &str) -> bool {
    if let Some(pass) = &s.upload_pass {
        return upass == pass;
    }
    false
}
pub fn d(s: &Settings, n: usize) -> bool {
    if let Some(p) = s.pass_len {
        return n == p;
    }
    false
}
pub fn e(s: &Settings, provided: &str) -> bool {
    if let Some(k) = s.api_key.clone() {
        return provided == k;
    }
    false
}
pub fn f(s: &Settings, provided: &str) -> bool {
    match &s.pass_len {
        n => n.is_some() && provided == "x",
    }
}
`;
  assert.deepEqual(comparedLines(text), [5, 11, 17, 29]);
});

// --- constant-nonce ---

test('constant-nonce: what a repeated nonce costs, by cipher; GCM-SIV high; under a key made fresh by an ephemeral exchange, low', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use aes_gcm_siv::Aes256GcmSiv;
use chacha20poly1305::ChaCha20Poly1305;
use x25519_dalek::{EphemeralSecret, PublicKey};

const IV: [u8; 12] = [7; 12];

pub fn gcm(cipher: &Aes256Gcm, pt: &[u8]) -> Vec<u8> {
    cipher.encrypt(Nonce::from_slice(b"unique nonce"), pt).unwrap()
}

pub fn gcm_const(cipher: &Aes256Gcm, pt: &[u8]) -> Vec<u8> {
    cipher.encrypt(Nonce::from_slice(&IV), pt).unwrap()
}

pub fn siv(cipher: &Aes256GcmSiv, pt: &[u8]) -> Vec<u8> {
    cipher.encrypt(aes_gcm_siv::Nonce::from_slice(b"unique nonce"), pt).unwrap()
}

pub fn chacha(cipher: &ChaCha20Poly1305, pt: &[u8]) -> Vec<u8> {
    cipher.encrypt(chacha20poly1305::Nonce::from_slice(&[0u8; 12]), pt).unwrap()
}

pub fn cbc(key: &[u8], data: &[u8]) -> Vec<u8> {
    openssl::symm::encrypt(openssl::symm::Cipher::aes_128_cbc(), key, Some(b"0000000000000000"), data).unwrap()
}

pub fn ofb(key: &[u8], data: &[u8]) -> Vec<u8> {
    openssl::symm::encrypt(openssl::symm::Cipher::aes_256_ofb(), key, Some(&IV), data).unwrap()
}

pub fn fresh(peer: &PublicKey, pt: &[u8]) -> Vec<u8> {
    let secret = EphemeralSecret::random_from_rng(OsRng);
    let shared = secret.diffie_hellman(peer);
    let cipher = Aes256Gcm::new(shared.as_bytes().into());
    cipher.encrypt(Nonce::from_slice(&[0u8; 12]), pt).unwrap()
}

`;
  const found = of(scan('src/lib.rs', text), 'constant-nonce');
  const cut = (m: string) => m.slice(0, m.indexOf('. Generate') > 0 ? m.indexOf('. Generate') : m.indexOf('; if the key'));
  assert.deepEqual(
    found.map((f) => `${f.region.startLine} ${f.severity} ${cut(f.message)}`),
    [
      '10 critical Constant nonce `Nonce::from_slice(b"unique nonce")` passed to `encrypt`: every message under this key reuses it, and with AES-256-GCM a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags',
      '14 critical Constant nonce `Nonce::from_slice(&IV)` (= `const IV: [u8; 12] = [7; 12];`) passed to `encrypt`: every message under this key reuses it, and with AES-256-GCM a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags',
      '18 high Constant nonce `aes_gcm_siv::Nonce::from_slice(b"unique nonce")` passed to `encrypt`: every message under this key reuses it, and GCM-SIV tolerates a repeated nonce better than GCM, but it still reveals which messages are equal',
      '22 critical Constant nonce `chacha20poly1305::Nonce::from_slice(&[0u8; 12])` passed to `encrypt`: every message under this key reuses it, and with ChaCha20-Poly1305 a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags',
      '26 critical Constant nonce `b"0000000000000000"` passed to `symm::encrypt`: every message under this key reuses it, and with AES-128-CBC a fixed IV makes equal plaintexts (and equal first blocks) give equal ciphertexts',
      '30 critical Constant nonce `&IV` (= `const IV: [u8; 12] = [7; 12];`) passed to `symm::encrypt`: every message under this key reuses it, and with AES-256-OFB a fixed IV makes equal plaintexts (and equal first blocks) give equal ciphertexts',
      '37 low Constant nonce `Nonce::from_slice(&[0u8; 12])` passed to `encrypt`, under a key made fresh in this function (`shared.as_bytes().into()`), so no key and nonce pair repeats as written',
    ],
  );
  assert.match(found[0].message, /\. Generate a fresh random nonce for each message \(e\.g\. `Aes256Gcm::generate_nonce\(&mut OsRng\)`\) or use a counter that never repeats\./);
  // The advice names the API the call uses: the AEAD type's own generate_nonce, openssl's rand_bytes.
  assert.deepEqual(
    found.slice(0, 6).map((f) => /\(e\.g\. `([^`]*)`/.exec(f.message)?.[1]),
    ['Aes256Gcm::generate_nonce(&mut OsRng)', 'Aes256Gcm::generate_nonce(&mut OsRng)', 'Aes256GcmSiv::generate_nonce(&mut OsRng)', 'ChaCha20Poly1305::generate_nonce(&mut OsRng)', 'let mut iv = [0u8; 16]; openssl::rand::rand_bytes(&mut iv)?;', 'let mut iv = [0u8; 16]; openssl::rand::rand_bytes(&mut iv)?;'],
  );
  assert.match(found[6].message, /; if the key is ever kept or reused, every message reuses the nonce\. Prefer a random nonce anyway\./);
  assert.deepEqual(found[1].related.map((r) => `${r.region.startLine} ${r.message}`), ['7 the constant nonce is defined here']);
});

// --- hardcoded-key ---

test('hardcoded-key: a literal given to an unseen function named for a key or password, judged by the name', () => {
  const text = `pub fn setup(client: &mut vendor::Client) {
    client.set_key([0x1f, 0x2e, 0x3d, 0x4c, 0x5b, 0x6a, 0x79, 0x88]);
    client.set_key([0u8; 32]);
    client.set_key([ 7u8 ; 16 ]);
    client.set_key([0; 32]);
    client.set_key([10, 20, 30, 40, 50, 60, 70, 80]);
    client.set_key([1u8,2u8,3u8,4u8,5u8,6u8,7u8,8u8]);
    client.set_key([1, 2, 3]);
    client.set_key([0u8; 4]);
    client.set_key([1, 2, 3, 4, 5, 6, 7]);
    client.with_passphrase("correct-horse-battery");
    client.set_secret("abcdefgh");
    client.set_secret("abcdefg");
    client.set_secret("with space in it");
    client.set_secret("https://vault/x");
    client.password(b"hunter2hunter2");
    key("0123456789abcdef");
    client.set_keys("0123456789abcdef");
    client.reset_key("0123456789abcdef");
}
`;
  const found = of(scan('src/lib.rs', text), 'hardcoded-key');
  assert.deepEqual(
    found.map((f) => `${f.region.startLine}:${f.region.startColumn} ${f.severity} ${f.message.slice(0, f.message.indexOf(': by its name'))} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      // Byte arrays: eight or more elements, or a repeat of ten or more (lines 8-10 are too short).
      '2:12 medium `set_key([0x1f, 0x2e, 0x3d, 0x4c, 0x5b, 0x6a, 0x79…` is given a literal key (`[0x1f, 0x2e, 0x3d, 0x4c, 0x5b…`) | 2:20 the literal',
      '3:12 medium `set_key([0u8; 32])` is given a literal key (`[0u8; 32]`) | 3:20 the literal',
      '4:12 medium `set_key([ 7u8 ; 16 ])` is given a literal key (`[ 7u8 ; 16 ]`) | 4:20 the literal',
      '5:12 medium `set_key([0; 32])` is given a literal key (`[0; 32]`) | 5:20 the literal',
      '6:12 medium `set_key([10, 20, 30, 40, 50, 60, 70, 80])` is given a literal key (`[10, 20, 30, 40, 50, 60, 70, …`) | 6:20 the literal',
      '7:12 medium `set_key([1u8,2u8,3u8,4u8,5u8,6u8,7u8,8u8])` is given a literal key (`[1u8,2u8,3u8,4u8,5u8,6u8,7u8,…`) | 7:20 the literal',
      '11:12 medium `with_passphrase("correct-horse-battery")` is given a literal password (`"correct-horse-battery"`) | 11:28 the literal',
      '12:12 medium `set_secret("abcdefgh")` is given a literal key (`"abcdefgh"`) | 12:23 the literal',
      '16:12 medium `password(b"hunter2hunter2")` is given a literal password (`b"hunter2hunter2"`) | 16:21 the literal',
    ],
  );
  assert.equal(
    found[7].message,
    '`set_secret("abcdefgh")` is given a literal key (`"abcdefgh"`): by its name, `set_secret` takes secret material, and a secret in the source is shared with everyone who can read it. (No model describes `set_secret` and its body is not in the crate, so this is judged by the name.) Load it at run time instead.',
  );
});

// --- weak-kdf, weak-rng ---

test('weak-kdf and weak-rng: what each finding says and the place it points at as the cause', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};
use sha2::{Digest, Sha256};
use rand::{rngs::StdRng, Rng, SeedableRng};

const SALT: &[u8] = b"fixed-salt-value";

pub fn from_password(password: &str) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(password.as_bytes()).unwrap()
}

pub fn from_hash(password: &str) -> Aes256Gcm {
    let key = Sha256::digest(password.as_bytes());
    Aes256Gcm::new_from_slice(&key).unwrap()
}

pub fn salted(password: &[u8], out: &mut [u8]) {
    pbkdf2::pbkdf2_hmac::<Sha256>(password, SALT, 600_000, out);
}

pub fn hashed_salt(password: &[u8], out: &mut [u8]) {
    let salt = Sha256::digest(password);
    pbkdf2::pbkdf2_hmac::<Sha256>(password, &salt, 600_000, out);
}

pub fn weak_key() -> [u8; 32] {
    let mut rng = StdRng::seed_from_u64(42);
    let mut key = [0u8; 32];
    rng.fill_bytes(&mut key);
    key
}

pub fn create_secure_rng() -> rand::rngs::SmallRng {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
    rand::rngs::SmallRng::seed_from_u64(now)
}

pub fn generate_token(uid: u64) -> String {
    let now = std::time::SystemTime::now();
    format!("{:x}", md5::compute(format!("{uid}{now:?}")))
}

pub fn generate_random_token(uid: u64) -> String {
    let now = std::time::SystemTime::now();
    format!("{:x}{}", md5::compute(format!("{uid}{now:?}")), random_suffix())
}

pub fn create_session_token(uid: u64) -> String {
    let now = std::time::SystemTime::now();
    jsonwebtoken::encode(&Header::default(), &Claims { uid, iat: now }, &KEY).unwrap()
}

pub fn create_token_pair(uid: u64) -> (String, u64) {
    let now = std::time::SystemTime::now();
    (create_access_token(uid), now.elapsed().unwrap().as_secs())
}

pub fn make_counter(uid: u64) -> u64 {
    let now = std::time::SystemTime::now();
    now.elapsed().unwrap().as_secs() + uid
}
`;
  const found = scan('src/lib.rs', text).filter((f) => f.ruleId === 'weak-kdf' || f.ruleId === 'weak-rng');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "weak-kdf 8:5 high Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`password.as_bytes()`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 with a random salt. | 8:31 the string used as key",
      "weak-kdf 13:5 high The key for `Aes256Gcm::new_from_slice` is one fast hash of its input (`&key`): an attacker can test billions of password guesses per second. Use a password hashing KDF (Argon2id, scrypt, or PBKDF2 with ≥ 600 000 iterations) with a random salt. | 12:15 the single hash",
      "weak-kdf 17:5 medium Constant salt `SALT` passed to `pbkdf2::pbkdf2_hmac`: the same password gives the same key everywhere, so one precomputed table attacks every user. Generate a random salt per password (e.g. `SaltString::generate(&mut OsRng)`) and store it beside the hash. | 5:1 the salt is defined here",
      "weak-kdf 22:5 medium Salt `&salt` for `pbkdf2::pbkdf2_hmac` is a hash of the input, not random: the same password always gets the same salt, so equal passwords give equal keys and one precomputed table per password attacks every user. Generate a random salt per password (e.g. `SaltString::generate(&mut OsRng)`) and store it beside the hash. | 21:16 the salt is computed here",
      "weak-rng 28:5 high `rng.fill_bytes(&mut key)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 26:19 the weak generator",
      "weak-rng 34:5 high `create_secure_rng` hands out `rand::rngs::SmallRng::seed_from_u64(now)`: a non-cryptographic generator seeded with the system clock, so everything drawn from it (nonces, keys, tokens) can be predicted from the seed. Use `OsRng` or `rand::thread_rng()` for anything secret. | 33:15 the seed",
      "weak-rng 38:15 high `generate_token` makes its value from the clock (`std::time::SystemTime::now()`) and nothing random: anyone who knows roughly when it ran can compute it. Draw 32 random bytes from `OsRng` (or `rand::thread_rng()`) for the token. | ",
    ],
  );
});

test('hardcoded-key: a secret setting that falls back to a literal, in code, in `lazy_static!` and as a command-line default', () => {
  const text = `use std::env;

pub fn jwt_secret() -> String {
    env::var("JWT_SECRET").unwrap_or_else(|_| "secret".to_string())
}

pub fn settings() {
    let signing_key = settings.get_string("signing").unwrap_or(String::from("dev-signing-key"));
    let api_token = config.lookup("service").unwrap_or_else(|| { "tok-1234" });
    let host = env::var("HOST").unwrap_or_else(|_| "localhost".to_string());
    let secret = env::var("APP").or(b"abcd".to_vec());
}

static MASTER_KEY: &str = env!("MASTER");

lazy_static::lazy_static! {
    static ref SECRET: Vec<u8> = settings.get("secret").unwrap_or(b"fallback-secret".to_vec());
    static ref NAME: String = settings.get("name").unwrap_or("nobody".to_string());
    static ref HMAC_KEY: Vec<u8> = std::env::var("X").ok().map(|s| s.into_bytes()).unwrap_or_else(|| b"dev-key-1".to_vec());
}

#[derive(clap::Parser)]
pub struct Args {
    #[arg(long, default_value = "hunter22")]
    /// The password.
    pub password: String,
    #[clap(long, default_value_t = "swordfish")]
    pub api_key: String,
    #[arg(long, default_value = "8080")]
    pub port: String,
}

pub fn session_secret(opt: Option<String>) -> String {
    opt.unwrap_or("abcd-session".into())
}
`;
  const found = of(scan('src/lib.rs', text), 'hardcoded-key');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "hardcoded-key 4:5-4:68 high `env::var(\"JWT_SECRET\").unwrap_or_else(|_| \"secret\".to_strin…` falls back to a literal secret when `JWT_SECRET` is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (`.expect(\"JWT_SECRET must be set\")`), or generate a random key. | 4:43 the literal fallback",
      "hardcoded-key 8:23-8:96 high `settings.get_string(\"signing\").unwrap_or(String::from(\"dev-…` falls back to a literal secret when `signing` is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (`.expect(\"signing must be set\")`), or generate a random key. | 8:64 the literal fallback",
      "hardcoded-key 9:21-9:79 high `config.lookup(\"service\").unwrap_or_else(|| { \"tok-1234\" })` falls back to a literal secret when `service` is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (`.expect(\"service must be set\")`), or generate a random key. | 9:61 the literal fallback",
      "hardcoded-key 11:18-11:54 high `env::var(\"APP\").or(b\"abcd\".to_vec())` falls back to a literal secret when `APP` is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (`.expect(\"APP must be set\")`), or generate a random key. | 11:37 the literal fallback",
      "hardcoded-key 17:34-17:95 high `settings.get(\"secret\").unwrap_or(b\"fallback-secret\".to_vec(…` falls back to a literal secret when `secret` is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (`.expect(\"secret must be set\")`), or generate a random key. | 17:67 the literal fallback",
      "hardcoded-key 19:36-19:124 high `std::env::var(\"X\").ok().map(|s| s.into_bytes()).unwrap_or_e…` falls back to a literal secret when `X` is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (`.expect(\"X must be set\")`), or generate a random key. | 19:99 the literal fallback",
      "hardcoded-key 24:5-24:45 high Command-line secret `password` has the literal default `\"hunter22\"`: run without the flag, the program uses a key everyone with the source knows. Make the argument required, or read it from the environment without a default. | ",
      "hardcoded-key 27:5-27:49 high Command-line secret `api_key` has the literal default `\"swordfish\"`: run without the flag, the program uses a key everyone with the source knows. Make the argument required, or read it from the environment without a default. | ",
      "hardcoded-key 34:5-34:41 high `opt.unwrap_or(\"abcd-session\".into())` falls back to a literal secret when the setting is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (`.expect(\"SECRET must be set\")`), or generate a random key. | 34:19 the literal fallback",
    ],
  );
});

test('hardcoded-key, weak-kdf, weak-rng: credentials checked against literals, keys copied from strings, one key per constructor chain, generators handed to helpers', () => {
  const text = `use aes_gcm::{Aes256Gcm, Key, KeyInit};
use rand::{rngs::StdRng, SeedableRng};

pub fn login(payload: &Login) -> Result<(), Error> {
    if payload.client_secret != "bar-baz" {
        return Err(Error::Denied);
    }
    if payload.password == "changeme" {
        return Err(Error::WeakPassword);
    }
    if payload.api_key == "k3y-for-admin" && payload.user == "root" {
        grant();
    }
    if payload.password =="none" || payload.token == "ab" {
        grant();
    }
    if "open-sesame" == payload.passwd {
        grant();
    }
    if payload.password == " padded" {
        grant();
    }
    if payload.password == "hunter22" {
        return false;
    }
    Ok(())
}

pub fn key_from_text(key_string: &str) -> Aes256Gcm {
    let mut key = [0u8; 32];
    key[..key_string.len()].copy_from_slice(&key_string.as_bytes()[..]);
    Aes256Gcm::new(&key.into())
}

pub fn key_from_owned(secret: String) -> Aes256Gcm {
    let mut aes_key = [0u8; 32];
    let bytes = secret.as_bytes();
    aes_key.copy_from_slice(&bytes[..32]);
    Aes256Gcm::new(&aes_key.into())
}

pub fn key_from_bytes(raw: &[u8]) -> Aes256Gcm {
    let mut key = [0u8; 32];
    key.copy_from_slice(&raw[..32]);
    Aes256Gcm::new(&key.into())
}

pub fn nested() -> Aes256Gcm {
    let key = (Key::<Aes256Gcm>::from_slice(b"0123456789abcdef0123456789abcdef"));
    Aes256Gcm::new(&key)
}

pub fn referenced() -> Aes256Gcm {
    let key = &Key::<Aes256Gcm>::from_slice(b"0123456789abcdef0123456789abcdef");
    Aes256Gcm::new(key)
}

pub fn rng_helpers() {
    let mut rng = StdRng::seed_from_u64(7);
    let mut nonce = [0u8; 12];
    fill_random(&mut nonce, &mut rng);
    let k = Aes256Gcm::generate_key(&mut rng);
    let mut salt = [0u8; 16];
    rng.try_fill_bytes(&mut salt).unwrap();
    let mut buf = [0u8; 16];
    rng.fill(&mut buf);
}
`;
  const found = scan('src/lib.rs', text).filter((f) => ['hardcoded-key', 'weak-kdf', 'weak-rng', 'non-constant-time-compare'].includes(f.ruleId));
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "hardcoded-key 5:8-5:42 high `payload.client_secret != \"bar-baz\"` checks a credential against a literal in the source: anyone who reads the code (or the binary's strings) can log in with it. Compare against a hash stored outside the code (a password hash's `verify_password`), or a secret loaded at run time, in constant time. | ",
      "hardcoded-key 11:8-11:42 high `payload.api_key == \"k3y-for-admin\"` checks a credential against a literal in the source: anyone who reads the code (or the binary's strings) can log in with it. Compare against a hash stored outside the code (a password hash's `verify_password`), or a secret loaded at run time, in constant time. | ",
      "hardcoded-key 17:8-17:39 high `\"open-sesame\" == payload.passwd` checks a credential against a literal in the source: anyone who reads the code (or the binary's strings) can log in with it. Compare against a hash stored outside the code (a password hash's `verify_password`), or a secret loaded at run time, in constant time. | ",
      "weak-kdf 31:5-31:72 high Key buffer `key` is filled with the bytes of the string `key_string`: the key is that text, padded or cut to size, with a password's entropy at best and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 and a random salt, or decode a random key (hex/base64) of the right length. | ",
      "weak-kdf 38:5-38:42 high Key buffer `aes_key` is filled with the bytes of the string `secret`: the key is that text, padded or cut to size, with a password's entropy at best and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 and a random salt, or decode a random key (hex/base64) of the right length. | ",
      "hardcoded-key 49:16-49:81 critical Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `Key::from_slice`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF. | 49:45 the key bytes are defined here",
      "hardcoded-key 54:16-54:81 critical Hard-coded key: `b\"0123456789abcdef0123456789abcdef\"` reaches `Key::from_slice`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF. | 54:45 the key bytes are defined here",
      "weak-rng 61:5-61:38 high `fill_random(&mut nonce, &mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 59:19 the weak generator",
      "weak-rng 62:13-62:46 high `Aes256Gcm::generate_key(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 59:19 the weak generator",
      "weak-rng 64:5-64:34 high `rng.try_fill_bytes(&mut salt)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 59:19 the weak generator",
    ],
  );
});

test('secret-logged: a value that is a secret by where it comes from: a call named for one, or what a secret-minting function returns', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};

pub fn shown(cfg: &Config, store: &Store, when: u64) -> Result<(), Error> {
    log::info!("key rotation at {}", when);
    let a = cfg.private_key();
    println!("{:?}", a);
    let b = cfg.key_value();
    println!("{:?}", b);
    let c = store.get_secret_base32()?;
    println!("{}", c);
    let d = cfg.public_key();
    println!("{:?}", d);
    let e = cfg.signing_key();
    println!("{:?}", e);
    let f = cfg.key();
    println!("{:?}", f);
    let g = cfg.session_key_id();
    println!("{:?}", g);
    let h = cfg.hmac_key();
    println!("{:?}", h);
    let i = cfg.keystore_password();
    println!("{:?}", i);
    Ok(())
}

pub struct ApiKey;

impl ApiKey {
    pub fn new() -> String {
        let v = random_hex(32);
        log::info!("minted {}", v);
        v
    }
}

pub fn make_reset_token(user: &str) -> String {
    let v = random_hex(16);
    log::debug!("reset for {}: {}", user, v);
    return v;
}

pub fn make_token_len() -> usize {
    let v = 32;
    log::debug!("len {}", v);
    v
}

pub fn issue_session() -> String {
    let v = random_hex(16);
    log::debug!("issued {}", v);
    String::new()
}
`;
  const found = of(scan('src/lib.rs', text), 'secret-logged');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "secret-logged 6:5-6:24 medium `a` is written out by `println!`: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself. | ",
      "secret-logged 10:5-10:22 medium `c` is written out by `println!`: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself. | ",
      "secret-logged 14:5-14:24 medium `e` is written out by `println!`: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself. | ",
      "secret-logged 20:5-20:24 medium `h` is written out by `println!`: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself. | ",
      "secret-logged 22:5-22:24 medium `i` is written out by `println!`: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself. | ",
      "secret-logged 31:9-31:35 medium `v` is written out by `log::info!`: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself. | ",
      "secret-logged 38:5-38:45 medium `v` is written out by `log::debug!`: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself. | ",
    ],
  );
});

test('secret-logged: a secret read through a conversion is printed; a field or method of it, or a call it is passed to, is not the secret', () => {
  const text = `${CRYPTO}pub fn show(api_key: &Secret, nonce: &[u8], ct: &[u8]) {
    println!("{}", api_key.expose_secret());
    println!("{}", api_key.reveal());
    println!("{:?}", api_key.to_vec());
    println!("{:?}", api_key.clone());
    println!("{}", api_key.id);
    println!("{}", api_key.fingerprint());
    println!("{:?}", decrypt(nonce, ct));
    println!("{:?}", wrap(api_key));
}
`;
  assert.deepEqual(loggedLines(text), [3, 4, 5, 6]);
});

// --- nonce-reuse: ring's NonceSequence ---

const SEQUENCE_HEADER = `use ring::aead::{Nonce, NonceSequence, NONCE_LEN};
use ring::error::Unspecified;
use ring::rand::{SecureRandom, SystemRandom};
use std::sync::atomic::Ordering;
`;
/** One `NonceSequence` per body, each its own type `S<i>`: the `advance` findings, by the index of their body, with related lines counted from the impl's first line. */
function stuckSequences(bodies: string[]): { index: number; message: string; related: string[] }[] {
  let text = SEQUENCE_HEADER;
  const starts: number[] = [];
  bodies.forEach((b, i) => {
    starts.push(text.split('\n').length);
    text += `pub struct S${i} { n: u64, iv: [u8; NONCE_LEN] }\nimpl NonceSequence for S${i} {\n    fn advance(&mut self) -> Result<Nonce, Unspecified> {\n        let mut b = self.current();\n        ${b}\n    }\n}\n`;
  });
  const indexOf = (line: number) => starts.findLastIndex((s) => s <= line);
  const found = scan('src/lib.rs', text).filter((f) => f.ruleId === 'nonce-reuse' && f.message.startsWith('`advance`'));
  return found.map((f) => {
    const index = indexOf(f.region.startLine);
    return { index, message: f.message, related: f.related.map((r) => `${r.region.startLine - starts[index] + 1} ${r.message}`) };
  });
}

test('nonce-reuse: a NonceSequence whose advance writes a field, counts up or draws random bytes advances; one that only reads does not', () => {
  const made = 'Ok(Nonce::assume_unique_for_key(b))';
  const advancing = [
    'self.n+=1;', 'self . n += 1;', 'self.state.count = 7;', 'self.state . count=self.n + 1;', 'self.n ^= 0x55;', 'self.n |= 1;', 'self.n -= 1;',
    'bump(&mut self.n);', 'bump(&mut  self .n);', 'let _ = self.n.checked_add(1);', 'self.n.increment();', 'self.n . fetch_add (1, Ordering::SeqCst);',
    'let _ = self.n.wrapping_add(1);', 'let _ = self.n.overflowing_add(1);', 'SystemRandom::new().fill(&mut b)?;', 'rng.fill_bytes(&mut b);',
    'rng.try_fill_bytes(&mut b)?;', 'let b = self.seq.next_nonce();', 'let b: [u8; 12] = OsRng.gen();', 'let b: [u8; 12] = thread_rng().gen();',
    'getrandom::getrandom(&mut b)?;', 'rand_bytes(&mut b)?;',
  ].map((s) => `${s}\n        ${made}`);
  const still = ['let same = self.n == 1;', 'log(self.n);', 'let _ = self.n.count_ones();'].map((s) => `${s}\n        ${made}`);
  const bodies = [...advancing, ...still];
  const found = stuckSequences(bodies);
  assert.deepEqual(found.map((f) => bodies[f.index].split('\n')[0]), ['let same = self.n == 1;', 'log(self.n);', 'let _ = self.n.count_ones();']);
  assert.equal(
    found[0].message,
    `\`advance\` of \`S${advancing.length}\` returns a nonce without changing anything: every seal under a key built with it uses the same nonce, and with AES-GCM or ChaCha20-Poly1305 a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Count a field up (refusing to wrap) and build the nonce from it.`,
  );
  assert.deepEqual(found[0].related, ['3 nothing here advances the sequence']);
});

test('nonce-reuse: an advance that hands out a field as it is, or a constant, is left to the field and constant-nonce findings', () => {
  const bodies = ['Nonce::try_assume_unique_for_key(&self.iv)', 'Nonce::try_assume_unique_for_key(& self . iv )', 'Ok(Nonce::assume_unique_for_key(self.iv))', 'Nonce::try_assume_unique_for_key(&[0u8; 12])', 'Nonce::try_assume_unique_for_key(&b)', 'Nonce::try_assume_unique_for_key(&self.iv.clone())'];
  assert.deepEqual(stuckSequences(bodies).map((f) => bodies[f.index]), ['Nonce::try_assume_unique_for_key(&b)', 'Nonce::try_assume_unique_for_key(&self.iv.clone())']);
});

// --- predictable-nonce ---

test('predictable-nonce: a nonce cut from key material through calls, fields, parentheses and assignments; not from its own seed or a table', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Key, Nonce};

pub fn through_a_call(password: &str, msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(password.as_bytes()).unwrap();
    let nonce = &password.as_bytes()[..12];
    cipher.encrypt(Nonce::from_slice(nonce), msg).unwrap()
}

pub fn through_a_field(cfg: &Config, msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(&cfg.master_key).unwrap();
    let iv_bytes = (&cfg.master_key)[..12].to_vec();
    cipher.encrypt(Nonce::from_slice(&iv_bytes), msg).unwrap()
}

pub fn assigned(secret_key: &[u8], msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(secret_key).unwrap();
    let mut iv = [0u8; 12];
    iv = secret_key[..12].try_into().unwrap();
    cipher.encrypt(Nonce::from_slice(&iv), msg).unwrap()
}

pub fn own_field(&self, msg: &[u8]) -> Vec<u8> {
    let nonce = &self.salt[..12];
    self.cipher.encrypt(Nonce::from_slice(nonce), msg).unwrap()
}

pub fn named_nonce(nonce_seed: &[u8], k: &Key<Aes256Gcm>, msg: &[u8]) -> Vec<u8> {
    let noncebuf = &nonce_seed[..12];
    Aes256Gcm::new(k).encrypt(Nonce::from_slice(noncebuf), msg).unwrap()
}

pub fn ivec(private_key: &[u8], out: &mut [u8]) {
    let mut my_iv = [0u8; 16];
    my_iv.copy_from_slice(&private_key[..16]);
    let _ = Nonce::from(my_iv);
}

pub fn constant_type(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    let nonce = &KEY_TABLE[..12];
    cipher.encrypt(Nonce::from_slice(nonce), msg).unwrap()
}
`;
  const found = of(scan('src/lib.rs', text), 'predictable-nonce');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "predictable-nonce 6:5-6:44 high The nonce is made from key material (`password`): it is the same for every message under that key, so every encryption reuses one nonce — with AES-GCM or ChaCha20-Poly1305 that reveals the XOR of the plaintexts and lets an attacker forge tags — and the nonce, which travels in the clear, gives away part of what the key was made from. Generate a random nonce per message (`Aes256Gcm::generate_nonce(&mut OsRng)`) and store it beside the ciphertext. | ",
      "predictable-nonce 12:5-12:53 high The nonce is made from key material (`cfg`): it is the same for every message under that key, so every encryption reuses one nonce — with AES-GCM or ChaCha20-Poly1305 that reveals the XOR of the plaintexts and lets an attacker forge tags — and the nonce, which travels in the clear, gives away part of what the key was made from. Generate a random nonce per message (`Aes256Gcm::generate_nonce(&mut OsRng)`) and store it beside the ciphertext. | ",
      "predictable-nonce 19:5-19:46 high The nonce is made from key material (`secret_key`): it is the same for every message under that key, so every encryption reuses one nonce — with AES-GCM or ChaCha20-Poly1305 that reveals the XOR of the plaintexts and lets an attacker forge tags — and the nonce, which travels in the clear, gives away part of what the key was made from. Generate a random nonce per message (`Aes256Gcm::generate_nonce(&mut OsRng)`) and store it beside the ciphertext. | ",
      "predictable-nonce 35:5-35:46 high The nonce is made from key material (`private_key`): it is the same for every message under that key, so every encryption reuses one nonce — with AES-GCM or ChaCha20-Poly1305 that reveals the XOR of the plaintexts and lets an attacker forge tags — and the nonce, which travels in the clear, gives away part of what the key was made from. Generate a random nonce per message (`Aes256Gcm::generate_nonce(&mut OsRng)`) and store it beside the ciphertext. | ",
    ],
  );
});

// --- weak-hash, weak-password-hash ---

test('weak-hash: MD5 and SHA-1 by what they hash — a secret high (where it goes in), a simulation seed, a transcript or anything else low; in macros too', () => {
  const text = `use md5::{Digest, Md5};
use sha1::Sha1;

pub fn world(seed: u64) -> Xoroshiro128Plus {
    let h = md5::compute(seed.to_le_bytes());
    Xoroshiro128Plus::from_seed(h.0)
}
pub fn world2(seed: u64) -> u64 { let h = md5::compute(seed.to_le_bytes()); Xorshift128::new(h).next() }
pub fn world3(seed: u64) -> u64 { let h = md5::compute(seed.to_le_bytes()); Xoshiro256::new(h).next() }
pub fn world4(seed: u64) -> u64 { let h = md5::compute(seed.to_le_bytes()); Pcg64::new(h).next() }
pub fn world5(seed: u64) -> u64 { let h = md5::compute(seed.to_le_bytes()); SplitMix64::new(h).next() }
pub fn world6(seed: u64) -> u64 { let h = md5::compute(seed.to_le_bytes()); Mt19937GenRand32::new(h).next() }
pub fn world7(seed: u64) -> u64 { let h = md5::compute(seed.to_le_bytes()); Lcg128::new(h).next() }
pub fn world8(seed: u64) -> u64 { let h = md5::compute(seed.to_le_bytes()); h.0[0] as u64 }
pub fn world9(seed: u64, secret: &[u8]) -> u64 { let h = md5::compute(secret); Pcg64::new(seed).next() }

pub fn keyed(secret_key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut h = Md5::new();
    h.update(msg);
    h.update(secret_key);
    h.finalize().to_vec()
}
pub fn chained(token_secret: &[u8]) -> Vec<u8> {
    Sha1::new().chain_update(token_secret).finalize().to_vec()
}
pub fn transcript(shared_secret: &[u8], server_public_key: &[u8]) -> Vec<u8> {
    Sha1::new().chain_update(shared_secret).chain_update(server_public_key).finalize().to_vec()
}
pub fn shown(api_secret: &[u8], data: &[u8]) {
    println!("{:x}", md5::compute(api_secret));
    println!("{:x}", md5::compute(data));
    println!("{:x}", Sha1::digest(data));
    println!("{}", blake3::hash(data));
}
`;
  const found = scan('src/lib.rs', text).filter((f) => f.ruleId === 'weak-hash' || f.ruleId === 'weak-password-hash');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "weak-hash 5:13-5:45 low `md5::compute(seed.to_le_bytes())` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 8:43-8:75 low `md5::compute(seed.to_le_bytes())` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 9:43-9:75 low `md5::compute(seed.to_le_bytes())` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 10:43-10:75 low `md5::compute(seed.to_le_bytes())` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 11:43-11:75 low `md5::compute(seed.to_le_bytes())` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 12:43-12:75 low `md5::compute(seed.to_le_bytes())` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 13:43-13:75 low `md5::compute(seed.to_le_bytes())` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 14:43-14:75 high MD5 of `seed.to_le_bytes()`: MD5 has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys. | ",
      "weak-hash 15:58-15:78 high MD5 of `secret`: MD5 has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys. | ",
      "weak-hash 18:17-18:27 high MD5 of `secret_key`: MD5 has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys. | 20:5 the secret goes into the hash here",
      "weak-hash 24:5-24:16 high SHA-1 of `token_secret`: SHA-1 has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys. | 24:5 the secret goes into the hash here",
      "weak-hash 27:5-27:16 low `Sha1::new()` uses SHA-1, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 30:22-30:46 high MD5 of `api_secret`: MD5 has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys. | ",
      "weak-hash 31:22-31:40 low `md5::compute(data)` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 32:22-32:40 low `Sha1::digest(data)` uses SHA-1, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
    ],
  );
});

test('weak-password-hash: a stored password compared in the clear, and a password hashed once — by its name, by the function or type it is hashed in, by what the callers pass', () => {
  const text = `use sha2::{Digest, Sha256};

pub struct User { pub password: String, pub pwd_len: usize }

impl User {
    pub fn check(&self, password: &str) -> bool {
        self.password == password
    }
    pub fn check_trimmed(&self, password: &str) -> bool {
        self.password.as_str() == password.trim()
    }
    pub fn check_hashed(&self, password: &str) -> bool {
        self.password == argon2_verify(password)
    }
    pub fn check_len(&self, password: &str) -> bool {
        self.pwd_len == password.len()
    }
    pub fn check_deref(&self, password: &String) -> bool {
        *password == (&self.password).to_string()
    }
}

pub fn confirm(password: &str, password_again: &str) -> bool {
    password == password_again
}

pub fn hash_password(value: &str) -> Vec<u8> {
    Sha256::digest(value.as_bytes()).to_vec()
}

pub fn digest_of(value: &str) -> Vec<u8> {
    Sha256::digest(value.as_bytes()).to_vec()
}

pub fn register(form: &Form) -> Vec<u8> {
    digest_of(&form.password)
}

pub fn fingerprint(value: &str) -> String {
    format!("{:x}", md5::compute(value))
}

pub fn login(form: &Form) -> String {
    fingerprint(&form.passwd)
}

pub fn show(pwd: &str, password_hash: &str) {
    println!("{:x}", md5::compute(pwd));
    println!("{:x}", md5::compute(password_hash));
}

pub struct PasswordHasher;
impl PasswordHasher {
    pub fn encode(&self, raw: &str) -> String {
        hex::encode(Sha256::digest(raw.as_bytes()))
    }
}
`;
  const found = scan('src/lib.rs', text).filter((f) => ['weak-hash', 'weak-password-hash', 'non-constant-time-compare'].includes(f.ruleId));
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "non-constant-time-compare 7:9-7:34 medium `self.password == password` compares secret bytes with `==`, which stops at the first differing byte; the timing tells an attacker how much of a forged tag, key or hash is right. Use `subtle::ConstantTimeEq` (`a.ct_eq(b).into()`), `Mac::verify_slice`, or `ring::constant_time::verify_slices_are_equal` — and for passwords, a password hash's `verify_password`. | ",
      "weak-password-hash 7:9-7:34 high `self.password == password` compares a stored password with the one presented, in the clear: the passwords are kept as plaintext, so whoever reads the store (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (`argon2::Argon2::default().hash_password(pw, &salt)`) and check with `verify_password`. | ",
      "non-constant-time-compare 10:9-10:50 medium `self.password.as_str() == password.trim()` compares secret bytes with `==`, which stops at the first differing byte; the timing tells an attacker how much of a forged tag, key or hash is right. Use `subtle::ConstantTimeEq` (`a.ct_eq(b).into()`), `Mac::verify_slice`, or `ring::constant_time::verify_slices_are_equal` — and for passwords, a password hash's `verify_password`. | ",
      "weak-password-hash 10:9-10:50 high `self.password.as_str() == password.trim()` compares a stored password with the one presented, in the clear: the passwords are kept as plaintext, so whoever reads the store (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (`argon2::Argon2::default().hash_password(pw, &salt)`) and check with `verify_password`. | ",
      "non-constant-time-compare 13:9-13:49 medium `self.password == argon2_verify(password)` compares secret bytes with `==`, which stops at the first differing byte; the timing tells an attacker how much of a forged tag, key or hash is right. Use `subtle::ConstantTimeEq` (`a.ct_eq(b).into()`), `Mac::verify_slice`, or `ring::constant_time::verify_slices_are_equal` — and for passwords, a password hash's `verify_password`. | ",
      "non-constant-time-compare 19:9-19:50 medium `*password == (&self.password).to_string()` compares secret bytes with `==`, which stops at the first differing byte; the timing tells an attacker how much of a forged tag, key or hash is right. Use `subtle::ConstantTimeEq` (`a.ct_eq(b).into()`), `Mac::verify_slice`, or `ring::constant_time::verify_slices_are_equal` — and for passwords, a password hash's `verify_password`. | ",
      "weak-password-hash 19:9-19:50 high `*password == (&self.password).to_string()` compares a stored password with the one presented, in the clear: the passwords are kept as plaintext, so whoever reads the store (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (`argon2::Argon2::default().hash_password(pw, &salt)`) and check with `verify_password`. | ",
      "weak-password-hash 28:5-28:37 high Password hashed with one pass of SHA-256 (`value.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-password-hash 32:5-32:37 high Password hashed with one pass of SHA-256 (`value.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-password-hash 40:21-40:40 high Password hashed with one pass of MD5 (`value`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id, scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-password-hash 48:22-48:39 high Password hashed with one pass of MD5 (`pwd`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id, scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-hash 49:22-49:49 low `md5::compute(password_hash)` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-password-hash 55:21-55:51 high Password hashed with one pass of SHA-256 (`raw.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`. | ",
    ],
  );
});

const saltedService = (fnName: string, body: string, compare = true) => `use sha2::{Digest, Sha256};
pub struct Stored { pub hash: String, pub salt: String }
pub fn ${fnName}(value: &str, salt: &str, pepper_key: &[u8]) -> Vec<u8> {
    ${body}
}
${compare ? 'pub fn matches(h: &[u8], stored: &Stored) -> bool {\n    hex::encode(h) == stored.hash\n}\n' : ''}`;
const SALT_CASES: [string, string][] = [
  ['reported: chain', saltedService('hash_value', 'Sha256::new().chain_update(salt).chain_update(value).finalize().to_vec()')],
  ['reported: let', saltedService('salted', 'let mixed = format!("{salt}{value}");\n    Sha256::digest(mixed.as_bytes()).to_vec()')],
  ['reported: check', saltedService('check_secret', 'let mut h = Sha256::new();\n    h.update(salt);\n    h.update(value);\n    h.finalize().to_vec()')],
  ['reported: verify', saltedService('verify', 'Sha256::digest(format!("{}{}", salt, value).as_bytes()).to_vec()')],
  ['not: named otherwise', saltedService('digest_value', 'Sha256::new().chain_update(salt).chain_update(value).finalize().to_vec()')],
  ['not: named hashing', saltedService('hashing', 'Sha256::new().chain_update(salt).chain_update(value).finalize().to_vec()')],
  ['not: no comparison', saltedService('hash_value', 'Sha256::new().chain_update(salt).chain_update(value).finalize().to_vec()', false)],
  ['not: a key', saltedService('hash_value', 'Sha256::new().chain_update(salt).chain_update(pepper_key).finalize().to_vec()')],
  ['not: no salt', saltedService('hash_value', 'Sha256::new().chain_update(value).finalize().to_vec()')],
  ['not: only the salt is a parameter', saltedService('hash_value', 'Sha256::new().chain_update(salt).chain_update(b"fixed").finalize().to_vec()')],
];

test('weak-password-hash: one fast hash over a salt and a parameter, in a function named for hashing or checking, in a file that compares hashes: the shape of password storage', () => {
  const found = SALT_CASES.map(([name, text]) => [name, of(scan('src/lib.rs', text), 'weak-password-hash').map((f) => `${f.region.startLine}:${f.region.startColumn} ${f.message.slice(0, f.message.indexOf(' over a salt'))} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`)]);
  assert.deepEqual(found, [
    ['reported: chain', ['4:5 `salt` is stored as one pass of SHA-256 | 4:5 the SHA-256 hasher is made here']],
    ['reported: let', ['5:5 `mixed.as_bytes()` is stored as one pass of SHA-256 | ']],
    ['reported: check', ['5:5 `salt` is stored as one pass of SHA-256 | 4:17 the SHA-256 hasher is made here']],
    ['reported: verify', ['4:5 `format!("{}{}", salt, value).as_bytes()` is stored as one pass of SHA-256 | ']],
    ['not: named otherwise', []],
    ['not: named hashing', []],
    ['not: no comparison', []],
    ['not: a key', []],
    ['not: no salt', []],
    ['not: only the salt is a parameter', []],
  ]);
  const [first] = of(scan('src/lib.rs', SALT_CASES[0][1]), 'weak-password-hash');
  assert.equal(first.message, '`salt` is stored as one pass of SHA-256 over a salt and the value: salted or not, a fast hash lets whoever gets the stored hashes test billions of guesses per second — if these are passwords (a salted hash checked by recomputing is how passwords are stored), use a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt.');
});

test('weak-hash and weak-password-hash: the algorithm named by openssl\'s MessageDigest, ring\'s digest algorithm, md5 and blake3', () => {
  const text = `use openssl::hash::{hash, MessageDigest};

pub fn a(data: &[u8]) { let _ = openssl::hash::hash(MessageDigest::md5(), data); }
pub fn b(data: &[u8]) { let _ = openssl::hash::hash(MessageDigest::sha1(), data); }
pub fn c(password: &str) { let _ = openssl::hash::hash(MessageDigest::sha512(), password.as_bytes()); }
pub fn d(password: &str, nid: Nid) { let _ = openssl::hash::hash(MessageDigest::from_nid(nid).unwrap(), password.as_bytes()); }
pub fn e(data: &[u8]) { let _ = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, data); }
pub fn f(password: &str) { let _ = ring::digest::digest(&ring::digest::SHA384, password.as_bytes()); }
pub fn g(password: &str, alg: &'static ring::digest::Algorithm) { let _ = ring::digest::digest(alg, password.as_bytes()); }
pub fn h(password: &str) { let _ = blake3::hash(password.as_bytes()); }
pub fn i(data: &[u8]) { let _ = md5::compute(data); }
`;
  const found = scan('src/lib.rs', text).filter((f) => f.ruleId === 'weak-hash' || f.ruleId === 'weak-password-hash');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "weak-hash 3:33-3:80 low `openssl::hash::hash(MessageDigest::md5(…` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-hash 4:33-4:81 low `openssl::hash::hash(MessageDigest::sha1…` uses SHA-1, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-password-hash 5:36-5:101 high Password hashed with one pass of SHA-512 (`password.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-password-hash 6:46-6:125 high Password hashed with one pass of a hash (`password.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-hash 7:33-7:100 low `ring::digest::digest(&ring::digest::SHA…` uses SHA-1, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
      "weak-password-hash 8:36-8:100 high Password hashed with one pass of SHA-384 (`password.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-password-hash 9:75-9:121 high Password hashed with one pass of a hash (`password.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-password-hash 10:36-10:69 high Password hashed with one pass of BLAKE3 (`password.as_bytes()`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id (`argon2::Argon2::default().hash_password(pw, &salt)`), scrypt or bcrypt, and check them with `verify_password`. | ",
      "weak-hash 11:33-11:51 low `md5::compute(data)` uses MD5, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there. | ",
    ],
  );
});

test('nonce-reuse: a nonce made outside a loop, used twice under one cipher, read from a field nothing advances, counted with wrapping_add', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Nonce};

pub fn loop_let(cipher: &Aes256Gcm, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = vec![];
    for m in msgs {
        out.push(cipher.encrypt(&nonce, m.as_slice()).unwrap());
    }
    out
}

pub fn loop_param(cipher: &Aes256Gcm, nonce: &Nonce<aes_gcm::aead::consts::U12>, msgs: &[Vec<u8>]) {
    for m in msgs {
        let _ = cipher.encrypt(nonce, m.as_slice());
    }
}

pub fn loop_new_cipher(keys: &[[u8; 32]], m: &[u8]) {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    for k in keys {
        let c = Aes256Gcm::new(k.into());
        let _ = c.encrypt(&nonce, m);
    }
}

pub fn loop_inline_cipher(keys: &[[u8; 32]], m: &[u8]) {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    for k in keys {
        let _ = Aes256Gcm::new(k.into()).encrypt(&nonce, m);
    }
}

pub fn twice(cipher: &Aes256Gcm, a: &[u8], b: &[u8]) {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let _ = cipher.encrypt(&nonce, a);
    let _ = cipher.encrypt(&nonce, b);
}

pub fn branches(cipher: &Aes256Gcm, a: &[u8], first: bool) {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    if first {
        let _ = cipher.encrypt(&nonce, a);
    } else {
        let _ = cipher.encrypt(&nonce, a);
    }
}

pub fn two_ciphers(c1: &Aes256Gcm, c2: &Aes256Gcm, a: &[u8]) {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let _ = c1.encrypt(&nonce, a);
    let _ = c2.encrypt(&nonce, a);
}

pub struct Channel { cipher: Aes256Gcm, nonce: Nonce<aes_gcm::aead::consts::U12>, counter: u64, other: u64 }

impl Channel {
    pub fn new(cipher: Aes256Gcm) -> Self {
        Channel { cipher, nonce: Aes256Gcm::generate_nonce(&mut OsRng), counter: 0, other: 0 }
    }
    pub fn send(&self, msg: &[u8]) -> Vec<u8> {
        self.cipher.encrypt(&self.nonce, msg).unwrap()
    }
    pub fn send_again(&self, msg: &[u8]) -> Vec<u8> {
        self.cipher.encrypt(&self.nonce, msg).unwrap()
    }
    pub fn tick(&mut self) {
        self.counter = self.counter.wrapping_add(1);
        self.other = self.other.wrapping_add(1);
    }
}
`;
  const found = of(scan('src/lib.rs', text), 'nonce-reuse');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "nonce-reuse 8:18-8:54 critical Nonce `&nonce` is made once (line 5) outside the loop at line 7 and used by `encrypt` on every iteration: each message after the first is encrypted under the same key and nonce. Make a fresh nonce inside the loop. | 5:5 the nonce is made here, once",
      "nonce-reuse 15:17-15:52 critical Nonce `nonce` is made once (line 13) outside the loop at line 14 and used by `encrypt` on every iteration: each message after the first is encrypted under the same key and nonce. Make a fresh nonce inside the loop. | 13:39 the nonce is made here, once",
      "nonce-reuse 37:13-37:38 critical Nonce `&nonce` was already used for an encryption at line 36 under the same key; using it again for `encrypt` repeats the nonce. Make a new nonce for each message. | 36:13 first encryption with this nonce",
      "nonce-reuse 62:9-62:46 critical Nonce `&self.nonce` comes from the field `nonce`, which nothing ever advances: every call of `send` encrypts under the same key and nonce. Generate a nonce per message, or increment a counter field and refuse to wrap. | 59:34 `nonce` is set here and never changed",
      "nonce-reuse 68:24-68:52 critical Nonce counter `self.counter` uses `wrapping_add`: after it wraps around, nonces repeat under the same key. Use `checked_add` and stop (or re-key) when it would overflow. | ",
    ],
  );
});

test('nonce-reuse and constant-nonce: a field nonce handed to the crate\'s own helper method; a stream cipher built with a constant nonce to decrypt is the encrypting side\'s finding', () => {
  const text = `use crypto::aes::{self, KeySize};
use crypto::blockmodes::PkcsPadding;
use chacha20::cipher::{KeyIvInit, StreamCipher};
use chacha20::ChaCha20;

pub struct AesBox {
    key: [u8; 32],
    iv: [u8; 16],
}

impl AesBox {
    pub fn encrypt(&self, data: &[u8]) -> Vec<u8> {
        self.seal(data, &self.iv)
    }

    pub fn encrypt_with(&self, data: &[u8], other: &Sealer) -> Vec<u8> {
        other.seal(data, &self.iv)
    }

    fn seal(&self, #[allow(unused)] data: &[u8], iv: &[u8; 16]) -> Vec<u8> {
        let _enc = aes::cbc_encryptor(KeySize::KeySize256, &self.key, iv, PkcsPadding);
        vec![]
    }
}

pub fn encrypt_stream(key: &[u8; 32], data: &mut [u8]) {
    let mut c = ChaCha20::new(key.into(), &[0u8; 12].into());
    c.apply_keystream(data);
}

pub fn decrypt_stream(key: &[u8; 32], data: &mut [u8]) {
    let mut c = ChaCha20::new(key.into(), &[0u8; 12].into());
    c.apply_keystream(data);
}

pub fn decipher_slices(key: &[u8], data: &mut [u8]) {
    let mut c = ChaCha20::new_from_slices(key, &[0u8; 12]).unwrap();
    c.apply_keystream(data);
}
`;
  const found = scan('src/lib.rs', text).filter((f) => f.ruleId === 'nonce-reuse' || f.ruleId === 'constant-nonce');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "nonce-reuse 13:9-13:34 critical Nonce `&self.iv` comes from the field `iv`, which nothing ever advances: every call of `encrypt` encrypts under the same key and nonce. Generate a nonce per message, or increment a counter field and refuse to wrap. | ",
      "constant-nonce 27:17-27:61 critical Constant nonce `&[0u8; 12].into()` passed to `ChaCha20::new`: every message under this key reuses it, and with ChaCha20 a repeated nonce reveals the XOR of the plaintexts. Generate a fresh random IV for each message (e.g. `let mut iv = [0u8; 12]; OsRng.fill_bytes(&mut iv);`) or use a counter that never repeats. | 27:44 the constant nonce is defined here",
    ],
  );
});

test('weak-kdf: the bytes of a string as a cipher key — by the name, the declared type, or how the string was made; not an HMAC or JWT secret from configuration, not a DH secret', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};
use hmac::{Hmac, Mac};
use jsonwebtoken::EncodingKey;

pub fn a(pass_phrase: &[u8]) { let _ = Aes256Gcm::new_from_slice(pass_phrase.as_ref()); }
pub fn b(s: &str) { let _ = Aes256Gcm::new_from_slice(s.as_bytes()); }
pub fn c(s: String) { let _ = Aes256Gcm::new_from_slice(s.as_bytes()); }
pub fn d(x: u32) { let s = format!("{x}"); let _ = Aes256Gcm::new_from_slice(s.as_bytes()); }
pub fn e() { let s = String::from("abc"); let _ = Aes256Gcm::new_from_slice(s.as_bytes()); }
pub fn f() { let s = std::env::var("K").unwrap(); let _ = Aes256Gcm::new_from_slice(s.as_bytes()); }
pub fn g(x: &Cfg) { let s = x.name.to_string(); let _ = Aes256Gcm::new_from_slice(s.as_bytes()); }
pub fn i() { let s = std::env::args().nth(1).unwrap(); let _ = Aes256Gcm::new_from_slice(s.as_bytes()); }
pub fn j() { let s = load(); let _ = Aes256Gcm::new_from_slice(s.as_bytes()); }
pub fn k(shared_secret: &SharedSecret) { let _ = Aes256Gcm::new_from_slice(shared_secret.as_bytes()); }
pub fn l(secret: &str) { let _ = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()); }
pub fn m(jwt_secret: &str) { let _ = EncodingKey::from_secret(jwt_secret.as_bytes()); }
pub fn n(password: &str) { let _ = Hmac::<sha2::Sha256>::new_from_slice(password.as_bytes()); }
`;
  const found = scan('src/lib.rs', text).filter((f) => f.ruleId === 'weak-kdf' || f.ruleId === 'hardcoded-key');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "weak-kdf 6:29-6:68 high Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`s.as_bytes()`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 with a random salt. | 6:55 the string used as key",
      "weak-kdf 7:31-7:70 high Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`s.as_bytes()`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 with a random salt. | 7:57 the string used as key",
      "weak-kdf 8:52-8:91 high Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`s.as_bytes()`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 with a random salt. | 8:78 the string used as key",
      "hardcoded-key 9:51-9:90 critical Hard-coded key: `s.as_bytes()` reaches `Aes256Gcm::new_from_slice`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF. | 9:35 the key bytes are defined here",
      "weak-kdf 10:59-10:98 high Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`s.as_bytes()`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 with a random salt. | 10:85 the string used as key",
      "weak-kdf 11:57-11:96 high Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`s.as_bytes()`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 with a random salt. | 11:83 the string used as key",
      "weak-kdf 12:64-12:103 high Key material for `Aes256Gcm::new_from_slice` is taken straight from a string (`s.as_bytes()`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 with a random salt. | 12:90 the string used as key",
      "weak-kdf 17:36-17:93 high Key material for `Hmac::new_from_slice` is taken straight from a string (`password.as_bytes()`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the `argon2` crate) or PBKDF2 with a random salt. | 17:73 the string used as key",
    ],
  );
});

test('unchecked-slice-length: only a slice of an input by name; a nonce read back from a message counts in crypto code, which the crate\'s dependencies can make it', () => {
  const text = `pub struct Frame { pub body: Vec<u8> }

pub fn fields(c: &Cipher, frame: &Frame, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&frame.body[..12]), ct).ok();
}
pub fn single_index(c: &Cipher, data: &[u8], ct: &[u8]) {
    let first = data[12];
    c.decrypt(Nonce::from_slice(&[first; 12]), ct).ok();
}
pub fn full_range(c: &Cipher, data: &[u8], ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..]), ct).ok();
}
pub fn drained(c: &Cipher, mut data: Vec<u8>, ct: &[u8]) {
    let nonce: Vec<u8> = data.drain(..12).collect();
    c.decrypt(Nonce::from_slice(&nonce), ct).ok();
}
pub fn drained_range(c: &Cipher, mut data: Vec<u8>, ct: &[u8]) {
    let nonce: Vec<u8> = data.drain(2..14).collect();
    c.decrypt(Nonce::from_slice(&nonce), ct).ok();
}
pub fn read_back(info: &[u8]) -> Vec<u8> {
    let cipher_nonce = info[4..16].to_vec();
    cipher_nonce
}
pub fn copied(filecontent: &[u8]) -> Vec<u8> {
    let mut nonce = filecontent.clone();
    let iv = nonce[..12].to_vec();
    iv
}
`;
  const lines = (crate?: CrateContext) => of(scan('src/lib.rs', text, crate), 'unchecked-slice-length').map((f) => f.region.startLine);
  assert.deepEqual(lines(), [14]);
  assert.deepEqual(lines(crateWith('serde')), [14]);
  assert.deepEqual(lines(crateWith('aes-gcm')), [14, 22, 27]);
  assert.deepEqual(lines(crateWith('serde', 'chacha20poly1305')), [14, 22, 27]);
  assert.equal(of(scan('src/lib.rs', text), 'unchecked-slice-length')[0].message, '`data.drain(..12)` cuts the nonce or tag off `data` without checking its length first: an input shorter than 12 bytes panics (a remote crash for anyone who can send one). Check `data.len()` first, or use `split_at_checked` / `get(..)`.');
});

test('weak-rng: every generator call that draws key material from a seeded generator, and the ones that do not draw key material', () => {
  const text = `use rand::{rngs::StdRng, SeedableRng};

pub fn all(n: u64) {
    let mut rng = StdRng::seed_from_u64(n);
    let _a = SaltString::generate(&mut rng);
    let _b = Aes256Gcm::generate_key(&mut rng);
    let _c = Aes256Gcm::generate_nonce(&mut rng);
    let _d = Kdf::generate_salt(&mut rng);
    let _e = Ed25519::generate_keypair(&mut rng);
    let _f = box_::gen_keypair(&mut rng);
    let _g = Rsa::generate_key_pair(&mut rng);
    let _h = StaticSecret::generate_secret(&mut rng);
    let mut key = [0u8; 32];
    rng.fill_bytes(&mut key);
    let mut iv = [0u8; 16];
    rng.try_fill_bytes(&mut iv).unwrap();
    let mut salt = [0u8; 16];
    rng.fill(&mut salt);
    let mut seed = [0u8; 32];
    fill_random(&mut seed, &mut rng);
    let mut secret = [0u8; 32];
    random_bytes(&mut secret, &mut rng);
    let mut other = [0u8; 32];
    rng.fill_bytes(&mut other);
    let _i = Thing::generate_id(&mut rng);
    let _j = Aes256Gcm::generate_keys(&mut rng);
}
`;
  const found = of(scan('src/lib.rs', text), 'weak-rng');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "weak-rng 5:14-5:44 high `SaltString::generate(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 6:14-6:47 high `Aes256Gcm::generate_key(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 7:14-7:49 high `Aes256Gcm::generate_nonce(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 8:14-8:42 high `Kdf::generate_salt(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 9:14-9:49 high `Ed25519::generate_keypair(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 10:14-10:41 high `box_::gen_keypair(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 11:14-11:46 high `Rsa::generate_key_pair(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 12:14-12:53 high `StaticSecret::generate_secret(&mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 14:5-14:29 high `rng.fill_bytes(&mut key)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 16:5-16:32 high `rng.try_fill_bytes(&mut iv)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 18:5-18:24 high `rng.fill(&mut salt)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 20:5-20:37 high `fill_random(&mut seed, &mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
      "weak-rng 22:5-22:40 high `random_bytes(&mut secret, &mut rng)` draws key material from `seed_from_u64`, which is not cryptographically secure (predictable from its seed or output). Use `OsRng` or `rand::thread_rng()`. | 4:19 the weak generator",
    ],
  );
});

test('hardcoded-key: secret-named consts and statics that hold a literal; not numbers, flags, an empty string, or one already reported where it reaches a key', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};

const SECRET_KEY: [u8; 32] = [7; 32];
const API_SECRET: &str = "";
const API_TOKEN: &str = "tok_live_4242";
const SECRET_MASK: i64 = 1 << 40;
const SESSION_SECRET_BITS: u128 = 1 << 100;
const AUTH_KEY_ID: u32 = 0x13;
const SIGNING_SECRET: &[u8] = b"sign-me";
const PRIVATE_KEY_FLAG: bool = true;
static MASTER_PASSWORD: &str = "hunter22";

pub fn cipher() -> Aes256Gcm {
    Aes256Gcm::new(&SECRET_KEY.into())
}
`;
  const found = of(scan('src/lib.rs', text), 'hardcoded-key');
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.severity} ${f.message} | ${f.related.map((r) => `${r.region.startLine}:${r.region.startColumn} ${r.message}`).join()}`),
    [
      "hardcoded-key 5:1-5:41 high Secret-named const `API_TOKEN` holds a literal value (`\"tok_live_4242\"`): a secret committed to source control is a secret shared with everyone who can read it. Load it at run time instead. | ",
      "hardcoded-key 9:1-9:42 high Secret-named const `SIGNING_SECRET` holds a literal value (`b\"sign-me\"`): a secret committed to source control is a secret shared with everyone who can read it. Load it at run time instead. | ",
      "hardcoded-key 11:1-11:43 high Secret-named static `MASTER_PASSWORD` holds a literal value (`\"hunter22\"`): a secret committed to source control is a secret shared with everyone who can read it. Load it at run time instead. | ",
      "hardcoded-key 14:5-14:39 critical Hard-coded key: `&SECRET_KEY.into()` reaches `Aes256Gcm::new`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF. | 3:1 the key bytes are defined here",
    ],
  );
});

test('secret-logged: the type of a printed `let` from its declared type or what the resolver knows of its value', () => {
  const text = `#[derive(Debug)]
pub struct User { pub name: String, pub password: String }
impl User {
    pub fn new() -> User { todo!() }
}
pub fn declared() {
    let u: web::Json<User> = get();
    println!("{:?}", u);
}
pub fn constructed() {
    let u = User::new();
    println!("{:?}", u);
}
pub fn unknown() {
    let u = get();
    println!("{:?}", u);
}
`;
  assert.deepEqual(loggedLines(text), [8, 12]);
});

test('non-constant-time-compare: the words that qualify a key, a hash or a token, and the crypto-only words in other code', () => {
  const crypto = ['cache_key', 'api_key', 'restored_hash', 'stored_hash', 'tokenizer_hash', 'preset_token', 'authority_token', 'refresh_token'];
  assert.deepEqual(comparedLines(compareFile(CMP_HEADER, crypto)).map((l) => crypto[(l - 3) / 3]), ['api_key', 'stored_hash', 'refresh_token']);
  const plain = ['unexpected_tag', 'stored_tag', 'computed_mac', 'tag'];
  assert.deepEqual(comparedLines(compareFile('use std::fmt;\n', plain)).map((l) => plain[(l - 3) / 3]), ['stored_tag', 'computed_mac']);
});

test('hardcoded-key: a credential compared with a literal is a named value, not a path or a confirmation field', () => {
  const text = `pub fn login(form: &Form) -> bool {
    if consts::ADMIN_PASSWORD == "hunter22" {
        return true;
    }
    if form.password_confirm == "hunter22" {
        return true;
    }
    if form.password.as_str() == "hunter22" {
        return true;
    }
    false
}
`;
  assert.deepEqual(of(scan('src/lib.rs', text), 'hardcoded-key').map((f) => `${f.region.startLine} ${f.message.split(' checks')[0]}`), ['8 `form.password.as_str() == "hunter22"`']);
});

test('non-constant-time-compare: a name bound by `let Some(x) = …` from a `…_pass` or secret field, not from a bare `pass` or a confirmation', () => {
  const text = `use hmac::Mac;
pub fn a(cfg: &Cfg, entered: &str) -> bool {
    if let Some(p) = &cfg.db_pass {
        return entered == p;
    }
    false
}
pub fn b(cfg: &Cfg, entered: &str) -> bool {
    if let Some(p) = &cfg.pass {
        return entered == p;
    }
    false
}
pub fn c(cfg: &Cfg, entered: &str) -> bool {
    if let Some(p) = cfg.api_key.as_deref() {
        return entered == p;
    }
    false
}
pub fn d(form: &Form, entered: &str) -> bool {
    if let Some(p) = &form.confirm_pass {
        return entered == p;
    }
    false
}
`;
  assert.deepEqual(comparedLines(text), [4, 16]);
});
