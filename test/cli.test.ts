import assert from 'node:assert/strict';
import { readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BAD_CRATE, GOOD_CRATE, REPO, runCli, tempTree } from './helpers.ts';
import { TOOL_VERSION } from '../src/version.ts';

test('scan reports the constant nonce and the hard-coded key on their lines, and not the unwrap of a decryption of its own ciphertext', () => {
  const dir = tempTree(BAD_CRATE);
  const r = runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
  assert.equal(r.status, 0, r.stderr);
  const { findings } = JSON.parse(r.stdout);
  const byRule = (id: string) => findings.filter((f: { ruleId: string }) => f.ruleId === id).map((f: { file: string; region: { startLine: number } }) => `${f.file}:${f.region.startLine}`);
  assert.deepEqual(byRule('constant-nonce'), ['src/main.rs:10']);
  assert.deepEqual(byRule('hardcoded-key'), ['src/main.rs:7']);
  const unchecked = findings.filter((f: { ruleId: string }) => f.ruleId === 'unchecked-result');
  // Line 11 decrypts the ciphertext line 10 just made: a round trip, no input an attacker can forge
  // (rules/unchecked-result/ has the cases that are reported, and at which severity).
  assert.deepEqual(unchecked, []);
});

test('scan of correct code (random nonce per message, key from the environment through a KDF) reports nothing', () => {
  const dir = tempTree(GOOD_CRATE);
  const r = runCli(['scan', dir, '--fail-on', 'low']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^no findings in 1 file$/m);
});

test('scan of one file names that file in text and SARIF output (as editors and pre-commit hooks call it)', () => {
  const dir = tempTree(BAD_CRATE);
  const text = runCli(['scan', join(dir, 'src/main.rs'), '--fail-on', 'none']);
  assert.match(text.stdout, /^ {2}--> main\.rs:10:22$/m);
  const sarif = JSON.parse(runCli(['scan', join(dir, 'src/main.rs'), '--format', 'sarif', '--fail-on', 'none']).stdout);
  const uris = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri);
  assert.equal(uris.length, 2);
  assert.ok(uris.every((u: string) => u === 'main.rs'), uris.join(' '));
});

test('text output reads like rustc: path:line:col, severity, rule, the line and a caret', () => {
  const dir = tempTree(BAD_CRATE);
  const r = runCli(['scan', '.'], { cwd: dir });
  assert.equal(r.status, 1);
  const block = r.stdout.split('\n\n').find((b) => b.startsWith('critical[constant-nonce]'))!;
  const lines = block.split('\n');
  assert.match(lines[1], /^ {2}--> src\/main\.rs:10:22$/);
  assert.equal(lines[3], '10 |     let ciphertext = cipher.encrypt(nonce, b"plaintext message".as_ref()).expect("encrypt");');
  assert.equal(lines[4].indexOf('^'), lines[3].indexOf('cipher.encrypt'));
  assert.match(block, /= note: the constant nonce is defined here: src\/main\.rs:9:35/);
  assert.match(r.stdout, /2 findings \(2 critical\) in 1 file\n$/);
});

test('exit codes follow --fail-on: 1 at or above, 0 below, 2 on usage errors', () => {
  const dir = tempTree(BAD_CRATE);
  assert.equal(runCli(['scan', dir, '--fail-on', 'critical']).status, 1);
  assert.equal(runCli(['scan', dir, '--fail-on', 'none']).status, 0);
  const onlyMedium = tempTree({ 'a.rs': 'fn f(c: &Aes256Gcm, n: &Nonce, ct: &[u8]) -> Vec<u8> { c.decrypt(n, ct).unwrap() }\n' });
  assert.equal(runCli(['scan', onlyMedium, '--fail-on', 'high']).status, 0);
  assert.equal(runCli(['scan', onlyMedium, '--fail-on', 'medium']).status, 1);
  const usage = runCli(['scan', dir, '--fail-on', 'severe']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--fail-on must be critical, high, medium, low or none, not 'severe'/);
  assert.equal(runCli(['scan', dir, '--format', 'xml']).status, 2);
  assert.equal(runCli(['frobnicate']).status, 2);
  assert.equal(runCli(['explain', 'no-such-rule']).status, 2);
});

