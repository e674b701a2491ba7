import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assignShards, parseShard } from '../src/scan/shard.ts';
import { REPO, runCli, tempTree, validateSarif } from './helpers.ts';

const crate = (name: string, deps = 'aes-gcm = "0.10"') => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}\n`;

/**
 * A monorepo: every rule's fixtures as a crate of its own, a workspace whose binary hands a literal
 * key to its library (a finding only the crate-wide flow makes), two crates joined by a path
 * dependency outside a workspace, loose files outside any crate, and a link out of the tree (a note).
 */
function monorepo(): string {
  const root = tempTree({
    'ws/Cargo.toml': '[workspace]\nmembers = ["app", "keys"]\nresolver = "2"\n',
    'ws/keys/Cargo.toml': crate('keys'),
    'ws/keys/src/lib.rs': 'use aes_gcm::{Aes256Gcm, KeyInit};\n\npub fn cipher_for(key: &[u8]) -> Aes256Gcm {\n    Aes256Gcm::new_from_slice(key).expect("32 bytes")\n}\n',
    'ws/app/Cargo.toml': crate('app', 'keys = { path = "../keys" }'),
    'ws/app/src/main.rs': 'use keys::cipher_for;\n\nfn main() {\n    let c = cipher_for(b"0123456789abcdef0123456789abcdef");\n    let _ = c;\n}\n',
    'pair/sealer/Cargo.toml': crate('sealer', 'aes-gcm = "0.10"\nnoncer = { path = "../noncer" }'),
    'pair/sealer/src/main.rs': 'use aes_gcm::aead::Aead;\nuse aes_gcm::{Aes256Gcm, KeyInit, Nonce};\n\nfn main() {\n    let c = Aes256Gcm::new_from_slice(&[7u8; 32]).unwrap();\n    let n = noncer::NONCE_BYTES;\n    let _ = c.encrypt(Nonce::from_slice(&n), b"x".as_ref());\n}\n',
    'pair/noncer/Cargo.toml': crate('noncer'),
    'pair/noncer/src/lib.rs': 'pub const NONCE_BYTES: [u8; 12] = *b"fixed nonce!";\n',
    'clean/Cargo.toml': crate('clean'),
    'clean/src/main.rs': 'fn main() {\n    println!("no crypto here");\n}\n',
  });
  for (const id of readdirSync(join(REPO, 'rules'))) {
    if (id.endsWith('.yml') || id.startsWith('build-')) continue;
    const dir = join(root, 'crates', id);
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'Cargo.toml'), crate(id.replace(/-/g, '_')));
    cpSync(join(REPO, 'rules', id), join(dir, 'src'), { recursive: true });
  }
  // Loose files outside any crate, one using a const of the other. (Not a second copy of a fixture
  // folder: consts are looked up by name across the whole scan, so a duplicate name in another
  // crate would make the unsharded scan pick that crate's value.)
  mkdirSync(join(root, 'loose'));
  writeFileSync(join(root, 'loose/consts.rs'), 'pub const SCRIPT_NONCE: [u8; 12] = *b"script nonce";\n');
  writeFileSync(join(root, 'loose/run.rs'), 'use aes_gcm::aead::Aead;\nuse aes_gcm::{Aes256Gcm, KeyInit, Nonce};\n\nfn run(c: &Aes256Gcm) {\n    let _ = c.encrypt(Nonce::from_slice(&SCRIPT_NONCE), b"x".as_ref());\n}\n');
  symlinkSync('/etc/hostname', join(root, 'clean/src/outside.rs'));
  return root;
}

type Result = { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> };
const brief = (r: Result) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId} ${r.partialFingerprints.primaryLocationLineHash} ${r.message.text.slice(0, 80)}`;

function sarifOf(file: string) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

