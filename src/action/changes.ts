import picomatch from 'picomatch';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { alignChange } from '../diff/align.ts';
import { gitDiff } from '../diff/git.ts';
import type { FileChange } from '../diff/patch.ts';
import { type GitHub, describeApiError } from '../github/client.ts';
import { LIST_FILES_CAP, listPullRequestFiles } from '../github/pulls.ts';
import type { EventPlan } from './event.ts';

export interface Changes {
  /** Changed .rs files to report on, or 'all' for a full scan. */
  files: FileChange[] | 'all';
  remarks: string[];
}

/** The changed files of the event: the PR's file list, the pushed range, or everything. */
export async function findChanges(plan: EventPlan, gh: GitHub | undefined, workspace: string): Promise<Changes> {
  const remarks: string[] = [];
  if (plan.kind === 'full') return { files: 'all', remarks: [`Event \`${plan.eventName}\`: full scan of the repository.`] };
  if (plan.kind === 'push') {
    const d = gitDiff(workspace, plan.baseSha!, plan.headSha!, false);
    if ('error' in d) return { files: 'all', remarks: [`Could not diff the push (${d.error}); scanned everything instead.`] };
    return { files: d, remarks };
  }
  const fromGit = (why: string): Changes => {
    const d = gitDiff(workspace, plan.baseSha!, plan.headSha!, true);
    if ('error' in d) return { files: 'all', remarks: [...remarks, `${why} ${d.error}. Scanned the whole repository instead.`] };
    return { files: d, remarks: [...remarks, `${why} The changed lines were taken from \`git diff base...head\`.`] };
  };
  if (!gh) return fromGit('No token to list the pull request files.');
  let files: FileChange[];
  try {
    files = await listPullRequestFiles(gh, plan.owner, plan.repo, plan.prNumber!);
  } catch (e) {
    return fromGit(describeApiError(e, 'Listing the pull request files', 'Give the workflow `pull-requests: read`.'));
  }
  if (files.length >= LIST_FILES_CAP) {
    const d = gitDiff(workspace, plan.baseSha!, plan.headSha!, true);
    if ('error' in d) remarks.push(`GitHub lists at most ${LIST_FILES_CAP} files of a pull request and this one has more; ${d.error}. Only the first ${LIST_FILES_CAP} files were checked.`);
    else {
      remarks.push(`GitHub lists at most ${LIST_FILES_CAP} files of a pull request; the changed files were taken from \`git diff base...head\` instead (${d.length} file${d.length === 1 ? '' : 's'}).`);
      files = d;
    }
  }
  return { files, remarks };
}

/** Which changed files to report on: Rust, not removed, under the working directory, within include/exclude. */
export function selectRustChanges(files: FileChange[], workingDirectory: string, include: string[], exclude: string[]): FileChange[] {
  const dir = normalizeDir(workingDirectory);
  const wanted = pathFilter(include, exclude);
  return files.filter((f) => f.status !== 'removed' && f.path.endsWith('.rs') && (!dir || f.path.startsWith(`${dir}/`)) && wanted(f.path));
}

/** include/exclude globs over repository-relative paths; no include means everything. */
export function pathFilter(include: string[], exclude: string[]): (path: string) => boolean {
  const inc = include.length ? picomatch(include, { dot: true }) : () => true;
  const exc = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  return (p) => inc(p) && !exc(p);
}

/** `working-directory` as a repository-relative folder without `./` or a trailing slash ('' for the root). */
export function normalizeDir(workingDirectory: string): string {
  return posix.normalize(workingDirectory.replace(/\\/g, '/')).replace(/^\.\/?$/, '').replace(/\/$/, '');
}

/** Moves each change's lines to the checked-out file's numbering (see diff/align.ts). */
export function alignToWorkspace(changes: FileChange[], workspace: string): FileChange[] {
  return changes.map((c) => {
    try {
      return alignChange(c, readFileSync(join(workspace, c.path), 'utf8').split('\n'));
    } catch {
      return c;
    }
  });
}
