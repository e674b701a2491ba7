import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine } from '../src/analyzer/engine.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { fileLayers } from './in-process.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import type { CryptoUse } from '../src/analyzer/uses.ts';
import { cipherLabel, cipherOf, destinationOf, quote } from '../src/analyzer/checks/common.ts';
import { apiLabel, fieldSinksIn, isDecryptCall, keySinkOf, nonceSinkOf, unwrapSome } from '../src/analyzer/apis.ts';

// The helpers the checks share (src/analyzer/checks/common.ts: where a value is kept, which cipher
// a call uses, a quote for a message), the questions asked of the API models
// (src/analyzer/apis.ts: sinks, `Some(iv)`, struct-literal fields, how a call reads in a message)
// and the crypto inventory's view of a file (src/analyzer/uses.ts), on real Rust. Pinned where the
// rule fixtures leave a mutant alive (`npm run mutate`; this file is in UNIT_TEST_FILES of
// scripts/stryker-fixtures-runner.ts). The equivalent mutants are in docs/mutation.md.

const parser = await loadRustParser();
const models = loadModels();

const fileOf = await fileLayers();

// --- destinationOf: the name a value is kept under ---

test('destinationOf: a let (the first name of a tuple pattern), an assignment (a variable, a field, also +=), a struct field', () => {
  const { call } = fileOf(`fn issue(rng: &mut StdRng, user: &mut User, alg: Alg, pw: &[u8]) -> Session {
    let (token, expires) = issue_token(rng);
    let mut mix = 0u32;
    mix ^= rng.next_u32();
    user.session_token = hex::encode(rng.gen::<[u8; 16]>());
    *user.slot() = rng.gen::<u64>();
    user.state_mut().nonce = 0;
    let digest = hasher_for(alg)(pw);
    Session { key: rng.gen::<[u8; 32]>(), expires }
}
`);
  const kept = (t: string) => destinationOf(call(t));
  assert.equal(kept('issue_token(rng)'), 'token');
  assert.equal(kept('rng.next_u32()'), 'mix');
  assert.equal(kept('rng.gen::<[u8; 16]>()'), 'session_token');
  assert.equal(kept('rng.gen::<[u8; 32]>()'), 'key');
  // Assigned through a dereference: no name.
  assert.equal(kept('rng.gen::<u64>()'), undefined);
  // A call on the left of an assignment, and a call that is itself the callee, are not the kept value.
  assert.equal(kept('user.state_mut()'), undefined);
  assert.equal(kept('hasher_for(alg)'), undefined);
  assert.equal(kept('hasher_for(alg)(pw)'), 'digest');
});

