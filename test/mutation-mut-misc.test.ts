import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import { inFunctions, inProcess, of } from './in-process.ts';

// Tenth mutation pass over src/analyzer/checks/misc.ts: the code added on 2026-12-02/03 (a secret
// list's elements, confirmation pairs, password hashes by value, password managers and key tools,
// an input followed through the lets it was cut or decoded from), on real Rust parsed by the real
// analyzer. `npm run mutate` runs this file against every mutant it reaches (UNIT_TEST_FILES).

const { scan } = await inProcess();

/** `fn:line` of each finding of a rule: the function a finding's line is in. */
function reported(text: string, ruleId: string, path = 'src/lib.rs', crate?: CrateContext): string[] {
  return inFunctions(of(scan(path, text, crate), ruleId), text);
}
const fns = (xs: string[]) => xs.map((x) => x.split(':')[0]);
const cmp = (text: string, path = 'src/lib.rs') => fns(reported(text, 'non-constant-time-compare', path));
const logged = (text: string, path = 'src/lib.rs', crate?: CrateContext) => fns(reported(text, 'secret-logged', path, crate));

// --- non-constant-time-compare: an element of a list of secrets ---

test('non-constant-time-compare: the closure parameter of a search over a list named for secrets is a secret; other names in the closure are not', () => {
  const text = `pub struct Config { pub api_tokens: Vec<String>, pub passwords: Vec<String> }
pub struct Vault { pub password_db: Db }
pub struct Db { pub sites: Vec<String> }
fn load_tokens() -> Vec<String> { Vec::new() }
pub fn local_list(presented: &str) -> bool {
    let api_tokens = load_tokens();
    api_tokens.iter().any(|t| t == presented)
}
pub fn through_cloned(config: &Config, presented: &String) -> bool {
    config.api_tokens.iter().cloned().any(|t| t == *presented)
}
pub fn plural_with_double_s(config: &Config, given: &str) -> bool {
    config.passwords.iter().any(|p| p == given)
}
pub fn session_list(session_tokens: &[String], given: &String) -> bool {
    session_tokens.iter().any(|t| *t == *given)
}
pub fn tuple_element(pairs: &[(String, String)], given: &str) -> bool {
    let api_tokens = pairs;
    api_tokens.iter().any(|(user, token)| token == given && !user.is_empty())
}
pub fn other_names_in_closure(config: &Config, scope: &str, requested: &str) -> bool {
    config.api_tokens.iter().any(|t| !t.is_empty() && scope == requested)
}
pub fn closure_not_in_a_call(presented: &str) -> bool {
    let is_presented = |t: &str| t == presented;
    is_presented("x")
}
pub fn field_of_secret_named_struct(vault: &Vault, site: &str) -> bool {
    vault.password_db.sites.iter().any(|s| s == site)
}
`;
  assert.deepEqual(cmp(text), ['local_list', 'through_cloned', 'plural_with_double_s', 'session_list', 'tuple_element']);
});

// --- non-constant-time-compare: a password and its confirmation ---

test('non-constant-time-compare: a password compared with its confirmation field through a dereference is not reported; a passcode hash is one in any file', () => {
  const text = `pub fn confirm(password: &&String, password2: &String) -> bool {
    **password == *password2
}
pub fn confirm_again(password: &String, password2: &&String) -> bool {
    *password == **password2
}
pub fn confirm_one_deref(password: &String, password2: &String) -> bool {
    *password != *password2
}
pub struct User { pub passcode_hash: String }
pub fn check(user: &User, computed_digest: &str) -> bool {
    user.passcode_hash == computed_digest
}
`;
  assert.deepEqual(cmp(text), ['check']);
});

// --- secret-logged: password hashes by value, managers, key tools ---

test('secret-logged: a password hash printed by value (through ?, .await, hash_encoded, a field named for it); a digest or a length is not one', () => {
  const text = `use argon2::{Argon2, PasswordHasher};
pub struct User { pub password_hash: String }
pub fn make(argon2: &Argon2, pw: &[u8], salt: &SaltString) -> Result<(), Error> {
    let stored = argon2.hash_password(pw, salt)?.to_string();
    println!("{}", stored);
    Ok(())
}
pub async fn make_async(hasher: &Hasher, pw: &str) -> Result<(), Error> {
    let stored = hasher.hash_password(pw).await?;
    println!("{}", stored);
    Ok(())
}
pub fn encoded(pw: &[u8], salt: &[u8], config: &Config) {
    let stored = argon2::hash_encoded(pw, salt, config).unwrap();
    println!("{}", stored);
}
pub fn field(user: &User) {
    log::info!("stored {}", user.password_hash);
}
pub fn digest(bytes: &[u8]) {
    let checksum = blake3::hash(bytes);
    println!("{:?}", checksum);
}
pub fn length(argon2: &Argon2, pw: &[u8], salt: &SaltString) -> Result<(), Error> {
    let n = argon2.hash_password(pw, salt)?.to_string().len();
    println!("{}", n);
    Ok(())
}
`;
  assert.deepEqual(logged(text), ['make', 'make_async', 'encoded', 'field']);
});

test("secret-logged: a password manager's println! of an entry's password is its product; its tokens and other secrets are not", () => {
  const text = `pub fn show(entry_password: &str, entry_pass: &str) {
    println!("{}", entry_password);
    println!("{}", entry_pass);
    let new_pwd = generate_password(20);
    println!("{}", new_pwd);
}
pub fn token(api_token: &str) {
    println!("{}", api_token);
}
`;
  for (const name of ['passman', 'passgen', 'pass-gen', 'password-manager']) {
    const crate: CrateContext = { manifest: 'Cargo.toml', name, dependencies: [] };
    assert.deepEqual(logged(text, 'src/main.rs', crate), ['token'], name);
  }
  const other: CrateContext = { manifest: 'Cargo.toml', name: 'webapp', dependencies: [] };
  assert.deepEqual(logged(text, 'src/main.rs', other), ['show', 'show', 'show', 'token']);
});

