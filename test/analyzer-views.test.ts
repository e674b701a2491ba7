import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { Engine, finalize } from '../src/analyzer/engine.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import type { CryptoUse } from '../src/analyzer/uses.ts';

// What the analyzer hands to the views that the rule fixtures do not look at: the crypto API uses
// the inventory (CBOM) is built from, and the fingerprints code scanning matches alerts by. The
// analyzer runs in-process on real Rust source; `npm run mutate` runs this file against every
// mutant it reaches (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const parser = await loadRustParser();
const engine = new Engine(parser, loadRuleSet({}), loadModels());
// The inventory's view of a file: what a scan with the inventory on lists for it.
const inventoryEngine = new Engine(parser, engine.rules, engine.models);
inventoryEngine.collectUses = true;
const usesIn = (path: string, text: string): CryptoUse[] | undefined => inventoryEngine.analyze(path, text).uses;

const LIB = `use aes_gcm::{aead::{Aead, KeyInit}, Aes256Gcm, Nonce};
use argon2::Argon2;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use rsa::{Oaep, RsaPrivateKey, RsaPublicKey};

type HmacSha256 = Hmac<Sha256>;

pub fn seal(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    let nonce = Nonce::from_slice(b"unique nonce");
    cipher.encrypt(nonce, msg).unwrap()
}

pub fn mac(key: &[u8]) -> HmacSha256 {
    HmacSha256::new_from_slice(key).unwrap()
}

pub fn kdf() -> Argon2<'static> {
    Argon2::default()
}

pub fn derive(pw: &[u8], out: &mut [u8]) {
    pbkdf2::pbkdf2_hmac::<Sha256>(pw, b"salt", 1000, out);
}

pub fn wrap(rng: &mut rand::rngs::OsRng, pk: &RsaPublicKey, m: &[u8]) -> Vec<u8> {
    let k = RsaPrivateKey::new(rng, 1024).unwrap();
    let len = m.len();
    println!("{}", len);
    pk.encrypt(rng, Oaep::new::<Sha256>(), m).unwrap()
}

#[cfg(test)]
mod tests {
    #[test]
    fn t() {
        let _c = aes_gcm::Aes128Gcm::new_from_slice(&[0u8; 16]);
    }
}
`;

const view = (u: CryptoUse) => ({
  at: `${u.region.startLine}:${u.region.startColumn}-${u.region.endLine}:${u.region.endColumn}`,
  api: u.api,
  kind: u.kind,
  type: u.type,
  algorithm: u.algorithm,
  primitive: u.primitive,
  module: u.module,
  model: u.model.name,
  inTest: u.inTest,
  typeText: u.typeText,
  args: u.args,
  value: u.value,
  mentions: u.mentions.map((m) => [m.name, m.algorithm, m.primitive, m.padding, m.mode].filter(Boolean).join(' ')),
});

