// Eleventh pass (mutation testing of item-macros.ts, engine.ts, values.ts, the padded helpers of
// checks/ciphers.ts): the exact text each macro unwraps to on real Rust, and the findings or values
// the analyzer gives. A body the scan cannot read to its end is left as it is, and quickly: several
// of these inputs make a mutant of the scanner loop forever (Stryker counts that as a timeout).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { unwrapItemMacros as unwrap } from '../src/analyzer/item-macros.ts';
import { blanked } from './in-process.ts';
import { appCrate, crateScanner } from './crate-scan.ts';
import { FileModel } from '../src/analyzer/model.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { SourceText } from '../src/analyzer/source.ts';
import { Values } from '../src/analyzer/values.ts';

const parser = await loadRustParser();
const models = loadModels();

/** The kind (and origin text) of the first expression of `text` spelled `expr`, resolved by a fresh `Values` of the file. */
function valueOf(text: string, expr: string) {
  const tree = parser.parser.parse(text)!;
  const values = new Values(new FileModel('src/lib.rs', new SourceText(text), tree), models);
  const i = text.indexOf(expr);
  assert.ok(i >= 0, `${expr} not in the text`);
  let n: Node | null = tree.rootNode.descendantForIndex(i, i + expr.length);
  while (n && n.text !== expr) n = n.parent;
  assert.ok(n, `no node spells ${expr}`);
  const v = values.resolve(n);
  return { kind: v.kind, origin: v.origin ? text.slice(v.origin.start, v.origin.end) : undefined };
}


test('item macros: `*`, `/` and a comment right after a token inside a body do not stop the scan', () => {
  const a = 'lazy_static! {\n    static ref N: u32 = 2*3;\n    static ref M: u32 = N / 2;\n}\n';
  assert.equal(unwrap(a), blanked(a, 'lazy_static! {', 'ref', 'ref', '}'));
  const b = 'thread_local! {// per-thread scratch\n    static B: Cell<u8> = Cell::new(0);\n}\n';
  assert.equal(unwrap(b), blanked(b, 'thread_local! {', '}'));
  const c = 'cfg_if! {\n    if #[cfg(unix)] {// fast path\n        fn a() -> u32 { 8/2 }\n    }\n}\n';
  assert.equal(unwrap(c), blanked(c, 'cfg_if! {\n    if #[cfg(unix)] {', '}\n}'));
  // Two block comments that touch (`*//*`).
  const d = 'lazy_static! { /* one *//* two */ static ref A: u8 = 1; }\n';
  assert.equal(unwrap(d), blanked(d, 'lazy_static! {', 'ref', '}'));
});

test('item macros: raw strings (ending in a backslash, holding a brace), a raw identifier, an escaped quote char', () => {
  const a = 'lazy_static! {\n    static ref SEP: &\'static str = r"\\";\n    static ref RE: &\'static str = r"[{]";\n}\n';
  assert.equal(unwrap(a), blanked(a, 'lazy_static! {', 'ref', 'ref', '}'));
  const b = "lazy_static! { static ref Q: char = '\\\"'; static ref K: [u8; 32] = [7; 32]; }\n";
  assert.equal(unwrap(b), blanked(b, 'lazy_static! {', 'ref', 'ref', '}'));
  // A raw string whose text starts with `#`.
  const h = 'lazy_static! { static ref COLOR: &\'static str = r#"#fff"#; }\n';
  assert.equal(unwrap(h), blanked(h, 'lazy_static! {', 'ref', '}'));
  const c = 'cfg_if! {\n    if #[cfg(unix)] {\n        fn is_user(r#type: &str) -> bool { r#type == "user" }\n    }\n}\n';
  assert.equal(unwrap(c), blanked(c, 'cfg_if! {\n    if #[cfg(unix)] {', '}\n}'));
});

test('item macros: a body never closed that ends in a comment or a raw string is left as it is', () => {
  for (const text of [
    '// keys\nthread_local! { static A: u8 = 1; // no line break after',
    '// keys\nthread_local! { static A: u8 = 1; /* never closed',
    '// keys\nlazy_static! { static ref A: &str = r#"never closed; }\n',
    '// keys\nlazy_static! { static ref A: &str = r"never closed; }\n',
  ]) {
    assert.equal(unwrap(text), text, text);
  }
});

