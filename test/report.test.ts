import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConfig, splitArgs } from '../src/action/config.ts';
import { planFromEvent } from '../src/action/event.ts';
import { selectRustChanges } from '../src/action/changes.ts';
import { diagnosticsToFindings, parseCargoOutput } from '../src/build/diagnostics.ts';
import { inHunk, isAddedLine, parseGitDiff, parsePatch } from '../src/diff/patch.ts';
import type { Finding } from '../src/finding.ts';
import { decide } from '../src/gate.ts';
import { selectAnnotations } from '../src/report/annotations.ts';
import { COMMENT_MARKER, escapeMarkdown, renderReport } from '../src/report/markdown.ts';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'constant-nonce',
  severity: 'critical',
  cwe: [323],
  file: 'src/lib.rs',
  region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 20 },
  message: 'Constant nonce `b"x"` passed to `encrypt`',
  related: [],
  lineText: '    c.encrypt(n, m)',
  fingerprint: 'abc:1',
  isNew: true,
  ...over,
});

test('patches: added lines and hunk ranges on the new side', () => {
  const p = parsePatch('@@ -1,3 +1,4 @@\n a\n-b\n+c\n+d\n e\n@@ -10,0 +12,2 @@\n+x\n+y\n\\ No newline at end of file');
  assert.deepEqual([...p.added], [2, 3, 12, 13]);
  assert.deepEqual(p.hunks.map(({ start, end, lines }) => [start, end, lines]), [[1, 4, ['a', 'c', 'd', 'e']], [12, 13, ['x', 'y']]]);
  const change = { path: 'a.rs', status: 'modified' as const, ...p };
  assert.ok(isAddedLine(change, 3) && !isAddedLine(change, 4));
  assert.ok(inHunk(change, 4) && !inHunk(change, 5));
  assert.ok(isAddedLine({ path: 'big.rs', status: 'modified', hunks: [] }, 99), 'an unknown patch counts every line as new');
  const g = parseGitDiff('diff --git a/x.rs b/x.rs\nnew file mode 100644\nindex 0..1\n--- /dev/null\n+++ b/x.rs\n@@ -0,0 +1,2 @@\n+a\n+b\ndiff --git a/old.rs b/old.rs\ndeleted file mode 100644\n--- a/old.rs\n+++ /dev/null\n@@ -1 +0,0 @@\n-z\n');
  assert.deepEqual(g.map((c) => [c.path, c.status, [...(c.added ?? [])]]), [['x.rs', 'added', [1, 2]], ['old.rs', 'removed', []]]);
});

test('changed files are filtered by extension, status, working directory and include/exclude globs', () => {
  const mk = (path: string, status = 'modified') => ({ path, status: status as 'modified', hunks: [] });
  const files = [mk('crates/a/src/lib.rs'), mk('crates/a/README.md'), mk('crates/b/src/gone.rs', 'removed'), mk('other/x.rs'), mk('crates/a/tests/t.rs'), mk('crates/ab/x.rs')];
  assert.deepEqual(selectRustChanges(files, 'crates/a', [], []).map((f) => f.path), ['crates/a/src/lib.rs', 'crates/a/tests/t.rs']);
  assert.deepEqual(selectRustChanges(files, '.', ['crates/**'], ['**/tests/**']).map((f) => f.path), ['crates/a/src/lib.rs', 'crates/ab/x.rs']);
});

test('events: PR merge ref and SHA, pull_request_target is privileged and uses the head, push diffs against before', () => {
  const payload = { pull_request: { number: 5, head: { sha: 'h', repo: { full_name: 'fork/r' } }, base: { sha: 'b', repo: { full_name: 'o/r' } } } };
  const pr = planFromEvent('pull_request', payload, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'm', GITHUB_REF: 'refs/pull/5/merge' });
  assert.deepEqual([pr.kind, pr.sha, pr.ref, pr.fromFork, pr.privileged], ['pull_request', 'm', 'refs/pull/5/merge', true, false]);
  const prt = planFromEvent('pull_request_target', payload, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'base-tip', GITHUB_REF: 'refs/heads/main' });
  assert.deepEqual([prt.sha, prt.ref, prt.privileged], ['h', 'refs/pull/5/head', true]);
  const push = planFromEvent('push', { before: 'a1', after: 'b2' }, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'b2', GITHUB_REF: 'refs/heads/main' });
  assert.deepEqual([push.kind, push.baseSha, push.headSha], ['push', 'a1', 'b2']);
  assert.equal(planFromEvent('push', { before: '0000000000000000000000000000000000000000', after: 'b2' }, {}).kind, 'full');
  assert.equal(planFromEvent('schedule', {}, {}).kind, 'full');
});

