import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeqlFindingsFromAlerts, codeqlFindingsFromSarif, compareWithCodeql, familiesOf } from '../src/compare/codeql.ts';
import type { Finding } from '../src/finding.ts';
import { renderCodeql } from '../src/report/markdown.ts';
import { REPO } from './helpers.ts';

const ours = (ruleId: string, line: number, cwe: number[], file = 'src/main.rs'): Finding => ({
  ruleId,
  severity: 'critical',
  cwe,
  file,
  region: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
  message: 'm',
  related: [],
  lineText: '',
  fingerprint: 'f:1',
});

test('CodeQL SARIF in codeql-action\'s shape: rules from tool.extensions, CWEs from their tags, %SRCROOT% paths', () => {
  const log = JSON.parse(readFileSync(join(REPO, 'test/fixtures/codeql/rust.sarif'), 'utf8'));
  const cq = codeqlFindingsFromSarif(log);
  assert.deepEqual(cq.map((c) => [c.ruleId, c.file, c.startLine, c.cwes]), [
    ['rust/hard-coded-cryptographic-value', 'src/main.rs', 22, [259, 321, 798, 1204]],
    ['rust/cleartext-logging', 'src/main.rs', 31, [312, 359, 532]],
    ['rust/hard-coded-cryptographic-value', 'src/consts.rs', 2, [259, 321, 798, 1204]],
  ]);
  // Runs of other tools are ignored.
  assert.deepEqual(codeqlFindingsFromSarif({ runs: [{ tool: { driver: { name: 'rust-crypto-gate' } }, results: [{ ruleId: 'x', locations: [{ physicalLocation: { artifactLocation: { uri: 'a.rs' } } }] }] }] }), []);
  // Without rule metadata, known CodeQL rule ids still get their CWEs.
  const bare = codeqlFindingsFromSarif({ runs: [{ tool: { driver: { name: 'CodeQL' } }, results: [{ ruleId: 'rust/weak-sensitive-data-hashing', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.rs' }, region: { startLine: 4 } } }] }] }] });
  assert.deepEqual(bare[0].cwes, [327, 328, 916]);
});

test('matching: same file, lines within the tolerance, CWE families that meet', () => {
  const cq = codeqlFindingsFromSarif(JSON.parse(readFileSync(join(REPO, 'test/fixtures/codeql/rust.sarif'), 'utf8')));
  const findings = [ours('constant-nonce', 23, [323, 1204]), ours('unchecked-result', 18, [252]), ours('weak-hash', 31, [328]), ours('build/compile-error', 22, [1164])];
  const c = compareWithCodeql(findings, cq, 2);
  assert.deepEqual(c.matchedRule, ['rust/hard-coded-cryptographic-value', undefined, undefined, undefined]);
  assert.deepEqual(c.codeqlOnly.map((x) => `${x.ruleId}@${x.file}:${x.startLine}`), ['rust/cleartext-logging@src/main.rs:31', 'rust/hard-coded-cryptographic-value@src/consts.rs:2']);
  assert.deepEqual(Object.fromEntries(c.byFamily), {
    nonce: { both: 1, gateOnly: 0, codeqlOnly: 0 },
    errors: { both: 0, gateOnly: 1, codeqlOnly: 0 },
    algorithm: { both: 0, gateOnly: 1, codeqlOnly: 0 },
    logging: { both: 0, gateOnly: 0, codeqlOnly: 1 },
    key: { both: 0, gateOnly: 0, codeqlOnly: 1 },
  });
  assert.deepEqual(c.totals, { both: 1, gateOnly: 2, codeqlOnly: 2 });
  assert.equal(compareWithCodeql(findings, cq, 0).matchedRule[0], undefined, 'one line apart is outside a tolerance of 0');
  assert.deepEqual(familiesOf([1164]), ['other']);
});

test('API alerts: open and dismissed are kept (with the reason), fixed ones dropped', () => {
  const alert = (number: number, state: string, path: string, line: number, extra = {}) => ({
    number,
    state,
    html_url: `https://github.com/o/r/security/code-scanning/${number}`,
    rule: { id: 'rust/hard-coded-cryptographic-value', severity: 'warning', security_severity_level: 'critical', description: 'Hard-coded cryptographic value', tags: ['security', 'external/cwe/cwe-321', 'external/cwe/cwe-1204'] },
    tool: { name: 'CodeQL', version: '2.23.3' },
    most_recent_instance: { ref: 'refs/pull/7/merge', state, location: { path, start_line: line, end_line: line, start_column: 1, end_column: 9 }, message: { text: 'This hard-coded value is used as a key.' } },
    ...extra,
  });
  const cq = codeqlFindingsFromAlerts([alert(1, 'open', 'src/a.rs', 3), alert(2, 'dismissed', 'src/a.rs', 9, { dismissed_reason: 'used in tests' }), alert(3, 'fixed', 'src/a.rs', 12)]);
  assert.deepEqual(cq.map((c) => [c.startLine, c.state, c.dismissedReason, c.cwes]), [[3, 'open', null, [321, 1204]], [9, 'dismissed', 'used in tests', [321, 1204]]]);
  const md = renderCodeql({ verdict: { fail: false, reasons: [] }, failOn: 'critical', build: { status: 'skipped', detail: '' }, findings: [], notes: [], remarks: [], codeql: { available: true, source: 'alerts', comparison: compareWithCodeql([], cq), tolerance: 2 } });
  assert.match(md, /\| Keys and credentials \| 0 \| 0 \| 2 \|/);
  assert.match(md, /dismissed \(used in tests\)/);
  assert.match(md, /\[src\/a\.rs:3\]\(https:\/\/github\.com\/o\/r\/security\/code-scanning\/1\)/);
});
