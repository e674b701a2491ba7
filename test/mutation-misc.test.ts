import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import { inFunctions, inProcess, of } from './in-process.ts';

// The four checks of src/analyzer/checks/misc.ts (unchecked-result, secret-logged,
// non-constant-time-compare, unchecked-slice-length) on real Rust source, case by case where
// test/mutation-checks.test.ts covers a rule as a whole: which of two neighbouring functions is
// reported, and where. The analyzer runs in-process; `npm run mutate` runs this file against every
// mutant it reaches (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const { scan } = await inProcess();

/** The reported functions' names: the `pub fn` a finding's line is in. */
function reportedFns(text: string, ruleId: string, path = 'src/lib.rs', crate?: CrateContext): string[] {
  return inFunctions(of(scan(path, text, crate), ruleId), text);
}

// --- unchecked-slice-length ---

const AEAD = `use aes_gcm::aead::{Aead, AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use sha2::{Digest, Sha256};
const NONCE_LEN: usize = 12;
const SALT_LEN: usize = 16;
const TAG_LEN: usize = 16;
const MAGIC: &[u8] = b"RCG1";
`;
const sliced = (text: string, crate?: CrateContext) => reportedFns(text, 'unchecked-slice-length', 'src/lib.rs', crate);

test('unchecked-slice-length: a local this code fills with a fixed-size buffer cannot be short; one it copies input into, or reads into, can', () => {
  const text = `${AEAD}pub fn reassigned_after_use(c: &Aes256Gcm, input: &[u8], ct: &[u8]) {
    let mut data;
    data = input.to_vec();
    c.decrypt(Nonce::from_slice(&data[..12]), ct).ok();
    data = vec![0u8; 64];
}
pub fn other_buffer_allocated(c: &Aes256Gcm, input: &[u8], ct: &[u8]) {
    let data;
    let scratch;
    scratch = vec![0u8; 64];
    data = input.to_vec();
    c.decrypt(Nonce::from_slice(&data[..12]), ct).ok();
}
pub fn assigned_array(c: &Aes256Gcm, ct: &[u8]) {
    let header;
    header = [0u8; 64];
    c.decrypt(Nonce::from_slice(&header[..12]), ct).ok();
}
pub fn assigned_vec_spaced(c: &Aes256Gcm, ct: &[u8]) {
    let a;
    a = vec! [0u8; 64];
    c.decrypt(Nonce::from_slice(&a[..12]), ct).ok();
    let b;
    b = vec ![0u8; 64];
    c.decrypt(Nonce::from_slice(&b[..12]), ct).ok();
}
pub fn untyped_array(c: &Aes256Gcm, ct: &[u8]) {
    let buf = [0u8; 32];
    c.decrypt(Nonce::from_slice(&buf[..12]), ct).ok();
}
pub fn spaced_array_types(c: &Aes256Gcm, ct: &[u8]) {
    let a: [ u8; 64] = read_header();
    c.decrypt(Nonce::from_slice(&a[..12]), ct).ok();
    let b: [u8 ; 64] = read_header();
    c.decrypt(Nonce::from_slice(&b[..12]), ct).ok();
}
pub fn spaced_vec_macros(c: &Aes256Gcm, ct: &[u8]) {
    let a = vec! [0u8; 64];
    c.decrypt(Nonce::from_slice(&a[..12]), ct).ok();
    let b = vec ![0u8; 64];
    c.decrypt(Nonce::from_slice(&b[..12]), ct).ok();
}
pub fn read_to_end(c: &Aes256Gcm, reader: &mut impl std::io::Read) {
    let mut data = vec![];
    reader.read_to_end(&mut data).unwrap();
    c.decrypt(Nonce::from_slice(&data[..12]), &data[12..]).ok();
}
pub fn digests(c: &Aes256Gcm, seed: &[u8], ct: &[u8]) {
    let mut hasher = Sha256::new();
    hasher.update(seed);
    let out = hasher.finalize();
    c.decrypt(Nonce::from_slice(&out[..12]), ct).ok();
    let v = Sha256::digest(seed).to_vec();
    c.decrypt(Nonce::from_slice(&v[..12]), ct).ok();
    let w: Vec<u8> = Sha256::digest(seed).as_slice().to_owned();
    c.decrypt(Nonce::from_slice(&w[..12]), ct).ok();
}
pub fn copies(c: &Aes256Gcm, input: &[u8], ct: &[u8]) {
    let copy = input.to_vec();
    c.decrypt(Nonce::from_slice(&copy[..12]), ct).ok();
}
pub fn read_back(c: &Aes256Gcm, ct: &[u8]) {
    let read = read_all().clone();
    c.decrypt(Nonce::from_slice(&read[..12]), ct).ok();
}
pub fn parsed_parts(c: &Aes256Gcm, input: &[u8]) {
    let (nonce, body) = parse_frame(input);
    c.decrypt(Nonce::from_slice(&nonce[..12]), body).ok();
}
pub fn split_mut(c: &Aes256Gcm, data: &mut [u8]) {
    if data.len() < 16 { return; }
    let (head, rest) = data.split_at_mut(16);
    c.decrypt(Nonce::from_slice(&head[..12]), &rest[..]).ok();
}
`;
  assert.deepEqual(sliced(text), ['reassigned_after_use:11', 'other_buffer_allocated:19', 'read_to_end:53', 'copies:67', 'read_back:71', 'parsed_parts:75']);
});

