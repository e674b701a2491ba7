import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { TOKEN, makePrRepo, offlineCargoEnv, pullRequestPayload, runAction } from './action-harness.ts';
import { BASE_FILES, CLEAN_MAIN, CONSTANT_NONCE_MAIN, HALLUCINATED_MAIN, KDF_BASE_MAIN, KDF_CARGO_TOML, KDF_PR_MAIN, lineOf } from './fixtures-crate.ts';
import { FakeGitHub } from './github-server.ts';
import { REPO, validateSarif } from './helpers.ts';

let server: FakeGitHub;
before(async () => {
  server = await new FakeGitHub().start();
});
after(async () => {
  await server.stop();
});

function prRun(repo: ReturnType<typeof makePrRepo>, extra: { inputs?: Record<string, string>; env?: Record<string, string>; eventName?: string; payload?: object } = {}) {
  server.files = repo.files;
  const eventName = extra.eventName ?? 'pull_request';
  const payload = (extra.payload ?? pullRequestPayload(repo)) as { number: number };
  return runAction({
    workspace: repo.dir,
    eventName,
    payload,
    apiUrl: server.url,
    sha: eventName === 'pull_request' ? 'f'.repeat(40) : repo.baseSha,
    ref: eventName === 'pull_request' ? `refs/pull/${payload.number}/merge` : 'refs/heads/main',
    inputs: extra.inputs,
    env: { ...offlineCargoEnv(), ...extra.env },
  });
}

test('a PR that adds a constant nonce fails, with one comment, inline comments on the right lines and a valid SARIF upload; a re-run updates the comment', { timeout: 240_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  const run = await prRun(repo);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.deepEqual(server.violations, []);
  // The only place the token appears is the runner's masking command, which the runner consumes.
  assert.deepEqual(run.stdout.split('\n').filter((l) => l.includes(TOKEN)), [`::add-mask::${TOKEN}`]);
  assert.ok(!run.stderr.includes(TOKEN) && !run.summary.includes(TOKEN), 'the token is never printed');
  assert.ok(server.requests.every((r) => r.authorization === `token ${TOKEN}`));

  // Outputs and gate.
  assert.equal(run.outputs['build-status'], 'passed');
  assert.equal(run.outputs['new-findings'], '1');
  assert.equal(run.outputs['findings'], '2');
  assert.equal(run.outputs['highest-severity'], 'critical');
  assert.match(run.stdout, /::error::rust-crypto-gate: 1 new finding at or above `critical`/);

  // Annotation on the new line only.
  const encryptLine = lineOf(CONSTANT_NONCE_MAIN, 'cipher.encrypt(nonce, msg)');
  const errors = run.annotations.filter((a) => a.props.file === 'src/main.rs');
  assert.deepEqual(errors.map((a) => [a.kind, a.props.line, a.props.title]), [['error', String(encryptLine), 'critical: constant-nonce']]);

  // One comment with the verdict, the new finding linked at the head SHA, the pre-existing one folded.
  assert.equal(server.routes('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments').length, 1);
  const comment = server.issueComments[0].body as string;
  assert.match(comment, /^<!-- rust-crypto-gate:summary -->\n## ❌ rust-crypto-gate: merge blocked/);
  assert.ok(comment.includes(`https://github.com/octo-org/crypto-app/blob/${repo.headSha}/src/main.rs#L${encryptLine}`));
  assert.match(comment, /<details><summary>1 pre-existing finding in changed files/);
  assert.match(comment, /\*\*Build:\*\* passed/);
  assert.equal(run.outputs['comment-url'], server.issueComments[0].html_url);

  // Inline review: one comment, on the encrypt line, RIGHT side, at the head commit.
  assert.equal(server.reviews.length, 1);
  const review = server.routes('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews')[0].body;
  assert.equal(review.event, 'COMMENT');
  assert.equal(review.commit_id, repo.headSha);
  assert.deepEqual(review.comments.map((c: { path: string; line: number; side: string }) => [c.path, c.line, c.side]), [['src/main.rs', encryptLine]].map((x) => [...x, 'RIGHT']));

  // SARIF: written, valid, and what was uploaded decodes to it.
  const written = JSON.parse(readFileSync(run.sarifPath, 'utf8'));
  assert.equal(server.sarifUploads.length, 1);
  assert.deepEqual(server.sarifUploads[0].sarif, written);
  assert.equal(server.sarifUploads[0].body.ref, 'refs/pull/7/merge');
  assert.equal(server.sarifUploads[0].body.commit_sha, 'f'.repeat(40));
  assert.deepEqual(validateSarif(run.sarifPath), []);
  const nonce = written.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'constant-nonce');
  assert.equal(nonce.relatedLocations[0].physicalLocation.artifactLocation.uri, 'src/consts.rs');
  assert.equal(nonce.properties.new, true);
  assert.equal(written.runs[0].automationDetails.id, 'rust-crypto-gate/', 'one category on every ref, so code scanning can compare with the base branch');

  // Job summary carries the same verdict.
  assert.match(run.summary, /merge blocked/);
  assert.doesNotMatch(run.summary, /rust-crypto-gate:summary/);

  // Second run: the comment is updated in place, the inline comment is not posted again.
  const again = await prRun(repo);
  assert.equal(again.code, 1);
  assert.equal(server.issueComments.length, 1);
  assert.equal(server.routes('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}').length, 1);
  assert.equal(server.reviews.length, 1);
  assert.deepEqual(server.violations, []);
});