test('destinationOf: a plain assignment, a function\'s tail, `return` (not out of a closure), an if/else value, `?`, `&`, parentheses, method chains', () => {
  const { call } = fileOf(`fn session_key(rng: &mut StdRng) -> [u8; 32] {
    rng.gen()
}
fn api_key(rng: &mut StdRng, fast: bool) -> u64 {
    if fast {
        return rng.next_u64();
    }
    let f = || {
        return rng.next_u32();
    };
    0
}
fn g(rng: &mut StdRng, fast: bool, os: &mut OsRng) -> Result<(), Error> {
    let mut token = 0;
    token = rng.gen_range(0..9);
    let key = if fast { rng.gen::<u128>() } else { os.gen::<u128>() };
    let nonce = generate(rng)?;
    let salt = &random_salt(rng);
    let pin = (rng.gen::<u16>());
    let code = rng.gen::<u32>().to_string();
    let word: String = (0..8).map(|_| rng.sample(Alphanumeric) as char).collect();
    let check = verify(rng.gen::<u8>());
    let heads = rng.gen::<i64>() < 0;
    let seed = load_seed().map_err(|e| wrap_error(e))?;
    rng.gen::<i8>();
    Ok(())
}
`);
  const kept = (t: string) => destinationOf(call(t));
  assert.equal(kept('rng.gen()'), 'session_key');
  assert.equal(kept('rng.next_u64()'), 'api_key');
  assert.equal(kept('rng.next_u32()'), undefined, 'a return out of a closure is the closure\'s value');
  assert.equal(kept('rng.gen_range(0..9)'), 'token');
  assert.equal(kept('rng.gen::<u128>()'), 'key');
  assert.equal(kept('os.gen::<u128>()'), 'key');
  assert.equal(kept('generate(rng)'), 'nonce');
  assert.equal(kept('random_salt(rng)'), 'salt');
  assert.equal(kept('rng.gen::<u16>()'), 'pin');
  assert.equal(kept('rng.gen::<u32>()'), 'code');
  assert.equal(kept('rng.sample(Alphanumeric)'), 'word');
  // An argument of a call that is no conversion, an operand of a comparison, a discarded statement: kept nowhere.
  assert.equal(kept('rng.gen::<u8>()'), undefined);
  assert.equal(kept('verify(rng.gen::<u8>())'), 'check');
  assert.equal(kept('rng.gen::<i64>()'), undefined);
  assert.equal(kept('rng.gen::<i8>()'), undefined);
  // `map_err`'s closure makes the error, not the value kept: no name for it (the `Ok` value is `seed`).
  assert.equal(kept('wrap_error(e)'), undefined);
  assert.equal(kept('load_seed()'), 'seed');
});

test('destinationOf: a value in a let-else\'s else block is not the let\'s value', () => {
  const { call } = fileOf(`fn load(cfg: &Config) -> Key {
    let Ok(key) = cfg.key() else { std::process::exit(1) };
    key
}
`);
  assert.equal(destinationOf(call('std::process::exit(1)')), undefined);
});

// --- cipherOf / cipherLabel: which cipher an encryption uses ---

test('cipherOf: openssl\'s cipher argument through its let, a parameter or an unbound name; a field with no initializer in the file falls back to the imports', () => {
  const { call, ctx } = fileOf(`use openssl::symm::{encrypt, Cipher};
use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};
struct Sealer<C> { aead: C }
impl<C: Aead> Sealer<C> {
    fn seal(&self, m: &[u8]) -> Vec<u8> {
        self.aead.encrypt(Nonce::from_slice(b"fixed nonce!"), m).unwrap()
    }
}
fn a(key: &[u8], data: &[u8]) -> Vec<u8> {
    let cipher = Cipher::aes_256_cbc();
    encrypt(cipher, key, Some(b"0123456789abcdef"), data).unwrap()
}
fn b(cipher: Cipher, key: &[u8], data: &[u8]) -> Vec<u8> {
    encrypt(cipher, key, Some(&[0u8; 16]), data).unwrap()
}
fn c(name: &str, key: &[u8], data: &[u8]) -> Vec<u8> {
    if let Some(cipher) = cipher_for(name) {
        return encrypt(cipher, key, Some(&[1u8; 16]), data).unwrap();
    }
    Vec::new()
}
`);
  assert.deepEqual(cipherOf(ctx, call('encrypt(cipher, key, Some(b"0123456789abcdef"), data)')), { label: 'AES-256-CBC', misuseResistant: false });
  assert.deepEqual(cipherOf(ctx, call('encrypt(cipher, key, Some(&[0u8; 16]), data)')), { label: 'the cipher', misuseResistant: false });
  assert.deepEqual(cipherOf(ctx, call('encrypt(cipher, key, Some(&[1u8; 16]), data)')), { label: 'the cipher', misuseResistant: false });
  assert.deepEqual(cipherOf(ctx, call('self.aead.encrypt(Nonce::from_slice(b"fixed nonce!"), m)')), { label: 'AES-GCM', misuseResistant: false });
});

