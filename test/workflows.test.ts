// The repository's own GitHub workflows and Dependabot config, read with a YAML parser: the job
// structure the README and CONTRIBUTING.md promise. GitHub is not reachable from here, so the
// self-test workflow's steps are also run locally: its `uses: ./` step as dist/index.js with the
// workflow's own `with:` inputs, and its check step in bash with the outputs that run produced.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseDocument } from 'yaml';
import { makePrRepo, offlineCargoEnv, pullRequestPayload, runAction } from './action-harness.ts';
import { FakeGitHub } from './github-server.ts';
import { REPO } from './helpers.ts';

type Step = { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; 'continue-on-error'?: boolean };
type Job = { name?: string; 'runs-on'?: string; permissions?: Record<string, string>; steps: Step[] };
type Workflow = { name: string; on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

/** Strict YAML: a syntax error, a duplicate key or an unresolved alias fails the test. */
function readYaml<T>(path: string): T {
  const doc = parseDocument(readFileSync(join(REPO, path), 'utf8'), { uniqueKeys: true, prettyErrors: true });
  assert.deepEqual(doc.errors.map(String), [], `${path} is not valid YAML`);
  assert.deepEqual(doc.warnings.map(String), [], `${path} has YAML warnings`);
  return doc.toJS() as T;
}

const WORKFLOW_FILES = readdirSync(join(REPO, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflows = Object.fromEntries(WORKFLOW_FILES.map((f) => [f, readYaml<Workflow>(`.github/workflows/${f}`)]));
const action = readYaml<{ inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string } }>('action.yml');
const readme = readFileSync(join(REPO, 'README.md'), 'utf8');

test('every workflow parses, names its jobs and steps, runs on a GitHub-hosted runner and sets permissions', () => {
  assert.deepEqual(WORKFLOW_FILES, ['ci.yml', 'self-test.yml']);
  for (const [file, wf] of Object.entries(workflows)) {
    assert.equal(typeof wf.name, 'string', `${file}: name`);
    assert.ok(wf.on && typeof wf.on === 'object', `${file}: triggers as a mapping`);
    assert.ok(wf.permissions !== undefined, `${file}: top-level permissions are set (the default token is read-write in older repositories)`);
    for (const [id, job] of Object.entries(wf.jobs)) {
      assert.equal(job['runs-on'], 'ubuntu-latest', `${file} ${id}: runs-on`);
      assert.ok(job.steps.length > 0, `${file} ${id}: steps`);
      for (const step of job.steps) {
        assert.ok(typeof step.name === 'string' && step.name.length > 0, `${file} ${id}: every step has a name`);
        assert.ok((step.uses === undefined) !== (step.run === undefined), `${file} ${id} "${step.name}": exactly one of uses/run`);
        if (step.uses && step.uses !== './') assert.match(step.uses, /^[\w.-]+\/[\w.-]+@v\d+$/, `${file}: ${step.uses} names an action at a major tag`);
      }
      const perms = { ...wf.permissions, ...job.permissions };
      for (const [scope, level] of Object.entries(perms)) assert.notEqual(level, 'write', `${file} ${id}: ${scope}: write is more than it needs`);
    }
  }
});

test('ci.yml: on every push and pull request, Node 24, npm ci, typecheck, the shared dist check, the README test command', () => {
  const wf = workflows['ci.yml'];
  assert.deepEqual(Object.keys(wf.on).sort(), ['pull_request', 'push']);
  assert.equal(wf.on.push, null, 'every branch');
  assert.deepEqual(wf.permissions, { contents: 'read' });
  const steps = wf.jobs.test.steps;
  const named = (name: string) => {
    const s = steps.find((x) => x.name === name);
    assert.ok(s, `ci.yml has a step "${name}"`);
    return s;
  };
  const node = named('Set up Node 24');
  assert.match(node.uses!, /^actions\/setup-node@/);
  assert.equal(String(node.with!['node-version']), action.runs.using.replace('node', ''), 'the Node that action.yml runs on');
  assert.equal(named('Install').run, 'npm ci --no-audit --no-fund');
  assert.equal(named('Typecheck').run, 'npm run typecheck');
  assert.equal(named('dist is current').run, 'bash scripts/check-dist.sh');
  // The README's Development section names the test command; CI runs that one.
  const dev = readme.slice(readme.indexOf('## Development'));
  const testCommand = /^(npm test)\s+#/m.exec(dev)?.[1];
  assert.equal(testCommand, 'npm test');
  assert.equal(named('Tests').run, testCommand);
  const hook = wf.jobs['pre-commit-hook'].steps;
  assert.equal(hook.find((s) => s.name === 'pre-commit try-repo')?.run, 'bash scripts/pre-commit-try.sh');
  const order = steps.map((s) => s.name);
  assert.ok(order.indexOf('Install') < order.indexOf('Typecheck') && order.indexOf('dist is current') < order.indexOf('Tests'));
});

test('.ci/run and ci.yml share one dist check: the script, not two copies of its logic', () => {
  const ciRun = readFileSync(join(REPO, '.ci/run'), 'utf8');
  assert.match(ciRun, /^bash scripts\/check-dist\.sh$/m);
  assert.doesNotMatch(ciRun, /npm run (--silent )?bundle|git diff/, '.ci/run does not repeat what scripts/check-dist.sh does');
  const check = readFileSync(join(REPO, 'scripts/check-dist.sh'), 'utf8');
  assert.match(check, /npm run --silent bundle/);
  assert.match(check, /git status --porcelain -- dist/);
});

test('self-test.yml: on pull requests, two jobs run `uses: ./` on the fixture, read-only, and check outputs and verdict', () => {
  const wf = workflows['self-test.yml'];
  assert.deepEqual(Object.keys(wf.on), ['pull_request']);
  assert.deepEqual(wf.permissions, {});
  assert.deepEqual(Object.keys(wf.jobs), ['blocks-misuse', 'fail-on-none']);
  for (const [id, job] of Object.entries(wf.jobs)) {
    assert.deepEqual(job.permissions, { contents: 'read', 'pull-requests': 'read' }, `${id}: least privilege`);
    const i = job.steps.findIndex((s) => s.uses === './');
    assert.ok(i > 0 && job.steps[0].uses?.startsWith('actions/checkout@'), `${id}: checkout, then uses: ./`);
    const gate = job.steps[i];
    assert.equal(gate.id, 'gate');
    assert.equal(gate['continue-on-error'], true, `${id}: the check step runs whatever the verdict`);
    for (const key of Object.keys(gate.with ?? {})) assert.ok(key in action.inputs, `${id}: with.${key} is an input of action.yml`);
    assert.equal(gate.with!['working-directory'], 'test/fixtures/self-test-crate');
    const check = job.steps[i + 1];
    assert.equal(check.name, 'Check the outputs and the verdict');
    const refs = Object.values(check.env ?? {}).map((v) => /^\$\{\{ steps\.gate\.(outcome|outputs\.([\w-]+)) \}\}$/.exec(v));
    assert.ok(refs.every(Boolean), `${id}: the check reads only the gate step`);
    const outputs = refs.map((m) => m![2]).filter(Boolean);
    for (const o of outputs) assert.ok(o in action.outputs, `${id}: ${o} is an output of action.yml`);
    for (const o of ['findings', 'highest-severity', 'sarif-file']) assert.ok(outputs.includes(o), `${id}: checks ${o}`);
    assert.ok(refs.some((m) => m![1] === 'outcome'), `${id}: checks the verdict`);
  }
  assert.equal(wf.jobs['blocks-misuse'].steps.find((s) => s.uses === './')!.with!['fail-on'], 'critical');
  assert.equal(wf.jobs['fail-on-none'].steps.find((s) => s.uses === './')!.with!['fail-on'], 'none');
});

test('dependabot.yml: weekly updates for npm and for the actions the workflows use', () => {
  const cfg = readYaml<{ version: number; updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[] }>('.github/dependabot.yml');
  assert.equal(cfg.version, 2);
  assert.deepEqual(cfg.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval]), [['npm', '/', 'weekly'], ['github-actions', '/', 'weekly']]);
});