test('unchecked-slice-length: a bound computed from consts through locals, a helper, lengths; not one that adds a run-time offset', () => {
  const text = `${AEAD}pub fn chained_offsets(c: &Aes256Gcm, data: &[u8], ct: &[u8]) {
    let salt_end = 4 + SALT_LEN;
    let nonce_start = salt_end;
    let nonce_end = nonce_start + NONCE_LEN;
    let tag_end = nonce_end + TAG_LEN;
    c.decrypt(Nonce::from_slice(&data[nonce_end..tag_end]), ct).ok();
}
pub fn local_bound(c: &Aes256Gcm, data: &[u8], ct: &[u8]) {
    let nonce_end = SALT_LEN + NONCE_LEN;
    c.decrypt(Nonce::from_slice(&data[SALT_LEN..nonce_end]), ct).ok();
}
pub fn bound_by_helper(c: &Aes256Gcm, data: &[u8], ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..aligned(NONCE_LEN)]), ct).ok();
}
pub fn param_plus_const(c: &Aes256Gcm, data: &[u8], offset: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[offset..offset + NONCE_LEN]), ct).ok();
}
pub fn const_plus_length(c: &Aes256Gcm, data: &[u8], tag_len: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..NONCE_LEN + tag_len]), ct).ok();
}
pub fn local_plus_length(c: &Aes256Gcm, data: &[u8], tag_len: usize, ct: &[u8]) {
    let start = SALT_LEN;
    c.decrypt(Nonce::from_slice(&data[start..start + tag_len]), ct).ok();
}
pub fn locals_only(c: &Aes256Gcm, data: &[u8], ct: &[u8]) {
    let start = SALT_LEN;
    let len = NONCE_LEN;
    c.decrypt(Nonce::from_slice(&data[start..start + len]), ct).ok();
}
pub fn open_tail(c: &Aes256Gcm, data: &[u8], end: usize) {
    c.decrypt(Nonce::from_slice(&data[NONCE_LEN..end]), &data[end..]).ok();
}
`;
  assert.deepEqual(sliced(text), ['chained_offsets:13', 'local_bound:17', 'bound_by_helper:20', 'const_plus_length:26', 'local_plus_length:30', 'locals_only:35']);
  assert.match(of(scan('src/lib.rs', text), 'unchecked-slice-length')[0].message, /^`data\[nonce_end\.\.tag_end\]` cuts the nonce or tag off `data` without checking its length first: an input shorter than tag_end bytes panics/);
});