test('a clean PR passes and says so', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CLEAN_MAIN });
  const before = server.reviews.length;
  const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 8 }) });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['new-findings'], '0');
  assert.equal(run.outputs['build-status'], 'passed');
  assert.match(run.summary, /## ✅ rust-crypto-gate: passed/);
  assert.equal(server.reviews.length, before);
  // The base's decrypt().unwrap() is still in a changed file, so there is something to say.
  assert.ok(server.issueComments.some((c) => c.html_url.includes('/pull/8#')));
  // A PR that touches no Rust gets no comment at all.
  const docs = makePrRepo(BASE_FILES, { 'README.md': '# crypto-app\n' });
  const quiet = await prRun(docs, { payload: pullRequestPayload(docs, { number: 41 }) });
  assert.equal(quiet.code, 0);
  assert.equal(quiet.outputs['build-status'], 'skipped');
  assert.equal(quiet.outputs['comment-url'], '');
  assert.ok(!server.issueComments.some((c) => c.html_url.includes('/pull/41#')));
  assert.match(quiet.summary, /rust-crypto-gate: passed/);
  assert.deepEqual(server.violations, []);
});

test('API hallucinations fail the build with the compiler suggestion', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': HALLUCINATED_MAIN });
  const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 9 }), inputs: { comment: 'false', 'inline-comments': 'false', 'upload-sarif': 'false' } });
  assert.equal(run.code, 1);
  assert.equal(run.outputs['build-status'], 'failed');
  const sarif = JSON.parse(readFileSync(run.sarifPath, 'utf8'));
  const h = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'build/api-hallucination');
  assert.equal(h.length, 2, JSON.stringify(sarif.runs[0].results.map((r: { ruleId: string; message: { text: string } }) => r.message.text)));
  assert.ok(h.some((r: { message: { text: string } }) => /new_from_key[\s\S]*new_from_slice/.test(r.message.text)));
  assert.equal(h[0].locations[0].physicalLocation.region.startLine, lineOf(HALLUCINATED_MAIN, 'new_from_key'));
  assert.match(run.summary, /does not build/);
  assert.deepEqual(validateSarif(run.sarifPath), []);
});