test('cipherLabel: openssl\'s cipher functions with and without a key size or a mode, GCM-SIV, ring\'s and lower-case GCM names', () => {
  assert.equal(cipherLabel('Cipher::chacha20()'), 'ChaCha20');
  assert.equal(cipherLabel('Cipher::chacha20_poly1305()'), 'ChaCha20-Poly1305');
  assert.equal(cipherLabel('Cipher::aes_128_gcm()'), 'AES-128-GCM');
  assert.equal(cipherLabel('Cipher::des_cbc()'), 'DES-CBC');
  assert.equal(cipherLabel('Cipher::bf_ecb()'), 'Blowfish-ECB');
  assert.equal(cipherLabel('use aes_gcm_siv::Aes256GcmSiv;'), 'AES-GCM-SIV');
  assert.equal(cipherLabel('use chacha20poly1305::XChaCha20Poly1305;'), 'XChaCha20-Poly1305');
  assert.equal(cipherLabel('UnboundKey::new(&AES_256_GCM, &k)'), 'AES-GCM');
  assert.equal(cipherLabel('let sealed = seal_aes_256_gcm(&key, data);'), 'AES-GCM');
  assert.equal(cipherLabel('use std::io::Read;'), 'the cipher');
});

// --- quote ---

test('quote: a call over several lines on one line, each run of white space one space, cut with an ellipsis', () => {
  const { call, model } = fileOf(`fn f(cipher: &Aes256Gcm, nonce: &Nonce, data: &[u8]) -> Vec<u8> {
    cipher
        .encrypt(
            nonce,
            data,
        )
        .unwrap()
}
`);
  const c = call(`cipher
        .encrypt(
            nonce,
            data,
        )`);
  assert.equal(quote(model, c), 'cipher .encrypt( nonce, data, )');
  assert.equal(quote(model, c, 12), 'cipher .enc…');
});

// --- apis.ts: sinks and how they read in a message ---

test('sinks: a module function imported under another name reads as the modelled path; `Some(iv)` is unwrapped; a decryption is no nonce sink', () => {
  const { call, resolver } = fileOf(`use openssl::symm::{self as sym, Cipher};
fn seal(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    let out = sym::encrypt(Cipher::aes_128_cbc(), key, Some(iv), data).unwrap();
    sym::decrypt(Cipher::aes_128_cbc(), key, Some(iv), &out).unwrap()
}
`);
  const enc = call('sym::encrypt(Cipher::aes_128_cbc(), key, Some(iv), data)');
  const nonce = nonceSinkOf(enc, resolver);
  assert.ok(nonce);
  assert.equal(nonce.api, 'symm::encrypt');
  assert.equal(nonce.arg.text, 'iv');
  assert.equal(keySinkOf(enc, resolver)?.arg.text, 'key');
  const dec = call('sym::decrypt(Cipher::aes_128_cbc(), key, Some(iv), &out)');
  assert.equal(nonceSinkOf(dec, resolver), null);
  assert.equal(isDecryptCall(dec, resolver), true);
  assert.equal(isDecryptCall(enc, resolver), false);
  assert.equal(apiLabel(enc, nonce.row, resolver), 'symm::encrypt');
  // `Some(x)` gives x; anything else is itself.
  assert.equal(unwrapSome(call('Some(iv)')).text, 'iv');
  assert.equal(unwrapSome(call('Cipher::aes_128_cbc()')).text, 'Cipher::aes_128_cbc()');
});

test('fieldSinksIn: a struct literal of the modelled type sets the field (also with a turbofish or the shorthand); another struct with that field does not', () => {
  const { model, resolver } = fileOf(`use pbkdf2::Params;
struct Job { rounds: u32 }
fn p(rounds: u32) -> (Params, Params, Job) {
    let a = Params { rounds: 1000, output_length: 32 };
    let b = pbkdf2::Params { rounds, output_length: 32 };
    (a, b, Job { rounds: 5 })
}
`);
  const got = fieldSinksIn(model, resolver, new Set(['iterations'])).map((s) => `${s.field.struct}.${s.field.field} = ${s.value.text}`);
  assert.deepEqual(got, ['Params.rounds = 1000', 'Params.rounds = rounds']);
});

