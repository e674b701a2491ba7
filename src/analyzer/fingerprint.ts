import { createHash } from 'node:crypto';
import type { Finding } from '../finding.ts';

/**
 * `primaryLocationLineHash`: a hash of the rule and the flagged line's text (white space folded),
 * plus the occurrence number of that pair in the file. It does not change when unrelated lines
 * above move, as code scanning expects, and two identical lines still get distinct fingerprints.
 */
export function assignFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.ruleId}\u0000${f.lineText.replace(/\s+/g, '')}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const hash = createHash('sha256').update(`${f.ruleId}\u0000${f.lineText.replace(/\s+/g, '')}`).digest('hex').slice(0, 16);
    f.fingerprint = `${hash}:${n}`;
  }
}
