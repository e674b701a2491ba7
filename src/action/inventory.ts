import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CryptoUse } from '../analyzer/uses.ts';
import type { FileChange } from '../diff/patch.ts';
import { type Inventory, buildInventory } from '../inventory/inventory.ts';
import type { RuleDef } from '../rules/catalog.ts';
import { CrateFinder } from '../scan/crates.ts';
import type { SourceFile } from '../scan/files.ts';
import { scanFiles } from '../scan/scan.ts';

// The crypto inventory of the changed files as they were at the base commit, read from the local
// git history: what the PR report compares the head's inventory with.

export interface BaseInventory {
  inventory?: Inventory;
  /** Why there is none (the base commit is not in the clone). */
  remark?: string;
}

/** The base side of each changed Rust file that existed there (`git show base:path`), analyzed for its crypto uses. */
export async function baseInventory(workspace: string, baseSha: string, changed: FileChange[], rules: RuleDef[], modelDirs: string[]): Promise<BaseInventory> {
  const wanted = changed.filter((c) => c.status !== 'added' && c.path.endsWith('.rs'));
  if (wanted.length === 0) return { inventory: buildInventory([], []) };
  // Without the base commit (a shallow checkout), `git show` would say every file is missing there.
  const commit = spawnSync('git', ['cat-file', '-e', `${baseSha}^{commit}`], { cwd: workspace, encoding: 'utf8' });
  if (commit.status !== 0) return { remark: `The base commit ${baseSha.slice(0, 12)} is not in the checkout, so the cryptography this change adds or removes is not shown; check out with \`fetch-depth: 0\`.` };
  const tmp = mkdtempSync(join(tmpdir(), 'rcg-base-'));
  try {
    const crates = new CrateFinder();
    const files: SourceFile[] = [];
    for (const c of wanted) {
      const r = spawnSync('git', ['show', `${baseSha}:${c.path}`], { cwd: workspace, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) {
        const why = r.stderr.toString('utf8').trim().split('\n')[0] ?? '';
        // A path the base does not have (a rename's new name) has no base side; a missing commit means no base at all.
        if (/does not exist in|exists on disk, but not in/.test(why)) continue;
        return { remark: `The base commit's files could not be read (\`git show\`: ${why || r.error?.message || 'failed'}), so the cryptography this change adds or removes is not shown; check out with \`fetch-depth: 0\`.` };
      }
      const abs = join(tmp, c.path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, r.stdout);
      files.push({ path: c.path, absolute: abs, crate: crates.crateOf(join(workspace, c.path)) });
    }
    const result = await scanFiles(files, rules, { root: workspace, modelDirs, inventory: true, threads: 1 });
    return { inventory: buildInventory(result.uses ?? ([] as CryptoUse[]), []) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
