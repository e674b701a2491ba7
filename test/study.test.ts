import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chiSquareTest, fisherExact2x2, independenceTest } from '../src/study/stats.ts';
import { groupOf, isRobustnessOnly } from '../src/study/study.ts';
import { offlineCargoEnv } from './action-harness.ts';
import { REPO, runCliAsync, tempTree } from './helpers.ts';
import { writeStudyCorpus } from './study-corpus.ts';

const cli = runCliAsync;

const codeqlLog = (results: object[]) => JSON.stringify({
  version: '2.1.0',
  runs: [{
    tool: { driver: { name: 'CodeQL', semanticVersion: '2.23.3', rules: [] }, extensions: [{ name: 'codeql/rust-queries', rules: [{ id: 'rust/hard-coded-cryptographic-value', properties: { tags: ['security', 'external/cwe/cwe-321', 'external/cwe/cwe-798'] } }] }] },
    results,
  }],
});

test('study over 24 crates: compile rate, hallucinations, vulnerable share by severity, per-rule counts, CodeQL, group test, files', { timeout: 300_000 }, async () => {
  const corpus = tempTree({});
  writeStudyCorpus(corpus);
  const codeql = tempTree({
    // CodeQL flags the hard-coded key in one sample, nothing in two others.
    'alpha-plain-02.sarif': codeqlLog([{ ruleId: 'rust/hard-coded-cryptographic-value', rule: { id: 'rust/hard-coded-cryptographic-value', index: 0, toolComponent: { index: 0 } }, message: { text: 'This hard-coded value is used as a key.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/main.rs', uriBaseId: '%SRCROOT%' }, region: { startLine: 25 } } }] }]),
    'alpha-plain-01.sarif': codeqlLog([]),
    'beta-secure-05/rust.sarif': codeqlLog([]),
  });
  const out = join(corpus, '..', `${corpus.split('/').pop()}-out`);
  const r = await cli(['study', corpus, '--group-by=-(plain|secure)-', '--codeql', codeql, '--out', out], offlineCargoEnv());
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^\[1\/25\] alpha-plain-01: compiled, highest critical/m);
  assert.match(r.stderr, /^\[25\/25\] zz-notes: bad-sample: no Cargo\.toml/m);

  const { table, samples } = JSON.parse(readFileSync(join(out, 'study.json'), 'utf8'));
  const plain = table.groups.find((g: { group: string }) => g.group === 'plain');
  const secure = table.groups.find((g: { group: string }) => g.group === 'secure');
  assert.deepEqual([plain.samples, plain.compiled, plain.hallucination, plain.compileError, plain.vulnerable], [12, 6, 4, 2, 5]);
  assert.deepEqual(plain.bySeverity, { critical: 5, high: 0, medium: 0, low: 0 });
  assert.deepEqual([secure.samples, secure.compiled, secure.hallucination, secure.compileError, secure.vulnerable], [12, 11, 1, 0, 3]);
  assert.deepEqual(secure.bySeverity, { critical: 1, high: 1, medium: 1, low: 0 });
  assert.deepEqual([table.overall.samples, table.overall.built, table.overall.compiled, table.overall.bad, table.overall.codeqlSamples, table.overall.codeqlDetected], [25, 24, 17, 1, 3, 1]);
  assert.deepEqual(table.perRule, [
    { rule: 'constant-nonce', samples: 3, compiledSamples: 3, findings: 3 },
    { rule: 'hardcoded-key', samples: 2, compiledSamples: 2, findings: 2 },
    { rule: 'nonce-reuse', samples: 1, compiledSamples: 1, findings: 1 },
    { rule: 'unchecked-result', samples: 1, compiledSamples: 1, findings: 1 },
    { rule: 'weak-rng', samples: 1, compiledSamples: 1, findings: 1 },
  ]);
  assert.deepEqual(table.errorCodes.map((e: { code: string; samples: number }) => [e.code, e.samples]), [['E0599', 5], ['E0308', 2]]);
  assert.equal(samples.find((s: { name: string }) => s.name === 'alpha-plain-02').codeql.matched, 1);
  // Compile rate plain 6/12 vs secure 11/12: a 2 × 2 table, so Fisher's exact test.
  assert.equal(table.compileTest.method, "Fisher's exact test");
  assert.ok(Math.abs(table.compileTest.pValue - fisherByHand(6, 6, 11, 1)) < 1e-9);

  const md = readFileSync(join(out, 'study.md'), 'utf8');
  assert.equal(md, r.stdout);
  assert.match(md, /\| plain \| 12 \| 6 \(50\.0 %\) \| 4 \(33\.3 %\) \| 0 \(0\.0 %\) \| 2 \(16\.7 %\) \| 5 \(83\.3 %\) \| 5 \(83\.3 %\) \| 5 \(83\.3 %\)/);
  // The honest headline: decrypt(..).unwrap() (robustness only) counts for the research-compatible
  // share, not for the crypto-weakness share; the per-rule table shows it.
  assert.deepEqual([secure.vulnerable, secure.weakness, plain.weakness, table.overall.weakness], [3, 2, 5, 7]);
  assert.match(md, /^\*\*Any finding at medium\+ \(research-compatible, as the paper counted\):\*\* 8 of 17 compiled samples \(47\.1 %\)\. \*\*Crypto weakness at medium\+ \(robustness-only findings and test code left out\):\*\* 7 of 17 \(41\.2 %\)\.$/m);
  assert.match(md, /^\| Group \| `constant-nonce` \| `hardcoded-key` \| `nonce-reuse` \| `unchecked-result` † \| `weak-rng` \|$/m);
  assert.match(md, /^\| all \| 3 \/ 3 \| 2 \/ 2 \| 1 \/ 1 \| 1 \/ 0 \| 1 \/ 1 \|$/m);
  assert.deepEqual(table.overall.byRule['unchecked-result'], { vulnerable: 1, weakness: 0 });
  assert.match(md, /\| \*\*all\*\* \| \*\*25\*\* \| \*\*17 \(70\.8 %\)\*\*/);
  assert.match(md, /Compile rate across groups: Fisher's exact test, p = 0\.069/);
  const csv = readFileSync(join(out, 'study.csv'), 'utf8').trim().split('\n');
  assert.equal(csv.length, 26);
  assert.match(csv.find((l) => l.startsWith('alpha-plain-03'))!, /^alpha-plain-03,plain,hallucination,,,,E0599:2,/);
  assert.match(csv.find((l) => l.startsWith('alpha-secure-03'))!, /^alpha-secure-03,secure,compiled,,medium,,,/);
  const svg = readFileSync(join(out, 'study.svg'), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, />83%</);
  assert.match(svg, />27%</);
  assert.match(svg, /<title>secure: 2 of 11 with a crypto weakness<\/title>/);
});

