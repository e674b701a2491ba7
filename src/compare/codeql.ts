import type { Finding } from '../finding.ts';

// CodeQL's results, normalized, and matched against ours. Pure: SARIF logs and API alerts in,
// a comparison out.

export interface ExternalFinding {
  ruleId: string;
  file: string;
  startLine: number;
  endLine: number;
  cwes: number[];
  message: string;
  state?: 'open' | 'dismissed' | 'fixed';
  dismissedReason?: string | null;
  url?: string;
}

/** CodeQL's Rust crypto queries and their CWE tags, for results whose SARIF lacks the rule metadata. */
export const CODEQL_RUST_RULES: Record<string, number[]> = {
  'rust/hard-coded-cryptographic-value': [259, 321, 798, 1204],
  'rust/weak-cryptographic-algorithm': [327],
  'rust/weak-sensitive-data-hashing': [327, 328, 916],
  'rust/cleartext-logging': [312, 359, 532],
  'rust/disabled-certificate-check': [295],
};

export const FAMILIES: { id: string; label: string; cwes: number[] }[] = [
  { id: 'nonce', label: 'Nonce / IV', cwes: [323, 329, 1204] },
  { id: 'key', label: 'Keys and credentials', cwes: [321, 798, 259] },
  { id: 'algorithm', label: 'Algorithms and hashing', cwes: [327, 328, 916] },
  { id: 'randomness', label: 'Randomness', cwes: [330, 338] },
  { id: 'logging', label: 'Logging of secrets', cwes: [312, 532, 359] },
  { id: 'errors', label: 'Error handling', cwes: [252, 754] },
];
const OTHER = { id: 'other', label: 'Other', cwes: [] as number[] };

export function familiesOf(cwes: number[]): string[] {
  const out = FAMILIES.filter((f) => f.cwes.some((c) => cwes.includes(c))).map((f) => f.id);
  return out.length ? out : [OTHER.id];
}

/** The family a finding is counted under: that of its first CWE that has one (CWE lists lead with the main weakness). */
export function primaryFamily(cwes: number[]): string {
  for (const c of cwes) {
    const f = FAMILIES.find((x) => x.cwes.includes(c));
    if (f) return f.id;
  }
  return OTHER.id;
}

export function familyLabel(id: string): string {
  return (FAMILIES.find((f) => f.id === id) ?? OTHER).label;
}

function cwesFromTags(tags: unknown): number[] {
  if (!Array.isArray(tags)) return [];
  return tags.map((t) => /cwe[-/](\d+)$/i.exec(String(t))?.[1]).filter((x): x is string => !!x).map(Number);
}

