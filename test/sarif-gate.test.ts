import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine, finalize } from '../src/analyzer/engine.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import type { Finding } from '../src/finding.ts';
import { attachFixes } from '../src/fix/index.ts';
import { decide } from '../src/gate.ts';
import { MergeError, mergeSarif, shardOfRun } from '../src/sarif/merge.ts';
import { sarifLevel, sarifRule, toSarif } from '../src/sarif/sarif.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from '../src/version.ts';

// The views of the findings that code scanning and the check run read: the SARIF log (and the merge
// of a sharded scan's logs) and the gate's verdict, in-process on findings the analyzer makes from
// real Rust source. (test/sarif.test.ts runs the official validator on the CLI's logs; this file is
// also what `npm run mutate` runs against src/sarif/ and src/gate.ts: UNIT_TEST_FILES in
// scripts/stryker-fixtures-runner.ts.)

const parser = await loadRustParser();
const engine = new Engine(parser, loadRuleSet({}), loadModels());
const rules = engine.rules;

const FILES: Record<string, string> = {
  // A path with a space, as repositories have: SARIF URIs are percent-encoded.
  'src/my dir/lib.rs': `use aes_gcm::{aead::{Aead, KeyInit}, Aes256Gcm, Nonce};
use sha1::{Digest, Sha1};

pub fn seal(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    let nonce = Nonce::from_slice(b"unique nonce");
    cipher.encrypt(nonce, msg).unwrap()
}

pub fn fingerprint(data: &[u8]) -> Vec<u8> {
    Sha1::digest(data).to_vec()
}
`,
  'src/mac.rs': `use subtle::ConstantTimeEq;
pub fn check(tag: &[u8], expected_tag: &[u8]) -> bool {
    tag == expected_tag
}

pub fn legacy() {
    let h = md5::compute(b"x"); // rust-crypto-gate: ignore[weak-hash] -- ETag of public content
}
`,
};
const analyses = Object.entries(FILES).map(([path, text]) => engine.analyze(path, text));
const findings = finalize(analyses, rules, () => []);
attachFixes(findings, { parser, models: engine.models, textOf: (p) => FILES[p], crateOf: () => ({ manifest: '/w/Cargo.toml', dependencies: ['aes-gcm', 'sha1', 'subtle', 'md5'] }) });
const byRule = (id: string, line: number): Finding => {
  const f = findings.find((x) => x.ruleId === id && x.region.startLine === line);
  assert.ok(f, `no ${id} finding at line ${line}: ${findings.map((x) => `${x.ruleId}:${x.region.startLine}`).join(', ')}`);
  return f;
};
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

test('the analyzer gave the findings these views are judged on', () => {
  assert.deepEqual(
    findings.map((f) => [f.file, f.ruleId, f.severity, f.region.startLine, !!f.fix, !!f.suppression]),
    [
      ['src/mac.rs', 'non-constant-time-compare', 'medium', 3, true, false],
      ['src/mac.rs', 'weak-hash', 'low', 7, false, true],
      ['src/my dir/lib.rs', 'constant-nonce', 'critical', 7, false, false],
      ['src/my dir/lib.rs', 'weak-hash', 'low', 11, false, false],
    ],
  );
});

test('SARIF levels: critical and high are errors, medium a warning, low a note', () => {
  assert.deepEqual((['critical', 'high', 'medium', 'low'] as const).map(sarifLevel), ['error', 'error', 'warning', 'note']);
});

