import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { TOKEN, makePrRepo, offlineCargoEnv, pullRequestPayload, runAction } from './action-harness.ts';
import { BASE_FILES, CLEAN_MAIN, CONSTANT_NONCE_MAIN, HALLUCINATED_MAIN, lineOf } from './fixtures-crate.ts';
import { FakeGitHub } from './github-server.ts';
import { validateSarif } from './helpers.ts';

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
  return runAction({
    workspace: repo.dir,
    eventName,
    payload: extra.payload ?? pullRequestPayload(repo),
    apiUrl: server.url,
    sha: eventName === 'pull_request' ? 'f'.repeat(40) : repo.baseSha,
    ref: eventName === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
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
    // 403 is not retried.
    assert.equal(server.routes('POST', '/repos/{owner}/{repo}/code-scanning/sarifs').filter((r) => r.body.ref === 'refs/pull/7/merge').length >= 1, true);
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
