// The CLI as an npm package: `npm pack` this checkout, install the tarball into an empty folder
// (locally and with -g) and scan the fixture crate with the installed `rust-crypto-gate` command,
// on the system's Node (the package promises Node 20+) and with nothing but the package installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { before, test } from 'node:test';
import { parse } from 'yaml';
import { REPO } from './helpers.ts';

const FIXTURE = join(REPO, 'test/fixtures/self-test-crate');
// The user's PATH: not this repository's node_modules/.bin, whose `node` is the Node 24 of devDependencies.
const USER_PATH = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.startsWith(join(REPO, 'node_modules'))).join(delimiter);
const userEnv = (extra: Record<string, string> = {}) => ({ PATH: USER_PATH, HOME: process.env.HOME ?? tmpdir(), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false', ...extra });

function sh(cmd: string, args: string[], cwd: string, env = userEnv()) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tarball: string;
let packed: { path: string }[];
before(() => {
  const out = mkdtempSync(join(tmpdir(), 'rcg-pack-'));
  const r = sh('npm', ['pack', '--json', '--pack-destination', out], REPO);
  assert.equal(r.status, 0, r.stderr);
  const [info] = JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(out, info.filename);
  packed = info.files;
});

test('npm pack: the bundle, its wasm, the rules and models, no sources, tests or dev files', () => {
  const paths = packed.map((f) => f.path).sort();
  for (const p of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml', 'dist/cli.js', 'dist/index.js', 'dist/worker.js', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-rust.wasm', 'rules/constant-nonce.yml', 'models/rustcrypto-aead.yml']) {
    assert.ok(paths.includes(p), `the package has ${p}`);
  }
  assert.deepEqual(paths.filter((p) => /^(src|test|bench|corpus|scripts|\.ci|\.github|node_modules)\//.test(p) || /(^|\/)(Cargo\.lock|target\/|\.env)/.test(p)), []);
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  assert.equal(pkg.private, undefined, 'publishable');
  assert.equal(pkg.bin['rust-crypto-gate'], 'dist/cli.js');
  assert.deepEqual(pkg.dependencies ?? {}, {}, 'dist/ is a self-contained bundle: installing the CLI fetches nothing else');
});

function checkScan(bin: string, cwd: string) {
  const version = sh('node', ['--version'], cwd);
  const r = sh(bin, ['scan', FIXTURE, '--format', 'json'], cwd);
  assert.equal(r.status, 1, `exit 1 on a critical finding (node ${version.stdout.trim()}): ${r.stderr}`);
  const report = JSON.parse(r.stdout) as { version: string; filesScanned: number; findings: { ruleId: string; severity: string; file: string; region: { startLine: number } }[] };
  assert.equal(report.filesScanned, 1);
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.severity, f.file, f.region.startLine]), [['constant-nonce', 'critical', 'src/main.rs', 16]]);
  assert.equal(report.version, JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  const text = sh(bin, ['scan', FIXTURE, '--fail-on', 'none'], cwd);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^critical\[constant-nonce\]: Constant nonce `nonce`/m);
  assert.match(text.stdout, /^1 finding \(1 critical\) in 1 file$/m);
  const rules = sh(bin, ['rules'], cwd);
  assert.equal(rules.status, 0);
  assert.match(rules.stdout, /^weak-kdf\s+high/m);
}

test('npm install <tarball> into an empty folder: `rust-crypto-gate scan` finds the fixture\'s constant nonce', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcg-install-'));
  const r = sh('npm', ['install', '--offline', '--no-package-lock', tarball], dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(readdirSync(join(dir, 'node_modules')).filter((n) => n !== '.bin' && !n.startsWith('.')), ['rust-crypto-gate'], 'nothing else installed');
  checkScan(join(dir, 'node_modules/.bin/rust-crypto-gate'), dir);
});

test('npm install -g <tarball>: the global command works from any folder', { timeout: 180_000 }, () => {
  const prefix = mkdtempSync(join(tmpdir(), 'rcg-global-'));
  const r = sh('npm', ['install', '--global', '--offline', '--prefix', prefix, tarball], tmpdir());
  assert.equal(r.status, 0, r.stdout + r.stderr);
  checkScan(join(prefix, 'bin/rust-crypto-gate'), mkdtempSync(join(tmpdir(), 'rcg-elsewhere-')));
});

test('.pre-commit-hooks.yaml: a node hook on Rust files that runs the package\'s command', () => {
  const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; types: string[] }[];
  assert.deepEqual(hooks.map((h) => [h.id, h.entry, h.language, h.types]), [['rust-crypto-gate', 'rust-crypto-gate scan', 'node', ['rust']]]);
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  assert.ok(hooks[0].entry.split(' ')[0] in pkg.bin, 'pre-commit runs the bin the package installs');
  // scripts/pre-commit-try.sh (CI's pre-commit-hook job) runs it for real with `pre-commit try-repo`.
});

test('npx --package <tarball> rust-crypto-gate scan: what `npx rust-crypto-gate scan .` does once the package is published', { timeout: 180_000 }, () => {
  const cache = mkdtempSync(join(tmpdir(), 'rcg-npx-cache-'));
  const r = sh('npx', ['--yes', '--offline', '--package', tarball, '--', 'rust-crypto-gate', 'scan', '.', '--format', 'json'], FIXTURE, userEnv({ npm_config_cache: cache }));
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; region: { startLine: number } }[] };
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.file, f.region.startLine]), [['constant-nonce', 'src/main.rs', 16]]);
  assert.ok(!readdirSync(FIXTURE).includes('node_modules'), 'npx installs into its cache, not the scanned folder');
});