test('fork PR with a read-only token: 403 on comment, review and upload → warnings, same verdict, SARIF and summary complete', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  for (const route of ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'POST /repos/{owner}/{repo}/code-scanning/sarifs'])
    server.faults.set(route, { status: 403, times: Infinity });
  try {
    const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 10, forkOwner: 'outsider' }) });
    assert.equal(run.code, 1, 'verdict unchanged');
    assert.equal(run.outputs['new-findings'], '1');
    assert.equal(run.outputs['comment-url'], '');
    const warnings = run.annotations.filter((a) => a.kind === 'warning').map((a) => a.message);
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.match(warnings.join('\n'), /Writing the pull request comment failed \(403[^)]*\)\. Give the workflow `pull-requests: write`/);
    assert.match(warnings.join('\n'), /Uploading SARIF to code scanning failed \(403[^)]*\)\. Give the workflow `security-events: write`/);
    // Every finding is still in the SARIF file and the job summary.
    const sarif = JSON.parse(readFileSync(run.sarifPath, 'utf8'));
    assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort(), ['constant-nonce', 'unchecked-result']);
    assert.match(run.summary, /merge blocked/);
    assert.match(run.summary, /constant-nonce/);
    assert.match(run.summary, /unchecked-result/);
    assert.match(run.summary, /Posting inline review comments failed \(403/);
    // 403 is not retried: each write was tried exactly once.
    const posts = (suffix: string) => server.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix)).length;
    assert.equal(server.routes('POST', '/repos/{owner}/{repo}/code-scanning/sarifs').filter((r) => r.body.ref === 'refs/pull/10/merge').length, 1);
    assert.equal(posts('/issues/10/comments'), 1);
    assert.equal(posts('/pulls/10/reviews'), 1);
  } finally {
    server.faults.clear();
  }
});

test('422 on the review: the findings go into the summary comment instead; a 500 on the file list is retried', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  server.faults.set('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { status: 422, times: Infinity, message: 'Unprocessable Entity' });
  server.faults.set('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { status: 500, times: 1, message: 'Server Error' });
  const listBefore = server.routes('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files').length;
  try {
    const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 11 }), inputs: { 'upload-sarif': 'false' } });
    assert.equal(run.code, 1);
    assert.equal(server.routes('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files').length - listBefore, 2, 'one failure, one retry');
    const comment = server.issueComments.find((c) => c.html_url.includes('/pull/11#'));
    assert.ok(comment, 'the summary comment was still written');
    assert.match(comment.body, /Posting inline review comments failed \(422/);
    assert.match(comment.body, /constant-nonce/);
    assert.equal(run.outputs['comment-url'], comment.html_url);
  } finally {
    server.faults.clear();
  }
});

test('pull_request_target does not build PR code unless allow-untrusted-build is set', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': HALLUCINATED_MAIN });
  const payload = pullRequestPayload(repo, { number: 12, forkOwner: 'outsider' });
  const run = await prRun(repo, { eventName: 'pull_request_target', payload, inputs: { comment: 'false', 'upload-sarif': 'false', 'inline-comments': 'false' } });
  assert.equal(run.outputs['build-status'], 'skipped');
  assert.match(run.summary, /not built: under <code>pull\\_request\\_target<\/code>/);
  assert.equal(run.code, 0, 'nothing new at critical, and the build did not run');
  const opted = await prRun(repo, { eventName: 'pull_request_target', payload, inputs: { comment: 'false', 'upload-sarif': 'false', 'inline-comments': 'false', 'allow-untrusted-build': 'true' } });
  assert.equal(opted.outputs['build-status'], 'failed');
  assert.equal(opted.code, 1);
});

test('no cargo on the runner: said clearly, build skipped, analysis still runs', { timeout: 60_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 13 }), env: { PATH: '/usr/bin:/bin' }, inputs: { comment: 'false', 'upload-sarif': 'false', 'inline-comments': 'false' } });
  assert.equal(run.outputs['build-status'], 'skipped');
  assert.match(run.summary, /cargo is not installed on this runner/);
  assert.equal(run.outputs['new-findings'], '1');
  assert.equal(run.code, 1);
});

test('no token: nothing is sent to GitHub, changed lines come from git, SARIF and summary are written', { timeout: 60_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  const before = server.requests.length;
  const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 14 }), inputs: { token: '' }, env: { PATH: '/usr/bin:/bin' } });
  assert.equal(server.requests.length, before);
  assert.equal(run.code, 1);
  assert.equal(run.outputs['new-findings'], '1', 'the pre-existing finding is still pre-existing');
  assert.match(run.summary, /No <code>token<\/code> input/);
  assert.match(run.summary, /git diff base\.\.\.head/);
  assert.ok(JSON.parse(readFileSync(run.sarifPath, 'utf8')).runs[0].results.length === 2);
});

test('invalid inputs fail with a message that names the input', { timeout: 30_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CLEAN_MAIN });
  const run = await prRun(repo, { inputs: { 'fail-on': 'severe' } });
  assert.equal(run.code, 1);
  assert.match(run.stdout, /::error::input 'fail-on' must be one of critical, high, medium, low, none; got 'severe'/);
});