const AEAD = 'RustCrypto AEADs';
const PW = 'password hashing (pbkdf2, ring::pbkdf2, openssl::pkcs5, argon2, bcrypt, scrypt, rust-crypto)';
const RSA = 'RSA (rsa, openssl::rsa)';
const EXPECTED_USES = [
  { at: '10:18-10:48', api: 'Aes256Gcm::new_from_slice', kind: 'key', type: 'Aes256Gcm', algorithm: 'AES-256-GCM', primitive: 'ae', module: 'aes_gcm', model: AEAD, inTest: false, typeText: 'Aes256Gcm aes_gcm::Aes256Gcm', args: ['key'], value: { kind: 'unknown', literal: undefined, from: undefined }, mentions: ['Aes256Gcm AES-256-GCM ae', 'aes_gcm::Aes256Gcm AES-256-GCM ae'] },
  // A call on a modelled type that no model row is about is listed as kind `type`.
  { at: '11:17-11:51', api: 'Nonce::from_slice', kind: 'type', type: 'Nonce', algorithm: 'nonce', primitive: 'nonce', module: 'aes_gcm', model: AEAD, inTest: false, typeText: 'Nonce aes_gcm::Nonce', args: ['b"unique nonce"'], value: undefined, mentions: [] },
  // An identifier argument shows the `let` it names; the nonce's value is the literal it was made from.
  { at: '12:5-12:31', api: 'encrypt', kind: 'nonce', type: 'Aes256Gcm', algorithm: 'AES-256-GCM', primitive: 'ae', module: 'aes_gcm', model: AEAD, inTest: false, typeText: 'Aes256Gcm aes_gcm::Aes256Gcm', args: ['nonce = Nonce::from_slice(b"unique nonce")', 'msg'], value: { kind: 'const', literal: 'b"unique nonce"', from: 'Nonce::from_slice(b"unique nonce")' }, mentions: ['Aes256Gcm AES-256-GCM ae', 'aes_gcm::Aes256Gcm AES-256-GCM ae'] },
  // Through the alias `type HmacSha256 = Hmac<Sha256>`: the hash the MAC is built on is named too.
  { at: '16:5-16:36', api: 'Hmac::new_from_slice', kind: 'key', type: 'Hmac', algorithm: 'HMAC', primitive: 'mac', module: 'hmac', model: 'MACs, JWT and cookie secrets', inTest: false, typeText: 'HmacSha256 Hmac<Sha256> hmac::Hmac sha2::Sha256', args: ['key'], value: { kind: 'unknown', literal: undefined, from: undefined }, mentions: ['Hmac HMAC mac', 'Sha256 SHA-256 hash', 'hmac::Hmac HMAC mac', 'sha2::Sha256 SHA-256 hash'] },
  { at: '20:5-20:22', api: 'Argon2::default', kind: 'type', type: 'Argon2', algorithm: 'Argon2', primitive: 'password-hash', module: 'argon2', model: PW, inTest: false, typeText: 'Argon2 argon2::Argon2', args: [], value: undefined, mentions: ['Argon2 Argon2 password-hash', 'argon2::Argon2 Argon2 password-hash'] },
  // One call, two row kinds: one use each.
  { at: '24:5-24:58', api: 'pbkdf2::pbkdf2_hmac', kind: 'iterations', type: undefined, algorithm: 'PBKDF2', primitive: undefined, module: 'pbkdf2', model: PW, inTest: false, typeText: 'pbkdf2::pbkdf2_hmac::<Sha256> sha2::Sha256', args: ['pw', 'b"salt"', '1000', 'out'], value: { kind: 'const', literal: '1000', from: undefined }, mentions: ['Sha256 SHA-256 hash', 'sha2::Sha256 SHA-256 hash'] },
  { at: '24:5-24:58', api: 'pbkdf2::pbkdf2_hmac', kind: 'salt', type: undefined, algorithm: 'PBKDF2', primitive: undefined, module: 'pbkdf2', model: PW, inTest: false, typeText: 'pbkdf2::pbkdf2_hmac::<Sha256> sha2::Sha256', args: ['pw', 'b"salt"', '1000', 'out'], value: { kind: 'const', literal: 'b"salt"', from: undefined }, mentions: ['Sha256 SHA-256 hash', 'sha2::Sha256 SHA-256 hash'] },
  { at: '28:13-28:42', api: 'RsaPrivateKey::new', kind: 'rsa-bits', type: 'RsaPrivateKey', algorithm: 'RSA', primitive: 'pke', module: 'rsa', model: RSA, inTest: false, typeText: 'RsaPrivateKey rsa::RsaPrivateKey', args: ['rng', '1024'], value: { kind: 'const', literal: '1024', from: undefined }, mentions: ['RsaPrivateKey RSA pke', 'rsa::RsaPrivateKey RSA pke'] },
  // `Oaep::new::<Sha256>()`: the padding, named by the path without its call.
  { at: '31:5-31:46', api: 'encrypt', kind: 'rsa-encrypt-padding', type: 'RsaPublicKey', algorithm: 'RSA', primitive: 'pke', module: 'rsa', model: RSA, inTest: false, typeText: 'RsaPublicKey rsa::RsaPublicKey', args: ['rng', 'Oaep::new::<Sha256>()', 'm'], value: { kind: 'unknown', literal: undefined, from: undefined }, mentions: ['RsaPublicKey RSA pke', 'rsa::RsaPublicKey RSA pke', 'Oaep::new oaep', 'Sha256 SHA-256 hash'] },
  { at: '38:18-38:64', api: 'Aes128Gcm::new_from_slice', kind: 'key', type: 'Aes128Gcm', algorithm: 'AES-128-GCM', primitive: 'ae', module: 'aes_gcm', model: AEAD, inTest: true, typeText: 'aes_gcm::Aes128Gcm', args: ['&[0u8; 16]'], value: { kind: 'const', literal: undefined, from: undefined }, mentions: ['aes_gcm::Aes128Gcm AES-128-GCM ae'] },
];

test('crypto uses: every modelled call once per row kind, with its type, algorithm, module, arguments, value and whether it is test code', () => {
  const uses = usesIn('src/lib.rs', LIB);
  assert.ok(uses);
  assert.deepEqual(uses.map(view), EXPECTED_USES);
  assert.ok(uses.every((u) => u.file === 'src/lib.rs'));
  assert.deepEqual(uses[0].model.crates.slice(0, 2), ['aead', 'aes-gcm']);
  assert.ok(uses[0].model.modules.includes('aes_gcm'));
});

