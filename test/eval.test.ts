import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusError, loadCorpus, parseCorpusRepo } from '../src/eval/corpus.ts';
import { scoreFindings } from '../src/eval/score.ts';
import type { Finding } from '../src/finding.ts';
import { REPO } from './helpers.ts';
import { join } from 'node:path';

const finding = (file: string, line: number, ruleId: string, severity: Finding['severity'] = 'critical'): Finding => ({
  ruleId,
  severity,
  cwe: [],
  file,
  region: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
  message: `${ruleId} at ${line}`,
  related: [],
  lineText: '',
  fingerprint: '',
});

const label = (lines: number[], rules: string[], severity: Finding['severity'] = 'critical', debatable = false) => ({ lines, rules, severity, note: '', debatable });

test('scoring: a match per label, duplicates and unlabelled findings are false alarms, debatable counts neither way', () => {
  const files = [
    { file: 'a.rs', labels: [label([10, 12], ['constant-nonce']), label([20], ['hardcoded-key']), label([30], ['unchecked-result'], 'medium', true), label([40], ['weak-hash'], 'low')] },
    { file: 'b.rs', labels: [] },
  ];
  const score = scoreFindings(
    files,
    [
      finding('a.rs', 12, 'constant-nonce'), // matches the label through its second line
      finding('a.rs', 10, 'constant-nonce'), // a second finding for the same label: duplicate
      finding('a.rs', 21, 'hardcoded-key'), // off by one line: a false alarm, and the label is missed
      finding('a.rs', 30, 'unchecked-result', 'medium'), // debatable
      finding('a.rs', 40, 'weak-hash', 'medium'), // reviewer says low: louder than it should be
      finding('b.rs', 5, 'weak-rng', 'low'), // below the threshold: ignored
      finding('c.rs', 1, 'weak-rng'), // not a scored file: ignored
    ],
    'medium',
  );
  assert.deepEqual(score.overall, { rule: 'all', labels: 2, found: 1, missed: 1, falseAlarms: 3, recall: 0.5, precision: 0.25 });
  assert.deepEqual(score.falseAlarms.map((f) => [f.line, f.reason]), [[10, 'duplicate'], [21, 'no label'], [40, 'label is below the threshold']]);
  assert.deepEqual(score.misses.map((m) => [m.file, m.line, m.rules]), [['a.rs', 20, ['hardcoded-key']]]);
  assert.equal(score.debatable, 1);
  const nonce = score.rules.find((r) => r.rule === 'constant-nonce')!;
  assert.deepEqual([nonce.labels, nonce.found, nonce.falseAlarms, nonce.precision], [1, 1, 1, 0.5]);
});

test('scoring: a finding below the threshold does not satisfy a label, and the miss says at what it was found', () => {
  const score = scoreFindings([{ file: 'a.rs', labels: [label([3], ['weak-kdf', 'weak-password-hash'], 'high')] }], [finding('a.rs', 3, 'weak-password-hash', 'low')], 'medium');
  assert.equal(score.overall.found, 0);
  assert.equal(score.misses[0].foundAt, 'low');
  assert.equal(scoreFindings([{ file: 'a.rs', labels: [label([3], ['weak-kdf', 'weak-password-hash'], 'high')] }], [finding('a.rs', 3, 'weak-password-hash', 'high')], 'medium').overall.recall, 1);
});

test('corpus manifests are validated with the file and the problem named', () => {
  const ok = 'repo: a/b\ncommit: ' + 'a'.repeat(40) + '\nfiles:\n  - path: src/x.rs\n    sha256: ' + 'b'.repeat(64) + '\n    labels:\n      - {line: 3, rule: constant-nonce, severity: critical, note: n}\n';
  assert.equal(parseCorpusRepo(ok, 'x.yml').files[0].labels[0].lines[0], 3);
  assert.throws(() => parseCorpusRepo(ok.replace('a'.repeat(40), 'abc'), 'x.yml'), (e: Error) => e instanceof CorpusError && /x\.yml: 'commit' must be 40 hex/.test(e.message));
  assert.throws(() => parseCorpusRepo(ok.replace('severity: critical', 'severity: urgent'), 'x.yml'), /labels\[0\]: 'severity' must be one of/);
  assert.throws(() => parseCorpusRepo(ok.replace('src/x.rs', '../x.rs'), 'x.yml'), /'path' must be a relative path/);
  assert.throws(() => parseCorpusRepo(ok.replace('    labels:', '    context: true\n    labels:'), 'x.yml'), /a context file is not scored/);
});

test('the committed corpus is valid: 150+ scored files from 80+ repositories, 40+ of them correct code, labels on known lines', () => {
  const repos = loadCorpus(join(REPO, 'corpus', 'repos'));
  const scored = repos.flatMap((r) => r.files.filter((f) => !f.context));
  assert.ok(repos.length >= 80, `${repos.length} repositories`);
  assert.ok(scored.length >= 150, `${scored.length} scored files`);
  assert.ok(scored.filter((f) => f.correct).length >= 40);
  for (const f of scored) if (f.correct) assert.ok(f.labels.every((l) => l.severity === 'low' || l.debatable), `${f.path} is marked correct but has a label at medium or above`);
});