test('config: defaults, validation with the input named, cargo-args split without a shell', () => {
  const c = readConfig(() => '');
  assert.deepEqual([c.failOn, c.build, c.scope, c.failOnBuildError, c.allowUntrustedBuild, c.sarifFile, c.comment], ['critical', 'auto', 'changed', true, false, 'rust-crypto-gate.sarif', true]);
  assert.throws(() => readConfig((n) => (n === 'build' ? 'sometimes' : '')), /input 'build' must be one of auto, always, never; got 'sometimes'/);
  assert.throws(() => readConfig((n) => (n === 'comment' ? 'maybe' : '')), /input 'comment' must be true or false/);
  assert.deepEqual(splitArgs(`--features "a b" --locked '$(rm -rf /)'`), ['--features', 'a b', '--locked', '$(rm -rf /)']);
});

test('gate: only new, unsuppressed findings at or above fail-on; build failures when asked; none never fails', () => {
  const build = { status: 'passed' as const };
  assert.equal(decide([finding({ isNew: false })], 'critical', build, true).fail, false);
  assert.equal(decide([finding({ suppression: { justification: 'kat' } })], 'critical', build, true).fail, false);
  assert.equal(decide([finding({ severity: 'high' })], 'critical', build, true).fail, false);
  assert.equal(decide([finding({ severity: 'high' })], 'high', build, true).fail, true);
  assert.deepEqual(decide([], 'critical', { status: 'failed' }, true).reasons, ['the crate does not build (`fail-on-build-error` is true)']);
  assert.equal(decide([], 'critical', { status: 'failed' }, false).fail, false);
  assert.equal(decide([finding()], 'none', { status: 'failed' }, true).fail, false);
  assert.equal(decide([finding({ severity: 'low', isNew: false })], 'none', build, true).highest, 'low');
});

test('annotations: new findings, most severe first, at most 10 per type, the rest counted', () => {
  const many = [...Array.from({ length: 12 }, (_, i) => finding({ severity: 'medium', region: { startLine: i + 1, startColumn: 1, endLine: i + 2, endColumn: 1 } })), finding({ severity: 'critical' }), finding({ isNew: false })];
  const { annotations, omitted } = selectAnnotations(many);
  assert.equal(annotations[0].kind, 'error');
  assert.equal(annotations.filter((a) => a.kind === 'warning').length, 10);
  assert.equal(omitted, 2);
  assert.equal(annotations[1].startColumn, undefined, 'columns only on single-line annotations');
});

test('Markdown: user-controlled text cannot inject links, mentions, HTML or table cells', () => {
  const evil = finding({ file: 'src/[x](https://evil.example)|@admin<img>.rs', message: 'Constant `</code><script>x</script>` and @team [click](javascript:alert(1)) | cell' });
  const md = renderReport({ verdict: { fail: true, reasons: ['x'] }, failOn: 'critical', build: { status: 'passed', detail: 'ok' }, findings: [evil], notes: [], remarks: [], repoUrl: 'https://github.com/o/r', headSha: 'abc' }, { forComment: true });
  const row = md.split('\n').find((l) => l.startsWith('| 🟥'))!;
  assert.equal(row.split(/(?<!\\)\|/).length, 6, 'still four cells');
  assert.ok(!/<script>|<img>|<\/code><script>/.test(md));
  assert.ok(!md.includes('@admin') && !md.includes('@team'), 'no mentions');
  assert.ok(!/(?<!\\)\]\(javascript:/.test(md), 'no unescaped link');
  assert.ok(md.includes('src/%5Bx%5D(https%3A'), 'the link target is percent-encoded');
  assert.equal(escapeMarkdown('see https://x.io and www.y.com'), 'see https:&#47;&#47;x.io and www&#46;y.com');
});