test('crypto uses: a file naming no crypto API has none, and a scan without the inventory lists none', () => {
  const plain = 'pub fn add(a: u32, b: u32) -> u32 {\n    a.wrapping_add(b)\n}\n';
  assert.equal(usesIn('src/math.rs', plain), undefined);
  // Without the inventory, analysis lists no uses.
  assert.equal(engine.analyze('src/lib.rs', LIB).uses, undefined);
});

test('crypto uses: calls that name no modelled API, and a local type that shares a modelled name, are not uses', () => {
  const src = `use aes_gcm::Aes256Gcm;
struct Argon2;
impl Argon2 { fn default() -> Self { Argon2 } }
pub fn f(v: Vec<u8>) -> usize {
    let _a = Argon2::default();
    let w = String::from("x");
    v.len() + w.len()
}
`;
  assert.deepEqual(usesIn('src/local.rs', src), []);
});

const NONCE_LINE = '    c.encrypt(Nonce::from_slice(b"123456789012"), b"x".as_ref()).unwrap();';
const hashOf = (ruleId: string, line: string) => createHash('sha256').update(`${ruleId}\u0000${line.replace(/\s+/g, '')}`).digest('hex').slice(0, 16);
const fingerprints = (files: Record<string, string>) =>
  finalize(Object.entries(files).map(([p, t]) => engine.analyze(p, t)), engine.rules, (p) => engine.constsIn(p, files[p])).map((f) => `${f.ruleId}@${f.file}:${f.region.startLine} ${f.fingerprint}`);

test('fingerprints: the rule and the line text without white space, hashed, with the occurrence of that pair in the file', () => {
  const fn = (name: string, line: string) => `fn ${name}(c: &Aes256Gcm) {\n${line}\n}\n`;
  const a = `use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};\n${fn('f', NONCE_LINE)}${fn('g', NONCE_LINE.replace('c.encrypt(', 'c.encrypt( ').replace(/^ {4}/, '\t'))}`;
  const b = `use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};\n${fn('h', NONCE_LINE)}`;
  const h = hashOf('constant-nonce', NONCE_LINE);
  // Two lines that differ only in white space are the same pair: occurrences 1 and 2. Another file counts anew.
  assert.deepEqual(fingerprints({ 'src/a.rs': a, 'src/b.rs': b }), [`constant-nonce@src/a.rs:3 ${h}:1`, `constant-nonce@src/a.rs:6 ${h}:2`, `constant-nonce@src/b.rs:3 ${h}:1`]);
  // Lines added above move the findings, not their fingerprints.
  assert.deepEqual(fingerprints({ 'src/a.rs': `// one\n// two\n${a}` }), [`constant-nonce@src/a.rs:5 ${h}:1`, `constant-nonce@src/a.rs:8 ${h}:2`]);
  // A different line of the same rule in the same file is its own pair: occurrence 1 again.
  const other = '    c.encrypt(Nonce::from_slice(b"abcdefghijkl"), b"y".as_ref()).unwrap();';
  assert.deepEqual(fingerprints({ 'src/a.rs': `use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};\n${fn('f', NONCE_LINE)}${fn('g', other)}` }), [
    `constant-nonce@src/a.rs:3 ${h}:1`,
    `constant-nonce@src/a.rs:6 ${hashOf('constant-nonce', other)}:1`,
  ]);
});

test('fingerprints: two rules on one line are two pairs, each occurrence 1', () => {
  const line = '    let k = Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap(); let n = Nonce::from_slice(b"123456789012"); k.encrypt(n, b"x".as_ref()).unwrap();';
  const got = fingerprints({ 'src/a.rs': `use aes_gcm::{aead::{Aead, KeyInit}, Aes256Gcm, Nonce};\nfn f() {\n${line}\n}\n` });
  // (In column order: the key comes first on the line.)
  assert.deepEqual(got, [`hardcoded-key@src/a.rs:3 ${hashOf('hardcoded-key', line)}:1`, `constant-nonce@src/a.rs:3 ${hashOf('constant-nonce', line)}:1`]);
  assert.notEqual(hashOf('constant-nonce', line), hashOf('hardcoded-key', line));
});

const findingsOf = (path: string, text: string) => finalize([engine.analyze(path, text)], engine.rules, (p) => engine.constsIn(p, text));
const span = (f: { region: { startLine: number; startColumn: number; endLine: number; endColumn: number } }) => `${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn}`;

