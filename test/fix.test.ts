import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { offlineCargoEnv } from './action-harness.ts';
import { REPO, runCli, tempTree, validateSarif } from './helpers.ts';
import { placeReviewComment, suggestionBlock } from '../src/report/suggestion.ts';
import { tidyImports } from '../src/fix/index.ts';
import type { Finding } from '../src/finding.ts';

// Fixes: every fixture crate under test/fixtures/fix/<rule>/ is real Rust that builds. After
// `scan --fix`, real `cargo check` (offline registry) still passes and a re-scan no longer reports
// the findings that had a fix.

interface JsonFinding {
  ruleId: string;
  region: { startLine: number };
  message: string;
  lineText: string;
  fix?: { description: string; edits: { region: { startLine: number }; text: string }[] };
}

function copyFixture(rule: string): string {
  const dir = mkdtempSync(join(tmpdir(), `rcg-fix-${rule}-`));
  cpSync(join(REPO, 'test/fixtures/fix', rule), dir, { recursive: true });
  return dir;
}

function cargo(dir: string, ...args: string[]) {
  const env = { ...process.env, ...offlineCargoEnv() };
  return spawnSync('cargo', args, { cwd: dir, env, encoding: 'utf8' });
}

function findings(dir: string): JsonFinding[] {
  const r = runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).findings;
}

const FIXABLE: [rule: string, fixes: number][] = [
  ['weak-kdf-cost', 8],
  ['weak-rng', 4],
  ['unchecked-result', 7],
  ['non-constant-time-compare', 4],
  ['weak-hash', 4],
];

for (const [rule, expected] of FIXABLE) {
  test(`${rule}: scan --fix applies ${expected} fixes, cargo check still passes, and a re-scan no longer reports them`, { timeout: 180_000 }, () => {
    const dir = copyFixture(rule);
    // A lock first, as a real crate has: fixes read the locked versions (rand's API, digest's).
    const lock = cargo(dir, 'generate-lockfile', '--offline');
    assert.equal(lock.status, 0, lock.stderr);
    const before = findings(dir).filter((f) => f.ruleId === rule);
    const fixable = before.filter((f) => f.fix);
    assert.equal(fixable.length, expected, JSON.stringify(before.map((f) => [f.region.startLine, f.message, f.fix?.description])));
    const original = readFileSync(join(dir, 'src/main.rs'), 'utf8');
    const r = runCli(['scan', dir, '--fix', '--fail-on', 'none']);
    assert.equal(r.status, 0, r.stderr);
    const fixedLines = r.stdout.split('\n').filter((l) => l.startsWith('fixed '));
    assert.equal(fixedLines.length, expected, r.stdout);
    for (const f of fixable) assert.ok(fixedLines.some((l) => l.startsWith(`fixed src/main.rs:${f.region.startLine}: ${rule}: ${f.fix!.description}`)), `${f.region.startLine} in\n${r.stdout}`);
    assert.notEqual(readFileSync(join(dir, 'src/main.rs'), 'utf8'), original);
    const check = cargo(dir, 'check', '--offline', '--message-format=short');
    assert.equal(check.status, 0, check.stderr);
    // The imports a fix leaves unused (`StdRng`, `Md5`) are removed with it: no new warnings to clean up.
    assert.doesNotMatch(check.stderr, /unused import/, check.stderr);
    // What is left is exactly the findings that had no fix (removed imports move lines, so by their text).
    const after = findings(dir).filter((f) => f.ruleId === rule);
    assert.deepEqual(after.map((f) => f.lineText), before.filter((f) => !f.fix).map((f) => f.lineText));
    assert.match(r.stdout, new RegExp(`After the fixes:[\\s\\S]*finding|After the fixes:[\\s\\S]*no findings`));
  });
}