test('suppressed findings do not fail the scan and are listed as suppressed in SARIF', () => {
  const src = BAD_CRATE['src/main.rs'].replace(
    '    let ciphertext',
    '    // rust-crypto-gate: ignore[constant-nonce] fixed vector shared with the C implementation\n    let ciphertext',
  ).replace('    let key = Key', '    // rust-crypto-gate: ignore[hardcoded-key] published test key\n    let key = Key');
  const dir = tempTree({ ...BAD_CRATE, 'src/main.rs': src });
  const r = runCli(['scan', dir, '--fail-on', 'critical']);
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /^no findings in 1 file \(2 suppressed\)$/m);
  const sarif = JSON.parse(runCli(['scan', dir, '--format', 'sarif', '--fail-on', 'none']).stdout);
  const suppressed = sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions);
  assert.deepEqual(suppressed.map((x: { ruleId: string; suppressions: { justification: string }[] }) => [x.ruleId, x.suppressions[0].justification]).sort(), [
    ['constant-nonce', 'fixed vector shared with the C implementation'],
    ['hardcoded-key', 'published test key'],
  ]);
});

test('bad input: each file explained on stderr, nothing crashes, the good files are still scanned', () => {
  const good = BAD_CRATE['src/main.rs'];
  const dir = tempTree({
    'src/main.rs': good,
    'src/latin1.rs': Buffer.from([0x2f, 0x2f, 0x20, 0xe9, 0x0a, 0x66, 0x6e, 0x20, 0x66, 0x28, 0x29, 0x7b, 0x7d, 0x0a]),
    'src/binary.rs': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]),
    'src/empty.rs': '',
    'src/broken.rs': 'use aes_gcm::{aead::Aead, Nonce};\nfn broken( {\n    let nonce = Nonce::from_slice(b"unique nonce");\n    cipher.encrypt(nonce, b"x".as_ref()).unwrap();\n}\n',
    'src/big.rs': `// ${'x'.repeat(3000)}\n`,
    'src/not_rust.rs': '<html><body>this is not Rust: Aes256Gcm::new_from_slice(key)</body></html>\n',
    // No rule's trigger occurs in it: not parsed at all, so its syntax is cargo's to report.
    'src/not_rust_untriggered.rs': '<html><body>this is not Rust</body></html>\n',
  });
  const outside = tempTree({ 'secret.rs': good });
  symlinkSync(join(outside, 'secret.rs'), join(dir, 'src/link.rs'));
  symlinkSync(join(outside, 'no-such-file.rs'), join(dir, 'src/dangling.rs'));
  const unreadable = join(dir, 'src/unreadable.rs');
  writeFileSync(unreadable, good);
  chmodSync(unreadable, 0o000);
  const r = runCli(['scan', dir, '--format', 'json', '--fail-on', 'none', '--max-file-size', '2048']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const notes = r.stderr.split('\n').filter(Boolean);
  const noteFor = (file: string) => notes.find((n) => n.includes(`src/${file}`)) ?? '';
  assert.match(noteFor('latin1.rs'), /not valid UTF-8/);
  assert.match(noteFor('binary.rs'), /binary content/);
  assert.match(noteFor('big.rs'), /over the 2 KiB limit/);
  assert.match(noteFor('link.rs'), /points outside the scanned folder.*not followed/);
  assert.match(noteFor('broken.rs'), /syntax error at line 2.*analyzed the parts that parse/);
  assert.match(noteFor('not_rust.rs'), /syntax error/);
  assert.equal(noteFor('not_rust_untriggered.rs'), '');
  assert.equal(noteFor('empty.rs'), '');
  if (process.getuid?.() !== 0) assert.match(noteFor('unreadable.rs'), /cannot read/);
  // Unreadable for root too: a link to nowhere.
  assert.match(noteFor('dangling.rs'), /broken symbolic link, skipped/);
  // What parses in the broken file is still analyzed; main.rs is complete.
  const files = new Set(out.findings.map((f: { file: string }) => f.file));
  assert.ok(files.has('src/main.rs'));
  assert.ok(out.findings.some((f: { file: string; ruleId: string }) => f.file === 'src/broken.rs' && f.ruleId === 'constant-nonce'));
  assert.ok(!files.has('src/link.rs'));
});

test('a missing path is an error note, and the other paths are still scanned', () => {
  const dir = tempTree(BAD_CRATE);
  const r = runCli(['scan', join(dir, 'src'), join(dir, 'nope'), '--root', dir, '--fail-on', 'none']);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /error: .*nope: path not found/);
  assert.match(r.stdout, /--> src\/main\.rs:10:22/);
});

