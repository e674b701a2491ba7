import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { FileModel } from '../src/analyzer/model.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { SourceText } from '../src/analyzer/source.ts';
import { Values, isLiteralValue } from '../src/analyzer/values.ts';

// src/analyzer/values.ts (what an expression holds) on real Rust source, pinned where the rule
// fixtures and test/mutation-values-flow.test.ts leave a mutant alive (tenth mutation pass,
// docs/mutation.md). The tests resolve one expression of a small file with the
// real file model and models and assert the value's kind (and literal or origin). In UNIT_TEST_FILES of scripts/stryker-fixtures-runner.ts.

const parser = await loadRustParser();
const models = loadModels();

let lastRaw: ReturnType<Values['resolve']> | undefined;
/** The `nth` expression of `text` whose source is exactly `expr`, resolved by a fresh `Values` of the file. */
function valueOf(text: string, expr: string, nth = 0) {
  const tree = parser.parser.parse(text)!;
  const model = new FileModel('src/lib.rs', new SourceText(text), tree);
  const values = new Values(model, models);
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(expr, i + 1);
  assert.ok(i >= 0, `${expr} not in the text`);
  let n: Node | null = tree.rootNode.descendantForIndex(i, i + expr.length);
  while (n && n.text !== expr) n = n.parent;
  assert.ok(n, `no node spells ${expr}`);
  const v = values.resolve(n);
  lastRaw = v;
  return { kind: v.kind, literal: v.literal, origin: v.origin ? text.slice(v.origin.start, v.origin.end) : undefined, note: v.note, name: v.name };
}
/** The first node of `type` spelling `expr` (for isLiteralValue). */
function nodeOf(text: string, expr: string): Node {
  const tree = parser.parser.parse(text)!;
  const i = text.indexOf(expr);
  assert.ok(i >= 0, `${expr} not in the text`);
  let n: Node | null = tree.rootNode.descendantForIndex(i, i + expr.length);
  while (n && n.text !== expr) n = n.parent;
  assert.ok(n, `no node spells ${expr}`);
  return n;
}

test('a modelled crate\'s own constant is not this crate\'s const of that name; a path of this crate is', () => {
  const src = `const DEFAULT_COST: u32 = 4;
mod consts { pub const SALT: &[u8] = b"bel-salt-bro"; }
pub fn costs() -> (u32, u32, u32, u32) {
    let a = bcrypt::DEFAULT_COST;
    let b = crate::DEFAULT_COST;
    let c = bcrypt :: DEFAULT_COST;
    let d = self::DEFAULT_COST;
    (a, b, c, d)
}`;
  assert.equal(valueOf(src, 'bcrypt::DEFAULT_COST').kind, 'unknown');
  assert.equal(valueOf(src, 'bcrypt :: DEFAULT_COST').kind, 'unknown');
  assert.deepEqual(valueOf(src, 'crate::DEFAULT_COST'), { kind: 'const', literal: '4', origin: 'const DEFAULT_COST: u32 = 4;', note: undefined, name: undefined });
  assert.equal(valueOf(src, 'self::DEFAULT_COST').literal, '4');
});

test('"secret".to_string() is the literal; a string made at run time is not', () => {
  const src = `use rand::Rng;
pub fn names(user: &str) -> (String, String, String) {
    let fixed = "hunter2-secret".to_string();
    let theirs = user.to_string();
    let copied = fixed.to_string();
    (fixed, theirs, copied)
}`;
  assert.deepEqual(valueOf(src, '"hunter2-secret".to_string()'), { kind: 'const', literal: '"hunter2-secret"', origin: '"hunter2-secret"', note: undefined, name: undefined });
  assert.equal(valueOf(src, 'user.to_string()').kind, 'unknown');
  assert.equal(valueOf(src, 'fixed.to_string()').kind, 'const');
});