test('--fix-dry-run prints a unified diff that git apply takes, and changes nothing; the diff is what --fix writes', { timeout: 60_000 }, () => {
  const dry = copyFixture('unchecked-result');
  const wet = copyFixture('unchecked-result');
  const original = readFileSync(join(dry, 'src/main.rs'), 'utf8');
  const r = runCli(['scan', dry, '--fix-dry-run', '--fail-on', 'none']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(join(dry, 'src/main.rs'), 'utf8'), original, 'nothing was changed');
  assert.match(r.stdout, /^--- a\/src\/main\.rs\n\+\+\+ b\/src\/main\.rs\n@@ /);
  assert.match(r.stdout, /\n-    let pt = c\.decrypt\(Nonce::from_slice\(n\), ct\)\.unwrap\(\);\n\+    let pt = c\.decrypt\(Nonce::from_slice\(n\), ct\)\?;\n/);
  assert.match(r.stderr, /would apply 7 fixes in 1 file \(nothing was changed\)/);
  writeFileSync(join(dry, 'fix.patch'), r.stdout);
  const apply = spawnSync('git', ['apply', 'fix.patch'], { cwd: dry, encoding: 'utf8' });
  assert.equal(apply.status, 0, apply.stderr);
  assert.equal(runCli(['scan', wet, '--fix', '--fail-on', 'none']).status, 0);
  assert.equal(readFileSync(join(dry, 'src/main.rs'), 'utf8'), readFileSync(join(wet, 'src/main.rs'), 'utf8'));
  assert.equal(runCli(['scan', dry, '--fix', '--fix-dry-run']).status, 2);
});

const KDF_TOML = '[package]\nname = "k"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\npbkdf2 = "0.12"\nsha2 = "0.10"\n';

test('overlapping fixes in a file: the first is applied, the other gets a note; a second run fixes the rest', () => {
  // Both calls take their count from N: SHA-256 wants 600,000, SHA-512 210,000 — two edits of one literal.
  const main = `use sha2::{Sha256, Sha512};
const N: u32 = 1_000;
pub fn a(p: &[u8], s: &[u8], k: &mut [u8]) { pbkdf2::pbkdf2_hmac::<Sha512>(p, s, N, k); }
pub fn b(p: &[u8], s: &[u8], k: &mut [u8]) { pbkdf2::pbkdf2_hmac::<Sha256>(p, s, N, k); }
`;
  const dir = tempTree({ 'Cargo.toml': KDF_TOML, 'src/lib.rs': main });
  const r = runCli(['scan', dir, '--fix', '--fail-on', 'none']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^fixed src\/lib\.rs:3: weak-kdf-cost: Raise the PBKDF2-HMAC-SHA512 iteration count from 1,000 to 210,000/m);
  assert.match(r.stdout, /^note: src\/lib\.rs:4: weak-kdf-cost not fixed: its edit overlaps a fix applied before it in this file; run --fix again to apply it$/m);
  assert.match(r.stdout, /1 fix in 1 file; 1 left out because it overlaps another fix/);
  assert.match(readFileSync(join(dir, 'src/lib.rs'), 'utf8'), /const N: u32 = 210_000;/);
  runCli(['scan', dir, '--fix', '--fail-on', 'none']);
  assert.match(readFileSync(join(dir, 'src/lib.rs'), 'utf8'), /const N: u32 = 600_000;/);
  assert.deepEqual(findings(dir).filter((f) => f.ruleId === 'weak-kdf-cost'), []);
  // A count held in a u16 cannot become 600,000: the finding stays, without a fix.
  const small = findings(tempTree({ 'Cargo.toml': KDF_TOML, 'src/lib.rs': 'use sha2::Sha256;\npub fn a(p: &[u8], s: &[u8], k: &mut [u8]) { let n: u16 = 1000; pbkdf2::pbkdf2_hmac::<Sha256>(p, s, n as u32, k); }\n' }));
  assert.equal(small.filter((f) => f.ruleId === 'weak-kdf-cost').length, 1);
  assert.ok(small.every((f) => !f.fix));
});