// --- uses.ts: the crypto inventory of a file ---

const inventory = new Engine(parser, loadRuleSet({}), models);
inventory.collectUses = true;
const usesIn = (text: string): CryptoUse[] => inventory.analyze('src/lib.rs', text).uses ?? [];
const brief = (u: CryptoUse) => ({ line: u.region.startLine, api: u.api, kind: u.kind, type: u.type, algorithm: u.algorithm, primitive: u.primitive, module: u.module, typeText: u.typeText, mentions: u.mentions.map((m) => [m.name, m.algorithm, m.primitive, m.padding, m.mode].filter(Boolean).join(' ')) });

test('crypto uses: a type-only call written with its crate path, a bare imported function, a receiver of unknown type, openssl\'s cipher named by the callee', () => {
  const uses = usesIn(`use aes_gcm::{aead::{KeyInit, OsRng}, Aes256Gcm};
use chacha20poly1305::ChaCha20Poly1305;
use openssl::symm::{encrypt, Cipher};
fn f(k: &[u8], iv: &[u8], d: &[u8], n: &[u8]) {
    let k3 = aes_gcm::Aes256Gcm::generate_key(&mut OsRng);
    let c = Cipher::aes_128_ecb();
    let e = encrypt(Cipher::aes_256_cbc(), k, Some(iv), d);
    let t = make().encrypt(n, d);
}
`).map(brief);
  assert.deepEqual(uses, [
    { line: 5, api: 'Aes256Gcm::generate_key', kind: 'type', type: 'Aes256Gcm', algorithm: 'AES-256-GCM', primitive: 'ae', module: 'aes_gcm', typeText: 'aes_gcm::Aes256Gcm aes_gcm::Aes256Gcm', mentions: ['aes_gcm::Aes256Gcm AES-256-GCM ae'] },
    // The cipher is named by the callee's own path, `Cipher::aes_128_ecb`.
    { line: 6, api: 'Cipher::aes_128_ecb', kind: 'type', type: 'Cipher', algorithm: 'openssl cipher', primitive: 'cipher', module: 'openssl', typeText: 'Cipher openssl::symm::Cipher', mentions: ['Cipher openssl cipher cipher', 'openssl::symm::Cipher openssl cipher cipher', 'Cipher::aes_128_ecb AES-128-ECB'] },
    { line: 7, api: 'symm::encrypt', kind: 'key', type: undefined, algorithm: undefined, primitive: undefined, module: 'openssl', typeText: 'encrypt openssl::symm::encrypt', mentions: ['Cipher::aes_256_cbc AES-256-CBC'] },
    { line: 7, api: 'symm::encrypt', kind: 'nonce', type: undefined, algorithm: undefined, primitive: undefined, module: 'openssl', typeText: 'encrypt openssl::symm::encrypt', mentions: ['Cipher::aes_256_cbc AES-256-CBC'] },
    { line: 7, api: 'Cipher::aes_256_cbc', kind: 'type', type: 'Cipher', algorithm: 'openssl cipher', primitive: 'cipher', module: 'openssl', typeText: 'Cipher openssl::symm::Cipher', mentions: ['Cipher openssl cipher cipher', 'openssl::symm::Cipher openssl cipher cipher', 'Cipher::aes_256_cbc AES-256-CBC'] },
    // A receiver whose type is unknown: no type text; the module is the first of the model's the file uses.
    { line: 8, api: 'encrypt', kind: 'nonce', type: undefined, algorithm: undefined, primitive: undefined, module: 'aes_gcm', typeText: '', mentions: [] },
  ]);
});