test('unchecked-slice-length: writing into a slice, reading one byte, a prefix test, a slice outside any function and a map\'s drain cut nothing off', () => {
  const text = `${AEAD}const PREFIX: &[u8] = &HEADER_BYTES[..12];
pub fn open_into(c: &Aes256Gcm, out: &mut [u8], nonce: &[u8; 12]) {
    out[..12].copy_from_slice(nonce);
    c.decrypt_in_place(Nonce::from_slice(nonce), b"", out).ok();
}
pub fn single_byte(c: &Aes256Gcm, nonce: &Nonce<U12>, data: &[u8], off: usize) -> Option<Vec<u8>> {
    let flags = data[off + 1];
    c.decrypt(nonce, data).ok()
}
pub fn open_versioned(c: &Aes256Gcm, nonce: &Nonce<U12>, data: &[u8]) -> Option<Vec<u8>> {
    if !data.starts_with(MAGIC) { return None; }
    c.decrypt(nonce, data).ok()
}
pub fn clear_sessions(sessions: &mut HashMap<u64, Vec<u8>>) {
    for (_, v) in sessions.drain() { drop(v); }
}
pub fn parse_version(data: &[u8]) -> u32 {
    u32::from_be_bytes(data[..4].try_into().unwrap())
}
pub fn open_whole(c: &Aes256Gcm, nonce: &Nonce<U12>, data: &[u8]) -> Option<Vec<u8>> {
    c.decrypt(nonce, data).ok()
}
pub fn open_into_unchecked(c: &Aes256Gcm, out: &mut [u8], frame: &[u8]) {
    c.decrypt_in_place(Nonce::from_slice(&out[..12]), b"", &mut frame.to_vec()).ok();
}
`;
  assert.deepEqual(sliced(text), ['open_into_unchecked:31']);
});

test('unchecked-slice-length: an IV cut from a parameter, or from a copy of one, for a CBC decryptor; not from a derived or an unknown value', () => {
  const text = `use aes::cipher::{BlockDecryptMut, KeyIvInit};
pub fn open_cbc(key: &[u8], iv: &[u8], data: &mut [u8]) {
    let dec = cbc::Decryptor::<aes::Aes128>::new(key.into(), iv[..16].into());
    dec.decrypt_padded_mut::<Pkcs7>(data).ok();
}
pub fn open_cbc_derived(key: &[u8], salt: &[u8], data: &mut [u8]) {
    let iv = derive_iv(salt);
    let dec = cbc::Decryptor::<aes::Aes128>::new(key.into(), iv[..16].into());
    dec.decrypt_padded_mut::<Pkcs7>(data).ok();
}
pub fn open_cbc_header(key: &[u8], file: &File, data: &mut [u8]) {
    let header = read_header(file);
    let iv = header.to_vec();
    let dec = cbc::Decryptor::<aes::Aes128>::new(key.into(), iv[..16].into());
    dec.decrypt_padded_mut::<Pkcs7>(data).ok();
}
pub fn open_cbc_copied(key: &[u8], header: &[u8], data: &mut [u8]) {
    let iv = header.to_vec();
    let dec = cbc::Decryptor::<aes::Aes128>::new(key.into(), iv[..16].into());
    dec.decrypt_padded_mut::<Pkcs7>(data).ok();
}
pub fn open_cbc_unknown(key: &[u8], data: &mut [u8]) {
    let iv = config_iv.clone();
    let dec = cbc::Decryptor::<aes::Aes128>::new(key.into(), iv[..16].into());
    dec.decrypt_padded_mut::<Pkcs7>(data).ok();
}
`;
  assert.deepEqual(sliced(text), ['open_cbc:3', 'open_cbc_copied:19']);
});

