import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A folder of small crates in the shape of the research's samples (one crate per subfolder, the
// name carrying model and prompt style), each written to have one known property.

const AES = 'aes-gcm = "0.10"';

const HEAD = `use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};

#[derive(Debug)]
pub struct CryptoError;
`;

const SEAL = `
pub fn seal(cipher: &Aes256Gcm, msg: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = nonce.to_vec();
    out.extend(cipher.encrypt(&nonce, msg).map_err(|_| CryptoError)?);
    Ok(out)
}

pub fn open(cipher: &Aes256Gcm, data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if data.len() < 12 {
        return Err(CryptoError);
    }
    let (nonce, ct) = data.split_at(12);
    cipher.decrypt(Nonce::from_slice(nonce), ct).map_err(|_| CryptoError)
}
`;

const MAIN = (body: string) => `
fn main() -> Result<(), CryptoError> {
${body}
    Ok(())
}
`;

const ROUNDTRIP = `    let key = Aes256Gcm::generate_key(OsRng);
    let cipher = Aes256Gcm::new(&key);
    let sealed = seal(&cipher, b"attack at dawn")?;
    assert_eq!(open(&cipher, &sealed)?, b"attack at dawn");`;

export const TEMPLATES: Record<string, { deps: string[]; main: string }> = {
  correct: { deps: [AES], main: HEAD + SEAL + MAIN(ROUNDTRIP) },
  'constant-nonce': {
    deps: [AES],
    main: HEAD + SEAL + `
pub fn seal_fixed(cipher: &Aes256Gcm, msg: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let nonce = Nonce::from_slice(b"unique nonce");
    cipher.encrypt(nonce, msg).map_err(|_| CryptoError)
}
` + MAIN(`${ROUNDTRIP}\n    let _ = seal_fixed(&cipher, b"x")?;`),
  },
  'hardcoded-key': {
    deps: [AES],
    main: HEAD + SEAL + MAIN(`    let cipher = Aes256Gcm::new_from_slice(b"an example very very secret key.").map_err(|_| CryptoError)?;
    let sealed = seal(&cipher, b"attack at dawn")?;
    assert_eq!(open(&cipher, &sealed)?, b"attack at dawn");`),
  },
  // A server's decryption of what peers send (a network crate among its dependencies): a forged
  // ciphertext panics it, a robustness finding at medium.
  'decrypt-unwrap': {
    deps: [AES, 'mio = { version = "1", features = ["net"] }'],
    main: HEAD + SEAL + `
pub fn open_or_panic(cipher: &Aes256Gcm, nonce: &[u8; 12], ct: &[u8]) -> Vec<u8> {
    cipher.decrypt(Nonce::from_slice(nonce), ct).unwrap()
}
` + MAIN(`${ROUNDTRIP}\n    let _ = open_or_panic(&cipher, &[0u8; 12], &sealed[12..]);`),
  },
  'weak-rng': {
    deps: [AES, 'rand = "0.8"'],
    main: HEAD.replace('use aes_gcm::{Aes256Gcm, Nonce};', 'use aes_gcm::{Aes256Gcm, Nonce};\nuse rand::{rngs::StdRng, SeedableRng};') + SEAL + MAIN(`    let mut rng = StdRng::seed_from_u64(42);
    let key = Aes256Gcm::generate_key(&mut rng);
    let cipher = Aes256Gcm::new(&key);
    let sealed = seal(&cipher, b"attack at dawn")?;
    assert_eq!(open(&cipher, &sealed)?, b"attack at dawn");`),
  },
  hallucination: {
    deps: [AES],
    main: HEAD + SEAL + MAIN(`    let key = Aes256Gcm::generate_key(OsRng);
    let cipher = Aes256Gcm::new_from_key(&key);
    let sealed = seal(&cipher, b"attack at dawn")?;
    assert_eq!(open(&cipher, &sealed)?, b"attack at dawn");`),
  },
  'compile-error': {
    deps: [AES],
    main: HEAD + SEAL + MAIN(`${ROUNDTRIP}\n    let count: u32 = sealed;`),
  },
  'chacha-constant-nonce': {
    deps: ['chacha20poly1305 = "0.10"'],
    main: `use chacha20poly1305::aead::{Aead, KeyInit, OsRng};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};

fn main() {
    let key = ChaCha20Poly1305::generate_key(&mut OsRng);
    let cipher = ChaCha20Poly1305::new(&key);
    let nonce = Nonce::from_slice(&[0u8; 12]);
    let ct = cipher.encrypt(nonce, b"attack at dawn".as_ref()).map(|c| c.len());
    println!("{:?}", ct.is_ok());
}
`,
  },
  'nonce-loop': {
    deps: [AES],
    main: HEAD + SEAL + `
pub fn seal_all(cipher: &Aes256Gcm, msgs: &[&[u8]]) -> Vec<Vec<u8>> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = Vec::new();
    for m in msgs {
        out.push(cipher.encrypt(&nonce, *m).unwrap_or_default());
    }
    out
}
` + MAIN(`${ROUNDTRIP}\n    let _ = seal_all(&cipher, &[b"a", b"b"]);`),
  },
  // Fails only because the trait that provides `encrypt` is not imported: rustc names it.
  'missing-import': {
    deps: [AES],
    main: `use aes_gcm::aead::{AeadCore, KeyInit, OsRng};
use aes_gcm::Aes256Gcm;

fn main() {
    let key = Aes256Gcm::generate_key(OsRng);
    let cipher = Aes256Gcm::new(&key);
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let ct = cipher.encrypt(&nonce, b"attack at dawn".as_ref());
    println!("{}", ct.is_ok());
}
`,
  },
  'low-only': {
    deps: [AES],
    main: HEAD + SEAL + `
pub fn seal_expect(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    cipher.encrypt(&nonce, msg).expect("encryption failure")
}
` + MAIN(`${ROUNDTRIP}\n    let _ = seal_expect(&cipher, b"x");`),
  },
};