test('lazy_static!: `pub(crate)static` without a space, an attribute with `]` in its string', () => {
  const a = 'lazy_static! { pub(crate)static ref A: u8 = 1; }\n';
  assert.equal(unwrap(a), blanked(a, 'lazy_static! {', 'ref', '}'));
  // The attribute reads as ending at the `]` in its string: the body is left as it is (a miss),
  // but nothing inside the attribute is overwritten.
  for (const attr of ['#[doc = "bytes [0..32]"]', '#[cfg_attr(docsrs, doc = "the key [32 bytes]")]']) {
    const b = `lazy_static! { ${attr} static ref A: u8 = 1; }\n`;
    assert.ok(unwrap(b).includes(attr), unwrap(b));
  }
});

test('cfg_if!: `not( test )` with spaces inside is not test-only', () => {
  const text = 'cfg_if! { if #[cfg(not( test ))] { fn a() {} } else { fn b() {} } }\n';
  assert.equal(unwrap(text), blanked(text, 'cfg_if! { if #[cfg(not( test ))] {', '} else {', '} }\n'));
});

test('item macros: a name that is no macro invocation, and cfg_if! bodies of another shape, are left as they are', () => {
  for (const text of [
    'fn f() {\n    let thread_local = { static X: u8 = 1; };\n}\n',
    'cfg_if! { { fn a() {} } }\n',
    'cfg_if! { if ![cfg(unix)] { fn a() {} } }\n',
    'cfg_if! { if #cfg[unix] { fn a() {} } }\n',
    'cfg_if! { if #[cfg(unix)] { fn a() {} } ELSE { fn b() {} } }\n',
  ]) {
    assert.equal(unwrap(text), text, text);
  }
});

/** `Vault`'s nonce read in its own method, with `Counter`'s method `other` beside it. */
const vaultWith = (other: string) => `struct Vault { nonce: [u8; 12] }
struct Counter { nonce: [u8; 12] }
impl Vault {
    fn new() -> Self { Vault { nonce: [0u8; 12] } }
    fn nonce(&self) -> [u8; 12] { self.nonce }
}
impl Counter {
    ${other}
}
`;

test('values: a field changed through `self` in another type\'s method is that type\'s; through another binding (`myself`) it is this one\'s', () => {
  for (const other of ['fn bump(&mut self) { self.nonce[0] += 1; }', 'fn bump(&mut self) { fill(&mut self.nonce); }', 'fn bump(&mut self) { self.nonce.fill(1); }',
    // Unformatted spacing, the same reading.
    'fn bump(&mut self) { fill(& mut self.nonce); }', 'fn bump(&mut self) { fill(&mut  self.nonce); }', 'fn bump(&mut self) { self .nonce.fill(1); }']) {
    assert.deepEqual(valueOf(vaultWith(other), 'self.nonce'), { kind: 'const', origin: '[0u8; 12]' }, other);
  }
  for (const other of ['fn bump(myself: &mut Vault) { myself.nonce[0] += 1; }', 'fn bump(myself: &mut Vault) { fill(&mut myself.nonce); }', 'fn bump(myself: &mut Vault) { myself.nonce.fill(1); }']) {
    assert.equal(valueOf(vaultWith(other), 'self.nonce').kind, 'unknown', other);
  }
});

test('values: a generic impl\'s `self.field` is the struct\'s, whatever the impl\'s generics and spacing', () => {
  for (const impl of ['impl<K> Vault<K>', 'impl<K> Vault <K>', 'impl<K: Clone> Vault<Vec<K>>', 'impl Vault<u8>']) {
    const text = `use std::marker::PhantomData;
struct Vault<K> { nonce: [u8; 12], k: PhantomData<K> }
${impl} {
    fn new() -> Vault<K> { Vault { nonce: [0u8; 12], k: PhantomData } }
    fn nonce(&self) -> [u8; 12] { self.nonce }
}
`;
    assert.deepEqual(valueOf(text, 'self.nonce'), { kind: 'const', origin: '[0u8; 12]' }, impl);
  }
});

test('values: a fast-hash type\'s constructor is no hash of anything; its digest is', () => {
  const text = `use sha2::{Digest, Sha256};
fn f(password: &str) {
    let a = Sha256::new();
    let b = Sha256::new_with_prefix(password.as_bytes());
    let c = Md5::new();
    let d = Sha256::digest(password.as_bytes());
}`;
  assert.equal(valueOf(text, 'Sha256::new()').kind, 'unknown');
  assert.equal(valueOf(text, 'Sha256::new_with_prefix(password.as_bytes())').kind, 'unknown');
  assert.equal(valueOf(text, 'Md5::new()').kind, 'unknown');
  assert.equal(valueOf(text, 'Sha256::digest(password.as_bytes())').kind, 'fast-hash');
});