test('fixes follow the crate: bcrypt and scrypt floors, rand 0.9 in Cargo.lock, no fix without the dependency it needs or a Result to return', () => {
  const rs = `use rand::rngs::StdRng;
use rand::{RngCore, SeedableRng};
const COST: u32 = 6;
pub fn store(password: &str) -> String { bcrypt::hash(password, 4).unwrap() }
pub fn store_const(password: &str) -> String { bcrypt::hash(password, COST).unwrap() }
pub fn params() -> scrypt::Params { scrypt::Params::new(14, 8, 1, 32).unwrap() }
pub fn key() -> [u8; 32] { let mut rng = StdRng::seed_from_u64(1); let mut key = [0u8; 32]; rng.fill_bytes(&mut key); key }
`;
  const toml = (deps: string) => `[package]\nname = "c"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`;
  const lock = (rand: string) => `version = 3\n\n[[package]]\nname = "c"\nversion = "0.1.0"\ndependencies = ["bcrypt", "rand", "scrypt"]\n\n[[package]]\nname = "rand"\nversion = "${rand}"\n`;
  const scan = (files: Record<string, string>) => findings(tempTree(files));
  const by = (fs: JsonFinding[], line: number) => fs.filter((f) => f.region.startLine === line && f.fix).map((f) => f.fix!.edits.map((e) => e.text).join(' '));
  const v8 = scan({ 'Cargo.toml': toml('bcrypt = "0.15"\nscrypt = "0.11"\nrand = "0.8"\n'), 'Cargo.lock': lock('0.8.5'), 'src/lib.rs': rs });
  assert.deepEqual(by(v8, 4), ['bcrypt::DEFAULT_COST']);
  assert.deepEqual(by(v8, 5).map((t) => t), ['12'], 'through a const, the literal becomes 12');
  assert.ok(by(v8, 6).includes('17'));
  assert.deepEqual(by(v8, 7), ['rand::rngs::OsRng']);
  const v9 = scan({ 'Cargo.toml': toml('rand = "0.9"\n'), 'Cargo.lock': lock('0.9.1'), 'src/lib.rs': rs });
  assert.deepEqual(by(v9, 7), ['rand::TryRngCore::unwrap_err(rand::rngs::OsRng)']);
  const noRand = scan({ 'Cargo.toml': toml('rand_chacha = "0.3"\n'), 'src/lib.rs': rs });
  assert.ok(noRand.some((f) => f.ruleId === 'weak-rng' && !f.fix), 'without rand as a dependency the OS generator cannot be named');
  // rust-argon2's Config fields: memory and passes together.
  const cfg = scan({ 'Cargo.toml': toml('rust-argon2 = "2"\n'), 'src/lib.rs': 'pub fn c() -> argon2::Config<\'static> {\n    argon2::Config { mem_cost: 1024, time_cost: 1, ..argon2::Config::default() }\n}\n' });
  assert.deepEqual(by(cfg, 2), ['19_456 2']);
  // A MAC compare is fixed without subtle; a token compare needs subtle.
  const cmp = `use hmac::{Hmac, Mac};
pub fn t(mac: Hmac<sha2::Sha256>, tag: &[u8]) -> bool { mac.finalize().into_bytes().as_slice() == tag }
pub fn u(expected_token: &[u8], provided_token: &[u8]) -> bool { expected_token == provided_token }
`;
  const noSubtle = scan({ 'Cargo.toml': toml('hmac = "0.12"\nsha2 = "0.10"\n'), 'src/lib.rs': cmp });
  assert.deepEqual(by(noSubtle, 2), ['mac.verify_slice(tag).is_ok()']);
  assert.deepEqual(by(noSubtle, 3), []);
  assert.equal(noSubtle.filter((f) => f.ruleId === 'non-constant-time-compare').length, 2, 'the finding stays, only the fix is missing');
  // decrypt().unwrap() in a function that returns nothing, or in a closure: no `?` to use.
  const dec = `use aes_gcm::aead::Aead;
pub fn a(c: &aes_gcm::Aes256Gcm, n: &aes_gcm::Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) { let _ = c.decrypt(n, ct).unwrap(); }
pub fn b(c: &aes_gcm::Aes256Gcm, n: &aes_gcm::Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) -> Result<(), aes_gcm::Error> { let f = || c.decrypt(n, ct).unwrap(); f(); Ok(()) }
`;
  const d = scan({ 'Cargo.toml': toml('aes-gcm = "0.10"\n'), 'src/lib.rs': dec }).filter((f) => f.ruleId === 'unchecked-result');
  assert.equal(d.length, 2);
  assert.ok(d.every((f) => !f.fix));
});