/** Fisher's exact two-sided p for [[a, b], [c, d]] by direct enumeration with factorials. */
function fisherByHand(a: number, b: number, c: number, d: number): number {
  const f = (n: number): number => (n <= 1 ? 1 : n * f(n - 1));
  const p = (x: number) => {
    const [r1, r2, c1] = [a + b, c + d, a + c];
    return (f(r1) * f(r2) * f(c1) * f(r1 + r2 - c1)) / (f(r1 + r2) * f(x) * f(r1 - x) * f(c1 - x) * f(r2 - c1 + x));
  };
  const observed = p(a);
  let sum = 0;
  for (let x = Math.max(0, a + c - (c + d)); x <= Math.min(a + b, a + c); x++) if (p(x) <= observed * (1 + 1e-9)) sum += p(x);
  return sum;
}

test('statistics: chi-square for larger tables, Fisher for 2 × 2, a caveat for small expected counts', () => {
  const chi = chiSquareTest([[20, 5], [10, 15], [3, 22]])!;
  assert.equal(chi.df, 2);
  assert.ok(Math.abs(chi.statistic! - 23.7013) < 1e-3);
  assert.ok(chi.pValue < 1e-5 && chi.pValue > 1e-6);
  assert.equal(chiSquareTest([[1, 1], [2, 1], [1, 2]])!.note?.includes('below 5'), true);
  assert.ok(Math.abs(fisherExact2x2([[3, 1], [1, 3]]).pValue - 0.485714) < 1e-5);
  assert.equal(independenceTest([[5, 5]]), undefined, 'one group: nothing to test');
  assert.equal(groupOf('alpha-plain-01', /^(?<model>\w+)-(?<style>\w+)-/), 'alpha/plain');
  assert.equal(groupOf('notes', /-(plain|secure)-/), '(unmatched)');
});

test('study reports bad crates per sample and never aborts: no cargo on PATH', { timeout: 60_000 }, async () => {
  const corpus = tempTree({});
  mkdirSync(join(corpus, 'a-plain-1/src'), { recursive: true });
  writeFileSync(join(corpus, 'a-plain-1/Cargo.toml'), '[package]\nname = "a"\nversion = "0.1.0"\nedition = "2021"\n');
  writeFileSync(join(corpus, 'a-plain-1/src/main.rs'), 'fn main() { let c = Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef"); }\n');
  const r = await cli(['study', corpus, '--out', join(corpus, 'out'), '--format', 'json'], { PATH: '/usr/bin:/bin' });
  assert.equal(r.code, 0, r.stderr);
  const { samples } = JSON.parse(r.stdout);
  assert.equal(samples.length, 1, 'the output folder inside the corpus is not a sample');
  const a = samples.find((s: { name: string }) => s.name === 'a-plain-1');
  assert.deepEqual([a.status, a.reason, a.highest], ['not-built', 'cargo is not installed', 'critical']);
});