test('engine: a model\'s regex trigger stays a regex (`re:`), only plain names become word triggers (`w:`)', async () => {
  const { ruleTriggers } = await import('../src/analyzer/engine.ts');
  const { loadRules, builtinRulesDir } = await import('../src/rules/catalog.ts');
  const { CHECK_NAMES } = await import('../src/analyzer/checks/index.ts');
  const rules = loadRules([builtinRulesDir()], CHECK_NAMES);
  const weakHash = ruleTriggers(rules.find((r) => r.id === 'weak-hash')!, models);
  assert.ok(weakHash.includes('re:\\bhash::\\{[^}]*\\bhash\\b'), JSON.stringify(weakHash));
  assert.ok(weakHash.includes('re:\\bmd5::\\{[^}]*\\bcompute\\b'));
  for (const r of rules) assert.deepEqual(ruleTriggers(r, models).filter((t) => t.startsWith('w:re:')), [], r.id);
});

test('broken-cipher: the padded helpers without `_vec` (`encrypt_padded_mut`, `encrypt_padded_b2b_mut`, `decrypt_padded_mut`) on a bare AES are ECB too', async () => {
  const { inFunctions, inProcess, of } = await import('./in-process.ts');
  const { scan } = await inProcess();
  const head = 'use aes::cipher::block_padding::Pkcs7;\nuse aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyInit};\nuse aes::Aes256;\n\n';
  const cases: [string, string][] = [
    ['pub fn seal_in_place(key: &[u8; 32], buf: &mut [u8], len: usize) -> usize {\n    let block = Aes256::new(key.into());\n    block.encrypt_padded_mut::<Pkcs7>(buf, len).unwrap().len()\n}\n', 'seal_in_place:7'],
    ['pub fn seal_to(key: &[u8; 32], msg: &[u8], out: &mut [u8]) -> usize {\n    let block = Aes256::new(key.into());\n    block.encrypt_padded_b2b_mut::<Pkcs7>(msg, out).unwrap().len()\n}\n', 'seal_to:7'],
    ['pub fn open_in_place(key: &[u8; 32], buf: &mut [u8]) -> usize {\n    let block = Aes256::new(key.into());\n    block.decrypt_padded_mut::<Pkcs7>(buf).unwrap().len()\n}\n', 'open_in_place:7'],
  ];
  for (const [body, where] of cases) {
    const text = head + body;
    const found = of(scan('src/lib.rs', text), 'broken-cipher');
    assert.deepEqual(inFunctions(found, text), [where], body);
    assert.match(found[0].message, /bare block cipher .* that is ECB/);
  }
});

test('hardcoded-key: a secret-named const that reaches a key through a call is one finding, at the call; another secret-named const of the file keeps its own', async () => {
  const { inProcess, of } = await import('./in-process.ts');
  const { scan } = await inProcess();
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};

pub const API_SECRET: &str = "sk_live_51HqLyjWDarjtT1zdp7dc";
pub const MASTER_KEY: [u8; 32] = [7u8; 32];

fn cipher_from(k: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(k.into())
}

pub fn make() -> Aes256Gcm {
    cipher_from(&MASTER_KEY)
}
`;
  const found = of(scan('src/lib.rs', text), 'hardcoded-key').map((f) => `${f.region.startLine} ${f.severity} ${f.message.split(':')[0]}`);
  assert.deepEqual(found, ['3 high Secret-named const `API_SECRET` holds a literal value (`"sk_live_51HqLyjWDarjtT1zdp7dc"`)', '11 critical Hard-coded key']);
});

/** A crate of several files, analyzed, its dataflow settled and its findings finalized as a scan does: each as `file:line:col rule`. */
async function scanCrate(files: Record<string, string>): Promise<string[]> {
  const crateScan = await crateScanner();
  return crateScan(files, { crate: appCrate(['aes-gcm', 'chacha20poly1305', 'argon2', 'md-5']), texts: true }).map((f) => `${f.file}:${f.region.startLine}:${f.region.startColumn} ${f.ruleId} ${f.message.slice(0, 48)}`);
}

test('crate-wide flow: a const of another file as Argon2 memory says its value; an external key beside a local one or another rule\'s finding, or reaching two keys', async () => {
  assert.deepEqual(await scanCrate({
    'src/lib.rs': `mod params;
use argon2::{Algorithm, Argon2, Params, Version};

pub fn hasher(m_cost: u32) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(m_cost, 2, 1, None).unwrap())
}