test('design changes get suggested code in the message, not an edit', () => {
  const dir = tempTree({
    'Cargo.toml': '[package]\nname = "d"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naes-gcm = "0.10"\n',
    'src/main.rs': 'use aes_gcm::{aead::{Aead, KeyInit}, Aes256Gcm, Key, Nonce};\nfn main() {\n    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(b"an example very very secret key."));\n    let _ = cipher.encrypt(Nonce::from_slice(b"unique nonce"), b"m".as_ref());\n}\n',
  });
  const fs = findings(dir);
  const nonce = fs.find((f) => f.ruleId === 'constant-nonce')!;
  const key = fs.find((f) => f.ruleId === 'hardcoded-key')!;
  assert.match(nonce.message, /Suggested \(a design change, so no automatic fix\): `let nonce = Aes256Gcm::generate_nonce\(&mut OsRng\);[^`]*`/);
  assert.match(key.message, /Suggested \(a design change, so no automatic fix\): `let key = hex::decode\(std::env::var\("APP_DATA_KEY"\)\?\)\?;` and use `key` where the literal is now \(it reaches `Key::from_slice`\)/);
  assert.ok(!nonce.fix && !key.fix);
  const explain = runCli(['explain', 'constant-nonce']);
  assert.match(explain.stdout, /Automatic fix: none/);
});

test('SARIF with fixes from every fixture crate passes the official validator with GitHub rules: no errors, no warnings', () => {
  const out = join(tempTree({}), 'fixes.sarif');
  const r = runCli(['scan', join(REPO, 'test/fixtures/fix'), '--format', 'sarif', '--output', out, '--fail-on', 'none']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(validateSarif(out), []);
  const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results;
  const withFixes = results.filter((x: { fixes?: unknown[] }) => x.fixes);
  assert.equal(withFixes.length, FIXABLE.reduce((n, [, k]) => n + k, 0));
  const one = withFixes.find((x: { ruleId: string }) => x.ruleId === 'unchecked-result');
  assert.deepEqual(Object.keys(one.fixes[0]).sort(), ['artifactChanges', 'description']);
  assert.equal(one.fixes[0].artifactChanges[0].artifactLocation.uri, one.locations[0].physicalLocation.artifactLocation.uri);
  assert.equal(one.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '?');
});

test('review placement: a fix over several lines of one hunk spans them; a fix outside the hunks is described, not suggested', () => {
  const base: Finding = { ruleId: 'weak-kdf-cost', severity: 'medium', cwe: [916], file: 'src/a.rs', region: { startLine: 11, startColumn: 5, endLine: 11, endColumn: 20 }, message: 'm', related: [], lineText: '', fingerprint: 'x' };
  const fix = (startLine: number, endLine: number) => ({ description: 'd', edits: [{ region: { startLine, startColumn: 1, endLine, endColumn: 2 }, text: 'y' }], lines: { startLine, endLine, text: 'new', before: 'old' } });
  const change = { path: 'src/a.rs', status: 'modified' as const, added: new Set([10, 11, 12]), hunks: [{ start: 7, end: 15, shift: 2 }] };
  assert.deepEqual(placeReviewComment({ ...base, fix: fix(10, 12) }, change), { line: 14, startLine: 12, suggestion: 'new' });
  assert.deepEqual(placeReviewComment({ ...base, fix: fix(11, 11) }, change), { line: 13, suggestion: 'new' });
  assert.deepEqual(placeReviewComment({ ...base, fix: fix(3, 3) }, change), { line: 13, fixNote: 'line 3, outside this diff' });
  assert.deepEqual(placeReviewComment(base, change), { line: 13 });
  assert.equal(suggestionBlock('let s = "```";'), '````suggestion\nlet s = "```";\n````');
});

test('imports left unused by the fixes are removed; names still used, re-exports and renames are kept', () => {
  const text = `use rand::rngs::{SmallRng, StdRng};
use rand::{Rng, RngCore, SeedableRng};
pub use rand::rngs::StdRng as Seeded;
use sha1::{Digest, Sha1};
fn a() { let mut rng = rand::rngs::OsRng; let _ = SmallRng::from_entropy(); }
fn b() { let _ = Sha1::new(); }
`;
  const r = tidyImports(text, new Set(['StdRng', 'SmallRng', 'Sha1']));
  assert.equal(r.text, `use rand::rngs::SmallRng;
use rand::{Rng, RngCore, SeedableRng};
pub use rand::rngs::StdRng as Seeded;
use sha1::{Digest, Sha1};
fn a() { let mut rng = rand::rngs::OsRng; let _ = SmallRng::from_entropy(); }
fn b() { let _ = Sha1::new(); }
`);
  assert.deepEqual(r.removed, ['StdRng']);
  const unseeded = tidyImports('use rand::{RngCore, SeedableRng};\nuse rand::rngs::StdRng;\nfn f() { let _ = rand::rngs::OsRng; }\n', new Set(['StdRng']));
  assert.equal(unseeded.text, 'use rand::RngCore;\nfn f() { let _ = rand::rngs::OsRng; }\n');
});