test('Markdown: a huge report stays under GitHub\'s 65,536 characters and keeps the verdict', () => {
  const findings = Array.from({ length: 3000 }, (_, i) => finding({ region: { startLine: i + 1, startColumn: 1, endLine: i + 1, endColumn: 2 }, isNew: i % 2 === 0, message: `Constant nonce number ${i} ${'x'.repeat(100)}` }));
  const md = renderReport({ verdict: { fail: true, reasons: ['1500 new findings at or above `critical`'] }, failOn: 'critical', build: { status: 'failed', detail: 'cargo failed' }, findings, notes: [], remarks: [], repoUrl: 'https://github.com/o/r', headSha: 'abc' }, { forComment: true });
  assert.ok(md.length <= 65_536, `${md.length}`);
  assert.ok(md.startsWith(`${COMMENT_MARKER}\n## ❌ rust-crypto-gate: merge blocked`));
  assert.match(md, /\*\*Build:\*\* failed/);
  assert.match(md, /more not shown here/);
  assert.match(md, /### Compared with CodeQL/);
});

test('cargo output: errors deduplicated across targets; missing crypto APIs are hallucinations with the suggestion', () => {
  const msg = (code: string, message: string, extra: object = {}) =>
    JSON.stringify({ reason: 'compiler-message', message: { level: 'error', message, code: { code }, spans: [{ file_name: 'src/main.rs', line_start: 4, line_end: 4, column_start: 18, column_end: 30, is_primary: true, text: [{ text: '    let c = Aes256Gcm::new_from_key(&k);' }] }], children: [], ...extra } });
  const help = { children: [{ level: 'help', message: 'there is an associated function `new_from_slice` with a similar name', code: null, spans: [{ file_name: 'src/main.rs', line_start: 4, line_end: 4, column_start: 18, column_end: 30, is_primary: true, suggested_replacement: 'new_from_slice' }], children: [] }] };
  const out = [msg('E0599', 'no function or associated item named `new_from_key` found for struct `AesGcm<Aes256, U12>`', help), msg('E0599', 'no function or associated item named `new_from_key` found for struct `AesGcm<Aes256, U12>`', help), msg('E0308', 'mismatched types'), JSON.stringify({ reason: 'build-finished', success: false })].join('\n');
  const parsed = parseCargoOutput(out, 'error: could not compile `x`\n');
  assert.equal(parsed.success, false);
  const f = diagnosticsToFindings(parsed.diagnostics, { root: '/w', workspaceRoot: '/w/crate', lineText: () => '' });
  assert.deepEqual(f.map((x) => [x.ruleId, x.file, x.region.startLine]), [['build/api-hallucination', 'crate/src/main.rs', 4], ['build/compile-error', 'crate/src/main.rs', 4]]);
  assert.match(f[0].message, /the compiler suggests `new_from_slice`/);
  assert.deepEqual(parseCargoOutput('', 'error: failed to parse manifest at `/w/Cargo.toml`\n').otherErrors, ['error: failed to parse manifest at `/w/Cargo.toml`']);
});

test('a patch numbered as in the PR head is moved onto the checked-out merge commit, and back for review comments', async () => {
  const { alignChange, headLine } = await import('../src/diff/align.ts');
  const patch = '@@ -1,3 +1,4 @@\n fn a() {}\n+fn added() {}\n fn b() {}\n fn c() {}\n@@ -10,2 +11,3 @@\n fn x() {}\n+fn y() {}\n fn z() {}';
  const change = { path: 'src/lib.rs', status: 'modified' as const, ...parsePatch(patch) };
  const head = ['fn a() {}', 'fn added() {}', 'fn b() {}', 'fn c() {}', ...Array.from({ length: 6 }, (_, i) => `// ${i}`), 'fn x() {}', 'fn y() {}', 'fn z() {}'];
  // The base branch put three lines above everything, and one between the hunks.
  const merge = ['// a', '// b', '// c', ...head.slice(0, 6), '// from base', ...head.slice(6)];
  const moved = alignChange(change, merge);
  assert.deepEqual([...(moved.added ?? [])], [5, 16]);
  assert.deepEqual(moved.hunks.map((h) => [h.start, h.end]), [[4, 7], [15, 17]]);
  assert.equal(headLine(moved, 5), 2);
  assert.equal(headLine(moved, 16), 12);
  assert.equal(alignChange(change, head), change, 'nothing moves when the checkout is the head');
});