/** 24 samples: two models × two prompt styles × 6, plus one folder that is not a crate. */
export const CORPUS: Record<string, string> = {
  'alpha-plain-01': 'constant-nonce',
  'alpha-plain-02': 'hardcoded-key',
  'alpha-plain-03': 'hallucination',
  'alpha-plain-04': 'hallucination',
  'alpha-plain-05': 'compile-error',
  'alpha-plain-06': 'correct',
  'alpha-secure-01': 'correct',
  'alpha-secure-02': 'correct',
  'alpha-secure-03': 'decrypt-unwrap',
  'alpha-secure-04': 'weak-rng',
  'alpha-secure-05': 'hallucination',
  'alpha-secure-06': 'low-only',
  'beta-plain-01': 'chacha-constant-nonce',
  'beta-plain-02': 'nonce-loop',
  'beta-plain-03': 'hallucination',
  'beta-plain-04': 'hallucination',
  'beta-plain-05': 'compile-error',
  'beta-plain-06': 'constant-nonce',
  'beta-secure-01': 'correct',
  'beta-secure-02': 'correct',
  'beta-secure-03': 'correct',
  'beta-secure-04': 'low-only',
  'beta-secure-05': 'hardcoded-key',
  'beta-secure-06': 'correct',
};

export function writeStudyCorpus(dir: string, corpus: Record<string, string> = CORPUS): void {
  for (const [name, template] of Object.entries(corpus)) {
    const t = TEMPLATES[template];
    mkdirSync(join(dir, name, 'src'), { recursive: true });
    writeFileSync(join(dir, name, 'Cargo.toml'), `[package]\nname = "${name.replace(/-/g, '_')}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${t.deps.join('\n')}\n`);
    writeFileSync(join(dir, name, 'src/main.rs'), t.main);
  }
  mkdirSync(join(dir, 'zz-notes'));
  writeFileSync(join(dir, 'zz-notes/README.md'), 'Prompts used for the samples.\n');
}
