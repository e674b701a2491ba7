import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PullFile } from './github-server.ts';
import { REPO } from './helpers.ts';

// Runs dist/index.js exactly as the runner does: INPUT_* variables, the event payload file,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_API_URL pointing at the local server.

export const TOKEN = 'ghs_testTokenThatMustNeverBePrinted0123456789';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

export interface PrRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  files: PullFile[];
}

/** A git repository with a base commit and a head commit, and the file list GitHub would show. */
export function makePrRepo(base: Record<string, string>, head: Record<string, string | null>): PrRepo {
  const dir = mkdtempSync(join(tmpdir(), 'rcg-pr-'));
  git(dir, 'init', '-q', '-b', 'main');
  const write = (files: Record<string, string | null>) => {
    for (const [p, c] of Object.entries(files)) {
      const abs = join(dir, p);
      if (c === null) spawnSync('rm', ['-f', abs]);
      else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, c);
      }
    }
    git(dir, 'add', '-A');
  };
  write(base);
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(head);
  git(dir, 'commit', '-q', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  const files: PullFile[] = [];
  for (const line of git(dir, 'diff', '--numstat', baseSha, headSha).split('\n').filter(Boolean)) {
    const [add, del, filename] = line.split('\t');
    const patch = git(dir, 'diff', '--no-color', baseSha, headSha, '--', filename).split('\n');
    const at = patch.findIndex((l) => l.startsWith('@@'));
    const status = !(filename in base) ? 'added' : head[filename] === null ? 'removed' : 'modified';
    files.push({ filename, status, additions: Number(add), deletions: Number(del), changes: Number(add) + Number(del), patch: at >= 0 ? patch.slice(at).join('\n') : undefined });
  }
  return { dir, baseSha, headSha, files };
}

export function pullRequestPayload(repo: PrRepo, options: { number?: number; forkOwner?: string } = {}) {
  const number = options.number ?? 7;
  const baseRepo = { id: 1, name: 'crypto-app', full_name: 'octo-org/crypto-app', owner: { login: 'octo-org' }, private: false, html_url: 'https://github.com/octo-org/crypto-app' };
  const headRepo = options.forkOwner ? { ...baseRepo, id: 2, full_name: `${options.forkOwner}/crypto-app`, owner: { login: options.forkOwner } } : baseRepo;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Add encryption',
      html_url: `https://github.com/octo-org/crypto-app/pull/${number}`,
      head: { ref: 'feature', sha: repo.headSha, repo: headRepo, label: 'octo-org:feature' },
      base: { ref: 'main', sha: repo.baseSha, repo: baseRepo, label: 'octo-org:main' },
      user: { login: 'contributor' },
    },
    repository: baseRepo,
    sender: { login: 'contributor' },
  };
}

/** CARGO_HOME set up to resolve crates offline from Debian's packages (see scripts/debian-cargo-registry.sh). */
let cargoEnvCache: Record<string, string> | undefined;
export function offlineCargoEnv(): Record<string, string> {
  if (cargoEnvCache) return cargoEnvCache;
  const r = spawnSync('bash', [join(REPO, 'scripts/debian-cargo-registry.sh')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`offline cargo registry unavailable: ${r.stderr}`);
  const registry = r.stdout.trim().split('\n').pop()!;
  const home = mkdtempSync(join(tmpdir(), 'rcg-cargo-home-'));
  writeFileSync(join(home, 'config.toml'), `[source.crates-io]\nreplace-with = "debian"\n\n[source.debian]\ndirectory = "${registry}"\n\n[net]\noffline = true\n`);
  // One target dir per test process: the dependencies build once per process (~10 s). A target dir
  // shared between processes made builds flaky: cargo names a path package's artifacts by its path
  // relative to the workspace, so two test repos with the same package name in different temp
  // dirs share them, and a build of one made after the other's sources were written looked fresh.
  const target = mkdtempSync(join(tmpdir(), 'rcg-test-target-'));
  process.on('exit', () => rmSync(target, { recursive: true, force: true }));
  const cargoBin = dirname(spawnSync('sh', ['-c', 'command -v cargo'], { encoding: 'utf8' }).stdout.trim());
  cargoEnvCache = { CARGO_HOME: home, CARGO_TARGET_DIR: target, PATH: `${cargoBin}:${process.env.PATH}`, RUSTUP_HOME: process.env.RUSTUP_HOME ?? join(homedir(), '.rustup') };
  return cargoEnvCache;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: { kind: string; props: Record<string, string>; message: string }[];
  sarifPath: string;
}

export async function runAction(options: {
  workspace: string;
  eventName: string;
  payload: object;
  apiUrl: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  sha?: string;
  ref?: string;
}): Promise<ActionRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'rcg-runner-'));
  const eventPath = join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const outputFile = join(tmp, 'output');
  const summaryFile = join(tmp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs: Record<string, string> = { token: TOKEN, 'working-directory': '.', 'fail-on': 'critical', build: 'auto', 'sarif-file': 'rust-crypto-gate.sarif', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/crypto-app',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: options.sha ?? '',
    GITHUB_REF: options.ref ?? '',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: tmp,
    RUST_CRYPTO_GATE_SARIF_POLL_MS: '10',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  const child = spawn(process.execPath, [join(REPO, 'dist/index.js')], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c));
  child.stderr.on('data', (c: Buffer) => (stderr += c));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  const outputs: Record<string, string> = {};
  const out = readFileSync(outputFile, 'utf8');
  for (const m of out.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  const annotations = [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((m) => ({
    kind: m[1],
    props: Object.fromEntries((m[2] ?? '').trim().split(',').filter(Boolean).map((kv) => kv.split('=').map(unescapeCommand) as [string, string])),
    message: unescapeCommand(m[3]),
  }));
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryFile, 'utf8'), annotations, sarifPath: join(options.workspace, inputs['sarif-file']) };
}

/** Workflow commands escape %, CR, LF (and `:` `,` in properties); undo it as the runner does. */
function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
