import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine, finalize } from '../src/analyzer/engine.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import { loadModels } from '../src/analyzer/models.ts';

const engine = new Engine(await loadRustParser(), loadRuleSet({}), loadModels());
const scan = (files: Record<string, string>) =>
  finalize(Object.entries(files).map(([p, t]) => engine.analyze(p, t)), engine.rules, (p) => engine.constsIn(p, files[p])).map((f) => `${f.ruleId}@${f.file}:${f.region.startLine}`);

test('scope: a random nonce in one function does not make a constant in another safe, nor the reverse', () => {
  const src = `
fn good(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    c.encrypt(&nonce, m).unwrap_or_default()
}
fn bad(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let nonce = Nonce::from_slice(b"unique nonce");
    c.encrypt(nonce, m).unwrap_or_default()
}
fn good_again(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    c.encrypt(&nonce, m).unwrap_or_default()
}
`;
  assert.deepEqual(scan({ 'a.rs': src }), ['constant-nonce@a.rs:8']);
});

test('shadowing and block scopes: the binding visible at the call decides', () => {
  const src = `
fn f(c: &Aes256Gcm, m: &[u8]) {
    let nonce = Nonce::from_slice(b"unique nonce");
    {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        c.encrypt(&nonce, m).ok();
    }
    c.encrypt(nonce, m).ok();
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    c.encrypt(&nonce, m).ok();
}
`;
  assert.deepEqual(scan({ 'a.rs': src }), ['constant-nonce@a.rs:8']);
});

test('values flow through clone, into, as_ref, to_vec, deref, fields and small functions', () => {
  const src = `
const BASE: [u8; 12] = [1; 12];
struct S { iv: [u8; 12], c: Aes256Gcm }
impl S {
    fn new(c: Aes256Gcm) -> Self { S { iv: [9u8; 12], c } }
    fn fixed() -> [u8; 12] { BASE }
    fn a(&self, m: &[u8]) { let n = BASE.clone().to_vec(); self.c.encrypt(Nonce::from_slice(n.as_ref()), m).ok(); }
    fn b(&self, m: &[u8]) { let n: Nonce<U12> = (*&BASE).into(); self.c.encrypt(&n, m).ok(); }
    fn c(&self, m: &[u8]) { self.c.encrypt(Nonce::from_slice(&self.iv), m).ok(); }
    fn d(&self, m: &[u8]) { let n = Self::fixed(); self.c.encrypt(Nonce::from_slice(&n), m).ok(); }
}
`;
  assert.deepEqual(scan({ 'a.rs': src }), ['constant-nonce@a.rs:7', 'constant-nonce@a.rs:8', 'constant-nonce@a.rs:9', 'constant-nonce@a.rs:10']);
});

test('a field that is advanced somewhere is not a constant nonce', () => {
  const src = `
struct S { iv: [u8; 12], c: Aes256Gcm }
impl S {
    fn new(c: Aes256Gcm) -> Self { S { iv: [0u8; 12], c } }
    fn bump(&mut self) { increment(&mut self.iv); }
    fn seal(&mut self, m: &[u8]) { self.bump(); self.c.encrypt(Nonce::from_slice(&self.iv), m).ok(); }
}
`;
  assert.deepEqual(scan({ 'a.rs': src }), []);
});

test('crate-wide constants: a const in another file resolves; a name defined nowhere is not guessed', () => {
  // One call per line, so the finding's line says which constant resolved.
  const use = 'fn f(c: &Aes256Gcm, m: &[u8]) {\n    c.encrypt(Nonce::from_slice(&crate::k::IV), m).ok();\n    c.encrypt(Nonce::from_slice(&OTHER), m).ok();\n}\n';
  assert.deepEqual(scan({ 'src/a.rs': use, 'src/k.rs': 'pub const IV: [u8; 12] = [0; 12];\npub static OTHER_MUT: [u8; 12] = [0; 12];\n' }), ['constant-nonce@src/a.rs:2']);
  assert.deepEqual(scan({ 'src/a.rs': use }), []);
});

test('an unparseable file still yields findings for the parts that parse, and a note', () => {
  const a = engine.analyze('a.rs', 'fn ok(c: &Aes256Gcm, m: &[u8]) { c.encrypt(Nonce::from_slice(b"unique nonce"), m).ok(); }\nfn broken( {\n');
  assert.equal(a.findings.length, 1);
  assert.equal(a.notes.length, 1);
  assert.match(a.notes[0].message, /syntax error at line 2/);
});