test('unchecked-slice-length: one finding per input, at the slice that feeds the decryption, else at the first that only names the input', () => {
  const text = `${AEAD}pub fn open_record(c: &Aes256Gcm, records: &[Vec<u8>], i: usize) {
    if records.len() <= i { return; }
    let record = &records[i];
    c.decrypt(Nonce::from_slice(&record[..12]), &record[12..]).ok();
}
pub fn magic_then_nonce(c: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    let version = &data[..4];
    if version != MAGIC { return None; }
    c.decrypt(Nonce::from_slice(&data[4..16]), &data[16..]).ok()
}
pub fn header_then_whole(c: &Aes256Gcm, nonce: &Nonce<U12>, data: &[u8]) -> Option<Vec<u8>> {
    let version = &data[..4];
    let plain = c.decrypt(nonce, data).ok()?;
    let trailer = &data[..8];
    Some(plain)
}
`;
  const found = of(scan('src/lib.rs', text), 'unchecked-slice-length');
  assert.deepEqual(found.map((f) => `${f.region.startLine}:${f.region.startColumn}-${f.region.endColumn} ${f.message.split(':')[0]}`), [
    '11:34-46 `record[..12]` cuts the nonce or tag off `record` without checking its length first',
    '16:34-45 `data[4..16]` cuts the nonce or tag off `data` without checking its length first',
    '19:20-29 `data[..4]` cuts the nonce or tag off `data` without checking its length first',
  ]);
  assert.match(found[1].message, /an input shorter than 16 bytes panics/);
});

test('unchecked-slice-length: an `impl` or `dyn` value, and slices of any element type behind `&`, `&mut` or a lifetime, can be short; a named type or an array of any element cannot', () => {
  const types = ['impl Frame', '&dyn Frame', '&mut [Block]', '& mut [Block]', '&mut[Block]', '&[Block]', 'Frame', '&Frame', "&'static [u16]", "&'static mut [u32]", 'Vec<[u8; 16]>', '[u32; 4]', "&'static [u16; 8]", '[[u8; 4]; 4]'];
  const text = AEAD + types.map((t, i) => `pub fn open_${i}(c: &Aes256Gcm, data: ${t}, ct: &[u8]) {\n    c.decrypt(Nonce::from_slice(&data[..12]), ct).ok();\n}\n`).join('');
  const reported = of(scan('src/lib.rs', text), 'unchecked-slice-length').map((f) => types[(f.region.startLine - 9) / 3]);
  // A lifetime before a slice hides nothing; an array of any element type is fixed (a Vec of arrays is not).
  assert.deepEqual(reported, ['impl Frame', '&dyn Frame', '&mut [Block]', '& mut [Block]', '&mut[Block]', '&[Block]', "&'static [u16]", "&'static mut [u32]", 'Vec<[u8; 16]>']);
});

test('unchecked-slice-length: a const without an underscore in a sum with a length is a fixed bound', () => {
  const text = `${AEAD}const HEADER: usize = 4;
pub fn header_plus(c: &Aes256Gcm, data: &[u8], tag_len: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..HEADER + tag_len]), ct).ok();
}
pub fn offset_plus(c: &Aes256Gcm, data: &[u8], offset: usize, tag_len: usize, ct: &[u8]) {
    c.decrypt(Nonce::from_slice(&data[..offset + tag_len]), ct).ok();
}
`;
  assert.deepEqual(sliced(text), ['header_plus:10']);
});

// --- unchecked-result ---