test('scan --shard K/N for N = 1, 3, 7, merged: the unsharded SARIF log, byte for byte (results, fingerprints, rules, notes)', { timeout: 600_000 }, () => {
  const root = monorepo();
  const out = tempTree({});
  const whole = runCli(['scan', root, '--format', 'sarif', '--output', join(out, 'whole.sarif'), '--fail-on', 'none', '--threads', '1']);
  assert.equal(whole.status, 0, whole.stderr);
  const expected = readFileSync(join(out, 'whole.sarif'), 'utf8');
  const log = JSON.parse(expected);
  const results = log.runs[0].results;
  assert.ok(results.length > 100, `a tree with many findings (${results.length})`);
  // The finding made across crates of the workspace, and the const of another crate, are there.
  const at = (uri: string) => results.filter((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri === uri).map((r: { ruleId: string }) => r.ruleId);
  assert.deepEqual(at('ws/app/src/main.rs'), ['hardcoded-key']);
  assert.deepEqual(at('pair/sealer/src/main.rs'), ['hardcoded-key', 'constant-nonce']);
  assert.deepEqual(at('loose/run.rs'), ['constant-nonce']);
  assert.equal(log.runs[0].invocations[0].toolExecutionNotifications.length, 1, 'the link out of the tree');

  for (const n of [1, 3, 7]) {
    const files: string[] = [];
    const perShard: number[] = [];
    for (let k = 1; k <= n; k++) {
      const file = join(out, `n${n}-shard-${k}.sarif`);
      const r = runCli(['scan', root, '--format', 'sarif', '--output', file, '--fail-on', 'none', '--shard', `${k}/${n}`, '--threads', '1']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(sarifOf(file).runs[0].properties, { shard: { index: k, count: n } });
      perShard.push(sarifOf(file).runs[0].results.length);
      files.push(file);
    }
    if (n > 1) assert.ok(perShard.filter((c) => c > 0).length >= 2, `findings are spread over the shards (${perShard})`);
    assert.equal(perShard.reduce((a, b) => a + b, 0), results.length, `every finding in exactly one shard (${perShard})`);
    // Given in reverse order, as a folder of artifacts might list them.
    const merged = join(out, `n${n}-merged.sarif`);
    const m = runCli(['merge', ...files.reverse(), '--output', merged]);
    assert.equal(m.status, 0, m.stderr);
    const got = readFileSync(merged, 'utf8');
    // Results first (a readable difference), then the whole log byte for byte.
    assert.deepEqual(JSON.parse(got).runs[0].results.map(brief), results.map(brief), `N = ${n}: the same results in the same order`);
    assert.ok(got === expected, `N = ${n}: the merge is the unsharded log, byte for byte`);
  }
  assert.deepEqual(validateSarif(join(out, 'n7-merged.sarif')), []);
  // The same tree always splits the same way.
  runCli(['scan', root, '--format', 'sarif', '--output', join(out, 'again.sarif'), '--fail-on', 'none', '--shard', '2/7', '--threads', '1']);
  assert.equal(readFileSync(join(out, 'again.sarif'), 'utf8'), readFileSync(join(out, 'n7-shard-2.sarif'), 'utf8'));
});

test('a shard with nothing in it changes nothing; missing, repeated or foreign shards are refused with the reason', () => {
  const root = tempTree({
    'a/Cargo.toml': crate('a'),
    'a/src/main.rs': 'use aes_gcm::{Aes256Gcm, KeyInit};\nfn main() {\n    let _ = Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef");\n}\n',
    'b/Cargo.toml': crate('b'),
    'b/src/main.rs': 'fn main() {}\n',
  });
  const out = tempTree({});
  runCli(['scan', root, '--format', 'sarif', '--output', join(out, 'whole.sarif'), '--fail-on', 'none']);
  const shards = [1, 2, 3, 4].map((k) => {
    const file = join(out, `s${k}.sarif`);
    const r = runCli(['scan', root, '--format', 'sarif', '--output', file, '--fail-on', 'none', '--shard', `${k}/4`]);
    assert.equal(r.status, 0, r.stderr);
    return file;
  });
  const counts = shards.map((f) => sarifOf(f).runs[0].results.length);
  assert.deepEqual([...counts].sort(), [0, 0, 0, 1], 'two crates in four shards: two shards are empty, one holds the finding');
  // A folder of downloaded artifacts (one subfolder per shard) is read whole.
  const artifacts = join(out, 'artifacts');
  shards.forEach((f, i) => {
    mkdirSync(join(artifacts, `shard-${i + 1}`), { recursive: true });
    cpSync(f, join(artifacts, `shard-${i + 1}`, 'rust-crypto-gate.sarif'));
  });
  const summary = join(out, 'summary.md');
  const m = runCli(['merge', artifacts, '--output', join(out, 'merged.sarif'), '--summary', summary]);
  assert.equal(m.status, 0, m.stderr);
  assert.equal(readFileSync(join(out, 'merged.sarif'), 'utf8'), readFileSync(join(out, 'whole.sarif'), 'utf8'));
  assert.match(readFileSync(summary, 'utf8'), /^## rust-crypto-gate: 1 finding \(4 shards merged\)$/m);
  assert.match(readFileSync(summary, 'utf8'), /\| critical \| `hardcoded-key` \| a\/src\/main\.rs:3 \|/);

  const missing = runCli(['merge', shards[0], shards[1], shards[3]]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /missing shard 3 of 4/);
  const twice = runCli(['merge', shards[0], shards[0], shards[1], shards[2]]);
  assert.equal(twice.status, 2);
  assert.match(twice.stderr, /shard 1\/4 is given twice/);
  const notShard = runCli(['merge', join(out, 'whole.sarif')]);
  assert.equal(notShard.status, 2);
  assert.match(notShard.stderr, /whole\.sarif is not a shard/);
  const other = tempTree({ 'x.sarif': JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL' } }, results: [] }] }) });
  const foreign = runCli(['merge', join(other, 'x.sarif')]);
  assert.equal(foreign.status, 2);
  assert.match(foreign.stderr, /not a rust-crypto-gate shard: it has 1 run\(s\) of CodeQL/);
  assert.match(runCli(['scan', root, '--shard', '5/4']).stderr, /--shard must be K\/N with 1 <= K <= N/);
});

test('the split: a partition, the same for the same units, balanced within the largest unit', () => {
  const units = Array.from({ length: 40 }, (_, i) => ({ key: `crates/c${i}`, weight: ((i * 7919) % 97) * 1000 + 10 }));
  for (const n of [1, 3, 7]) {
    const a = assignShards(units, n);
    assert.deepEqual([...assignShards([...units].reverse(), n)].sort(), [...a].sort(), 'input order does not matter');
    assert.equal(a.size, units.length);
    const loads = Array.from({ length: n }, (_, k) => units.filter((u) => a.get(u.key) === k + 1).reduce((s, u) => s + u.weight, 0));
    const largest = Math.max(...units.map((u) => u.weight));
    assert.ok(Math.max(...loads) - Math.min(...loads) <= largest, `loads ${loads} differ by more than the largest unit`);
  }
  assert.deepEqual(parseShard('2/7'), { index: 2, count: 7 });
  assert.equal(parseShard('0/3'), undefined);
  assert.equal(parseShard('4/3'), undefined);
  assert.equal(parseShard('x'), undefined);
});
