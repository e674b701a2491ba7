import type { FileChange } from './patch.ts';

// A pull request's patch numbers lines as in its head commit, but the workflow usually checks out
// the merge commit; when the base branch changed the same file above the PR's lines, the two
// disagree. Each hunk is found again in the checked-out file by its text and the change is moved
// there, remembering the shift so review comments can be placed at head lines. Pure.

/** The change in the checked-out file's line numbers. Hunks not found keep their numbers (shift 0). */
export function alignChange(change: FileChange, workspaceLines: string[]): FileChange {
  if (!change.hunks.some((h) => h.lines?.length)) return change;
  const norm = (s: string) => s.replace(/\r$/, '');
  const shifts: number[] = [];
  let searchFrom = 0;
  const hunks = change.hunks.map((h) => {
    const lines = h.lines ?? [];
    const at = lines.length ? findSequence(workspaceLines.map(norm), lines.map(norm), h.start - 1, searchFrom) : -1;
    const delta = at >= 0 ? at + 1 - h.start : (shifts[shifts.length - 1] ?? 0);
    shifts.push(delta);
    if (at >= 0) searchFrom = at + lines.length;
    return { ...h, start: h.start + delta, end: h.end + delta, shift: -delta };
  });
  if (shifts.every((d) => d === 0)) return change;
  const added = change.added && new Set([...change.added].map((l) => l + (shifts[change.hunks.findIndex((h) => h.start <= l && l <= h.end)] ?? 0)));
  return { ...change, hunks, added };
}

/** The line in the patch's new side (the PR head) for a line of the checked-out file. */
export function headLine(change: FileChange | undefined, line: number): number {
  const h = change?.hunks.find((x) => x.start <= line && line <= x.end);
  return line + (h?.shift ?? 0);
}

/** Index of `needle` in `hay`, trying the expected position first, then scanning from `from`. */
function findSequence(hay: string[], needle: string[], expected: number, from: number): number {
  const matchesAt = (i: number) => i >= 0 && i + needle.length <= hay.length && needle.every((l, k) => hay[i + k] === l);
  if (expected >= from && matchesAt(expected)) return expected;
  for (let i = from; i + needle.length <= hay.length; i++) if (matchesAt(i)) return i;
  return -1;
}
