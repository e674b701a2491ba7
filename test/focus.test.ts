import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeChanges } from '../src/action/analyze.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import { tempTree } from './helpers.ts';

// A pull request's scan analyzes the changed files and what they call, and reads the rest of the
// crate only for its consts: the findings on the changed lines are those of a scan of the whole crate.

const rules = loadRuleSet({});
const CRATE: Record<string, string> = {
  'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naes-gcm = "0.10"\n',
  'src/main.rs': 'mod keys;\nmod seal;\nmod util;\nfn main() {}\n',
  // The callee, in a file the PR does not touch: its parameter becomes the key.
  'src/seal.rs': 'use aes_gcm::{aead::KeyInit, Aes256Gcm};\npub fn cipher_for(key: &[u8]) -> Aes256Gcm {\n    Aes256Gcm::new_from_slice(key).unwrap()\n}\n',
  // A const in another untouched file.
  'src/keys.rs': 'pub const ROUNDS: u32 = 1_000;\n',
  // Unrelated files with crypto of their own (and a misuse that is not the PR's).
  'src/util.rs': 'use aes_gcm::{aead::{Aead, KeyInit}, Aes256Gcm, Nonce};\npub fn old(c: &Aes256Gcm) -> Vec<u8> {\n    c.encrypt(Nonce::from_slice(b"unique nonce"), b"x".as_ref()).unwrap()\n}\n',
  ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/gen/m${i}.rs`, `pub fn helper_${i}(x: u32) -> u32 {\n    x + ${i}\n}\n`])),
};
const CHANGED = 'use crate::seal::cipher_for;\nuse crate::keys::ROUNDS;\npub fn start(password: &[u8], salt: &[u8]) -> [u8; 32] {\n    let _c = cipher_for(b"0123456789abcdef0123456789abcdef");\n    let mut out = [0u8; 32];\n    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, ROUNDS, &mut out);\n    out\n}\n';

test('a one-file PR: the helper it calls and the const it reads are followed, the rest of the crate is not analyzed', async () => {
  const dir = tempTree({ ...CRATE, 'src/app.rs': CHANGED });
  const change = { path: 'src/app.rs', status: 'added' as const, added: new Set(CHANGED.split('\n').map((_, i) => i + 1)), hunks: [] };
  const pr = await analyzeChanges(rules, dir, '.', [change], false, () => true);
  const got = pr.findings.map((f) => `${f.ruleId}@${f.file}:${f.region.startLine}`).sort();
  assert.deepEqual(got, ['hardcoded-key@src/app.rs:4', 'weak-kdf-cost@src/app.rs:6']);
  // The changed file and the file defining `cipher_for`; not the 40 unrelated ones, nor util.rs.
  assert.equal(pr.filesScanned, 2);
  // The same findings on that file as a scan of the whole crate.
  const all = await analyzeChanges(rules, dir, '.', 'all', true, () => true);
  assert.deepEqual(all.findings.filter((f) => f.file === 'src/app.rs').map((f) => `${f.ruleId}@${f.file}:${f.region.startLine}`).sort(), got);
  assert.ok(all.findings.some((f) => f.file === 'src/util.rs' && f.ruleId === 'constant-nonce'));
  assert.equal(all.filesScanned, 45);
  // The inventory is of what was analyzed: the PR's own AES-GCM key (through seal.rs) and PBKDF2;
  // util.rs, which the PR does not reach, is not parsed for it. A full scan lists util.rs too.
  const files = (uses: { file: string }[] | undefined) => [...new Set((uses ?? []).map((u) => u.file.replace(/^.*?(src\/)/, '$1')))].sort();
  assert.deepEqual(files(pr.uses), ['src/app.rs', 'src/seal.rs']);
  assert.ok(files(all.uses).includes('src/util.rs'), 'a full scan inventories every file');
});

test('a one-file PR calling a helper by its module path: the module that path names is followed, not the one of the same name elsewhere', async () => {
  // `seal::cipher_for` takes the key; `label::cipher_for` of the same name only formats it.
  const changed = 'pub fn go() {\n    let _c = crate::seal::cipher_for(b"0123456789abcdef0123456789abcdef");\n    let _l = label::cipher_for(b"fedcba9876543210fedcba9876543210");\n}\n';
  const dir = tempTree({ ...CRATE, 'src/main.rs': 'mod keys;\nmod label;\nmod seal;\nmod util;\nmod app;\nfn main() {}\n', 'src/label.rs': 'pub fn cipher_for(key: &[u8]) -> String {\n    format!("{}", key.len())\n}\n', 'src/app.rs': changed });
  const change = { path: 'src/app.rs', status: 'added' as const, added: new Set(changed.split('\n').map((_, i) => i + 1)), hunks: [] };
  const pr = await analyzeChanges(rules, dir, '.', [change], false, () => true);
  assert.deepEqual(pr.findings.map((f) => `${f.ruleId}@${f.file}:${f.region.startLine}`), ['hardcoded-key@src/app.rs:2']);
  const all = await analyzeChanges(rules, dir, '.', 'all', true, () => true);
  assert.deepEqual(all.findings.filter((f) => f.file === 'src/app.rs').map((f) => `${f.ruleId}@${f.file}:${f.region.startLine}`), ['hardcoded-key@src/app.rs:2']);
});

test('a one-file PR in a crate with 300 more files that use crypto: none of them is parsed, with one thread or two; a full scan inventories them all, the same with any thread count', async () => {
  const { collectRustFiles } = await import('../src/scan/files.ts');
  const { scanFiles } = await import('../src/scan/scan.ts');
  const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`src/c/m${i}.rs`, `use aes_gcm::{aead::{Aead, KeyInit}, Aes256Gcm, Nonce};\npub fn seal_${i}(c: &Aes256Gcm, n: &[u8; 12]) -> Vec<u8> {\n    c.encrypt(Nonce::from_slice(n), b"x".as_ref()).unwrap()\n}\n`]));
  const dir = tempTree({ ...CRATE, ...many, 'src/app.rs': CHANGED });
  const run = (threads: number, focus?: Set<string>) => scanFiles(collectRustFiles([dir], dir, []), rules, { root: dir, inventory: true, focus, threads });
  const [one, two] = [await run(1, new Set(['src/app.rs'])), await run(2, new Set(['src/app.rs']))];
  assert.deepEqual(two.findings, one.findings);
  assert.deepEqual(two.uses, one.uses);
  assert.deepEqual(one.findings.map((f) => `${f.ruleId}@${f.file}:${f.region.startLine}`).sort(), ['hardcoded-key@src/app.rs:4', 'weak-kdf-cost@src/app.rs:6']);
  assert.equal(one.filesScanned, 2);
  assert.ok(!(one.uses ?? []).some((u) => u.file.startsWith('src/c/')), 'the PR inventory does not parse the 300 files');
  const [full1, full2] = [await run(1), await run(2)];
  assert.deepEqual(full2.uses, full1.uses);
  const inC = (full1.uses ?? []).filter((u) => u.file.startsWith('src/c/'));
  assert.equal(new Set(inC.map((u) => u.file)).size, 300, 'a full scan lists the crypto of every one of the 300 files');
});