/** Repository-relative path from a SARIF URI (relative, `%SRCROOT%`-based, or file: under the root). */
function relativeUri(uri: string, rootUri?: string): string {
  let u = uri;
  if (rootUri && u.startsWith(rootUri)) u = u.slice(rootUri.length);
  u = u.replace(/^file:\/\//, '').replace(/^\.\//, '');
  try {
    return decodeURIComponent(u);
  } catch {
    return u;
  }
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Results of every run in a SARIF log whose tool is CodeQL. */
export function codeqlFindingsFromSarif(log: unknown, rootUri?: string): ExternalFinding[] {
  const out: ExternalFinding[] = [];
  for (const run of ((log as Json)?.runs ?? []) as Json[]) {
    if (!/^codeql$/i.test(String(run?.tool?.driver?.name ?? ''))) continue;
    // Rules live on the driver, or (for query packs) on tool.extensions[].
    const components: Json[] = [run.tool.driver, ...((run.tool.extensions ?? []) as Json[])];
    const ruleById = new Map<string, Json>();
    for (const c of components) for (const r of (c?.rules ?? []) as Json[]) if (r?.id) ruleById.set(r.id, r);
    for (const res of (run.results ?? []) as Json[]) {
      let rule: Json | undefined;
      const ref = res.rule;
      if (ref?.toolComponent?.index !== undefined && ref.index !== undefined) rule = components[ref.toolComponent.index + 1]?.rules?.[ref.index];
      else if (res.ruleIndex !== undefined) rule = run.tool.driver.rules?.[res.ruleIndex];
      const ruleId: string = res.ruleId ?? ref?.id ?? rule?.id ?? '';
      rule ??= ruleById.get(ruleId);
      const loc = res.locations?.[0]?.physicalLocation;
      if (!loc?.artifactLocation?.uri) continue;
      const startLine = Number(loc.region?.startLine ?? 1);
      const tags = [...(rule?.properties?.tags ?? []), ...(res.properties?.tags ?? [])];
      const cwes = cwesFromTags(tags);
      out.push({
        ruleId,
        file: relativeUri(loc.artifactLocation.uri, rootUri),
        startLine,
        endLine: Number(loc.region?.endLine ?? startLine),
        cwes: cwes.length ? cwes : (CODEQL_RUST_RULES[ruleId] ?? []),
        message: String(res.message?.text ?? ''),
        state: res.suppressions?.length ? 'dismissed' : 'open',
      });
    }
  }
  return out;
}

/** Code scanning alerts (GET /repos/{owner}/{repo}/code-scanning/alerts): open and dismissed ones. */
export function codeqlFindingsFromAlerts(alerts: unknown[]): ExternalFinding[] {
  const out: ExternalFinding[] = [];
  for (const a of alerts as Json[]) {
    if (a.state !== 'open' && a.state !== 'dismissed') continue;
    const loc = a.most_recent_instance?.location;
    if (!loc?.path) continue;
    const ruleId: string = a.rule?.id ?? '';
    const cwes = cwesFromTags(a.rule?.tags);
    out.push({
      ruleId,
      file: loc.path,
      startLine: Number(loc.start_line ?? 1),
      endLine: Number(loc.end_line ?? loc.start_line ?? 1),
      cwes: cwes.length ? cwes : (CODEQL_RUST_RULES[ruleId] ?? []),
      message: String(a.most_recent_instance?.message?.text ?? a.rule?.description ?? ''),
      state: a.state,
      dismissedReason: a.dismissed_reason ?? null,
      url: a.html_url,
    });
  }
  return out;
}

export interface FamilyCounts {
  both: number;
  gateOnly: number;
  codeqlOnly: number;
}

export interface Comparison {
  /** For each of our findings (same order), the CodeQL rule it matched, or undefined. */
  matchedRule: (string | undefined)[];
  codeqlOnly: ExternalFinding[];
  byFamily: Map<string, FamilyCounts>;
  totals: FamilyCounts;
}

/** Whether two findings are the same problem: same file, lines within `tolerance`, CWE families that meet. */
export function sameProblem(f: Finding, c: ExternalFinding, tolerance: number): boolean {
  if (f.file !== c.file) return false;
  if (f.region.startLine > c.endLine + tolerance || c.startLine > f.region.endLine + tolerance) return false;
  const ours = familiesOf(f.cwe);
  return familiesOf(c.cwes).some((x) => x !== 'other' && ours.includes(x));
}

/** Compiler findings have no CodeQL counterpart and suppressed ones are not claims; neither is compared. */
export function comparable(f: Finding): boolean {
  return !f.ruleId.startsWith('build/') && !f.suppression;
}

export function compareWithCodeql(findings: Finding[], codeql: ExternalFinding[], tolerance = 2): Comparison {
  const byFamily = new Map<string, FamilyCounts>();
  const bump = (family: string, key: keyof FamilyCounts) => {
    const c = byFamily.get(family) ?? { both: 0, gateOnly: 0, codeqlOnly: 0 };
    c[key]++;
    byFamily.set(family, c);
  };
  const codeqlMatched = new Set<ExternalFinding>();
  const matchedRule = findings.map((f) => {
    if (!comparable(f)) return undefined;
    const hit = codeql.find((c) => sameProblem(f, c, tolerance));
    bump(primaryFamily(f.cwe), hit ? 'both' : 'gateOnly');
    if (hit) for (const c of codeql) if (sameProblem(f, c, tolerance)) codeqlMatched.add(c);
    return hit?.ruleId;
  });
  const codeqlOnly = codeql.filter((c) => !codeqlMatched.has(c));
  for (const c of codeqlOnly) bump(primaryFamily(c.cwes), 'codeqlOnly');
  const totals = { both: 0, gateOnly: 0, codeqlOnly: 0 };
  for (const c of byFamily.values()) {
    totals.both += c.both;
    totals.gateOnly += c.gateOnly;
    totals.codeqlOnly += c.codeqlOnly;
  }
  return { matchedRule, codeqlOnly, byFamily, totals };
}