test('isLiteralValue: a literal\'s bytes (as_bytes, as_slice) are a literal value; other calls are not', () => {
  const lit = (expr: string) => isLiteralValue(nodeOf(`pub const S: &[u8] = ${expr};`, expr));
  assert.equal(lit('"bel-salt-bro".as_bytes()'), true);
  assert.equal(lit('b"bel-salt-bro".as_slice()'), true);
  assert.equal(lit('("bel-salt-bro").as_bytes()'), true);
  assert.equal(lit('"bel-salt-bro".to_vec()'), false);
  assert.equal(lit('NAME.as_bytes()'), false);
  assert.equal(lit('as_bytes("bel-salt-bro")'), false);
});

test('a fast hash of key material (a DH output by name, a key-sized array parameter) is no guessable hash; of a password it is', () => {
  const src = `use sha2::{Digest, Sha256};
pub fn hashes<'a>(password: &str, k32: &[u8; 32], k8: &[u8; 8], km: &mut [u8; 64], kl: &'a [u8; 16], ks: &'static [u8; 32], kv: [u8; 16], v: &[u8]) {
    let _ = Sha256::digest(password.as_bytes());
    let _ = Sha256::digest(shared_secret.as_bytes());
    let _ = Sha256::digest(&dh_out);
    let _ = Sha256::digest(&ecdh_bytes);
    let _ = Sha256::digest(&x25519_out);
    let _ = Sha256::digest(&key_agreement);
    let _ = Sha256::digest(&exchange_out);
    let _ = Sha256::digest(ikm);
    let _ = Sha256::digest(*prk);
    let _ = Sha256::digest(k32);
    let _ = Sha256::digest(k8);
    let _ = Sha256::digest(&mut km);
    let _ = Sha256::digest(kl);
    let _ = Sha256::digest(kv);
    let _ = Sha256::digest(ks);
    let _ = Sha256::digest(v);
    let _ = Sha256::digest(&shared_2);
}`;
  const kind = (e: string) => valueOf(src, e).kind;
  assert.equal(kind('Sha256::digest(password.as_bytes())'), 'fast-hash');
  for (const e of ['shared_secret.as_bytes()', '&dh_out', '&ecdh_bytes', '&x25519_out', '&key_agreement', '&exchange_out', 'ikm', '*prk', 'k32', '&mut km', 'kl', 'ks', 'kv'])
    assert.equal(kind(`Sha256::digest(${e})`), 'unknown', e);
  assert.equal(kind('Sha256::digest(k8)'), 'fast-hash');
  assert.equal(kind('Sha256::digest(v)'), 'fast-hash');
});

test('pieces joined by `concat` are key material if one of them is: a DH output with a label; a password with its salt is not', () => {
  const src = `use sha2::{Digest, Sha256};
const INFO: &[u8] = b"app v1";
pub fn hashes(password: &str, salt: &[u8], k32: &[u8; 32]) {
    let _ = Sha256::digest([shared_secret.as_bytes().as_slice(), INFO].concat());
    let _ = Sha256::digest(&[INFO, shared.as_bytes()].concat());
    let _ = Sha256::digest([b"label".as_slice(), k32].concat());
    let _ = Sha256::digest([password.as_bytes(), salt].concat());
    let _ = Sha256::digest([salt, INFO].concat());
}`;
  const kind = (e: string) => valueOf(src, e).kind;
  assert.equal(kind('Sha256::digest([shared_secret.as_bytes().as_slice(), INFO].concat())'), 'unknown');
  assert.equal(kind('Sha256::digest(&[INFO, shared.as_bytes()].concat())'), 'unknown');
  assert.equal(kind('Sha256::digest([b"label".as_slice(), k32].concat())'), 'unknown');
  assert.equal(kind('Sha256::digest([password.as_bytes(), salt].concat())'), 'fast-hash');
  assert.equal(kind('Sha256::digest([salt, INFO].concat())'), 'fast-hash');
});