// ---- the self-test workflow, run locally --------------------------------------------------------

let server: FakeGitHub;
before(async () => {
  server = await new FakeGitHub().start();
});
after(async () => {
  await server.stop();
});

/** `${{ steps.gate.outcome }}` / `${{ steps.gate.outputs.x }}` as the runner fills them in; any other expression is an error. */
function expand(value: string, outcome: string, outputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'steps.gate.outcome') return outcome;
    const m = /^steps\.gate\.outputs\.([\w-]+)$/.exec(expr);
    if (!m) throw new Error(`expression not evaluated by this test: ${expr}`);
    return outputs[m[1]] ?? '';
  });
}

/** The step's script as the runner runs it (`bash --noprofile --norc -eo pipefail`). */
function runStep(step: Step, cwd: string, outcome: string, outputs: Record<string, string>) {
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, outcome, outputs)]));
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
}

for (const jobId of ['blocks-misuse', 'fail-on-none']) {
  test(`self-test.yml ${jobId}, run locally: the action on a PR that does not touch the fixture, then the check step`, { timeout: 240_000 }, async () => {
    const job = workflows['self-test.yml'].jobs[jobId];
    const gate = job.steps.find((s) => s.uses === './')!;
    const check = job.steps[job.steps.indexOf(gate) + 1];
    // The checkout: the fixture crate at its path in the repository, and a PR that changes a README.
    const fixture = Object.fromEntries(['Cargo.toml', 'src/main.rs'].map((f) => [`test/fixtures/self-test-crate/${f}`, readFileSync(join(REPO, 'test/fixtures/self-test-crate', f), 'utf8')]));
    const repo = makePrRepo({ ...fixture, 'README.md': 'base\n' }, { 'README.md': 'head\n' });
    server.files = repo.files;
    const inputs = Object.fromEntries(Object.entries(gate.with ?? {}).map(([k, v]) => [k, String(v)]));
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo), apiUrl: server.url, sha: 'f'.repeat(40), ref: 'refs/pull/7/merge', inputs, env: offlineCargoEnv() });
    assert.deepEqual(server.violations, []);
    // With comment, inline comments and upload off, the only request is the PR's file list (pull-requests: read).
    assert.deepEqual([...new Set(server.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`))], ['GET /repos/octo-org/crypto-app/pulls/7/files']);
    const outcome = run.code === 0 ? 'success' : 'failure';
    assert.equal(outcome, jobId === 'blocks-misuse' ? 'failure' : 'success', run.stdout + run.stderr);

    const ok = runStep(check, repo.dir, outcome, run.outputs);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /^self-test passed: /m);
    if (jobId === 'blocks-misuse') assert.match(ok.stdout, /build passed, constant-nonce test\/fixtures\/self-test-crate\/src\/main\.rs:16$/m);

    // The check can fail: the other verdict, or one finding fewer, is reported as an error.
    const flipped = runStep(check, repo.dir, outcome === 'success' ? 'failure' : 'success', run.outputs);
    assert.equal(flipped.status, 1);
    assert.match(flipped.stdout, /^::error::self-test: the gate's verdict was/m);
    const fewer = runStep(check, repo.dir, outcome, { ...run.outputs, findings: '0' });
    assert.equal(fewer.status, 1);
    assert.match(fewer.stdout, /^::error::self-test: findings=0, expected 1/m);
  });
}

test('CONTRIBUTING.md has the development loop with commands that exist; SECURITY.md says where to report privately', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const contributing = readFileSync(join(REPO, 'CONTRIBUTING.md'), 'utf8');
  for (const cmd of ['npm test', 'npm run test:rules', 'npm run eval', 'npm run bench', 'npm run bundle', 'npm run typecheck', 'bash .ci/run']) assert.ok(contributing.includes(cmd), `CONTRIBUTING.md mentions ${cmd}`);
  for (const doc of [contributing, readme]) {
    for (const m of doc.matchAll(/npm run ([\w:-]+)/g)) assert.ok(m[1] in pkg.scripts, `npm run ${m[1]} is a script in package.json`);
  }
  const security = readFileSync(join(REPO, 'SECURITY.md'), 'utf8');
  assert.match(security, /Report a vulnerability/);
  assert.ok(security.includes(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')), 'SECURITY.md names this repository');
});
