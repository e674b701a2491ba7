// Materializes the real-code corpus (corpus/README.md) from clones of its repositories at the
// pinned commits into a folder outside the repository, and checks every file's sha256.
//
//   node scripts/corpus.ts materialize [--clones DIR] [--out DIR]
//   node scripts/corpus.ts check        validate corpus/repos/*.yml (no clones needed)
//
// A clone of owner/name is looked for as DIR/owner+name/repo, DIR/owner+name or DIR/owner/name
// (bare or with a work tree). A missing one is cloned from $RCG_CORPUS_REMOTE (default
// https://github.com/{repo}.git) into DIR/owner+name.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type CorpusRepo, loadCorpus, repoDirName } from '../src/eval/corpus.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(REPO_ROOT, 'corpus', 'repos');
export const DEFAULT_OUT = process.env.RCG_CORPUS ?? join(homedir(), '.cache', 'rust-crypto-gate', 'corpus');
const DEFAULT_CLONES = process.env.RCG_CORPUS_CLONES ?? join(homedir(), '.cache', 'rust-crypto-gate', 'clones');

function git(gitDir: string, args: string[]): { ok: boolean; out: Buffer; err: string } {
  const r = spawnSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 256 * 1024 * 1024 });
  return { ok: r.status === 0, out: r.stdout ?? Buffer.alloc(0), err: r.stderr?.toString() ?? String(r.error ?? '') };
}

function findClone(clones: string, repo: string): string | undefined {
  const [owner, name] = repo.split('/');
  for (const dir of [join(clones, repoDirName(repo), 'repo'), join(clones, repoDirName(repo)), join(clones, owner, name)]) {
    if (!existsSync(dir)) continue;
    if (existsSync(join(dir, '.git'))) return join(dir, '.git');
    if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))) return dir;
  }
  return undefined;
}

function cloneRepo(clones: string, repo: string): string | undefined {
  const url = (process.env.RCG_CORPUS_REMOTE ?? 'https://github.com/{repo}.git').replace('{repo}', repo);
  const into = join(clones, repoDirName(repo));
  mkdirSync(clones, { recursive: true });
  const r = spawnSync('git', ['clone', '--bare', '--quiet', url, into], { encoding: 'utf8' });
  return r.status === 0 ? into : undefined;
}

export interface MaterializeResult {
  files: number;
  problems: string[];
}

/** Writes every corpus file to OUT/owner+name/path; a repository or file that fails is reported and skipped. */
export function materialize(repos: CorpusRepo[], clones: string, out: string): MaterializeResult {
  const problems: string[] = [];
  let files = 0;
  for (const r of repos) {
    const gitDir = findClone(clones, r.repo) ?? cloneRepo(clones, r.repo);
    if (!gitDir) {
      problems.push(`${r.repo}: no clone under ${clones} and cloning failed`);
      continue;
    }
    if (!git(gitDir, ['cat-file', '-e', `${r.commit}^{commit}`]).ok) git(gitDir, ['fetch', '--quiet', 'origin', r.commit]);
    for (const f of r.files) {
      const shown = git(gitDir, ['show', `${r.commit}:${f.path}`]);
      if (!shown.ok) {
        problems.push(`${r.repo}: ${f.path} not at ${r.commit.slice(0, 12)}: ${shown.err.trim()}`);
        continue;
      }
      const sha = createHash('sha256').update(shown.out).digest('hex');
      if (sha !== f.sha256) {
        problems.push(`${r.repo}: ${f.path} has sha256 ${sha}, the manifest says ${f.sha256}`);
        continue;
      }
      const dest = join(out, repoDirName(r.repo), f.path);
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, shown.out);
      files++;
    }
  }
  writeFileSync(join(out, 'MATERIALIZED.json'), `${JSON.stringify({ repos: repos.length, files, problems }, null, 2)}\n`);
  return { files, problems };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({ args: rest, options: { clones: { type: 'string' }, out: { type: 'string' } } });
  const repos = loadCorpus(CORPUS_DIR);
  const scored = repos.flatMap((r) => r.files.filter((f) => !f.context));
  const summary = `${repos.length} repositories, ${scored.length} scored files (${scored.filter((f) => f.correct).length} correct), ${scored.reduce((n, f) => n + f.labels.length, 0)} labels`;
  if (command === 'check') {
    process.stdout.write(`corpus: ${summary}\n`);
    return 0;
  }
  if (command === 'materialize') {
    const out = resolve(values.out ?? DEFAULT_OUT);
    if (out.startsWith(REPO_ROOT)) throw new Error(`--out must be outside the repository (the code is not ours to commit): ${out}`);
    mkdirSync(out, { recursive: true });
    const r = materialize(repos, resolve(values.clones ?? DEFAULT_CLONES), out);
    for (const p of r.problems) process.stderr.write(`corpus: ${p}\n`);
    process.stdout.write(`corpus: ${summary}; materialized ${r.files} files into ${out}\n`);
    return r.problems.length ? 1 : 0;
  }
  process.stderr.write('usage: node scripts/corpus.ts materialize [--clones DIR] [--out DIR] | check\n');
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`corpus: ${(e as Error).message}\n`);
      process.exit(2);
    },
  );
}
