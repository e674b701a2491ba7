import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { offlineCargoEnv } from './action-harness.ts';
import { runCliAsync, tempTree } from './helpers.ts';
import { writeStudyCorpus } from './study-corpus.ts';

const cli = runCliAsync;

// Six samples with the outcomes a shard can meet: compiled with a crypto weakness, compiled with a
// robustness-only finding, an invented API, a missing import, a compile error, and a folder that is
// not a crate. Seven shards of six samples: one shard is empty.
const SAMPLES: Record<string, string> = {
  'a-plain-01': 'constant-nonce',
  'a-plain-02': 'hallucination',
  'a-plain-03': 'compile-error',
  'a-plain-05': 'missing-import',
  'b-secure-02': 'decrypt-unwrap',
};

const FILES = ['study.md', 'study.csv', 'study.svg'];
/** study.json without the per-sample timings (measured, so they differ between any two runs). */
const untimed = (file: string) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), (k, v) => (k === 'seconds' ? undefined : v), 2);

test('study --shard K/N for N = 1, 3, 7 (one shard empty), merged: the unsharded study files byte for byte', { timeout: 900_000 }, async () => {
  const env = offlineCargoEnv();
  const corpus = tempTree({});
  writeStudyCorpus(corpus, SAMPLES);
  const outs = tempTree({});
  const args = [corpus, '--group-by=-(plain|secure)-'];
  const whole = await cli(['study', ...args, '--out', join(outs, 'whole')], env);
  assert.equal(whole.code, 0, whole.stderr);
  const expected = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(outs, 'whole', f), 'utf8')]));
  const { samples, table } = JSON.parse(readFileSync(join(outs, 'whole', 'study.json'), 'utf8'));
  assert.equal(samples.length, 6);
  // A trait that is not imported is a missing import, not an invented API.
  assert.deepEqual(samples.filter((s: { status: string }) => s.status !== 'compiled').map((s: { name: string; status: string }) => `${s.name}:${s.status}`), ['a-plain-02:hallucination', 'a-plain-03:compile-error', 'a-plain-05:missing-import', 'zz-notes:bad-sample']);
  assert.deepEqual([table.overall.hallucination, table.overall.missingImport, table.overall.compileError], [1, 1, 1]);
  assert.match(expected['study.md'], /^\| plain \| 4 \| 1 \(25\.0 %\) \| 1 \(25\.0 %\) \| 1 \(25\.0 %\) \| 1 \(25\.0 %\) \|/m);
  assert.deepEqual([table.overall.vulnerable, table.overall.weakness], [2, 1]);

  for (const n of [1, 3, 7]) {
    const dir = join(outs, `n${n}`);
    const counts: number[] = [];
    for (let k = 1; k <= n; k++) {
      const r = await cli(['study', ...args, '--shard', `${k}/${n}`, '--out', join(dir, `shard-${k}`), '--format', 'json'], env);
      assert.equal(r.code, 0, r.stderr);
      const doc = JSON.parse(r.stdout);
      assert.deepEqual(doc.settings.shard, { index: k, count: n, samples: 6 });
      counts.push(doc.samples.length);
    }
    assert.equal(counts.reduce((a, b) => a + b, 0), 6, `every sample in exactly one shard (${counts})`);
    if (n === 7) assert.equal(counts.filter((c) => c === 0).length, 1, `six samples in seven shards: one is empty (${counts})`);
    if (n === 3) assert.deepEqual(counts, [2, 2, 2], 'balanced');
    const m = await cli(['merge', dir, '--out', join(dir, 'merged')]);
    assert.equal(m.code, 0, m.stderr);
    assert.equal(m.stdout, expected['study.md']);
    for (const f of FILES) assert.ok(readFileSync(join(dir, 'merged', f), 'utf8') === expected[f], `N = ${n}: ${f} differs from the unsharded one`);
    assert.equal(untimed(join(dir, 'merged', 'study.json')), untimed(join(outs, 'whole', 'study.json')), `N = ${n}: study.json`);
  }

  const missing = await cli(['merge', join(outs, 'n3', 'shard-1', 'study.json'), join(outs, 'n3', 'shard-3', 'study.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /missing shard 2 of 3/);
  const mixed = await cli(['merge', join(outs, 'n3', 'shard-1', 'study.json'), join(outs, 'n7', 'shard-2', 'study.json')]);
  assert.equal(mixed.code, 2);
  assert.match(mixed.stderr, /is shard 2\/7, but .* is of 3 shards/);
});
