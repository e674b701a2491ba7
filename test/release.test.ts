// scripts/release.ts on a copy of this checkout with its own git history and a bare "origin":
// versions everywhere, CHANGELOG.md from the commits, vX.Y.Z tagged, vX moved (also on the remote).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { changelogSection, nextVersion, prependChangelog } from '../scripts/release.ts';
import { REPO } from './helpers.ts';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Rel Ease', GIT_AUTHOR_EMAIL: 'r@e', GIT_COMMITTER_NAME: 'Rel Ease', GIT_COMMITTER_EMAIL: 'r@e' };

function sh(cwd: string, cmd: string, ...args: string[]) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: GIT_ENV });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout.trim() };
}
function git(cwd: string, ...args: string[]): string {
  const r = sh(cwd, 'git', ...args);
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.out}`);
  return r.stdout;
}
const release = (cwd: string, ...args: string[]) => sh(cwd, process.execPath, 'scripts/release.ts', ...args);

test('nextVersion bumps, or takes an exact version that is not lower', () => {
  assert.equal(nextVersion('0.1.0', 'patch'), '0.1.1');
  assert.equal(nextVersion('0.1.9', 'minor'), '0.2.0');
  assert.equal(nextVersion('0.9.3', 'major'), '1.0.0');
  assert.equal(nextVersion('1.2.3', 'v1.10.0'), '1.10.0');
  assert.equal(nextVersion('0.1.0', '0.1.0'), '0.1.0', 'the first release of the version package.json has');
  assert.throws(() => nextVersion('1.2.3', '1.2.2'), /lower than the current version/);
  assert.throws(() => nextVersion('1.2.3', 'huge'), /not a version/);
});

test('the changelog keeps earlier releases below the new one', () => {
  const first = prependChangelog(undefined, changelogSection('0.1.1', '2026-12-01', [{ hash: 'abc1234', subject: 'Fix `x`' }], undefined));
  assert.match(first, /^# Changelog\n\n.*\n\n## v0\.1\.1 — 2026-12-01\n\n- Fix `x` \(abc1234\)\n$/);
  const second = prependChangelog(first, changelogSection('0.2.0', '2026-12-02', [], 'v0.1.1'));
  assert.equal(second.match(/^## /gm)?.length, 2);
  assert.ok(second.indexOf('## v0.2.0') < second.indexOf('## v0.1.1'));
  assert.match(second, /## v0\.2\.0 — 2026-12-02\n\nChanges since v0\.1\.1:\n\n- No changes besides the version\.\n/);
});

test('npm run release: bumps every version, writes CHANGELOG.md, tags vX.Y.Z and moves vX, locally and on the remote', { timeout: 180_000 }, () => {
  // A copy of this checkout (tracked and new files) with a fresh history.
  const dir = mkdtempSync(join(tmpdir(), 'rcg-release-'));
  const files = sh(REPO, 'git', 'ls-files', '--cached', '--others', '--exclude-standard').stdout.split('\n').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(REPO, f), join(dir, f), { dereference: false, errorOnExist: false, force: true });
  }
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  const version0 = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  assert.equal(version0, '0.1.0');
  const remote = mkdtempSync(join(tmpdir(), 'rcg-origin-'));
  git(remote, 'init', '-q', '--bare');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', remote);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Initial import');
  writeFileSync(join(dir, 'rules', 'NOTES.txt'), 'a note\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Document the rules folder');

  // First release: no earlier tag, so every commit is in the notes.
  const r1 = release(dir, 'patch', '--push');
  assert.equal(r1.status, 0, r1.out);
  assert.match(r1.out, /^Released v0\.1\.1 \(2 commits since the start\); v0 now points at it\.$/m);
  const again = release(dir, '0.1.1');
  assert.equal(again.status, 2);
  assert.match(again.out, /tag v0\.1\.1 exists already/);
  assert.equal(git(dir, 'status', '--porcelain'), '', 'everything the release changed is committed');
  assert.equal(git(dir, 'log', '-1', '--format=%s'), 'Release v0.1.1');
  const head1 = git(dir, 'rev-parse', 'HEAD');
  assert.equal(git(dir, 'rev-parse', 'v0.1.1^{commit}'), head1);
  assert.equal(git(dir, 'rev-parse', 'v0^{commit}'), head1);
  assert.equal(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version, '0.1.1');
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  assert.deepEqual([lock.version, lock.packages[''].version], ['0.1.1', '0.1.1']);
  assert.match(readFileSync(join(dir, 'src/version.ts'), 'utf8'), /TOOL_VERSION = '0\.1\.1'/);
  assert.equal(sh(dir, 'node', 'dist/cli.js', '--version').stdout, '0.1.1', 'dist/ was rebuilt with the new version');
  const changelog1 = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
  const today = new Date().toISOString().slice(0, 10);
  assert.match(changelog1, new RegExp(`^## v0\\.1\\.1 — ${today}\\n\\n- Document the rules folder \\([0-9a-f]{7,}\\)\\n- Initial import \\([0-9a-f]{7,}\\)\\n`, 'm'));
  assert.doesNotMatch(changelog1, /No release has been cut yet/);
  assert.match(git(dir, 'tag', '-l', '--format=%(contents)', 'v0.1.1'), /- Document the rules folder/, 'the tag message carries the notes');
  assert.equal(git(remote, 'rev-parse', 'v0^{commit}'), head1);
  assert.equal(git(remote, 'rev-parse', 'main'), head1);

  // Second release: only the commits since v0.1.1; v0 moves, here and on the remote.
  writeFileSync(join(dir, 'rules', 'NOTES.txt'), 'a longer note\n');
  git(dir, 'commit', '-q', '-am', 'Say more about the rules');
  const r2 = release(dir, 'minor', '--push');
  assert.equal(r2.status, 0, r2.out);
  const head2 = git(dir, 'rev-parse', 'HEAD');
  assert.equal(git(dir, 'rev-parse', 'v0^{commit}'), head2);
  assert.equal(git(dir, 'rev-parse', 'v0.1.1^{commit}'), head1, 'the release tag itself never moves');
  assert.equal(git(remote, 'rev-parse', 'v0^{commit}'), head2, 'the major tag moved on the remote too');
  const changelog2 = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
  const section2 = changelog2.slice(changelog2.indexOf('## v0.2.0'), changelog2.indexOf('## v0.1.1'));
  assert.match(section2, /Changes since v0\.1\.1:\n\n- Say more about the rules \([0-9a-f]+\)\n\n$/);
  assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /uses: rust-crypto-gate\/rust-crypto-gate@v0\n/);

  // A major release makes v1 and points the README's `uses:` lines at it; v0 stays where it was.
  const r3 = release(dir, 'major');
  assert.equal(r3.status, 0, r3.out);
  assert.match(r3.out, /git push --force origin refs\/tags\/v1/, 'without --push it prints the commands');
  assert.equal(git(dir, 'rev-parse', 'v1^{commit}'), git(dir, 'rev-parse', 'HEAD'));
  assert.equal(git(dir, 'rev-parse', 'v0^{commit}'), head2);
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  assert.doesNotMatch(readme, /rust-crypto-gate\/rust-crypto-gate@v0/);
  assert.ok((readme.match(/uses: rust-crypto-gate\/rust-crypto-gate@v1\b/g) ?? []).length >= 3);

  // Refusals: a dirty tree, a version that is not higher.
  writeFileSync(join(dir, 'README.md'), `${readme}\nedited\n`);
  const dirty = release(dir, 'patch');
  assert.equal(dirty.status, 2);
  assert.match(dirty.out, /uncommitted changes/);
  git(dir, 'checkout', '--', 'README.md');
  const lower = release(dir, '0.9.0');
  assert.equal(lower.status, 2);
  assert.match(lower.out, /0\.9\.0 is lower than the current version 1\.0\.0/);
});

