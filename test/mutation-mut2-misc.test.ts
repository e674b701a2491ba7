import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appCrate, crateScanner } from './crate-scan.ts';
import { inFunctions, inProcess, of } from './in-process.ts';

// Eleventh mutation pass over src/analyzer/checks/misc.ts (at 8035ebc): the `*_pwd` names and the
// HTTP requests of secret-logged (513e21d, 8035ebc), password hashes by value, the Debug-transparent
// wrappers, and the confirmation fields of non-constant-time-compare, on real Rust parsed by the
// real analyzer. `npm run mutate` runs this file against every mutant it reaches (UNIT_TEST_FILES).

const { scan } = await inProcess();

// A few files of one crate, as a scan reads them: each file, the crate-wide flow, then finalize
// (which settles a `{:?}` of a struct defined in another file).
const crateScan = await crateScanner();
const scanCrate = (files: Record<string, string>) => crateScan(files, { crate: appCrate(), texts: true });

const fns = (text: string, ruleId: string, path = 'src/lib.rs') => inFunctions(of(scan(path, text), ruleId), text).map((x) => x.split(':')[0]);
const logged = (text: string, path?: string) => fns(text, 'secret-logged', path);

test('secret-logged: `db_pwd` is a password; `env_pwd` and `path_pwd` (the PWD variable) are not', () => {
  const text = `use std::env;
pub fn connect(db_pwd: &str) {
    println!("connecting with {}", db_pwd);
}
pub fn show_env() {
    let env_pwd = env::var("PWD").unwrap_or_default();
    let path_pwd = env::var("PWD").unwrap_or_default();
    println!("started in {}", env_pwd);
    println!("started in {}", path_pwd);
}
`;
  assert.deepEqual(logged(text), ['connect']);
});

test("secret-logged: a password hash printed by value through parentheses; a bcrypt hash's length is not the hash", () => {
  const text = `use argon2::{Argon2, PasswordHasher};
pub fn plain(password: &str) -> Result<(), Error> {
    let stored = bcrypt::hash(password, 12)?;
    println!("{}", stored);
    Ok(())
}
pub fn parenthesized(password: &str) -> Result<(), Error> {
    let stored = (bcrypt::hash(password, 12))?;
    println!("{}", stored);
    Ok(())
}
pub fn parenthesized_receiver(argon2: &Argon2, password: &[u8], salt: &SaltString) -> Result<(), Error> {
    let stored = (argon2.hash_password(password, salt))?.to_string();
    log::info!("{}", stored);
    Ok(())
}
pub fn length(password: &str) -> Result<(), Error> {
    let n = bcrypt::hash(password, 12)?.len();
    println!("{}", n);
    Ok(())
}
`;
  assert.deepEqual(logged(text), ['plain', 'parenthesized', 'parenthesized_receiver']);
});

test('secret-logged: HTTP requests written with a path and no `use` (`http::Request<B>` behind a named lifetime, `actix_web::HttpRequest`, `http::request::Parts`) in a login file', () => {
  const text = `// Request logging for the login service.
pub fn log_request<'req>(req: &'req http::Request<Vec<u8>>) {
    log::info!("login request {:?}", req);
}
pub fn log_actix(req: actix_web::HttpRequest) {
    log::info!("login request {:?}", req);
}
pub fn log_parts(parts: &http::request::Parts) {
    log::info!("login {:?}", parts);
}
pub fn log_line(req: &http::Request<Vec<u8>>) {
    log::info!("login {} {}", req.method(), req.uri());
}
`;
  assert.deepEqual(logged(text), ['log_request', 'log_actix', 'log_parts']);
});

test("secret-logged: `secrecy::SecretBox<T>`'s Debug prints [REDACTED], not the T inside; `Box<T>`'s prints the T", () => {
  const text = `use secrecy::SecretBox;
#[derive(Debug)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}
pub fn boxed_secret(creds: &SecretBox<Credentials>) {
    println!("{:?}", creds);
}
pub fn boxed(creds: &Box<Credentials>) {
    println!("{:?}", creds);
}
`;
  assert.deepEqual(logged(text), ['boxed']);
});

