import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MULTITOOL = join(REPO, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

/** A temporary folder filled with the given files (paths relative to it). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'rcg-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (src/cli.ts) or from the bundle (dist/cli.js), as a user would. */
export function runCli(args: string[], options: { cwd?: string; bundle?: boolean } = {}): CliRun {
  const entry = options.bundle ? join(REPO, 'dist/cli.js') : join(REPO, 'src/cli.ts');
  const r = spawnSync(process.execPath, [entry, ...args], { cwd: options.cwd ?? REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI from source without blocking this process (long runs such as `study`), with extra environment. */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO, 'src/cli.ts'), ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the official SARIF validator with GitHub's rules; returns its errors and warnings. */
export function validateSarif(file: string): { level: string; ruleId: string; message: string }[] {
  const out = `${file}.validation.sarif`;
  const r = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Sarif;Gh', file, '-o', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Sarif.Multitool failed: ${r.stdout}${r.stderr}`);
  // The validator exits 0 whatever it finds; its verdict is in the output log.
  const log = JSON.parse(readFile(out));
  return (log.runs?.[0]?.results ?? []).map((x: { level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }) => ({
    level: x.level ?? 'warning',
    ruleId: x.ruleId,
    message: x.message.text ?? (x.message.arguments ?? []).join(' '),
  }));
}

import { readFileSync } from 'node:fs';
function readFile(p: string): string {
  return readFileSync(p, 'utf8');
}

export const BAD_CRATE: Record<string, string> = {
  'Cargo.toml': '[package]\nname = "bad"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naes-gcm = "0.10"\n',
  'src/main.rs': `use aes_gcm::{
    aead::{Aead, KeyInit},
    Aes256Gcm, Key, Nonce,
};

fn main() {
    let key = Key::<Aes256Gcm>::from_slice(b"an example very very secret key.");
    let cipher = Aes256Gcm::new(key);
    let nonce = Nonce::from_slice(b"unique nonce");
    let ciphertext = cipher.encrypt(nonce, b"plaintext message".as_ref()).expect("encrypt");
    let plaintext = cipher.decrypt(nonce, ciphertext.as_ref()).unwrap();
    assert_eq!(&plaintext, b"plaintext message");
}
`,
};

export const GOOD_CRATE: Record<string, string> = {
  'Cargo.toml': '[package]\nname = "good"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naes-gcm = "0.10"\nargon2 = "0.5"\n',
  'src/main.rs': `use aes_gcm::{
    aead::{Aead, AeadCore, KeyInit, OsRng},
    Aes256Gcm, Nonce,
};
use argon2::Argon2;

#[derive(Debug)]
enum Error {
    Crypto,
    TooShort,
    Env(std::env::VarError),
}

fn derive_key(password: &[u8], salt: &[u8]) -> Result<[u8; 32], Error> {
    let mut key = [0u8; 32];
    Argon2::default().hash_password_into(password, salt, &mut key).map_err(|_| Error::Crypto)?;
    Ok(key)
}

fn seal(cipher: &Aes256Gcm, plaintext: &[u8]) -> Result<Vec<u8>, Error> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = nonce.to_vec();
    out.extend(cipher.encrypt(&nonce, plaintext).map_err(|_| Error::Crypto)?);
    Ok(out)
}

fn open(cipher: &Aes256Gcm, message: &[u8]) -> Result<Vec<u8>, Error> {
    if message.len() < 12 + 16 {
        return Err(Error::TooShort);
    }
    let (nonce, ciphertext) = message.split_at(12);
    cipher.decrypt(Nonce::from_slice(nonce), ciphertext).map_err(|_| Error::Crypto)
}

fn main() -> Result<(), Error> {
    let password = std::env::var("APP_PASSWORD").map_err(Error::Env)?;
    let salt = std::env::var("APP_SALT").map_err(Error::Env)?;
    let key = derive_key(password.as_bytes(), salt.as_bytes())?;
    let cipher = Aes256Gcm::new_from_slice(&key).map_err(|_| Error::Crypto)?;
    let sealed = seal(&cipher, b"plaintext message")?;
    let opened = open(&cipher, &sealed)?;
    assert_eq!(opened, b"plaintext message");
    Ok(())
}
`,
};
