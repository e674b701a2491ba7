import type { FileChange } from '../diff/patch.ts';
import { parsePatch } from '../diff/patch.ts';
import type { GitHub } from './client.ts';

/** GitHub's listing stops at 3000 files. */
export const LIST_FILES_CAP = 3000;

export async function listPullRequestFiles(gh: GitHub, owner: string, repo: string, pullNumber: number): Promise<FileChange[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
  return files.map((f) => {
    const parsed = f.patch !== undefined ? parsePatch(f.patch) : undefined;
    return {
      path: f.filename,
      status: f.status as FileChange['status'],
      added: parsed?.added,
      hunks: parsed?.hunks ?? [],
    };
  });
}
