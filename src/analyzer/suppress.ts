// In-source suppressions: `// rust-crypto-gate: ignore[rule-id] reason` on the line or the line above.

export interface Suppression {
  line: number;
  ruleIds: string[];
  reason: string;
  column: number;
  length: number;
  /** The line's text, for the fingerprint of a reasonless-suppression finding. */
  text: string;
}

const MARKER = /\/\/\s*rust-crypto-gate:\s*ignore\[([^\]]*)\]\s*(.*)$/;

export function parseSuppressions(lines: (n: number) => string, lineCount: number, text: string): Suppression[] {
  if (!text.includes('rust-crypto-gate:')) return [];
  const out: Suppression[] = [];
  for (let n = 1; n <= lineCount; n++) {
    const line = lines(n);
    const m = MARKER.exec(line);
    if (!m) continue;
    out.push({
      line: n,
      ruleIds: m[1].split(',').map((s) => s.trim()).filter(Boolean),
      reason: m[2].trim(),
      column: m.index + 1,
      length: m[0].length,
      text: line,
    });
  }
  return out;
}

/** The suppression that covers a finding of `ruleId` on `line`, if any (reasonless ones do not count). */
export function suppressionFor(suppressions: Suppression[], ruleId: string, line: number): Suppression | undefined {
  return suppressions.find((s) => s.reason && (s.line === line || s.line === line - 1) && (s.ruleIds.includes(ruleId) || s.ruleIds.includes('*')));
}