test('regions and line texts: where a finding starts and ends, the line without its break (also in a CRLF file)', () => {
  const lines = ['use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};', 'fn f(c: &Aes256Gcm) -> Vec<u8> {', '    c.encrypt(', '        Nonce::from_slice(b"123456789012"),', '        b"x".as_ref(),', '    ).unwrap()', '}', ''];
  for (const eol of ['\n', '\r\n']) {
    const [f, ...rest] = findingsOf('src/a.rs', lines.join(eol));
    assert.deepEqual(rest, []);
    assert.equal(f.ruleId, 'constant-nonce');
    // The call spans three lines: its region ends where the call's text ends, not where it starts.
    assert.equal(span(f), '3:5-6:6');
    assert.equal(f.lineText, '    c.encrypt(');
  }
  // A finding on the first line, which is also the last (no line break at the end).
  const one = 'fn f(c: &Aes256Gcm) -> Vec<u8> { c.encrypt(Nonce::from_slice(b"123456789012"), b"x".as_ref()).unwrap() }';
  const [f] = findingsOf('src/one.rs', one);
  assert.equal(`${f.ruleId} ${span(f)}`, 'constant-nonce 1:34-1:94');
  assert.equal(f.lineText, one);
});

test('suppressions: the reason becomes the justification, trimmed; a suppression without one is reported at the comment', () => {
  const text = [
    'use aes_gcm::{aead::Aead, Aes256Gcm, Nonce};',
    'fn f(c: &Aes256Gcm) -> Vec<u8> {',
    '    // rust-crypto-gate: ignore[constant-nonce]   known-answer test vector   ',
    '    c.encrypt(Nonce::from_slice(b"123456789012"), b"x".as_ref()).unwrap()',
    '}',
    'fn g(c: &Aes256Gcm) -> Vec<u8> {',
    '    c.encrypt(Nonce::from_slice(b"123456789012"), b"x".as_ref()).unwrap() /* see */ // rust-crypto-gate: ignore[constant-nonce]',
    '}',
    '',
  ].join('\n');
  const got = findingsOf('src/kat.rs', text).map((f) => `${f.ruleId} ${span(f)} ${f.suppression ? `suppressed: "${f.suppression.justification}"` : 'reported'}${f.ruleId === 'suppression-without-reason' ? ` "${f.lineText}"` : ''}`);
  assert.deepEqual(got, [
    'constant-nonce 4:5-4:65 suppressed: "known-answer test vector"',
    'constant-nonce 7:5-7:65 reported',
    // From `//` to the end of the line.
    `suppression-without-reason 7:85-7:128 reported "${text.split('\n')[6]}"`,
  ]);
});

test('notes: a syntax error is located at its first error and counts the others; a missing token is found too; a clean file has none', () => {
  const notes = (text: string) => engine.analyze('src/a.rs', text).notes.map((n) => `${n.level} ${n.file}:${n.line} ${n.message}`);
  assert.deepEqual(notes('use aes_gcm::Aes256Gcm;\nfn a() { let = 1; }\nfn ok() {}\nfn b() { let = 2; }\nfn c() { let = 3; }\n'), [
    'warning src/a.rs:2 syntax error at line 2 (and 2 more); analyzed the parts that parse',
  ]);
  // No ERROR node, only a `;` the parser had to invent.
  assert.deepEqual(notes('use aes_gcm::Aes256Gcm;\nfn f(c: &Aes256Gcm) {\n    let x = 1\n}\n'), ['warning src/a.rs:3 syntax error at line 3; analyzed the parts that parse']);
  assert.deepEqual(notes('use aes_gcm::Aes256Gcm;\nfn f() {}\n'), []);
});

test('crypto uses: an argument and the `let` it names are cut to 160 characters of source, white space folded', () => {
  const src = `use aes_gcm::{aead::KeyInit, Aes256Gcm};

pub fn open(config: &Config) -> Aes256Gcm {
    let key = derive_key_material_from_the_configuration(
        &config.first_rather_long_setting_name,
        &config.second_rather_long_setting_name,
        &config.third_rather_long_setting_name,
    );
    Aes256Gcm::new(key)
}
`;
  const uses = usesIn('src/open.rs', src) ?? [];
  assert.equal(uses.length, 1);
  const call = 'derive_key_material_from_the_configuration( &config.first_rather_long_setting_name, &config.second_rather_long_setting_name,';
  assert.deepEqual(uses[0].args, [`key = ${call} &conf`]);
  assert.deepEqual(uses[0].value, { kind: 'unknown', literal: undefined, from: `${call} &config.thi` });
});