test('crypto uses: aliases followed two deep (also a generic alias), the module of an aliased type, one use per row kind', () => {
  const uses = usesIn(`use aes_gcm::Aes256Gcm;
use chacha20poly1305::{aead::KeyInit, ChaCha20Poly1305};
use hmac::{Hmac, Mac, SimpleHmac};
use sha2::Sha256;
use ring::hmac as rhmac;
type HmacSha256 = Hmac<Sha256>;
type TokenMac = HmacSha256;
type Mac256 = SimpleMac<Sha256>;
type SimpleMac<D> = SimpleHmac<D>;
type Sealer = ChaCha20Poly1305;
fn f(k: &[u8]) {
    let m = TokenMac::new_from_slice(k);
    let s = Mac256::new_from_slice(k);
    let c = Sealer::new_from_slice(k);
    let r = rhmac::Key::new(rhmac::HMAC_SHA256, k);
}
`).map(brief);
  assert.deepEqual(uses, [
    { line: 12, api: 'Hmac::new_from_slice', kind: 'key', type: 'Hmac', algorithm: 'HMAC', primitive: 'mac', module: 'hmac', typeText: 'TokenMac HmacSha256 Hmac<Sha256> hmac::Hmac sha2::Sha256', mentions: ['Hmac HMAC mac', 'Sha256 SHA-256 hash', 'hmac::Hmac HMAC mac', 'sha2::Sha256 SHA-256 hash'] },
    { line: 13, api: 'SimpleHmac::new_from_slice', kind: 'key', type: 'SimpleHmac', algorithm: 'HMAC', primitive: 'mac', module: 'hmac', typeText: 'Mac256 SimpleMac<Sha256> SimpleHmac<D> sha2::Sha256 hmac::SimpleHmac', mentions: ['Sha256 SHA-256 hash', 'SimpleHmac HMAC mac', 'sha2::Sha256 SHA-256 hash', 'hmac::SimpleHmac HMAC mac'] },
    // The alias's type is imported from chacha20poly1305 (the model's modules list aes_gcm first).
    { line: 14, api: 'ChaCha20Poly1305::new_from_slice', kind: 'key', type: 'ChaCha20Poly1305', algorithm: 'ChaCha20-Poly1305', primitive: 'ae', module: 'chacha20poly1305', typeText: 'Sealer ChaCha20Poly1305 chacha20poly1305::ChaCha20Poly1305', mentions: ['ChaCha20Poly1305 ChaCha20-Poly1305 ae', 'chacha20poly1305::ChaCha20Poly1305 ChaCha20-Poly1305 ae'] },
    // ring's HMAC key matches two key rows of ring (`hmac::Key::new`, `Key::new`): one use. Its `Key` is
    // no type of ring's model, so no type is named, but it is a key.
    { line: 15, api: 'hmac::Key::new', kind: 'key', type: undefined, algorithm: 'key', primitive: 'key', module: 'ring', typeText: 'rhmac::Key ring::hmac', mentions: ['rhmac::HMAC_SHA256 HMAC-SHA-256'] },
  ]);
});

test('crypto uses: an alias named like the type it stands for is followed once; a key type is no mention', () => {
  const uses = usesIn(`use chacha20poly1305::{aead::KeyInit, ChaCha20Poly1305};
type Key = chacha20poly1305::Key;
fn f(k: &[u8]) -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new(Key::from_slice(k))
}
`).map(brief);
  assert.deepEqual(uses, [
    { line: 4, api: 'ChaCha20Poly1305::new', kind: 'key', type: 'ChaCha20Poly1305', algorithm: 'ChaCha20-Poly1305', primitive: 'ae', module: 'chacha20poly1305', typeText: 'ChaCha20Poly1305 chacha20poly1305::ChaCha20Poly1305', mentions: ['ChaCha20Poly1305 ChaCha20-Poly1305 ae', 'chacha20poly1305::ChaCha20Poly1305 ChaCha20-Poly1305 ae'] },
    { line: 4, api: 'Key::from_slice', kind: 'key', type: 'Key', algorithm: 'key', primitive: 'key', module: 'chacha20poly1305', typeText: 'Key chacha20poly1305::Key', mentions: [] },
  ]);
});