test("a SARIF result: rule, level, message with links to the related locations, location, path, fingerprint, severity", () => {
  const log = toSarif(findings, rules) as Json;
  const run = log.runs[0];
  const nonce = byRule('constant-nonce', 7);
  const result = run.results[findings.indexOf(nonce)];
  assert.equal(result.ruleId, 'constant-nonce');
  assert.equal(result.ruleIndex, rules.findIndex((r) => r.id === 'constant-nonce'));
  assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'constant-nonce');
  assert.equal(result.level, 'error');
  // The related location is numbered from 1 and linked from the message as `[text](1)`.
  assert.equal(nonce.related.length, 1);
  assert.equal(result.message.text, `${nonce.message} See: [${nonce.related[0].message.replace(/[[\]]/g, '')}](1).`);
  assert.deepEqual(result.relatedLocations, [{ id: 1, physicalLocation: { artifactLocation: { uri: 'src/my%20dir/lib.rs', uriBaseId: '%SRCROOT%' }, region: { ...nonce.related[0].region } }, message: { text: nonce.related[0].message } }]);
  assert.deepEqual(result.locations, [{ physicalLocation: { artifactLocation: { uri: 'src/my%20dir/lib.rs', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: nonce.region.startColumn, endLine: nonce.region.endLine, endColumn: nonce.region.endColumn } } }]);
  // The dataflow path as a code flow: where the value is made, then where it is used.
  assert.equal(nonce.flow?.length, 2);
  assert.deepEqual(
    result.codeFlows[0].threadFlows[0].locations.map((l: Json) => [l.location.physicalLocation.region.startLine, l.location.message.text]),
    nonce.flow!.map((s) => [s.region.startLine, s.message]),
  );
  assert.deepEqual(result.partialFingerprints, { primaryLocationLineHash: nonce.fingerprint });
  assert.match(nonce.fingerprint, /^[0-9a-f]{16}:1$/);
  assert.deepEqual(result.properties, { severity: 'critical' });
  // No related location: no links, no relatedLocations; no path of two steps: no codeFlows.
  const sha1 = run.results[findings.indexOf(byRule('weak-hash', 11))];
  assert.equal(sha1.message.text, byRule('weak-hash', 11).message);
  assert.equal(sha1.level, 'note');
  assert.ok(!('relatedLocations' in sha1) && !('codeFlows' in sha1) && !('fixes' in sha1) && !('suppressions' in sha1));
  assert.equal(run.results[findings.indexOf(byRule('non-constant-time-compare', 3))].level, 'warning');
});

test('a SARIF result carries the fix as SARIF fixes, and an in-source suppression with its justification', () => {
  const run = (toSarif(findings, rules) as Json).runs[0];
  const compare = byRule('non-constant-time-compare', 3);
  assert.deepEqual(run.results[findings.indexOf(compare)].fixes, [
    {
      description: { text: compare.fix!.description },
      artifactChanges: [{ artifactLocation: { uri: 'src/mac.rs', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 24 }, insertedContent: { text: 'bool::from(<[u8] as subtle::ConstantTimeEq>::ct_eq(tag, expected_tag))' } }] }],
    },
  ]);
  assert.deepEqual(run.results[findings.indexOf(byRule('weak-hash', 7))].suppressions, [{ kind: 'inSource', justification: '-- ETag of public content' }]);
});

