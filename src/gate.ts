import { type Finding, type Severity, atLeast } from './finding.ts';

// The verdict: which findings fail the check. Pure.

export type BuildStatus = 'passed' | 'failed' | 'skipped';

export interface Verdict {
  fail: boolean;
  /** Why, in sentences a reviewer can act on. */
  reasons: string[];
  highest?: Severity;
}

export function decide(findings: Finding[], failOn: Severity | 'none', build: { status: BuildStatus }, failOnBuildError: boolean): Verdict {
  const active = findings.filter((f) => !f.suppression);
  const fresh = active.filter((f) => f.isNew);
  const reasons: string[] = [];
  const blocking = failOn === 'none' ? [] : fresh.filter((f) => atLeast(f.severity, failOn));
  if (blocking.length) reasons.push(`${blocking.length} new finding${blocking.length === 1 ? '' : 's'} at or above \`${failOn}\``);
  if (build.status === 'failed' && failOnBuildError && failOn !== 'none') reasons.push('the crate does not build (`fail-on-build-error` is true)');
  const highest = (['critical', 'high', 'medium', 'low'] as Severity[]).find((s) => active.some((f) => f.severity === s));
  return { fail: reasons.length > 0, reasons, highest };
}