test('unchecked-result: a decryption on a cipher built in the same expression, a round trip through `&mut` or a helper, an API the check does not list', () => {
  const text = `use aes_gcm::aead::{Aead, AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use sodiumoxide::crypto::secretbox;

pub fn open_box(ct: &[u8], nonce: &secretbox::Nonce, key: &secretbox::Key) {
    secretbox::open(ct, nonce, key);
}
pub fn open_with_key(key: &Key<Aes256Gcm>, nonce: &Nonce<U12>, ct: &[u8]) {
    Aes256Gcm::new(key).decrypt(nonce, ct);
}
pub fn self_test(cipher: &Aes256Gcm, nonce: &Nonce<U12>) {
    let mut buf = cipher.encrypt(nonce, b"probe".as_ref()).unwrap();
    cipher.decrypt_in_place(nonce, b"", &mut buf).unwrap();
}
pub fn round_trip(cipher: &Aes256Gcm, nonce: &Nonce<U12>, pt: &[u8]) {
    let sealed = try_encrypt_message(cipher, nonce, pt);
    cipher.decrypt(nonce, sealed.as_ref()).unwrap();
}
pub fn show(cipher: &Aes256Gcm, n: &[u8], ct: &[u8]) {
    println!("{:?}", cipher.decrypt(Nonce::from_slice(&n), ct).unwrap());
}
`;
  const found = of(scan('src/lib.rs', text), 'unchecked-result');
  assert.deepEqual(found.map((f) => `${f.region.startLine}:${f.region.startColumn}-${f.region.endColumn} ${f.severity} ${f.message.split(':')[0]}`), [
    '9:5-43 high The result of `decrypt` is ignored',
    '20:29-71 medium `decrypt(..).unwrap()` (inside `println!`) panics when authentication fails',
  ]);
});

// --- non-constant-time-compare ---

const compared = (text: string, path = 'src/lib.rs') => reportedFns(text, 'non-constant-time-compare', path);

test('non-constant-time-compare: what a name bound by a match arm was taken from, element by element; a name the arm does not bind', () => {
  const text = `use hmac::{Hmac, Mac};
use once_cell::sync::Lazy;

static SAME: Lazy<bool> = Lazy::new(|| expected == provided);

pub struct Settings { pub username: Option<String>, pub api_token: Option<String> }
impl Settings {
    pub fn allowed(&self, given_name: &str, given: &str) -> bool {
        match (&self.username, &self.api_token) {
            (Some(name), Some(token)) => name == given_name && token == given,
            _ => false,
        }
    }
    pub fn matches_stored(&self, provided: &str, stored_value: &str) -> bool {
        match &self.api_token {
            Some(expected) => provided == stored_value,
            None => false,
        }
    }
}
pub fn authorize(api_key: Option<&str>, header: Option<&str>) -> bool {
    match (&api_key, header) {
        (Some(expected), Some(given)) => expected == given,
        _ => false,
    }
}
pub fn same_user(expected_user: Option<&str>, login: Option<&str>) -> bool {
    match (&expected_user, login) {
        (Some(expected), Some(given)) => expected == given,
        _ => false,
    }
}
pub fn upload_allowed(config: &Config, given: &str) -> bool {
    if let Some(user) = config.upload_user {
        return given == user;
    }
    false
}
`;
  const found = of(scan('src/lib.rs', text), 'non-constant-time-compare');
  assert.deepEqual(found.map((f) => `${f.region.startLine}:${f.region.startColumn}-${f.region.endColumn}`), ['10:64-78', '23:42-59']);
  // The same impl alone (no other arm in the file binds \`given\`).
  const alone = text.slice(text.indexOf('pub struct Settings'), text.indexOf('pub fn authorize'));
  assert.deepEqual(compared(alone), ['allowed:5']);
  assert.match(found[0].message, /^`token == given` compares secret bytes with `==`, which stops at the first differing byte/);
});

test('non-constant-time-compare: a secret by the last name of a call path, through a conversion; not a digest checked in the open, a chain hash, a confirmation field', () => {
  const text = `use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
pub fn verify(msg: &[u8], expected: &[u8]) -> bool {
    Sha256::digest(msg).as_slice() == expected
}
pub fn check_header(header_value: &str) -> bool {
    header_value == settings::api_token()
}
pub fn check_tag(expected_tag: &[u8], received: &[u8]) -> bool {
    expected_tag.as_slice() == received
}
pub fn block_link(block_hash: &[u8], parent_hash: &[u8]) -> bool {
    block_hash == parent_hash
}
pub fn signup(form: &Form) -> bool {
    form.password != form.confirmation.password
}
`;
  assert.deepEqual(compared(text), ['check_header:7', 'check_tag:10']);
  // (A file that reads cookies is about logins: there a token by its last word alone is one.)
  const cookie = `pub fn check_cookie(req: &Request, session_token: &str) -> bool {
    req.cookie("session_id") == session_token
}
`;
  assert.deepEqual(compared(cookie), ['check_cookie:2']);
});