test('a SARIF run: tool, rules, category, source root, notifications, column kind; new/CodeQL/shard properties when asked', () => {
  const notes = [
    { level: 'warning' as const, file: 'src/bad.rs', line: 4, message: 'syntax error at line 4; analyzed the parts that parse' },
    { level: 'note' as const, message: 'no Cargo.toml' },
  ];
  const fresh = findings.map((f, i) => ({ ...f, isNew: i % 2 === 0 }));
  const log = toSarif(fresh, rules, notes, { automationId: 'rust-crypto-gate/pr-12/', rootUri: 'file:///work/repo', codeqlMatches: ['rust/hard-coded-cryptographic-value'], shard: { index: 2, count: 3 } }) as Json;
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  const run = log.runs[0];
  assert.deepEqual([run.tool.driver.name, run.tool.driver.version, run.tool.driver.semanticVersion], [TOOL_NAME, TOOL_VERSION, TOOL_VERSION]);
  assert.deepEqual(run.tool.driver.rules.map((r: Json) => r.id), rules.map((r) => r.id));
  assert.deepEqual(run.automationDetails, { id: 'rust-crypto-gate/pr-12/' });
  // The root as a folder URI: with its trailing slash whether or not one was given.
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/repo/' } });
  assert.deepEqual((toSarif([], rules, [], { rootUri: 'file:///r/' }) as Json).runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///r/' } });
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.deepEqual(run.invocations, [
    {
      executionSuccessful: true,
      toolExecutionNotifications: [
        { level: 'warning', message: { text: notes[0].message }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/bad.rs', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 1 } } }] },
        { level: 'note', message: { text: 'no Cargo.toml' } },
      ],
    },
  ]);
  assert.deepEqual(run.results.map((r: Json) => r.properties), [
    { severity: 'medium', new: true, codeql: 'rust/hard-coded-cryptographic-value' },
    { severity: 'low', new: false, codeql: 'none' },
    { severity: 'critical', new: true, codeql: 'none' },
    { severity: 'low', new: false, codeql: 'none' },
  ]);
  assert.deepEqual(run.properties, { shard: { index: 2, count: 3 } });
  // Defaults: the tool's own category, no source root, no shard; an error note means the run did not succeed.
  const plain = (toSarif(findings, rules, [{ level: 'error', file: 'src/x.rs', message: 'cannot read: EACCES' }]) as Json).runs[0];
  assert.deepEqual(plain.automationDetails, { id: `${TOOL_NAME}/` });
  assert.ok(!('originalUriBaseIds' in plain) && !('properties' in plain));
  assert.equal(plain.invocations[0].executionSuccessful, false);
  assert.deepEqual(plain.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
});

test("a SARIF rule: descriptions, help as text and Markdown, level, tags with the CWEs, precision, severities", () => {
  const rule = rules.find((r) => r.id === 'constant-nonce')!;
  const s = sarifRule(rule) as Json;
  assert.deepEqual([s.id, s.name, s.shortDescription.text, s.fullDescription.text], [rule.id, rule.name, rule.shortDescription, rule.fullDescription]);
  assert.equal(s.help.markdown, rule.help);
  // The plain text has no fences, heading marks or backticks.
  assert.ok(/```|`|^#/m.test(rule.help), 'the rule help has Markdown to strip');
  assert.ok(!/```|`|^#/m.test(s.help.text), s.help.text);
  assert.ok(s.help.text.length > 50 && rule.help.includes(s.help.text.split('\n')[0].trim().slice(0, 20)));
  assert.equal(s.helpUri, `${INFORMATION_URI}/blob/main/rules/constant-nonce.yml`);
  assert.deepEqual(s.defaultConfiguration, { level: 'error' });
  assert.deepEqual(s.properties.tags, ['security', ...rule.cwe.map((c) => `external/cwe/cwe-${c}`), ...rule.tags]);
  assert.ok(rule.cwe.length >= 1);
  assert.equal(s.properties.precision, rule.precision);
  assert.equal(s.properties['problem.severity'], 'error');
  assert.equal(s.properties['security-severity'], rule.securitySeverity.toFixed(1));
  assert.match(s.properties['security-severity'], /^\d+\.\d$/);
  const bySeverity = (sev: string) => rules.find((r) => r.severity === sev);
  for (const [sev, problem, level] of [['high', 'error', 'error'], ['medium', 'warning', 'warning'], ['low', 'recommendation', 'note']] as const) {
    const r = bySeverity(sev);
    if (!r) continue;
    const x = sarifRule(r) as Json;
    assert.deepEqual([x.properties['problem.severity'], x.defaultConfiguration.level], [problem, level], r.id);
  }
});

// Sharded logs of one scan: what `merge` joins.
const shardLogs = () => {
  const order = ['src/my dir/lib.rs', 'src/mac.rs'];
  // Shard 1 has lib.rs, shard 2 mac.rs: the merged results are ordered by file as an unsharded scan's.
  return order.map((file, i) => ({ name: `shard${i + 1}.sarif`, log: toSarif(findings.filter((f) => f.file === file), i === 0 ? rules : [...rules].reverse(), i === 0 ? [{ level: 'note', message: 'a link out of the tree' }] : [{ level: 'note', message: 'a link out of the tree' }, { level: 'warning', file: 'src/mac.rs', message: 'other' }], { automationId: 'cat/', shard: { index: i + 1, count: 2 } }) as Json }));
};

test('merging shards: one run, rules once with result indexes remapped, results in scan order, notes once, shard property dropped', () => {
  const logs = shardLogs();
  const merged = mergeSarif(logs) as Json;
  assert.equal(merged.runs.length, 1);
  const run = merged.runs[0];
  assert.deepEqual(run.tool.driver.rules.map((r: Json) => r.id), rules.map((r) => r.id));
  const whole = (toSarif(findings, rules, [], { automationId: 'cat/' }) as Json).runs[0];
  assert.deepEqual(run.results, whole.results);
  for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  assert.deepEqual(run.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'note', message: { text: 'a link out of the tree' } }, { level: 'warning', message: { text: 'other' }, locations: logs[1].log.runs[0].invocations[0].toolExecutionNotifications[1].locations }] }]);
  assert.ok(!('properties' in run), 'the shard property is gone');
  assert.deepEqual(run.automationDetails, { id: 'cat/' });
  // Given in any order, the same merge; a failed shard makes the merged run failed.
  assert.deepEqual(mergeSarif([...logs].reverse()), merged);
  logs[1].log.runs[0].invocations[0].executionSuccessful = false;
  assert.equal((mergeSarif(logs) as Json).runs[0].invocations[0].executionSuccessful, false);
  // Other run properties are kept.
  logs[0].log.runs[0].properties.extra = 1;
  assert.deepEqual((mergeSarif(logs) as Json).runs[0].properties, { extra: 1 });
});

test('merging shards refuses what is not one complete split of one analysis, saying which file', () => {
  const refuses = (logs: { name: string; log: Json }[], message: RegExp) => assert.throws(() => mergeSarif(logs), (e: Error) => e instanceof MergeError && message.test(e.message));
  const [a, b] = shardLogs();
  refuses([], /nothing to merge/);
  refuses([a], /missing shard 2 of 2: a merge of part of the shards would silently lose their findings/);
  refuses([a, a], /shard 1\/2 is given twice: shard1\.sarif and shard1\.sarif/);
  refuses([a, { name: 'x.sarif', log: {} }], /x\.sarif is not a SARIF log/);
  refuses([a, { name: 'two.sarif', log: { runs: [b.log.runs[0], b.log.runs[0]] } }], /two\.sarif is not a rust-crypto-gate shard: it has 2 run\(s\)/);
  refuses([a, { name: 'codeql.sarif', log: { runs: [{ ...b.log.runs[0], tool: { driver: { name: 'CodeQL' } } }] } }], /codeql\.sarif is not a rust-crypto-gate shard: it has 1 run\(s\) of CodeQL/);
  const unsharded = toSarif(findings, rules) as Json;
  refuses([a, { name: 'whole.sarif', log: unsharded }], /whole\.sarif is not a shard \(it was not written with --shard K\/N\)/);
  const ofThree = structuredClone(b);
  ofThree.log.runs[0].properties.shard = { index: 2, count: 3 };
  refuses([a, ofThree], /shard2\.sarif is shard 2\/3, but shard1\.sarif is of 2 shards/);
  const older = structuredClone(b);
  older.log.runs[0].tool.driver.version = '0.0.1';
  refuses([a, older], /shard2\.sarif was written by rust-crypto-gate 0\.0\.1/);
  const otherCategory = structuredClone(b);
  otherCategory.log.runs[0].automationDetails.id = 'other/';
  refuses([a, otherCategory], /shard2\.sarif has the category "other\/", shard1\.sarif "cat\/"/);
});

test('SARIF of findings with several related locations, a one-step path, and notes that include an error', () => {
  const nonce = byRule('constant-nonce', 7);
  const two = { ...nonce, related: [nonce.related[0], { ...nonce.related[0], message: 'the [key] is made here' }], flow: [nonce.flow![0]] };
  const run = (toSarif([two], rules, [{ level: 'warning', message: 'w' }, { level: 'error', message: 'e' }]) as Json).runs[0];
  const r = run.results[0];
  // Links are joined with "; ", and brackets in a message are dropped from its link text.
  assert.equal(r.message.text, `${nonce.message} See: [${nonce.related[0].message.replace(/[[\]]/g, '')}](1); [the key is made here](2).`);
  assert.deepEqual(r.relatedLocations.map((l: Json) => [l.id, l.message.text]), [[1, nonce.related[0].message], [2, 'the [key] is made here']]);
  // A path of one step is no code flow.
  assert.ok(!('codeFlows' in r));
  // One error among the notes: the run did not succeed; without notes, no notifications.
  assert.equal(run.invocations[0].executionSuccessful, false);
  assert.deepEqual((toSarif(findings, rules) as Json).runs[0].invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
});

test("a rule's help as plain text: fences, heading marks and backticks go, nothing else", () => {
  const rule = rules.find((r) => r.id === 'weak-rng')!;
  const help = '## Fix\n```rust\nlet n = OsRng.next_u64();\n```\n###Notes\nsee issue #12 and `OsRng`, a ```fence``` mid-line\n```';
  assert.equal((sarifRule({ ...rule, help }) as Json).help.text, 'Fix\nlet n = OsRng.next_u64();\nNotes\nsee issue #12 and OsRng, a fence mid-line');
  assert.equal((sarifRule({ ...rule, help }) as Json).help.markdown, help);
});

test('merging shards: results sorted by decoded file, line, column and rule; a result of an unknown rule keeps no index; sparse logs merge', () => {
  const [a, b] = shardLogs();
  const loc = (uri: string, line?: number, column?: number) => ({ physicalLocation: { artifactLocation: { uri }, ...(line ? { region: { startLine: line, startColumn: column ?? 1 } } : {}) } });
  // Out of order within a shard, as no scan writes them: the merge orders them.
  a.log.runs[0].results = [
    { ruleId: 'weak-rng', locations: [loc('src/z-b.rs', 3)] },
    { ruleId: 'weak-rng', locations: [loc('src/z%20a.rs', 9, 5)] },
    { ruleId: 'weak-hash', locations: [loc('src/z%20a.rs', 9, 5)] },
    { ruleId: 'weak-rng', locations: [loc('src/z%20a.rs', 9, 2)] },
    { ruleId: 'weak-rng', locations: [loc('src/z%20a.rs', 4, 7)] },
    { ruleId: 'weak-rng', locations: [{ physicalLocation: { artifactLocation: { uri: 'src/z%20a.rs' }, region: {} } }] },
    { ruleId: 'no-such-rule', locations: [loc('src/%E0%A4%A.rs')] },
    { ruleId: 'weak-rng' },
    { ruleId: 'weak-rng', locations: [] },
    { ruleId: 'weak-rng', locations: [{ physicalLocation: {} }] },
    { locations: [loc('src/z-b.rs', 3)] },
    { ruleId: 'broken-cipher', locations: [loc('src/z-b.rs', 3)] },
  ];
  // Shard 2: no rules, no results, no invocations.
  b.log.runs[0] = { tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION } }, automationDetails: b.log.runs[0].automationDetails, properties: b.log.runs[0].properties };
  const merged = (mergeSarif([a, b]) as Json).runs[0];
  const at = (r: Json) => {
    const l = r.locations?.[0]?.physicalLocation;
    return `${r.ruleId} ${l?.artifactLocation?.uri ?? '-'}:${l?.region?.startLine ?? 0}:${l?.region?.startColumn ?? 0}`;
  };
  assert.deepEqual(merged.results.map(at), [
    'weak-rng -:0:0',
    'weak-rng -:0:0',
    'weak-rng -:0:0',
    'no-such-rule src/%E0%A4%A.rs:0:0',
    'weak-rng src/z%20a.rs:0:0',
    'weak-rng src/z%20a.rs:4:7',
    'weak-rng src/z%20a.rs:9:2',
    'weak-hash src/z%20a.rs:9:5',
    'weak-rng src/z%20a.rs:9:5',
    'undefined src/z-b.rs:3:1',
    'broken-cipher src/z-b.rs:3:1',
    'weak-rng src/z-b.rs:3:1',
  ]);
  // The rules are shard 1's (shard 2 lists none).
  assert.deepEqual(merged.tool.driver.rules.map((r: Json) => r.id), rules.map((r) => r.id));
  const unknown = merged.results.find((r: Json) => r.ruleId === 'no-such-rule');
  assert.ok(unknown && !('ruleIndex' in unknown));
  assert.equal(merged.tool.driver.rules[merged.results[0].ruleIndex].id, 'weak-rng');
  assert.deepEqual(merged.invocations, [{ executionSuccessful: true, toolExecutionNotifications: a.log.runs[0].invocations[0].toolExecutionNotifications }]);
  // One failed invocation of several makes the merged run failed.
  a.log.runs[0].invocations = [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'note', message: { text: 'n' } }] }, { executionSuccessful: false }];
  assert.deepEqual((mergeSarif([a, b]) as Json).runs[0].invocations, [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'note', message: { text: 'n' } }] }]);
});