test('user rules: --rules DIR adds a query rule; test-rules checks its fixtures', () => {
  const dir = tempTree({
    'rules/no-unsafe-transmute.yml': `id: no-unsafe-transmute
name: NoTransmute
severity: medium
security-severity: 5.0
cwe: [704]
precision: high
short-description: transmute in crypto code
full-description: Key types must not be transmuted.
help: |
  ## Why
  Layout is not guaranteed.
patterns:
  - query: |
      ((call_expression function: (scoped_identifier) @fn) @finding (#match? @fn "transmute$"))
    message: "\`{{fn}}\` reinterprets bytes"
`,
    'rules/no-unsafe-transmute/cases.rs': 'fn a(x: [u8; 4]) -> u32 { unsafe { std::mem::transmute(x) } } // expect: no-unsafe-transmute\nfn b(x: [u8; 4]) -> u32 { u32::from_le_bytes(x) } // ok: no-unsafe-transmute\n',
    'src/lib.rs': 'fn k(b: [u8; 4]) -> u32 { unsafe { core::mem::transmute(b) } }\n',
  });
  const scan = runCli(['scan', join(dir, 'src'), '--rules', join(dir, 'rules'), '--format', 'json', '--fail-on', 'medium']);
  assert.equal(scan.status, 1, scan.stderr);
  const f = JSON.parse(scan.stdout).findings;
  assert.deepEqual(f.map((x: { ruleId: string; message: string }) => [x.ruleId, x.message]), [['no-unsafe-transmute', '`core::mem::transmute` reinterprets bytes']]);
  const t = runCli(['test-rules', join(dir, 'rules')]);
  assert.equal(t.status, 0, t.stdout);
  assert.match(t.stdout, /PASS no-unsafe-transmute: 1 bad, 1 good cases in 1 file/);
  writeFileSync(join(dir, 'rules/no-unsafe-transmute/cases.rs'), 'fn b(x: [u8; 4]) -> u32 { unsafe { std::mem::transmute(x) } } // ok: no-unsafe-transmute\n');
  const failing = runCli(['test-rules', join(dir, 'rules')]);
  assert.equal(failing.status, 1);
  assert.match(failing.stdout, /FAIL no-unsafe-transmute/);
  const broken = tempTree({ 'r/bad.yml': 'id: Bad Id\n' });
  const err = runCli(['scan', dir, '--rules', join(broken, 'r')]);
  assert.equal(err.status, 2);
  assert.match(err.stderr, /bad\.yml: id 'Bad Id' must be lower-case words/);
});