test('CodeQL SARIF beside the PR: the comment compares per CWE family, marks each finding, and SARIF carries the match', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  mkdirSync(join(repo.dir, 'codeql-results'));
  copyFileSync(join(REPO, 'test/fixtures/codeql/rust.sarif'), join(repo.dir, 'codeql-results/rust.sarif'));
  const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 20 }), inputs: { 'codeql-sarif': 'codeql-results', 'upload-sarif': 'false', 'inline-comments': 'false' } });
  assert.equal(run.code, 1);
  assert.deepEqual([run.outputs['codeql-matched'], run.outputs['codeql-only'], run.outputs['gate-only']], ['1', '1', '1']);
  const comment = server.issueComments.find((c) => c.html_url.includes('/pull/20#'))!.body as string;
  const section = comment.slice(comment.indexOf('### Compared with CodeQL'));
  assert.match(section, /From 3 CodeQL results in <code>codeql-results<\/code>/);
  assert.match(section, /\| Nonce \/ IV \| 1 \| 0 \| 0 \|/);
  assert.match(section, /\| Error handling \| 0 \| 1 \| 0 \|/);
  assert.match(section, /\| Logging of secrets \| 0 \| 0 \| 1 \|/);
  assert.match(section, /1 found only by CodeQL[\s\S]*rust\/cleartext-logging/);
  assert.doesNotMatch(section, /consts\.rs/, 'CodeQL results in unchanged files are not part of the PR comparison');
  assert.match(comment, /\| Severity \| Rule \| Location \| Finding \| CodeQL \|/);
  assert.match(comment, /`constant-nonce` .* \| ✔ `rust\/hard-coded-cryptographic-value` \|/);
  const results = JSON.parse(readFileSync(run.sarifPath, 'utf8')).runs[0].results;
  assert.deepEqual(results.map((r: { ruleId: string; properties: { codeql: string } }) => [r.ruleId, r.properties.codeql]).sort(), [['constant-nonce', 'rust/hard-coded-cryptographic-value'], ['unchecked-result', 'none']]);
  assert.deepEqual(server.violations, []);
});

test('CodeQL from the code scanning API (paginated, open and dismissed); 404 means "not available", never a failure', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  const alert = (n: number, state: string, line: number) => ({
    number: n, state, created_at: '2026-11-20T10:00:00Z', url: `${server.url}/repos/octo-org/crypto-app/code-scanning/alerts/${n}`, html_url: `https://github.com/octo-org/crypto-app/security/code-scanning/${n}`,
    dismissed_reason: state === 'dismissed' ? 'false positive' : null, dismissed_by: null, dismissed_at: null,
    rule: { id: 'rust/hard-coded-cryptographic-value', severity: 'warning', security_severity_level: 'critical', description: 'Hard-coded cryptographic value', name: 'rust/hard-coded-cryptographic-value', tags: ['security', 'external/cwe/cwe-259', 'external/cwe/cwe-321', 'external/cwe/cwe-798', 'external/cwe/cwe-1204'] },
    tool: { name: 'CodeQL', guid: null, version: '2.23.3' },
    most_recent_instance: { ref: 'refs/pull/21/merge', analysis_key: '.github/workflows/codeql.yml:analyze', category: '/language:rust', environment: '{}', state, commit_sha: 'f'.repeat(40), message: { text: 'This hard-coded value is used as an initialization vector.' }, location: { path: 'src/main.rs', start_line: line, end_line: line, start_column: 5, end_column: 40 }, classifications: [] },
  });
  server.alerts.push(...Array.from({ length: 101 }, (_, i) => alert(i + 1, 'open', 200 + i)), alert(500, 'dismissed', 23));
  try {
    const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 21 }), inputs: { codeql: 'api', 'upload-sarif': 'false', 'inline-comments': 'false' } });
    const calls = server.routes('GET', '/repos/{owner}/{repo}/code-scanning/alerts').filter((c) => c.query.ref === 'refs/pull/21/merge');
    assert.equal(calls.length, 2, 'two pages of 100');
    assert.equal(calls[0].query.tool_name, 'CodeQL');
    assert.equal(run.outputs['codeql-matched'], '1', 'the dismissed alert at the nonce line matches');
    assert.equal(run.outputs['codeql-only'], '101');
    const comment = server.issueComments.find((c) => c.html_url.includes('/pull/21#'))!.body as string;
    assert.match(comment, /102 CodeQL code scanning alerts for <code>refs\/pull\/21\/merge<\/code>/);
    assert.deepEqual(server.violations, []);
  } finally {
    server.alerts.length = 0;
  }
  server.faults.set('GET /repos/{owner}/{repo}/code-scanning/alerts', { status: 404, times: Infinity, message: 'no analysis found' });
  try {
    const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 22 }), inputs: { 'upload-sarif': 'false', 'inline-comments': 'false' } });
    assert.equal(run.code, 1, 'the verdict comes from the findings alone');
    assert.equal(run.outputs['codeql-matched'], undefined);
    const comment = server.issueComments.find((c) => c.html_url.includes('/pull/22#'))!.body as string;
    assert.match(comment, /CodeQL results not available: Reading CodeQL alerts for <code>refs\/pull\/22\/merge<\/code> failed \(404: no analysis found\)/);
    assert.match(comment, /github\/codeql-action\/analyze@v3/);
  } finally {
    server.faults.clear();
  }
});

