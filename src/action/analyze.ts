import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../build/cargo.ts';
import { type FileChange, isAddedLine } from '../diff/patch.ts';
import type { Finding, Note } from '../finding.ts';
import type { RuleDef } from '../rules/catalog.ts';
import { collectRustFiles } from '../scan/files.ts';
import { scanFiles } from '../scan/scan.ts';
import type { CryptoUse } from '../analyzer/uses.ts';

export interface Analysis {
  /** Findings in the files reported on, each marked new or pre-existing. */
  findings: Finding[];
  notes: Note[];
  filesScanned: number;
  /** Files parsed a second time (call sites for the crate-wide dataflow, consts of other files). */
  filesParsedAgain: number;
  /** The crypto API uses of every analyzed file (the crates of the changed files), for the CBOM. */
  uses?: CryptoUse[];
}

/**
 * Analyzes the crates that hold the changed files (so a `const NONCE` in an unchanged file still
 * resolves) and keeps what is in the changed files. A finding is new when it is on an added line;
 * with `scope: all` (or a full scan) every finding counts.
 */
export async function analyzeChanges(
  rules: RuleDef[],
  workspace: string,
  workingDirectory: string,
  changes: FileChange[] | 'all',
  scopeAll: boolean,
  wanted: (path: string) => boolean,
  modelDirs: string[] = [],
): Promise<Analysis> {
  const notes: Note[] = [];
  const top = resolve(workspace, workingDirectory);
  const dirs = new Set<string>();
  if (changes === 'all' || scopeAll) dirs.add(top);
  else for (const c of changes) dirs.add(packageRoot(dirname(join(workspace, c.path)), top) ?? dirname(join(workspace, c.path)));
  // Every file of those crates is context; include/exclude only decide what is reported. For a PR
  // (not `scope: all`) only the changed files and what they call are analyzed; the rest of the
  // crate is read for its consts (parsed only when a finding needs one) and its crypto inventory.
  const files = collectRustFiles([...dirs].sort(), workspace, notes);
  const focus = changes === 'all' || scopeAll ? undefined : new Set(changes.map((c) => c.path));
  const result = await scanFiles(files, rules, { root: workspace, modelDirs, inventory: true, focus }, notes);
  const byPath = new Map(changes === 'all' ? [] : changes.map((c) => [c.path, c]));
  const reportOn = (path: string) => (changes === 'all' || scopeAll ? wanted(path) : byPath.has(path));
  const findings = result.findings.filter((f) => reportOn(f.file));
  for (const f of findings) f.isNew = changes === 'all' || scopeAll ? true : isAddedLine(byPath.get(f.file), f.region.startLine);
  return { findings, notes: result.notes.filter((n) => !n.file || reportOn(n.file)), filesScanned: result.filesScanned, filesParsedAgain: result.filesParsedAgain, uses: result.uses };
}