test('rules lists the catalogue; explain prints a rule with its help; --version matches package.json', () => {
  const list = runCli(['rules']);
  assert.equal(list.status, 0);
  assert.match(list.stdout, /^constant-nonce\s+critical\s+CWE-323,CWE-1204\s+A constant nonce/m);
  assert.equal(list.stdout.trim().split("\n").length, 19);
  const ex = runCli(['explain', 'nonce-reuse']);
  assert.equal(ex.status, 0);
  assert.match(ex.stdout, /^# nonce-reuse \(NonceReuse\)/);
  assert.match(ex.stdout, /## Fix/);
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  assert.equal(TOOL_VERSION, pkg.version);
  assert.equal(runCli(['--version']).stdout.trim(), pkg.version);
});

test('the bundled CLI in dist/ runs on its own and gives the same findings as the source', () => {
  const dir = tempTree(BAD_CRATE);
  const fromDist = runCli(['scan', dir, '--format', 'json', '--fail-on', 'none'], { bundle: true });
  const fromSrc = runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
  assert.equal(fromDist.status, 0, fromDist.stderr);
  assert.deepEqual(JSON.parse(fromDist.stdout).findings, JSON.parse(fromSrc.stdout).findings);
});

test('worker threads: the same findings in the same order as one thread, from source and from the bundle', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 90; i++) files[`src/m${String(i).padStart(2, '0')}.rs`] = i % 3 === 0 ? BAD_CRATE['src/main.rs'] : `pub fn f${i}() -> u32 { ${i} }\n`;
  // A constant defined in one file and used in another must still resolve across threads.
  files['src/zz_consts.rs'] = 'pub const SHARED_IV: [u8; 12] = [7; 12];\n';
  files['src/aa_user.rs'] = 'fn f(c: &Aes256Gcm, m: &[u8]) { c.encrypt(Nonce::from_slice(&SHARED_IV), m).ok(); }\n';
  // A literal key handed to a function of another file whose parameter reaches the cipher: the
  // callers are parsed again after the per-file analysis (in a worker when workers ran), and the
  // finding gets its path and the suggested design change.
  files['src/ab_helper.rs'] = 'use aes_gcm::{Aes256Gcm, KeyInit};\npub fn make(key: &[u8]) -> Aes256Gcm {\n    Aes256Gcm::new_from_slice(key).unwrap()\n}\n';
  files['src/ac_call.rs'] = 'fn start() {\n    let _c = make(b"0123456789abcdef0123456789abcdef");\n}\n';
  const dir = tempTree(files);
  const one = runCli(['scan', dir, '--threads', '1', '--format', 'json', '--fail-on', 'none']);
  const two = runCli(['scan', dir, '--threads', '2', '--format', 'json', '--fail-on', 'none']);
  const bundled = runCli(['scan', dir, '--threads', '2', '--format', 'json', '--fail-on', 'none'], { bundle: true });
  assert.equal(two.status, 0, two.stderr);
  const f1 = JSON.parse(one.stdout).findings;
  assert.equal(f1.length, 30 * 2 + 2);
  assert.deepEqual(JSON.parse(two.stdout).findings, f1);
  assert.deepEqual(JSON.parse(bundled.stdout).findings, f1);
  assert.ok(f1.some((f: { file: string; ruleId: string }) => f.file === 'src/aa_user.rs' && f.ruleId === 'constant-nonce'));
  const viaCall = f1.filter((f: { file: string; ruleId: string }) => f.file === 'src/ac_call.rs');
  assert.deepEqual(viaCall.map((f: { ruleId: string; region: { startLine: number } }) => [f.ruleId, f.region.startLine]), [['hardcoded-key', 2]]);
  assert.deepEqual(viaCall[0].flow.map((s: { file: string }) => s.file), ['src/ac_call.rs', 'src/ab_helper.rs', 'src/ab_helper.rs']);
  assert.match(viaCall[0].message, /Suggested \(a design change/);
  assert.equal(runCli(['scan', dir, '--threads', '0']).status, 2);
});

test('--models makes a wrapper crate\'s function a key sink; the project config turns rules off, overrides severities, excludes paths and adds models', () => {
  const main = [
    'use acme_crypto::seal_box;',
    'fn main() {',
    '    let sealed = seal_box(b"0123456789abcdef0123456789abcdef", b"msg");',
    '    let digest = md5::compute(b"etag");',
    '    let _ = (sealed, digest);',
    '}',
    '',
  ].join('\n');
  const model = 'name: acme wrapper\ncrates: [acme-crypto]\nmodules: [acme_crypto]\nsinks:\n  - {call: acme_crypto::seal_box, arg: 0, kind: key, args: 2}\n';
  const dir = tempTree({ 'src/main.rs': main, 'src/gen/generated.rs': main, 'models/acme.yml': model });
  const ids = (r: { stdout: string }) => JSON.parse(r.stdout).findings.map((f: { ruleId: string; file: string; severity: string; region: { startLine: number } }) => `${f.ruleId}@${f.file}:${f.region.startLine}:${f.severity}`);
  const without = ids(runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']));
  assert.ok(!without.some((x: string) => x.startsWith('hardcoded-key')), without.join(' '));
  const withModels = ids(runCli(['scan', dir, '--models', join(dir, 'models'), '--format', 'json', '--fail-on', 'none']));
  assert.ok(withModels.includes('hardcoded-key@src/main.rs:3:critical'), withModels.join(' '));
  // The same through the project config, with weak-hash turned off, a severity override and an exclude.
  writeFileSync(join(dir, '.rust-crypto-gate.yml'), 'rules:\n  disable: [weak-hash]\n  severity: { hardcoded-key: high }\nmodels: [models]\nexclude: ["src/gen/**"]\n');
  const configured = ids(runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']));
  assert.deepEqual(configured, ['hardcoded-key@src/main.rs:3:high']);
  assert.ok(withModels.some((x: string) => x.startsWith('weak-hash@src/main.rs:4')), 'weak-hash runs when not disabled');
  // A typo in the config is an error that names the file, not a silent no-op.
  writeFileSync(join(dir, '.rust-crypto-gate.yml'), 'rules:\n  disable: [weak-hashes]\n');
  const bad = runCli(['scan', dir, '--fail-on', 'none']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /\.rust-crypto-gate\.yml: no rule 'weak-hashes'/);
  const listed = runCli(['explain', 'models', '--models', join(dir, 'models')]);
  assert.match(listed.stdout, /acme wrapper .*\n {2}acme_crypto::seal_box {2}arg 0 {2}key/);
});