test('merging shards refuses malformed logs and incomplete splits with the names of what is wrong', () => {
  const refuses = (logs: { name: string; log: Json }[], message: RegExp) => assert.throws(() => mergeSarif(logs), (e: Error) => e instanceof MergeError && message.test(e.message));
  const [a, b] = shardLogs();
  refuses([a, { name: 'null.sarif', log: null as unknown as Json }], /null\.sarif is not a SARIF log/);
  refuses([a, { name: 'text.sarif', log: 'runs' as unknown as Json }], /text\.sarif is not a SARIF log/);
  refuses([a, { name: 'obj.sarif', log: { runs: {} } }], /obj\.sarif is not a SARIF log/);
  refuses([a, { name: 'bare.sarif', log: { runs: [{}] } }], /bare\.sarif is not a rust-crypto-gate shard: it has 1 run\(s\) of \?$/);
  refuses([a, { name: 'none.sarif', log: { runs: [] } }], /none\.sarif is not a rust-crypto-gate shard: it has 0 run\(s\) of $/);
  refuses([a, { name: 'nodriver.sarif', log: { runs: [{ tool: {} }] } }], /nodriver\.sarif is not a rust-crypto-gate shard: it has 1 run\(s\) of \?$/);
  refuses([a, { name: 'nulls.sarif', log: { runs: [null] } }], /nulls\.sarif is not a rust-crypto-gate shard: it has 1 run\(s\) of \?$/);
  refuses([a, { name: 'two.sarif', log: { runs: [null, {}] } }], /two\.sarif is not a rust-crypto-gate shard: it has 2 run\(s\) of \?, \?$/);
  const ofThree = structuredClone(a);
  ofThree.log.runs[0].properties.shard = { index: 1, count: 3 };
  refuses([ofThree], /missing shards 2, 3 of 3:/);
  const noCategory = structuredClone(b);
  delete noCategory.log.runs[0].automationDetails;
  refuses([a, noCategory], /shard2\.sarif has the category "undefined", shard1\.sarif "cat\/"/);
  const firstWithout = structuredClone(a);
  delete firstWithout.log.runs[0].automationDetails;
  refuses([firstWithout, b], /shard2\.sarif has the category "cat\/", shard1\.sarif "undefined"/);
  assert.equal(shardOfRun(undefined as unknown as Json), undefined);
  assert.equal(shardOfRun({}), undefined);
  assert.equal(shardOfRun({ properties: { shard: { index: 1.5, count: 2 } } }), undefined);
  assert.deepEqual(shardOfRun({ properties: { shard: { index: 1, count: 2 } } }), { index: 1, count: 2 });
});

