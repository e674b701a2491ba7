import { spawnSync } from 'node:child_process';
import { type FileChange, parseGitDiff } from './patch.ts';

// The local git history, for pushes and for pull requests larger than GitHub's 3000-file listing.

export function gitDiff(cwd: string, base: string, head: string, threeDot: boolean): FileChange[] | { error: string } {
  const range = threeDot ? `${base}...${head}` : `${base}..${head}`;
  const r = spawnSync('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--find-renames', range], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) {
    const why = (r.stderr || r.error?.message || '').trim().split('\n')[0];
    return { error: `git diff ${range} failed (${why}); fetch the history with actions/checkout's \`fetch-depth: 0\`` };
  }
  return parseGitDiff(r.stdout);
}