test('from_fn: a closure that ignores its index gives its tail; one of the index is unknown', () => {
  const src = `pub fn arrays() {
    let a: [u8; 12] = std::array::from_fn(|_| 7u8);
    let b: [u8; 12] = std::array::from_fn(|_: usize| 7u8);
    let c: [u8; 12] = std::array::from_fn(| _ | { 7u8 });
    let d: [u8; 12] = std::array::from_fn(|i| i as u8);
    let e = std::thread::spawn(move || 7u32);
    let g: Box<dyn Fn() -> [u8; 12]> = Box::new(move || [7u8; 12]);
    let h = std::iter::from_fn(|| Some(7u8));
    let f = std::iter::repeat(9u8);
}`;
  assert.equal(valueOf(src, 'std::array::from_fn(|_| 7u8)').literal, '7u8');
  assert.equal(valueOf(src, 'std::array::from_fn(|_: usize| 7u8)').literal, '7u8');
  assert.equal(valueOf(src, 'std::array::from_fn(| _ | { 7u8 })').literal, '7u8');
  assert.equal(valueOf(src, 'std::array::from_fn(|i| i as u8)').kind, 'unknown');
  // (A closure of its index is unknown even when it ignores it, `|i| 7u8`: a miss, not pinned.) Another call's closure is not its value.
  assert.equal(valueOf(src, 'std::thread::spawn(move || 7u32)').kind, 'unknown');
  assert.equal(valueOf(src, 'std::iter::repeat(9u8)').literal, '9u8');
  assert.equal(valueOf(src, 'Box::new(move || [7u8; 12])').kind, 'unknown');
  assert.equal(valueOf(src, 'std::iter::from_fn(|| Some(7u8))').kind, 'const');
});

test('a small function with several constant returns gives the smallest integer, whichever comes first', () => {
  const src = `pub fn fast_first(fast: bool) -> u32 {
    if fast { return 1_000; }
    2_000
}
pub fn slow_first(slow: bool) -> u32 {
    if slow { return 600_000; }
    10_000
}
pub fn same(a: bool) -> u32 {
    if a { return 4_096; }
    4_096
}
pub fn one() -> u32 {
    210_000
}
pub fn mixed(a: bool) -> &'static [u8] {
    if a { return b"left"; }
    b"right"
}
pub fn salt() -> &'static [u8] {
    b"pepper"
}
pub fn use_them(x: bool) {
    let _ = salt();
    let _ = fast_first(x);
    let _ = slow_first(x);
    let _ = same(x);
    let _ = one();
    let _ = mixed(x);
}`;
  assert.deepEqual([valueOf(src, 'fast_first(x)').literal, valueOf(src, 'fast_first(x)').origin], ['1_000', '1_000']);
  assert.deepEqual([valueOf(src, 'slow_first(x)').literal, valueOf(src, 'slow_first(x)').origin], ['10_000', '10_000']);
  assert.deepEqual([valueOf(src, 'same(x)').literal, valueOf(src, 'same(x)').origin], ['4_096', '4_096']);
  assert.equal(valueOf(src, 'one()', 1).literal, '210_000');
  assert.equal(valueOf(src, 'salt()', 1).literal, 'b"pepper"');
  assert.deepEqual(valueOf(src, 'mixed(x)'), { kind: 'const', literal: undefined, origin: 'b"left"', note: undefined, name: undefined });
});

test('constants copied into a buffer that was not constant leave it unknown; into a constant one, constant', () => {
  const src = `pub fn keys(seed: [u8; 32]) {
    let mut k = seed;
    k[..4].copy_from_slice(b"pass");
    let _ = use_key(&k);
    let mut z = [0u8; 32];
    z[..4].copy_from_slice(b"pass");
    let _ = use_key(&z);
}`;
  const k = valueOf(src, '&k');
  assert.deepEqual([k.kind, k.origin], ['unknown', 'b"pass"']);
  assert.equal(valueOf(src, '&z').kind, 'const');
});

test('a fast hash of an input that starts with no name (a literal array) is a fast hash', () => {
  const src = `use sha2::{Digest, Sha256};
pub fn h() { let _ = Sha256::digest(&[7u8; 32]); }`;
  assert.equal(valueOf(src, 'Sha256::digest(&[7u8; 32])').kind, 'fast-hash');
});

