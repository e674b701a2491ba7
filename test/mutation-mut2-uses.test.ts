import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { Engine } from '../src/analyzer/engine.ts';
import { FileModel } from '../src/analyzer/model.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { Resolver } from '../src/analyzer/resolve.ts';
import { SourceText } from '../src/analyzer/source.ts';
import { Values } from '../src/analyzer/values.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import type { CheckContext } from '../src/analyzer/check-context.ts';
import type { CryptoUse } from '../src/analyzer/uses.ts';
import { cipherLabel, cipherOf, destinationOf, quote } from '../src/analyzer/checks/common.ts';
import { apiLabel, fieldSinksIn, isDecryptCall, keySinkOf, nonceSinkOf, unwrapSome } from '../src/analyzer/apis.ts';

// The helpers the checks share (src/analyzer/checks/common.ts: where a value is kept, which cipher
// a call uses, a quote for a message), the questions asked of the API models
// (src/analyzer/apis.ts: sinks, `Some(iv)`, struct-literal fields, how a call reads in a message)
// and the crypto inventory's view of a file (src/analyzer/uses.ts), on real Rust. Pinned where the
// rule fixtures leave a mutant alive (`npm run mutate`; this file is in UNIT_TEST_FILES of
// scripts/stryker-fixtures-runner.ts). The equivalent mutants are in docs/mutation-pass11-mut2-uses.md.

const parser = await loadRustParser();
const models = loadModels();

function fileOf(text: string) {
  const model = new FileModel('src/lib.rs', new SourceText(text), parser.parser.parse(text)!);
  const values = new Values(model, models);
  const resolver = new Resolver(model, values, models);
  const calls = new Map<string, Node>();
  for (const c of model.tree.rootNode.descendantsOfType('call_expression')) if (c && !calls.has(c.text)) calls.set(c.text, c);
  const call = (t: string) => {
    const c = calls.get(t);
    assert.ok(c, `no call ${t}`);
    return c;
  };
  const ctx = { model, values, resolver, models } as unknown as CheckContext;
  return { model, values, resolver, call, ctx };
}

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
    let n = rng.gen::<i64>() % 10;
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
  // An argument of a call that is no conversion, an operand, a discarded statement: kept nowhere.
  assert.equal(kept('rng.gen::<u8>()'), undefined);
  assert.equal(kept('verify(rng.gen::<u8>())'), 'check');
  assert.equal(kept('rng.gen::<i64>()'), undefined);
  assert.equal(kept('rng.gen::<i8>()'), undefined);
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