test('push: new lines come from the diff against `before`; pre-existing findings do not fail', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  const payload = { ref: 'refs/heads/main', before: repo.baseSha, after: repo.headSha, repository: { full_name: 'octo-org/crypto-app' } };
  const run = await runAction({ workspace: repo.dir, eventName: 'push', payload, apiUrl: server.url, sha: repo.headSha, ref: 'refs/heads/main', inputs: { 'upload-sarif': 'false' }, env: offlineCargoEnv() });
  assert.equal(run.code, 1);
  assert.equal(run.outputs['new-findings'], '1');
  assert.equal(run.outputs['findings'], '2');
  const clean = makePrRepo(BASE_FILES, { 'src/main.rs': CLEAN_MAIN });
  const ok = await runAction({ workspace: clean.dir, eventName: 'push', payload: { ...payload, before: clean.baseSha, after: clean.headSha }, apiUrl: server.url, sha: clean.headSha, ref: 'refs/heads/main', inputs: { 'upload-sarif': 'false' }, env: offlineCargoEnv() });
  assert.equal(ok.code, 0, 'the pre-existing decrypt().unwrap() is reported but does not fail');
  assert.equal(ok.outputs['new-findings'], '0');
});

test('a PR with more files than GitHub lists (3000): the changed lines come from git diff, and the report says so', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  server.files = Array.from({ length: 3000 }, (_, i) => ({ filename: `docs/page${i}.md`, status: 'added', additions: 1, deletions: 0, changes: 1, patch: '@@ -0,0 +1 @@\n+x' }));
  const before = server.requests.length;
  const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo, { number: 30 }), apiUrl: server.url, sha: 'f'.repeat(40), ref: 'refs/pull/30/merge', inputs: { 'upload-sarif': 'false', comment: 'false', 'inline-comments': 'false', build: 'never' } });
  assert.equal(server.requests.slice(before).filter((r) => r.template.endsWith('/files')).length, 30, '30 pages of 100');
  assert.equal(run.code, 1);
  assert.equal(run.outputs['new-findings'], '1');
  assert.match(run.summary, /GitHub lists at most 3000 files of a pull request; the changed files were taken from <code>git diff base\.\.\.head<\/code> instead \(1 file\)/);
});