test('robustness-only: unwrap/expect of a decryption and unchecked slicing are; an ignored decryption result and the other rules are not', async () => {
  const { scanPaths } = await import('../src/scan/scan.ts');
  const fixtures = [join(REPO, 'rules/unchecked-result'), join(REPO, 'rules/unchecked-slice-length'), join(REPO, 'rules/constant-nonce')];
  const { findings } = await scanPaths(fixtures, { root: REPO, threads: 1 });
  const judged = (rule: string) => findings.filter((f) => f.ruleId === rule && f.severity !== 'low').map((f) => `${f.region.startLine}:${f.severity}:${isRobustnessOnly(f)}`);
  // network_service/src/lib.rs:13, results.rs, std_socket/src/main.rs:21 (std::net, no network crate), then tokens.rs:8
  // (local_tool/ is low: a crate with no network dependency).
  assert.deepEqual(judged('unchecked-result'), ['13:medium:true', '7:medium:true', '11:medium:true', '15:high:false', '19:high:false', '51:medium:true', '21:medium:true', '8:medium:true']);
  assert.ok(judged('unchecked-slice-length').length >= 2 && judged('unchecked-slice-length').every((x) => x.endsWith(':true')));
  assert.ok(judged('constant-nonce').length >= 5 && judged('constant-nonce').every((x) => x.endsWith(':false')));
});

test('a trait that is not imported: a compile error naming the use line, not an API hallucination (real cargo)', { timeout: 300_000 }, async () => {
  const { cargoCheck } = await import('../src/build/cargo.ts');
  const { diagnosticsToFindings, errorKind } = await import('../src/build/diagnostics.ts');
  const corpus = tempTree({});
  writeStudyCorpus(corpus, { 'mi-plain-01': 'missing-import', 'ha-plain-01': 'hallucination' });
  const judge = async (name: string) => {
    const root = join(corpus, name);
    const run = await cargoCheck(join(root, 'Cargo.toml'), [], 240_000, { ...process.env, ...offlineCargoEnv() });
    const coded = run.diagnostics.filter((d) => d.level === 'error' && d.code?.code);
    return { kinds: coded.map((d) => `${d.code!.code}:${errorKind(d)}`), findings: diagnosticsToFindings(run.diagnostics, { root, workspaceRoot: root, lineText: () => '' }) };
  };
  const missing = await judge('mi-plain-01');
  assert.deepEqual(new Set(missing.kinds), new Set(['E0599:missing-import']), 'only the missing import (once per target)');
  const f = missing.findings.find((x) => x.message.includes('E0599'))!;
  assert.equal(f.ruleId, 'build/compile-error');
  assert.match(f.message, /The API exists but is not imported: add `use aes_gcm::aead::Aead;`/);
  const invented = await judge('ha-plain-01');
  assert.ok(invented.kinds.includes('E0599:hallucination'), invented.kinds.join(' '));
  assert.ok(invented.findings.some((x) => x.ruleId === 'build/api-hallucination' && /new_from_key/.test(x.message)));
});

test('samples with the same package name get their own verdict (cargo would take the second as already checked)', { timeout: 300_000 }, async () => {
  const manifest = '[package]\nname = "crypto_example"\nversion = "0.1.0"\nedition = "2021"\n';
  const corpus = tempTree({
    'a-1/Cargo.toml': manifest,
    'a-1/src/main.rs': 'fn main() {\n    println!("fine");\n}\n',
    'a-2/Cargo.toml': manifest,
    'a-2/src/main.rs': 'fn main() {\n    let n: u32 = "twelve";\n    println!("{n}");\n}\n',
    'a-3/Cargo.toml': manifest,
    'a-3/src/main.rs': 'fn main() {\n    println!("fine again");\n}\n',
  });
  // The files of a-2 are older than a-1's build, as in a checked-out corpus.
  const old = new Date(Date.now() - 3600_000);
  for (const f of ['a-2/src/main.rs', 'a-2/Cargo.toml']) utimesSync(join(corpus, f), old, old);
  const target = tempTree({});
  const r = await cli(['study', corpus, '--out', join(target, 'out'), '--target-dir', join(target, 'cargo-target'), '--format', 'json'], offlineCargoEnv());
  assert.equal(r.code, 0, r.stderr);
  const { samples } = JSON.parse(r.stdout);
  assert.deepEqual(samples.map((s: { name: string; status: string }) => `${s.name}:${s.status}`), ['a-1:compiled', 'a-2:compile-error', 'a-3:compiled']);
  assert.deepEqual(samples[1].errorCodes, { E0308: 2 }, 'bin and test target');
  assert.ok(existsSync(join(target, 'cargo-target', 'debug')), 'cargo built in --target-dir');
  assert.ok(!existsSync(join(target, 'out', 'target')), 'and not inside the results');
});
