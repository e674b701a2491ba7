// Cuts a release: bumps the version (package.json, package-lock.json, src/version.ts), rebuilds
// dist/, puts the commits since the last release into CHANGELOG.md, points the README's `uses:`
// lines at the major tag, commits, tags vX.Y.Z and moves the major tag vX to it.
//
//   npm run release -- patch|minor|major|X.Y.Z [--push] [--remote origin]
//
// X.Y.Z may be the current version when it has no tag yet (the first release).
//
// Without --push it prints the push commands instead of running them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const REPO_SLUG = 'rust-crypto-gate/rust-crypto-gate';

class ReleaseError extends Error {}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new ReleaseError(`${cmd} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}
const git = (...args: string[]) => run('git', args);

/** The next version: a bump of `current`, or the exact version given (not lower: the first release of 0.1.0 is `0.1.0`). */
export function nextVersion(current: string, bump: string): string {
  const parse = (v: string) => {
    const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
    if (!m) throw new ReleaseError(`not a version X.Y.Z: ${v}`);
    return [Number(m[1]), Number(m[2]), Number(m[3])] as const;
  };
  const [major, minor, patch] = parse(current);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  const wanted = parse(bump.replace(/^v/, ''));
  const cmp = wanted[0] - major || wanted[1] - minor || wanted[2] - patch;
  if (cmp < 0) throw new ReleaseError(`${bump} is lower than the current version ${current}`);
  return wanted.join('.');
}

/** The CHANGELOG.md section of one release: one line per commit, newest first. */
export function changelogSection(version: string, date: string, commits: { hash: string; subject: string }[], previous: string | undefined): string {
  const lines = [`## v${version} — ${date}`, ''];
  if (previous) lines.push(`Changes since ${previous}:`, '');
  if (commits.length === 0) lines.push('- No changes besides the version.');
  for (const c of commits) lines.push(`- ${c.subject} (${c.hash})`);
  return `${lines.join('\n')}\n`;
}

const HEADER = '# Changelog\n\nEvery release of rust-crypto-gate, newest first. `scripts/release.ts` writes it from the commits.\n';

/** CHANGELOG.md with `section` added on top of the earlier releases. */
export function prependChangelog(existing: string | undefined, section: string): string {
  const earlier = existing ? existing.replace(/^# Changelog\n[\s\S]*?(?=^## |(?![\s\S]))/m, '') : '';
  return `${HEADER}\n${section}${earlier ? `\n${earlier.trimStart()}` : ''}`;
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { push: { type: 'boolean', default: false }, remote: { type: 'string', default: 'origin' } } });
  if (positionals.length !== 1) throw new ReleaseError('usage: npm run release -- patch|minor|major|X.Y.Z [--push] [--remote NAME]');
  if (git('status', '--porcelain')) throw new ReleaseError('the working tree has uncommitted changes: commit or stash them first');

  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const version = nextVersion(pkg.version, positionals[0]);
  const tag = `v${version}`;
  const majorTag = `v${version.split('.')[0]}`;
  if (git('tag', '--list', tag)) throw new ReleaseError(`tag ${tag} exists already`);

  const described = spawnSync('git', ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*.[0-9]*.[0-9]*'], { encoding: 'utf8' });
  const previous = described.status === 0 ? described.stdout.trim() : undefined;
  const log = git('log', '--no-merges', '--format=%h%x09%s', ...(previous ? [`${previous}..HEAD`] : ['HEAD']));
  const commits = log ? log.split('\n').map((l) => { const [hash, ...rest] = l.split('\t'); return { hash, subject: rest.join('\t') }; }) : [];

  // The version, everywhere it is written.
  pkg.version = version;
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  const versionTs = readFileSync('src/version.ts', 'utf8');
  const bumped = versionTs.replace(/TOOL_VERSION = '[^']*'/, `TOOL_VERSION = '${version}'`);
  if (bumped === versionTs && !versionTs.includes(`'${version}'`)) throw new ReleaseError('src/version.ts has no TOOL_VERSION to bump');
  writeFileSync('src/version.ts', bumped);
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', readme.replaceAll(new RegExp(`(uses: ${REPO_SLUG}@)v\\d+\\b`, 'g'), `$1${majorTag}`));

  const date = new Date().toISOString().slice(0, 10);
  const section = changelogSection(version, date, commits, previous);
  writeFileSync('CHANGELOG.md', prependChangelog(existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8') : undefined, section));

  // dist/ carries the version too (SARIF's tool.driver.version, `--version`).
  run('npm', ['run', '--silent', 'bundle']);
  git('add', '--all', 'package.json', 'package-lock.json', 'src/version.ts', 'README.md', 'CHANGELOG.md', 'dist');
  git('commit', '--quiet', '-m', `Release ${tag}`);
  git('tag', '--annotate', tag, '--message', `rust-crypto-gate ${tag}\n\n${section}`);
  git('tag', '--force', '--annotate', majorTag, `${tag}^{commit}`, '--message', `rust-crypto-gate ${majorTag}: the latest ${majorTag}.x.y release (now ${tag})`);
  console.log(`Released ${tag} (${commits.length} commit${commits.length === 1 ? '' : 's'} since ${previous ?? 'the start'}); ${majorTag} now points at it.`);

  const pushes = [['push', values.remote!, 'HEAD', tag], ['push', '--force', values.remote!, `refs/tags/${majorTag}`]];
  if (values.push) for (const p of pushes) git(...p);
  else {
    console.log('Publish it with:');
    for (const p of pushes) console.log(`  git ${p.join(' ')}`);
    console.log(`  gh release create ${tag} --title ${tag} --notes-from-tag   # the release notes are the tag's message`);
    console.log('  npm publish                                                  # the CLI package');
  }
}

if (import.meta.main) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ReleaseError)) throw e;
    console.error(`release: ${e.message}`);
    process.exit(2);
  }
}
