import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECK_NAMES } from '../src/analyzer/checks/index.ts';
import { COMMON_NAMES } from '../src/analyzer/models.ts';
import { RuleError, builtinRulesDir, loadRules, parseRule } from '../src/rules/catalog.ts';
import { checkFixtures, parseExpectations } from '../src/rules/fixtures.ts';
import { createEngine } from '../src/scan/scan.ts';

const rules = loadRules([builtinRulesDir()], CHECK_NAMES);

test('every built-in rule passes its fixtures, with at least 4 bad and 3 good cases', async () => {
  const reports = checkFixtures(await createEngine(rules), rules);
  // The two build/* rules come from the compiler; test/action.test.ts builds their crates.
  assert.equal(reports.length, rules.filter((r) => r.check !== 'cargo').length);
  assert.equal(reports.length, 17);
  for (const r of reports) {
    assert.deepEqual(r.problems, [], `${r.rule.id} fixtures`);
    assert.ok(r.bad >= 4, `${r.rule.id} has ${r.bad} bad cases`);
    assert.ok(r.good >= 3, `${r.rule.id} has ${r.good} good cases`);
  }
});

test('the catalogue covers the misuse classes with their CWEs', () => {
  const cwes = new Map(rules.map((r) => [r.id, r.cwe]));
  const expected: Record<string, number[]> = {
    'constant-nonce': [323, 1204],
    'nonce-reuse': [323],
    'hardcoded-key': [321, 798],
    'weak-kdf': [916],
    'weak-rng': [338],
    'broken-cipher': [327],
    'weak-hash': [328],
    'unchecked-result': [252],
    'secret-logged': [532],
    'non-constant-time-compare': [208],
    'unchecked-slice-length': [129],
    'weak-kdf-cost': [916],
    'weak-rsa': [780, 326],
    'weak-password-hash': [916, 759],
    'stream-truncation': [325],
    'predictable-nonce': [329, 323],
  };
  for (const [id, cwe] of Object.entries(expected)) assert.deepEqual(cwes.get(id), cwe, id);
  for (const r of rules) {
    assert.match(r.help, /## Why/, `${r.id} help explains why`);
    assert.match(r.help, /## Bad[\s\S]*```rust[\s\S]*## Fix/, `${r.id} help has a bad example and a fix`);
  }
});

test('a fixture that misses an expected finding is reported, not passed', async () => {
  const engine = await createEngine(rules);
  const rule = rules.find((r) => r.id === 'constant-nonce')!;
  // Point the rule at a folder whose annotation is wrong on purpose.
  const { tempTree } = await import('./helpers.ts');
  const dir = tempTree({
    'x.rs': 'fn f(c: &Aes256Gcm, n: &Nonce) { c.encrypt(n, b"x".as_ref()); } // expect: constant-nonce\nfn g(c: &Aes256Gcm) { c.encrypt(Nonce::from_slice(b"123456789012"), b"x".as_ref()); } // ok: constant-nonce\n',
  });
  const [report] = checkFixtures(engine, [{ ...rule, fixtures: dir }]);
  assert.deepEqual(
    report.problems.map((p) => p.split(':').slice(0, 3).join(':')),
    ['x.rs:1: expected constant-nonce, found none', 'x.rs:2: marked ok for constant-nonce, but found'],
  );
});

test('a finding of a rule that the fixture does not annotate fails the fixture, with the rule named', async () => {
  const engine = await createEngine(rules);
  const rule = rules.find((r) => r.id === 'weak-hash')!;
  const { tempTree } = await import('./helpers.ts');
  // The weak-hash case is right; the decrypt(..).unwrap() on line 3 is an unchecked-result nobody expected.
  const dir = tempTree({
    'x.rs': 'use aes_gcm::aead::Aead;\nfn f(d: &[u8]) { let _ = md5::compute(d); } // expect: weak-hash\nfn g(c: &aes_gcm::Aes256Gcm, n: &aes_gcm::Nonce<aes_gcm::aead::consts::U12>, ct: &[u8]) -> Vec<u8> { c.decrypt(n, ct).unwrap() } // ok: weak-hash\n',
  });
  const [report] = checkFixtures(engine, [{ ...rule, fixtures: dir }]);
  assert.equal(report.problems.length, 1, report.problems.join('\n'));
  assert.match(report.problems[0], /^x\.rs:3: unexpected unchecked-result: `decrypt\(\.\.\)\.unwrap\(\)` panics/);
});

test('an expectation can pin texts of the message and fails when the message differs', async () => {
  const engine = await createEngine(rules);
  const rule = rules.find((r) => r.id === 'constant-nonce')!;
  const { tempTree } = await import('./helpers.ts');
  const dir = tempTree({
    'x.rs': [
      'use aes_gcm::aead::Aead;',
      'fn f(c: &aes_gcm::Aes256Gcm) -> aes_gcm::aead::Result<Vec<u8>> {',
      '    c.encrypt(aes_gcm::Nonce::from_slice(b"123456789012"), b"x".as_ref()) // expect: constant-nonce "with AES-256-GCM" "every message"',
      '}',
      'fn g(c: &aes_gcm::Aes256Gcm) -> aes_gcm::aead::Result<Vec<u8>> {',
      '    c.encrypt(aes_gcm::Nonce::from_slice(b"123456789012"), b"x".as_ref()) // expect: constant-nonce(critical) "with AES-CBC"',
      '}',
      'fn h(c: &aes_gcm::Aes256Gcm, n: &aes_gcm::Nonce<aes_gcm::aead::consts::U12>) -> aes_gcm::aead::Result<Vec<u8>> { c.encrypt(n, b"x".as_ref()) } // ok: constant-nonce',
      '',
    ].join('\n'),
  });
  const [report] = checkFixtures(engine, [{ ...rule, fixtures: dir }]);
  assert.deepEqual(report.problems.map((p) => p.split(', found:')[0]), ['x.rs:6: expected constant-nonce with "with AES-CBC" in its message']);
});

test('message texts in annotations are parsed with commas and escaped quotes inside them', () => {
  const e = parseExpectations('a.rs', 'x(); // expect: a(high) "one, two" "say \\"hi\\"", b\n');
  assert.deepEqual(
    e.map((x) => [x.ruleId, x.severity, x.messages]),
    [
      ['a', 'high', ['one, two', 'say "hi"']],
      ['b', undefined, undefined],
    ],
  );
});

test('annotations alone on a line apply to the next line that is not an annotation', () => {
  const e = parseExpectations('a.rs', '// expect: weak-hash\n\nlet x = 1;\nlet y = 2; // ok: weak-hash, weak-rng\n// expect: a(low)\n// ok: b\n// some comment\n');
  assert.deepEqual(
    e.map((x) => [x.line, x.kind, x.ruleId, x.severity]),
    [
      [3, 'expect', 'weak-hash', undefined],
      [4, 'ok', 'weak-hash', undefined],
      [4, 'ok', 'weak-rng', undefined],
      [7, 'expect', 'a', 'low'],
      [7, 'ok', 'b', undefined],
    ],
  );
});

test('rule files are validated with messages that name the file and the problem', () => {
  const base = 'id: x\nname: X\nseverity: high\nsecurity-severity: 7.5\ncwe: [327]\nprecision: high\nshort-description: s\nfull-description: f\nhelp: h\n';
  assert.throws(() => parseRule(base, 'x.yml', CHECK_NAMES), (e: Error) => e instanceof RuleError && /x\.yml: a rule needs 'check' or 'patterns'/.test(e.message));
  assert.throws(() => parseRule(base.replace('7.5', '9.5') + 'check: weak-rng\n', 'x.yml', CHECK_NAMES), /security-severity 9.5 does not fit severity 'high'/);
  assert.throws(() => parseRule(base + 'check: nope\n', 'x.yml', CHECK_NAMES), /unknown check 'nope'/);
  assert.throws(() => parseRule(base.replace('cwe: [327]', 'cwe: []') + 'check: weak-rng\n', 'x.yml', CHECK_NAMES), /'cwe' must be a list/);
  // items-with: functions and/or consts, each a list of non-empty strings.
  assert.deepEqual(parseRule(base + 'check: weak-rng\nitems-with:\n  functions: ["==", "w:eq"]\n', 'x.yml', CHECK_NAMES).itemsWith, { functions: ['==', 'w:eq'] });
  assert.equal(parseRule(base + 'check: weak-rng\n', 'x.yml', CHECK_NAMES).itemsWith, undefined);
  // `consts: []`: only the consts named by what is parsed; `i:` and `sink:` needs.
  assert.deepEqual(parseRule(base + 'check: weak-rng\nitems-with:\n  functions: ["sink:decrypt", "i:iv"]\n  consts: []\n', 'x.yml', CHECK_NAMES).itemsWith, { functions: ['sink:decrypt', 'i:iv'], consts: [] });
  for (const bad of ['items-with: ["=="]', 'items-with:\n  functions: []', 'items-with:\n  functions: ["w:"]', 'items-with:\n  consts: ["i:"]', 'items-with:\n  enums: [a]', 'items-with: {}'])
    assert.throws(() => parseRule(`${base}check: weak-rng\n${bad}\n`, 'x.yml', CHECK_NAMES), /'items-with' must map 'functions', 'consts', 'macros' or 'types'/, bad);
  assert.equal(parseRule(base + 'check: weak-rng\n', 'x.yml', CHECK_NAMES).id, 'x');
});

test('the build/* rules pass their fixture crates under real cargo (offline registry)', { timeout: 300_000 }, async () => {
  const { checkBuildFixtures } = await import('../src/rules/fixtures.ts');
  const { offlineCargoEnv } = await import('./action-harness.ts');
  const reports = await checkBuildFixtures(rules, { ...process.env, ...offlineCargoEnv() });
  assert.deepEqual(reports.map((r) => r.rule.id).sort(), ['build/api-hallucination', 'build/compile-error']);
  for (const r of reports) {
    assert.equal(r.skipped, undefined, `${r.rule.id}: ${r.skipped}`);
    assert.deepEqual(r.problems, [], r.rule.id);
    assert.ok(r.bad >= 4 && r.good >= 3, `${r.rule.id}: ${r.bad} bad, ${r.good} good`);
  }
});

test('the prefilter changes no finding: every fixture gives the same findings with it on and off', async () => {
  const { settleFlows, finalize } = await import('../src/analyzer/engine.ts');
  const { readFileSync, readdirSync, statSync } = await import('node:fs');
  const { join, relative } = await import('node:path');
  const { CrateFinder } = await import('../src/scan/crates.ts');
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.rs') ? [join(d, n)] : []));
  const files = walk(builtinRulesDir()).map((abs) => ({ path: relative(builtinRulesDir(), abs), text: readFileSync(abs, 'utf8'), abs }));
  const crates = new CrateFinder();
  const run = async (prefilter: boolean) => {
    const engine = await createEngine(rules);
    engine.usePrefilter = prefilter;
    const analyses = files.map((f) => engine.analyze(f.path, f.text, crates.crateOf(f.abs)));
    const texts = new Map(files.map((f) => [f.path, f.text]));
    settleFlows(engine, analyses, (p) => texts.get(p));
    return finalize(analyses, engine.rules, (p) => engine.constsIn(p, texts.get(p) ?? ''), (p) => texts.get(p)).map((f) => `${f.ruleId} ${f.file}:${f.region.startLine}:${f.region.startColumn} ${f.severity} ${f.message}`);
  };
  const on = await run(true);
  const off = await run(false);
  assert.ok(on.length >= 140, `${on.length} findings on the fixtures`);
  assert.deepEqual(on, off);
});

test('triggers come from the models: a call of every modelled sink, and every modelled source, lets its rule run', async () => {
  const engine = await createEngine(rules);
  const missing: string[] = [];
  for (const rule of rules.filter((r) => r.sinks.length || r.sources.length)) {
    for (const m of engine.models.all) {
      for (const row of m.sinks.filter((x) => rule.sinks.includes(x.kind))) {
        const segs = row.call.split('::');
        const types = row.on ?? m.types.map((t) => t.name);
        // How code writes the call, in each way the resolver can take it for the API: `x.method(..)` on
        // a receiver of one of the row's types, or in a file that imports the model's crate;
        // `Type::f(..)` for each type; `a::b::f(..)`, or a bare `f(..)` under a glob import of its module
        // (not for the names too common to be a trigger alone: those need their qualified form).
        const mod = segs.slice(0, -1).join('::');
        const texts = row.call.startsWith('.')
          ? [...types.map((t) => `fn f(x: &${t}) { x${row.call}(a, b, c); }`), ...m.modules.map((md) => `use ${md}::Thing;\nfn f() { x${row.call}(a, b, c); }`)]
          : segs[0] === '_'
            ? types.map((t) => `fn f() { ${t}::${segs[1]}(a); }`)
            : [`fn f() { ${row.call}(a, b, c); }`, ...(segs.length > 1 && !/^[A-Z]/.test(segs[segs.length - 2]) && !COMMON_NAMES.has(segs[segs.length - 1]) ? [`use ${mod}::*;\nfn f() { ${segs[segs.length - 1]}(a, b, c); }`] : [])];
        for (const text of texts) if (!engine.prefilterFor(text).includes(rule)) missing.push(`${rule.id}: ${text}`);
      }
      for (const src of m.sources.filter((x) => rule.sources.includes(x.kind))) {
        const text = `fn f() { let r = ${src.name}(); }`;
        if (!engine.prefilterFor(text).includes(rule)) missing.push(`${rule.id}: ${text}`);
      }
    }
  }
  assert.deepEqual(missing, []);
  // A method or function name alone, in a file that names none of the API's crates or types, is
  // someone else's (`File::open`, `ctr += 1`, `salt.extract()` of a struct of the crate's own).
  const byId = (id: string) => rules.find((r) => r.id === id)!;
  assert.ok(!engine.prefilterFor('use std::fs::File;\nfn f(p: &str) { let f = File::open(p).unwrap(); }').includes(byId('unchecked-result')));
  assert.ok(!engine.prefilterFor('fn f(s: &Mine) -> u64 { let mut ctr = 0; ctr += 1; s.extract(ctr) }').includes(byId('weak-kdf')));
  assert.ok(engine.prefilterFor('use sodiumoxide::crypto::secretbox;\nfn f() { let p = secretbox::open(&c, &n, &k).unwrap(); }').includes(byId('unchecked-result')));
  // And the word-start check: `ring::` is not in `String::`, `Des` is not in `Deserialize`.
  const cipher = rules.find((r) => r.id === 'broken-cipher')!;
  assert.ok(!engine.prefilterFor('fn f() { let s = String::new(); #[derive(Deserialize)] struct A; }').includes(cipher));
  assert.ok(engine.prefilterFor('fn f() { let c = Des::new(k); }').includes(cipher));
});