test('non-constant-time-compare: in a file about logins, a token field is a credential; a token of a lexer is not', () => {
  const text = `pub fn check(req: &Request, stored: &str) -> bool {
    req.token == stored
}
pub fn peek_is(lexer: &Lexer, token: &str) -> bool {
    lexer.peek() == token
}
`;
  assert.deepEqual(compared(text, 'src/auth.rs'), ['check:2']);
  assert.deepEqual(compared(text, 'src/lexer.rs'), []);
});

// --- secret-logged ---

test('secret-logged: what a print shows, by name, by `{0:?}` and tracing\'s `?x`, inside a tuple or newtype; not format!, a hand-written Debug, a count of tokens', () => {
  const text = `use std::collections::HashMap;
use std::fmt;
#[derive(Debug)]
pub struct User { pub name: String, pub password: String }
#[derive(Clone)]
pub struct Creds { pub user: String, pub password: String }
impl fmt::Debug for Creds {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Creds({})", self.user) }
}
pub fn show(seed_phrase: &str, key_material: &[u8], password: &str, u: &User, c: &Creds, api_key: &ApiKey, user_id: u64, store: &Store) {
    println!("{}", seed_phrase);
    println!("{:?}", key_material);
    let url = format!("postgres://app:{}@db/app", password);
    println!("{} {:?}", password, u);
    println!("{0:?}", u);
    tracing::info!(?u, "logged in");
    println!("{:?}", c);
    println!("{:?}", (user_id, password));
    println!("{}", api_key.0);
    let n = store.token_count();
    println!("{}", n);
}
pub fn generate_api_key() -> String {
    let prefix = "sk_live_";
    let body = random_hex(32);
    log::info!("minting a key with prefix {}", prefix);
    format!("{prefix}{body}")
}
`;
  const found = of(scan('src/lib.rs', text), 'secret-logged');
  assert.deepEqual(found.map((f) => `${f.region.startLine} ${f.message.split('!`:')[0]}!\``), [
    '11 `seed_phrase` is written out by `println!`',
    '12 `key_material` is written out by `println!`',
    '14 `password` is written out by `println!`',
    '15 `u.password` is written out by `println!`',
    '16 `u.password` is written out by `tracing::info!`',
    '18 `password` is written out by `println!`',
    '19 `api_key` is written out by `println!`',
  ]);
});

test('secret-logged: the printed type through six Debug-transparent wrappers, nested Results, odd spacing and a map (it prints its values); not a list type of the crate, a lower-case path, an associated type', () => {
  const types = ['&[ User ]', 'web::Json<Result<User, String>>', 'Result<Result<User, DbError>, Error>', "Option<&'a User>", 'Option<Box<Arc<Mutex<Vec<Rc<User>>>>>>', '&Vec<User >', 'Data<Mutex<User>>', 'HashMap<u32, User>', '&UserList<User>', 'model::user', 'Option<User>::Target'];
  const text = `#[derive(Debug)]
pub struct User { pub name: String, pub password: String }
${types.map((t, i) => `pub fn show_${i}(u: ${t}) {\n    println!("{:?}", u);\n}\n`).join('')}pub fn show_let() {
    let u: &[ User ] = load();
    println!("{:?}", u);
    let v: web::Json<Result<User, String>> = load();
    println!("{:?}", v);
    let w = load();
    println!("{:?}", w);
}
`;
  const found = of(scan('src/lib.rs', text), 'secret-logged');
  const fnLines = types.length * 3 + 3;
  assert.deepEqual(found.map((f) => (f.region.startLine < fnLines ? types[(f.region.startLine - 4) / 3] : `${f.region.startLine} ${f.message.split(' is ')[0]}`)), [...types.slice(0, 8), `${fnLines + 2} \`u.password\``, `${fnLines + 4} \`v.password\``]);
});