test('the verdict: new, unsuppressed findings at or above fail-on fail the check, with the count; a broken build when asked', () => {
  const built = { status: 'passed' as const };
  const all = findings.map((f) => ({ ...f, isNew: true }));
  // One critical, one medium, one low that is new; the suppressed low does not count.
  assert.deepEqual(decide(all, 'critical', built, true), { fail: true, reasons: ['1 new finding at or above `critical`'], highest: 'critical' });
  assert.deepEqual(decide(all, 'medium', built, true).reasons, ['2 new findings at or above `medium`']);
  assert.deepEqual(decide(all, 'low', built, true).reasons, ['3 new findings at or above `low`']);
  assert.deepEqual(decide(all, 'none', built, true), { fail: false, reasons: [], highest: 'critical' });
  // Findings already on the base branch do not fail it; they still set the highest severity.
  assert.deepEqual(decide(findings.map((f) => ({ ...f, isNew: false })), 'low', built, true), { fail: false, reasons: [], highest: 'critical' });
  // The highest of what is not suppressed.
  const lowOnly = all.filter((f) => f.severity === 'low');
  assert.equal(decide(lowOnly, 'high', built, true).highest, 'low');
  assert.equal(decide(lowOnly.filter((f) => f.suppression), 'high', built, true).highest, undefined);
  // A build that fails: a reason when fail-on-build-error is on and the gate is not off.
  assert.deepEqual(decide([], 'high', { status: 'failed' }, true), { fail: true, reasons: ['the crate does not build (`fail-on-build-error` is true)'], highest: undefined });
  assert.equal(decide([], 'high', { status: 'failed' }, false).fail, false);
  assert.equal(decide([], 'none', { status: 'failed' }, true).fail, false);
  assert.equal(decide([], 'high', { status: 'skipped' }, true).fail, false);
  assert.deepEqual(decide(all, 'critical', { status: 'failed' }, true).reasons, ['1 new finding at or above `critical`', 'the crate does not build (`fail-on-build-error` is true)']);
});