test('fields per struct: the struct a literal names, Self in an associated const, another struct\'s field of the same name', () => {
  const src = `use sha2::{Digest, Sha256};
use rand::RngCore;
pub struct Vault { iv: [u8; 12], key: [u8; 32] }
pub struct Other { iv: [u8; 12], salt: [u8; 16] }
pub struct Maker;
pub struct Plain { pad: [u8; 12] }
impl Maker {
    pub fn make() -> Vault { Vault { iv: [3u8; 12], key: [0u8; 32] } }
    pub fn other() -> Other { Other { iv: [0u8; 12], salt: [1u8; 16] } }
}
impl Vault {
    pub fn from_password(p: &str) -> Self { Self { iv: [3u8; 12], key: Sha256::digest(p.as_bytes()).into() } }
    pub fn nonce(&self) -> [u8; 12] { self.iv }
}
impl Other {
    pub fn peek(&self, v: &Vault) -> [u8; 12] { v.iv }
    pub fn salt(&self) -> [u8; 16] { self.salt }
}
impl Plain {
    const ZERO: Self = Self { pad: [0u8; 12] };
    pub fn pad(&self) -> [u8; 12] { self.pad }
}
pub struct Mixed { k: [u8; 32] }
impl Mixed {
    pub fn a(p: &str) -> Self { Self { k: Sha256::digest(p.as_bytes()).into() } }
    pub fn b() -> Self { let mut k = [0u8; 32]; rand::rngs::OsRng.fill_bytes(&mut k); Self { k } }
    pub fn get(&self) -> [u8; 32] { self.k }
}
pub struct Hashed { h: [u8; 32] }
impl Hashed {
    pub fn a(p: &str) -> Self { Self { h: Sha256::digest(p.as_bytes()).into() } }
    pub fn get(&self) -> [u8; 32] { self.h }
}`;
  // Vault's iv: Maker's \`Vault { .. }\` and Vault's own \`Self { .. }\`, not Other's.
  assert.equal(valueOf(src, 'self.iv').kind, 'const');
  // Read through another value (\`v.iv\`), every struct's iv counts.
  assert.equal(valueOf(src, 'v.iv').kind, 'const');
  // Self in an associated const is Plain's.
  assert.equal(valueOf(src, 'self.pad').kind, 'const');
  // Mixed's k: one fast hash and one random buffer: not all one hash, so the random one; Hashed's h: all one fast hash.
  assert.equal(valueOf(src, 'self.k').kind, 'random');
  assert.equal(valueOf(src, 'self.h').kind, 'fast-hash');
  // Other's salt is given only in Maker::other; Vault has no salt field.
  assert.equal(valueOf(src, 'self.salt').kind, 'const');
});

test('a field no literal of its own struct gives is unknown, even when another struct\'s field of that name is constant', () => {
  const src = `pub struct Vault { iv: [u8; 12] }
pub struct Other { iv: [u8; 12] }
pub fn other() -> Other { Other { iv: [0u8; 12] } }
impl Vault {
    pub fn nonce(&self) -> [u8; 12] { self.iv }
}
impl Other {
    pub fn nonce(&self) -> [u8; 12] { self.iv }
}`;
  assert.equal(valueOf(src, 'self.iv').kind, 'unknown');
  assert.equal(valueOf(src, 'self.iv', 1).kind, 'const');
});

test('a constant copied in on every iteration is the same constant each time (not a new value); a field given a string\'s bytes is those bytes', () => {
  const loop = `pub fn each(msgs: &[&[u8]]) {
    let mut n = [0u8; 12];
    for m in msgs {
        n[..4].copy_from_slice(b"abcd");
        let _ = seal(&n, m);
    }
}`;
  assert.equal(valueOf(loop, '&n').kind, 'const');
  assert.equal(lastRaw?.mutated, undefined);
  const field = `pub struct Login { secret: Vec<u8> }
impl Login {
    pub fn new(pw: &str) -> Self { Self { secret: pw.as_bytes().to_vec() } }
    pub fn secret(&self) -> &[u8] { &self.secret }
}`;
  assert.equal(valueOf(field, 'self.secret').kind, 'string-bytes');
});