test("secret-logged: a key tool's printed key is its product, in any file or folder named for generating keys", () => {
  const text = `pub fn main() {
    let secret_key = load();
    println!("{}", secret_key);
}
`;
  for (const path of ['src/bin/rsa_keygen.rs', 'tools/key-gen/main.rs', 'src/bin/gen_key.rs', 'src/generate_keys.rs', 'src/generate_key.rs', 'src/keygen.rs'])
    assert.deepEqual(logged(text, path), [], path);
  assert.deepEqual(logged(text, 'src/main.rs'), ['main']);
});

test('secret-logged: the type of a Some/Ok binding from a function of this file declared -> sqlx::Result<T>', () => {
  const text = `pub struct User { pub email: String, pub password: String }
#[derive(Debug)]
pub struct Admin { pub name: String, pub password: String }
fn find_admin(pool: &Pool, email: &str) -> sqlx::Result<Admin> { todo!() }
pub fn show(pool: &Pool, email: &str) {
    if let Ok(admin) = find_admin(pool, email) {
        println!("{:?}", admin);
    }
}
`;
  assert.deepEqual(logged(text), ['show']);
});

// --- unchecked-slice-length: one input, followed through the lets it was cut or decoded from ---

test('unchecked-slice-length: a piece of an input (decoded with ?, referenced in parentheses, copied) is that input: one finding, at the cut nearest the buffer', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
fn decode(x: &[u8]) -> Result<Vec<u8>, String> { Ok(x.to_vec()) }
pub fn nearest_first(c: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    let nonce = &data[..12];
    let rest = &data[12..];
    let (tag, ct) = rest.split_at(16);
    c.decrypt(Nonce::from_slice(nonce), ct).ok()
}
pub fn decoded(c: &Aes256Gcm, data: &[u8]) -> Result<Vec<u8>, String> {
    let (encoded, ct) = data.split_at(32);
    let nonce = decode(encoded)?;
    c.decrypt(Nonce::from_slice(&nonce[..12]), ct).map_err(|e| e.to_string())
}
pub fn referenced(c: &Aes256Gcm, data: &[u8]) -> Result<Vec<u8>, String> {
    let (head, ct) = data.split_at(32);
    let nonce = &(head);
    c.decrypt(Nonce::from_slice(&nonce[..12]), ct).map_err(|e| e.to_string())
}
pub fn copied(c: &Aes256Gcm, data: &[u8]) -> Result<Vec<u8>, String> {
    let (head, ct) = data.split_at(32);
    let nonce = head.to_vec();
    c.decrypt(Nonce::from_slice(&nonce[..12]), ct).map_err(|e| e.to_string())
}
`;
  assert.deepEqual(reported(text, 'unchecked-slice-length'), ['nearest_first:5', 'decoded:11', 'referenced:16', 'copied:21']);
});

test('unchecked-slice-length: a bound that starts with a const but adds a runtime length is not a fixed bound', () => {
  const text = `use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
const HEADER_LEN: usize = 4;
pub fn fixed(c: &Aes256Gcm, data: &[u8]) -> Option<Vec<u8>> {
    c.decrypt(Nonce::from_slice(&data[HEADER_LEN..HEADER_LEN + 12]), &data[HEADER_LEN + 12..]).ok()
}
pub fn runtime(c: &Aes256Gcm, data: &[u8], extra: usize) -> Option<Vec<u8>> {
    c.decrypt(Nonce::from_slice(&data[HEADER_LEN + extra..HEADER_LEN + extra + 12]), &data[HEADER_LEN + extra + 12..]).ok()
}
`;
  assert.deepEqual(reported(text, 'unchecked-slice-length'), ['fixed:5']);
});

// --- secret-logged: the printed type, as declared ---

test('secret-logged: the declared type of a printed value, through references, lifetimes, slices and Debug-transparent wrappers', () => {
  const text = `#[derive(Debug)]
pub struct User { pub name: String, pub password: String }
pub fn a<'a>(u: &'a mut User) { println!("{:?}", u); }
pub fn b(u: &'a  User) { println!("{:?}", u); }
pub fn c(u: &[User]) { println!("{:?}", u); }
pub fn d(u: Option<Box<User>>) { println!("{:?}", u); }
pub fn e(u: web::Json<model::User>) { println!("{:?}", u); }
pub fn f(u: Result<User, String>) { println!("{:?}", u); }
pub fn i(u: Arc<Mutex<Vec<Option<Box<Rc<User>>>>>>) { println!("{:?}", u); }
pub fn j(u: &mut
    User) { println!("{:?}", u); }
pub fn k(u: Wrapper<User>) { println!("{:?}", u); }
pub fn l(u: user::Profile) { println!("{:?}", u); }
pub fn m(n: usize) { let u: &'static User = get(n); println!("{:?}", u); }
pub fn n2(id: u32) { if let Some(u) = User::find(id) { println!("{:?}", u); } }
pub fn o(id: u32) { if let Some(u) = users::find(id) { println!("{:?}", u); } }
impl User { pub fn find(id: u32) -> Option<User> { None } }
`;
  assert.deepEqual(reported(text, 'secret-logged'), ['a:3', 'b:4', 'c:5', 'd:6', 'e:7', 'f:8', 'i:9', 'j:11', 'm:14', 'n2:15']);
});