test('non-constant-time-compare: a password against its confirmation field through `.as_str()` is a sign-up form, not a secret compare', () => {
  const text = `pub struct SignupForm {
    pub password: String,
    pub password_confirm: String,
}
pub fn confirmed(form: &SignupForm) -> bool {
    form.password.as_str() == form.password_confirm.as_str()
}
pub fn against_stored(form: &SignupForm, stored_password: &str) -> bool {
    form.password.as_str() == stored_password
}
`;
  assert.deepEqual(fns(text, 'non-constant-time-compare', 'src/auth.rs'), ['against_stored']);
});

test('unchecked-slice-length: a closure parameter as the bound is not a fixed length; the fixed cuts are reported once', () => {
  const text = `use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};
pub fn open(cipher: &Aes256Gcm, data: &[u8], lens: &[usize]) -> Vec<u8> {
    let pieces: Vec<&[u8]> = lens.iter().map(|n| &data[..*n]).collect();
    let firsts: Vec<&[u8]> = lens.iter().copied().map(|n| &data[..n]).collect();
    cipher.decrypt(Nonce::from_slice(&data[..12]), &data[12..]).unwrap()
}
`;
  assert.deepEqual(fns(text, 'unchecked-slice-length'), ['open']);
});

test("secret-logged: a struct of another file printed beside a count or a value of unknown type is still settled (the first printed name with a type of another file is the one that waits)", () => {
  const model = `#[derive(Debug)]
pub struct User {
    pub name: String,
    pub password: String,
}
pub fn find_user(id: u32) -> Option<User> { None }
`;
  const main = `mod model;
use model::User;
pub fn show(count: usize, user: &User) {
    println!("{:?} api keys for {:?}", count, user);
}
pub fn replaced(id: u32, old: &User) {
    match model::find_user(id) {
        Some(found) => println!("{:?} replaces {:?}", found, old),
        None => {}
    }
}
#[derive(Debug)]
pub struct Session {
    pub user: User,
}
impl Session {
    fn find(id: u32) -> Option<Session> { None }
    pub fn replace(id: u32, old: &User) {
        if let Some(found) = Self::find(id) {
            println!("{:?} replaces {:?}", found, old);
        }
    }
}
`;
  const found = of(scanCrate({ 'src/model.rs': model, 'src/main.rs': main }), 'secret-logged');
  assert.deepEqual(inFunctions(found, main), ['show:4', 'replaced:8', 'replace:20']);
});

test('unchecked-slice-length: two elements of one list are two inputs, one finding each', () => {
  const text = `use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};
pub fn open_pair(cipher: &Aes256Gcm, frames: &[Vec<u8>]) -> (Vec<u8>, Vec<u8>) {
    let first = &frames[0];
    let second = &frames[1];
    let a = cipher.decrypt(Nonce::from_slice(&first[..12]), &first[12..]).unwrap();
    let b = cipher.decrypt(Nonce::from_slice(&second[..12]), &second[12..]).unwrap();
    (a, b)
}
`;
  assert.deepEqual(inFunctions(of(scan('src/lib.rs', text), 'unchecked-slice-length'), text), ['open_pair:5', 'open_pair:6']);
});

test("unchecked-slice-length: a match arm's binding as the bound is no fixed length; the fixed cut beside it is reported", () => {
  const text = `use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};
pub fn open(cipher: &Aes256Gcm, data: &[u8], header: Option<usize>) -> Vec<u8> {
    match header {
        Some(n) => cipher.decrypt(Nonce::from_slice(&data[..12]), &data[n..]).unwrap(),
        None => Vec::new(),
    }
}
`;
  assert.deepEqual(inFunctions(of(scan('src/lib.rs', text), 'unchecked-slice-length'), text), ['open:4']);
});

test('secret-logged: an `impl Debug` or an array printed before a struct of another file does not take its place', () => {
  const model = `#[derive(Debug)]
pub struct User {
    pub name: String,
    pub password: String,
}
`;
  const main = `mod model;
use model::User;
use std::fmt::Debug;
pub fn with_extra(extra: impl Debug, user: &User) {
    println!("{:?} api keys for {:?}", extra, user);
}
pub fn with_team(members: &[User; 2], user: &User) {
    println!("{:?} api keys for {:?}", members, user);
}
`;
  const found = of(scanCrate({ 'src/model.rs': model, 'src/main.rs': main }), 'secret-logged');
  assert.deepEqual(inFunctions(found, main), ['with_extra:5', 'with_team:8']);
});