pub fn make() -> Argon2<'static> {
    hasher(params::MEMORY_KIB)
}
`,
    'src/params.rs': 'pub const MEMORY_KIB: u32 = 4096;\n',
  }), ['src/lib.rs:9:5 weak-kdf-cost Argon2 with 4,096 KiB of memory: `params::MEMORY']);
  const keys = { 'src/keys.rs': 'pub const MASTER: [u8; 32] = [9u8; 32];\n' };
  // One line, one hard-coded-key finding: the local literal's (the external const would be settled later).
  assert.deepEqual(await scanCrate({
    'src/lib.rs': `mod keys;
use aes_gcm::{Aes256Gcm, KeyInit};

fn cipher_from(k: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(k.into())
}

pub fn both() -> (Aes256Gcm, Aes256Gcm) {
    (cipher_from(&keys::MASTER), Aes256Gcm::new(&[7u8; 32].into()))
}
`,
    ...keys,
  }).then((l) => l.map((x) => x.split(' ').slice(0, 2).join(' '))), ['src/lib.rs:9:34 hardcoded-key']);
  assert.deepEqual(await scanCrate({
    'src/lib.rs': `mod keys;
use aes_gcm::{Aes256Gcm, KeyInit};
use chacha20poly1305::ChaCha20Poly1305;
use md5::{Digest, Md5};

fn cipher_from(k: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(k.into())
}

fn both_from(k: &[u8; 32]) -> (Aes256Gcm, ChaCha20Poly1305) {
    (Aes256Gcm::new(k.into()), ChaCha20Poly1305::new(k.into()))
}

pub fn tagged() -> (Aes256Gcm, Vec<u8>) {
    (cipher_from(&keys::MASTER), Md5::digest(b"label").to_vec())
}

pub fn pair() -> (Aes256Gcm, ChaCha20Poly1305) {
    both_from(&keys::MASTER)
}
`,
    ...keys,
  }).then((l) => l.map((x) => x.split(' ').slice(0, 2).join(' '))), ['src/lib.rs:15:6 hardcoded-key', 'src/lib.rs:15:34 weak-hash', 'src/lib.rs:19:5 hardcoded-key']);
});

test('inventory: a file no rule runs on still gets its crypto uses, with an argument bound by a `let`', async () => {
  const { Engine } = await import('../src/analyzer/engine.ts');
  const { loadRuleSet } = await import('../src/scan/scan.ts');
  const engine = new Engine(parser, loadRuleSet({}), models);
  engine.collectUses = true;
  const text = `use ed25519_dalek::{Signer, SigningKey};
pub fn sign(raw: [u8; 32], msg: &[u8]) -> ed25519_dalek::Signature {
    let seed: &[u8; 32] = &raw;
    let key = SigningKey::from_bytes(seed);
    key.sign(msg)
}
`;
  assert.deepEqual(engine.prefilterFor(text), []);
  const uses = engine.analyze('src/lib.rs', text).uses ?? [];
  assert.deepEqual(uses.map((u) => [u.api, u.kind, u.algorithm, u.region.startLine]), [['ed25519_dalek::SigningKey::from_bytes', 'use', 'Ed25519', 4]]);
});

test('crate-wide flow: a call by module path reaches only that module\'s function of the name, also through a forwarding function', async () => {
  const aes = `use aes_gcm::{Aes256Gcm, KeyInit};

pub fn make_cipher(k: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(k.into())
}
`;
  const rows = (l: string[]) => l.map((x) => x.split(' ').slice(0, 2).join(' '));
  // `b::make_cipher` does not use its argument as a key; `a::make_cipher` does.
  assert.deepEqual(rows(await scanCrate({
    'src/lib.rs': `mod a;
mod b;

pub fn wrap(k: &[u8; 32]) -> u8 {
    b::make_cipher(k)
}

pub fn run() -> u8 {
    wrap(&[7u8; 32])
}

pub fn direct() -> aes_gcm::Aes256Gcm {
    a::make_cipher(&[9u8; 32])
}
`,
    'src/a.rs': aes,
    'src/b.rs': 'pub fn make_cipher(k: &[u8; 32]) -> u8 {\n    k[0] ^ k[31]\n}\n',
  })), ['src/lib.rs:13:5 hardcoded-key']);
  // `x::wrap` hands its argument on to `a::make_cipher`; `y::wrap` does not.
  assert.deepEqual(rows(await scanCrate({
    'src/lib.rs': `mod a;
mod x;
mod y;

pub fn run() -> u8 {
    y::wrap(&[7u8; 32])
}

pub fn real() -> aes_gcm::Aes256Gcm {
    x::wrap(&[8u8; 32])
}
`,
    'src/a.rs': aes,
    'src/x.rs': 'pub fn wrap(k: &[u8; 32]) -> aes_gcm::Aes256Gcm {\n    crate::a::make_cipher(k)\n}\n',
    'src/y.rs': 'pub fn wrap(k: &[u8; 32]) -> u8 {\n    k[0] ^ k[31]\n}\n',
  })), ['src/lib.rs:10:5 hardcoded-key']);
});
