import { headLine } from '../diff/align.ts';
import type { FileChange } from '../diff/patch.ts';
import type { Finding } from '../finding.ts';

// Where an inline review comment goes, and whether it can carry the fix as a GitHub suggested
// change. GitHub accepts a suggestion only on lines of the diff, and it replaces exactly the lines
// the comment spans, so the fix's lines must all lie in one hunk. Pure.

export interface ReviewPlacement {
  /** The (last) line of the comment, in the PR head's numbering. */
  line: number;
  /** The first line, for a comment over several lines. */
  startLine?: number;
  /** The new text of the commented lines (the body of the ```suggestion block). */
  suggestion?: string;
  /** Why the fix is not offered as a suggestion, when the finding has one. */
  fixNote?: string;
}

export function placeReviewComment(f: Finding, change: FileChange | undefined): ReviewPlacement {
  const line = headLine(change, f.region.startLine);
  const fix = f.fix;
  if (!fix) return { line };
  const { startLine, endLine } = fix.lines;
  const hunk = change?.hunks.find((h) => h.start <= startLine && endLine <= h.end);
  // The comment moves onto the fix's lines only when they hold the finding's line too (one comment, one place).
  if (hunk && startLine <= f.region.startLine && f.region.startLine <= endLine) {
    const end = headLine(change, endLine);
    const start = headLine(change, startLine);
    return { line: end, ...(start !== end ? { startLine: start } : {}), suggestion: fix.lines.text };
  }
  return { line, fixNote: startLine === endLine ? `line ${startLine}, outside this diff` : `lines ${startLine}–${endLine}, outside this diff` };
}

/** A ```suggestion block whose fence no run of backticks in the code can close. */
export function suggestionBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}suggestion\n${text}\n${fence}`;
}