test('secret-logged: `{:?}` of what `Ok(x)` or `Some (x)` binds from a call that returns the type, awaited and unwrapped with `?`; not of another name in the arm, nor an error', () => {
  const text = `#[derive(Debug)]
pub struct User { pub name: String, pub password: String }
impl User {
    pub fn find(id: u32) -> Option<User> { None }
}
pub fn a(body: &str) {
    match parse_user(body) {
        Ok(u) => println!("{:?}", u),
        Err(e) => println!("{:?}", e),
    }
}
pub async fn b(db: &Db, filter: Doc) -> Result<(), Error> {
    if let Some(u) = db.find_one::<User>(filter).await? {
        println!("{:?}", u);
    }
    Ok(())
}
pub fn c(id: u32) {
    match User::find(id) {
        Some (u) => println!("{:?}", u),
        None => {}
    }
}
pub fn d(id: u32) {
    let u = load(id);
    match User::find(id) {
        Some(found) => println!("{:?}", u),
        None => {}
    }
}
pub fn e(cfg: &Config) {
    let n = cfg.token_count();
    println!("{}", n);
}
`;
  assert.deepEqual(reportedFns(text, 'secret-logged'), ['b:14', 'c:20']);
});

test('non-constant-time-compare and secret-logged: words that only start like a qualifier or a secret word (author, tokenizer), and a debug assertion, are not secrets or logs', () => {
  const text = `pub fn same_author(a: &Post, b: &Post) -> bool {
    a.author_key == b.author_key
}
pub fn same_node(a: &Node, b: &Node) -> bool {
    a.tokenizer_tag == b.tokenizer_tag
}
pub fn same_client(a: &Conn, b: &Conn) -> bool {
    a.client_key == b.client_key
}
pub fn check(password: &str) {
    debug_assert_ne!(password, "");
    log::warn!("weak password: {}", password);
}
`;
  assert.deepEqual(compared(text), ['same_client:8']);
  assert.deepEqual(reportedFns(text, 'secret-logged'), ['check:12']);
});

test('non-constant-time-compare: lengths checked before a constant-time comparison, and pointer identity, are not comparisons of secret bytes', () => {
  const text = `use hmac::{Hmac, Mac};
pub fn precheck(stored_tag: &[u8], provided: &[u8]) -> bool {
    if stored_tag.len() != provided.len() {
        return false;
    }
    true
}
pub fn same_instance(api_key: &ApiKey, other_api_key: &ApiKey) -> bool {
    std::ptr::eq(api_key, other_api_key)
}
pub fn expects_tag(expected_tag: &[u8]) -> impl Predicate<[u8]> {
    predicate::eq(expected_tag.to_vec())
}
pub fn leaky(stored_tag: &[u8], provided: &[u8]) -> bool {
    stored_tag == provided
}
`;
  assert.deepEqual(compared(text), ['leaky:15']);
});

test('secret-logged: `{:?}` of what a turbofish call gives to `Some (x)` or `Ok(x)`; not an error arm, nor another name printed in the arm', () => {
  const text = `#[derive(Debug)]
pub struct User { pub name: String, pub password: String }
pub async fn a(db: &Db, filter: Doc) -> Result<(), Error> {
    if let Some (u) = db.find_one::<User>(filter).await? {
        println!("{:?}", u);
    }
    Ok(())
}
pub fn b(conn: &mut Conn) {
    match users.get_result::<User>(conn) {
        Ok(u) => println!("{:?}", u),
        Err(e) => println!("{:?}", e),
    }
}
pub fn c(conn: &mut Conn) {
    let u = load();
    match users.get_result::<User>(conn) {
        Ok(found) => println!("{:?}", u),
        Err(_) => {}
    }
}
`;
  assert.deepEqual(reportedFns(text, 'secret-logged'), ['a:5', 'b:11']);
});