test('the README, action.yml and package.json agree: `uses:` names this repository at the current major tag, with inputs action.yml has', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const action = readFileSync(join(REPO, 'action.yml'), 'utf8');
  assert.equal(pkg.repository.url, 'git+https://github.com/rust-crypto-gate/rust-crypto-gate.git');
  assert.match(action, /^name: rust-crypto-gate$/m);
  const uses = [...readme.matchAll(/uses: (rust-crypto-gate\/rust-crypto-gate)@(\S+)/g)].map((m) => m[2]);
  assert.ok(uses.length >= 3);
  assert.deepEqual([...new Set(uses)], [`v${pkg.version.split('.')[0]}`]);
  // Every `with:` key in the README's examples of this action is one of its inputs.
  const inputs = new Set([...action.slice(action.indexOf('inputs:'), action.indexOf('outputs:')).matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]));
  const blocks = [...readme.matchAll(/uses: rust-crypto-gate\/rust-crypto-gate@\S+\n((?:\s+(?:id|with):.*\n|\s{10,}.*\n)*)/g)].map((m) => m[1]);
  const keys = blocks.flatMap((b) => [...b.matchAll(/(?:with: \{ |^\s{10,})([\w-]+):/gm)].map((m) => m[1]));
  assert.ok(keys.length >= 3, `found ${keys.join(', ')}`);
  for (const k of keys) assert.ok(inputs.has(k), `README uses input '${k}', which action.yml does not have`);
});
