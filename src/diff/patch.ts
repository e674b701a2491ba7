// Unified-diff patches (GitHub's `patch` field, or `git diff -U0`) → which lines are new, and
// which lines a review comment may be placed on. Pure.

export interface FileChange {
  /** Repository-relative path, forward slashes. */
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'changed' | 'removed' | 'unchanged';
  /** Lines (new side) the change added. `undefined` when the patch is unknown (binary, too large). */
  added?: Set<number>;
  /** Line ranges (new side) of the hunks: review comments are only accepted inside them. */
  hunks: Hunk[];
}

export interface Hunk {
  start: number;
  end: number;
  /** The hunk's lines on the new side (context and added), to find it again in another version of the file. */
  lines?: string[];
  /** Added to a line of the checked-out file to get the line in the patch's new side (see align.ts). */
  shift?: number;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function parsePatch(patch: string): { added: Set<number>; hunks: Hunk[] } {
  const added = new Set<number>();
  const hunks: Hunk[] = [];
  let line = 0;
  let current: Hunk | undefined;
  for (const raw of patch.split('\n')) {
    const h = HUNK.exec(raw);
    if (h) {
      line = Number(h[1]);
      const count = h[2] === undefined ? 1 : Number(h[2]);
      current = count > 0 ? { start: line, end: line + count - 1, lines: [] } : undefined;
      if (current) hunks.push(current);
      continue;
    }
    if (line === 0) continue;
    if (raw.startsWith('+') || raw.startsWith(' ')) current?.lines?.push(raw.slice(1));
    if (raw.startsWith('+')) added.add(line++);
    else if (raw.startsWith(' ')) line++;
    // '-' lines and '\ No newline at end of file' do not exist on the new side.
  }
  return { added, hunks };
}

/** `git diff --unified=0 --no-color A B` → one FileChange per file. */
export function parseGitDiff(diff: string): FileChange[] {
  const out: FileChange[] = [];
  let current: { path: string; status: FileChange['status']; patch: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const { added, hunks } = parsePatch(current.patch.join('\n'));
    out.push({ path: current.path, status: current.status, added, hunks });
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      const m = / b\/(.*)$/.exec(line);
      current = { path: m ? m[1] : '', status: 'modified', patch: [] };
      continue;
    }
    if (!current) continue;
    if (line.startsWith('new file mode')) current.status = 'added';
    else if (line.startsWith('deleted file mode')) current.status = 'removed';
    else if (line.startsWith('rename to ')) current.status = 'renamed';
    else if (line.startsWith('+++ ')) {
      if (line !== '+++ /dev/null') current.path = line.replace(/^\+\+\+ b\//, '');
    } else if (!line.startsWith('--- ') && !line.startsWith('index ')) current.patch.push(line);
  }
  flush();
  return out;
}

/** Whether a finding at `line` of a changed file is new. Unknown patches count every line as new. */
export function isAddedLine(change: FileChange | undefined, line: number): boolean {
  if (!change) return false;
  return change.added === undefined ? true : change.added.has(line);
}

export function inHunk(change: FileChange | undefined, line: number): boolean {
  return !!change && change.hunks.some((h) => h.start <= line && line <= h.end);
}
