// The one shape that travels the whole pipeline: SARIF, text, Markdown and the gate are views of it.

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lower is more severe, so sorting ascending puts critical first. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) <= severityRank(threshold);
}

export function parseSeverity(value: string): Severity | 'none' | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'none') return 'none';
  return (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : undefined;
}

/** 1-based lines and columns; endColumn is exclusive, as in SARIF. Columns count UTF-16 code units. */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation {
  file: string;
  region: Region;
  message: string;
}

/** One replacement in the finding's file: the text in `region` becomes `text` (an empty region inserts). */
export interface FixEdit {
  region: Region;
  text: string;
}

/**
 * A mechanical edit that removes the finding and keeps the code compiling (SARIF `fixes`, a GitHub
 * suggested change, `scan --fix`). Edits are in the finding's file and do not overlap.
 */
export interface Fix {
  description: string;
  edits: FixEdit[];
  /** Lines startLine..endLine as they read once the fix is applied (a GitHub suggested change replaces exactly these). */
  lines: { startLine: number; endLine: number; text: string; before: string };
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  cwe: number[];
  /** Path relative to the scanned root, with forward slashes. */
  file: string;
  region: Region;
  message: string;
  related: RelatedLocation[];
  /**
   * For dataflow findings: the path from where the value is made to where it is misused, in order
   * (literal → argument → parameter → field → sink). SARIF shows it as a code flow ("Show paths").
   */
  flow?: RelatedLocation[];
  /** The source line of region.startLine, for text output and fingerprints. */
  lineText: string;
  /** Stable across edits elsewhere in the file; filled in by the engine. */
  fingerprint: string;
  suppression?: { justification: string };
  /** The automatic fix, when one is mechanical and safe (filled in after the analysis, see src/fix/). */
  fix?: Fix;
  /** Set by the action: true when the finding sits on a line the change added. */
  isNew?: boolean;
}

/** Something the tool could not fully do (bad input, syntax errors); never a finding about the code. */
export interface Note {
  level: 'error' | 'warning' | 'note';
  file?: string;
  line?: number;
  message: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.region.startLine - b.region.startLine ||
    a.region.startColumn - b.region.startColumn ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