test('merge-commit checkout where the base gained lines above the PR: new lines, review positions and links stay right', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': CONSTANT_NONCE_MAIN });
  // What actions/checkout gives on pull_request: the merge with a base that gained three lines on top.
  writeFileSync(join(repo.dir, 'src/main.rs'), `// Copyright 2026 Octo Org\n// SPDX-License-Identifier: MIT\n\n${CONSTANT_NONCE_MAIN}`);
  const reviewsBefore = server.reviews.length;
  const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 40 }), inputs: { 'upload-sarif': 'false' } });
  const atHead = lineOf(CONSTANT_NONCE_MAIN, 'cipher.encrypt(nonce, msg)');
  assert.equal(run.code, 1);
  assert.equal(run.outputs['new-findings'], '1', 'the shifted finding is still on an added line; the shifted unwrap is still pre-existing');
  assert.equal(server.reviews.length, reviewsBefore + 1);
  const review = server.routes('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews').at(-1)!.body;
  assert.deepEqual(review.comments.map((c: { line: number }) => c.line), [atHead], 'review comments use head lines');
  const annotation = run.annotations.find((a) => a.props.title === 'critical: constant-nonce')!;
  assert.equal(annotation.props.line, String(atHead + 3), 'annotations use the checked-out file');
  const comment = server.issueComments.find((c) => c.html_url.includes('/pull/40#'))!.body as string;
  assert.ok(comment.includes(`/src/main.rs#L${atHead})`));
  assert.deepEqual(server.violations, []);
});

test('fixes: a suggested change on the added line, none for a fix outside the diff, no comment for a pre-existing finding; SARIF carries the fixes', { timeout: 240_000 }, async () => {
  const repo = makePrRepo({ ...BASE_FILES, 'Cargo.toml': KDF_CARGO_TOML, 'src/main.rs': KDF_BASE_MAIN }, { 'src/main.rs': KDF_PR_MAIN });
  const before = server.reviews.length;
  const run = await prRun(repo, { payload: pullRequestPayload(repo, { number: 50 }), inputs: { 'upload-sarif': 'false', 'fail-on': 'medium' } });
  assert.equal(run.outputs['build-status'], 'passed', run.stdout + run.stderr);
  assert.equal(run.outputs['new-findings'], '2');
  assert.equal(server.reviews.length, before + 1);
  const review = server.routes('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews').at(-1)!.body;
  const literal = lineOf(KDF_PR_MAIN, 'salt, 10_000, &mut a');
  const viaConst = lineOf(KDF_PR_MAIN, 'salt, ROUNDS, &mut b');
  const comments = review.comments as { path: string; line: number; side: string; start_line?: number; body: string }[];
  assert.deepEqual(comments.map((c) => [c.path, c.line, c.side, c.start_line]), [['src/main.rs', literal, 'RIGHT', undefined], ['src/main.rs', viaConst, 'RIGHT', undefined]]);
  // On the added line: the whole new line as a GitHub suggested change.
  assert.ok(comments[0].body.includes('```suggestion\n    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, 600_000, &mut a);\n```'), comments[0].body);
  // The count comes from `const ROUNDS` at the top of the file, outside the diff: no suggestion, the fix is described.
  assert.ok(!comments[1].body.includes('```suggestion'), comments[1].body);
  assert.match(comments[1].body, /\*\*Fix\*\* \(line 3, outside this diff, so not offered as a suggestion/);
  // The pre-existing call (5,000 iterations) is outside every hunk: no comment at all.
  assert.ok(!comments.some((c) => c.line === lineOf(KDF_PR_MAIN, 'salt, 5_000, &mut key')));
  assert.deepEqual(server.violations, []);
  // The summary comment names the fix beside each finding.
  const summary = server.issueComments.find((c) => c.html_url.includes('/pull/50#'))!.body as string;
  assert.equal(summary.match(/<br><sub>Automatic fix: Raise the PBKDF2-HMAC-SHA256 iteration count from /g)?.length, 3);
  // SARIF: every PBKDF2 finding has its fix, and the log passes the validator with GitHub's rules.
  const sarif = JSON.parse(readFileSync(run.sarifPath, 'utf8'));
  const kdf = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'weak-kdf-cost');
  assert.equal(kdf.length, 3);
  const replacements = kdf.map((r: { fixes: { artifactChanges: { replacements: { deletedRegion: { startLine: number }; insertedContent: { text: string } }[] }[] }[] }) => r.fixes[0].artifactChanges[0].replacements.map((x) => [x.deletedRegion.startLine, x.insertedContent.text])).flat();
  assert.deepEqual(replacements.sort((a: [number], b: [number]) => a[0] - b[0]), [[3, '600_000'], [lineOf(KDF_PR_MAIN, 'salt, 5_000'), '600_000'], [literal, '600_000']]);
  assert.deepEqual(validateSarif(run.sarifPath), []);
});
