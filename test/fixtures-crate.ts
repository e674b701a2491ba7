// A small crate for pull-request tests: the base is correct code with one pre-existing issue.

export const CARGO_TOML = `[package]
name = "crypto-app"
version = "0.1.0"
edition = "2021"

[dependencies]
aes-gcm = "0.10"
`;

export const CONSTS_RS = `// Shared protocol constants.
pub const NONCE: [u8; 12] = *b"fixed nonce!";
`;

export const BASE_MAIN = `mod consts;

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

fn seal(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = nonce.to_vec();
    out.extend(cipher.encrypt(&nonce, msg).unwrap_or_default());
    out
}

fn open(cipher: &Aes256Gcm, data: &[u8]) -> Vec<u8> {
    if data.len() < 12 {
        return Vec::new();
    }
    let (nonce, ct) = data.split_at(12);
    cipher.decrypt(Nonce::from_slice(nonce), ct).unwrap()
}

fn main() {
    let key = Aes256Gcm::generate_key(OsRng);
    let cipher = Aes256Gcm::new(&key);
    let sealed = seal(&cipher, b"hello");
    println!("{}", open(&cipher, &sealed).len());
    let _ = consts::NONCE.len();
}
`;

/** Adds a function that encrypts with the constant from consts.rs (an unchanged file). */
export const CONSTANT_NONCE_MAIN = BASE_MAIN.replace(
  'fn main() {',
  `fn seal_fixed(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
    let nonce = Nonce::from_slice(&consts::NONCE);
    cipher.encrypt(nonce, msg).unwrap_or_default()
}

fn main() {`,
).replace('    let sealed = seal(&cipher, b"hello");', '    let sealed = seal(&cipher, b"hello");\n    let _fixed = seal_fixed(&cipher, b"again");');

/** Adds correct code only. */
export const CLEAN_MAIN = BASE_MAIN.replace(
  'fn main() {',
  `fn seal_twice(cipher: &Aes256Gcm, a: &[u8], b: &[u8]) -> (Vec<u8>, Vec<u8>) {
    (seal(cipher, a), seal(cipher, b))
}

fn main() {`,
).replace('    let sealed = seal(&cipher, b"hello");', '    let sealed = seal(&cipher, b"hello");\n    let _pair = seal_twice(&cipher, b"a", b"b");');

/** Calls APIs that aes-gcm does not have. */
export const HALLUCINATED_MAIN = BASE_MAIN.replace('    let cipher = Aes256Gcm::new(&key);', '    let cipher = Aes256Gcm::new_from_key(&key);\n    let _n = Aes256Gcm::generate_random_nonce();');

export const BASE_FILES = { 'Cargo.toml': CARGO_TOML, 'src/consts.rs': CONSTS_RS, 'src/main.rs': BASE_MAIN };

export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i + 1;
}

/** The base with PBKDF2: an iteration count defined at the top, and a pre-existing weak call far from any change. */
export const KDF_CARGO_TOML = `${CARGO_TOML}pbkdf2 = "0.12"\nsha2 = "0.10"\n`;
export const KDF_BASE_MAIN = BASE_MAIN.replace(
  'mod consts;\n',
  `mod consts;

const ROUNDS: u32 = 1_000;

fn legacy_key(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, 5_000, &mut key);
    key
}
`,
).replace('    let _ = consts::NONCE.len();', '    let _ = consts::NONCE.len();\n    let _ = legacy_key(&key, &key);');

/** Adds a function with two weak PBKDF2 calls: a literal on the added line, and the count from ROUNDS (outside the diff). */
export const KDF_PR_MAIN = KDF_BASE_MAIN.replace(
  'fn main() {',
  `fn derive(password: &[u8], salt: &[u8]) -> ([u8; 32], [u8; 32]) {
    let mut a = [0u8; 32];
    let mut b = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, 10_000, &mut a);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, ROUNDS, &mut b);
    (a, b)
}

fn main() {`,
).replace('    let _ = legacy_key(&key, &key);', '    let _ = legacy_key(&key, &key);\n    let _ = derive(&key, &key);');
