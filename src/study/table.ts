import { escapeMarkdown } from '../report/markdown.ts';
import { SEVERITIES, type Severity, atLeast } from '../finding.ts';
import { type SampleResult, isVulnerable } from './study.ts';
import { type TestResult, formatP, independenceTest } from './stats.ts';

// The study's numbers and their renderings (Markdown, CSV, SVG). Pure.

export interface GroupRow {
  group: string;
  samples: number;
  /** Samples cargo could judge (compiled, or failed with compiler errors). */
  built: number;
  compiled: number;
  hallucination: number;
  /** Failed only because a crypto API that exists was not imported (a trait not in scope). */
  missingImport: number;
  compileError: number;
  notBuilt: number;
  bad: number;
  /** Compiled samples whose highest finding is at or above the threshold: the research-compatible count. */
  vulnerable: number;
  /** Compiled samples with a crypto-weakness finding at or above the threshold (no robustness-only findings, no test code). */
  weakness: number;
  /** Per rule: compiled samples with a finding of it at or above the threshold (any / crypto-weakness ones). */
  byRule: Record<string, { vulnerable: number; weakness: number }>;
  /** Compiled samples by the severity of their highest finding. */
  bySeverity: Record<Severity, number>;
  codeqlSamples: number;
  codeqlDetected: number;
}

export interface StudyTable {
  threshold: Severity;
  groups: GroupRow[];
  overall: GroupRow;
  /** Per rule: samples with at least one finding (all samples / compiled ones), and findings. */
  perRule: { rule: string; samples: number; compiledSamples: number; findings: number }[];
  errorCodes: { code: string; count: number; samples: number }[];
  compileTest?: TestResult;
  vulnerabilityTest?: TestResult;
  weaknessTest?: TestResult;
}

/** Rules whose findings are robustness-only (a panic on bad input), entirely or in part. */
export const ROBUSTNESS_RULES: Record<string, string> = {
  'unchecked-slice-length': 'slicing a nonce or tag off unchecked input',
  'unchecked-result': '`unwrap`/`expect` on a decryption result (an ignored result stays a weakness)',
};

function row(group: string, samples: SampleResult[], threshold: Severity, rules: string[]): GroupRow {
  const compiled = samples.filter((s) => s.status === 'compiled');
  const at = (s: Severity | undefined) => !!s && atLeast(s, threshold);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, compiled.filter((c) => c.highest === s).length])) as Record<Severity, number>;
  const withCodeql = samples.filter((s) => s.codeql);
  return {
    group,
    samples: samples.length,
    built: samples.filter((s) => s.status === 'compiled' || s.status === 'hallucination' || s.status === 'missing-import' || s.status === 'compile-error').length,
    compiled: compiled.length,
    hallucination: samples.filter((s) => s.status === 'hallucination').length,
    missingImport: samples.filter((s) => s.status === 'missing-import').length,
    compileError: samples.filter((s) => s.status === 'compile-error').length,
    notBuilt: samples.filter((s) => s.status === 'not-built').length,
    bad: samples.filter((s) => s.status === 'bad-sample').length,
    vulnerable: compiled.filter((s) => isVulnerable(s, threshold)).length,
    weakness: compiled.filter((s) => at(s.weakness)).length,
    byRule: Object.fromEntries(rules.map((r) => [r, { vulnerable: compiled.filter((s) => at(s.ruleHighest?.[r])).length, weakness: compiled.filter((s) => at(s.weaknessHighest?.[r])).length }])),
    bySeverity,
    codeqlSamples: withCodeql.length,
    codeqlDetected: withCodeql.filter((s) => (s.codeql?.results ?? 0) > 0).length,
  };
}

export function studyTable(results: SampleResult[], threshold: Severity = 'medium'): StudyTable {
  const groupNames = [...new Set(results.map((r) => r.group))].sort();
  const rules = [...new Set(results.flatMap((r) => Object.keys(r.rules)))].sort();
  const groups = groupNames.map((g) => row(g, results.filter((r) => r.group === g), threshold, rules));
  const perRule = rules.map((rule) => ({
    rule,
    samples: results.filter((r) => r.rules[rule]).length,
    compiledSamples: results.filter((r) => r.status === 'compiled' && r.rules[rule]).length,
    findings: results.reduce((a, r) => a + (r.rules[rule] ?? 0), 0),
  }));
  const codes = [...new Set(results.flatMap((r) => Object.keys(r.errorCodes)))].sort();
  const errorCodes = codes
    .map((code) => ({ code, count: results.reduce((a, r) => a + (r.errorCodes[code] ?? 0), 0), samples: results.filter((r) => r.errorCodes[code]).length }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const table: StudyTable = { threshold, groups, overall: row('all', results, threshold, rules), perRule, errorCodes };
  if (groups.length > 1) {
    table.compileTest = independenceTest(groups.map((g) => [g.compiled, g.built - g.compiled]));
    table.vulnerabilityTest = independenceTest(groups.map((g) => [g.vulnerable, g.compiled - g.vulnerable]));
    table.weaknessTest = independenceTest(groups.map((g) => [g.weakness, g.compiled - g.weakness]));
  }
  return table;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');

export function renderStudyMarkdown(t: StudyTable): string {
  const out: string[] = ['# rust-crypto-gate study', ''];
  const o = t.overall;
  out.push(
    `**Any finding at ${t.threshold}+ (research-compatible, as the paper counted):** ${o.vulnerable} of ${o.compiled} compiled samples (${pct(o.vulnerable, o.compiled)}). ` +
      `**Crypto weakness at ${t.threshold}+ (robustness-only findings and test code left out):** ${o.weakness} of ${o.compiled} (${pct(o.weakness, o.compiled)}).`,
    '',
  );
  out.push(`| Group | Samples | Compiled | API hallucination | Missing import | Other compile error | Any finding ${t.threshold}+ (research-compatible) | Crypto weakness ${t.threshold}+ | Critical | High | Medium | Low | CodeQL detected |`);
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const line = (g: GroupRow, bold = false) => {
    const b = (s: string) => (bold ? `**${s}**` : s);
    const sev = SEVERITIES.map((s) => b(`${g.bySeverity[s]} (${pct(g.bySeverity[s], g.compiled)})`));
    const cq = g.codeqlSamples ? `${g.codeqlDetected}/${g.codeqlSamples} (${pct(g.codeqlDetected, g.codeqlSamples)})` : '–';
    return `| ${b(escapeMarkdown(g.group))} | ${b(String(g.samples))} | ${b(`${g.compiled} (${pct(g.compiled, g.built)})`)} | ${b(`${g.hallucination} (${pct(g.hallucination, g.built)})`)} | ${b(`${g.missingImport} (${pct(g.missingImport, g.built)})`)} | ${b(`${g.compileError} (${pct(g.compileError, g.built)})`)} | ${b(`${g.vulnerable} (${pct(g.vulnerable, g.compiled)})`)} | ${b(`${g.weakness} (${pct(g.weakness, g.compiled)})`)} | ${sev.join(' | ')} | ${b(cq)} |`;
  };
  for (const g of t.groups) if (t.groups.length > 1) out.push(line(g));
  out.push(line(t.overall, t.groups.length > 1));
  out.push('');
  out.push('Compiled, hallucination, missing-import and compile-error shares are of the samples cargo could judge; the other shares and the severities (the highest finding per sample) are of the compiled samples.');
  out.push(
    'API hallucination: a crypto method, type or path that exists nowhere in what the build resolved. Missing import: the build failed only because a crypto API that exists was not imported (rustc names the trait or item to `use`). ' +
      `Crypto weakness: findings other than the robustness-only ones (${Object.entries(ROBUSTNESS_RULES).map(([r, what]) => `\`${r}\`: ${what}`).join('; ')}), outside test code (\`tests/\`, \`examples/\`, \`benches/\`; test code in \`src/\` is reported at low).`,
  );
  const skipped = t.overall.notBuilt + t.overall.bad;
  if (skipped) out.push(`${skipped} sample${skipped === 1 ? '' : 's'} could not be judged (${t.overall.bad} without a Cargo.toml, ${t.overall.notBuilt} not built); see the JSON for reasons.`);
  if (t.compileTest) out.push('', `Compile rate across groups: ${describeTest(t.compileTest)}.`);
  if (t.vulnerabilityTest) out.push(`Research-compatible share (of compiled) across groups: ${describeTest(t.vulnerabilityTest)}.`);
  if (t.weaknessTest) out.push(`Crypto-weakness share (of compiled) across groups: ${describeTest(t.weaknessTest)}.`);
  const rules = t.perRule.map((r) => r.rule);
  if (rules.length) {
    out.push('', `## What the shares count, per rule`, '', `Compiled samples with a finding of the rule at ${t.threshold}+: counted in the research-compatible share / in the crypto-weakness share.`, '');
    out.push(`| Group | ${rules.map((r) => `\`${r}\`${ROBUSTNESS_RULES[r] ? ' †' : ''}`).join(' | ')} |`, `| --- | ${rules.map(() => '---:').join(' | ')} |`);
    const ruleLine = (g: GroupRow) => `| ${escapeMarkdown(g.group)} | ${rules.map((r) => `${g.byRule[r]?.vulnerable ?? 0} / ${g.byRule[r]?.weakness ?? 0}`).join(' | ')} |`;
    for (const g of t.groups) if (t.groups.length > 1) out.push(ruleLine(g));
    out.push(ruleLine(t.overall));
    out.push('', '† robustness-only findings (all or some of the rule\'s), not counted as crypto weaknesses.');
  }
  out.push('', '## Findings per rule', '', '| Rule | Samples | Compiled samples | Findings |', '| --- | ---: | ---: | ---: |');
  for (const r of t.perRule) out.push(`| \`${r.rule}\` | ${r.samples} | ${r.compiledSamples} | ${r.findings} |`);
  if (t.errorCodes.length) {
    out.push('', '## Compiler error codes', '', '| Code | Errors | Samples |', '| --- | ---: | ---: |');
    for (const e of t.errorCodes) out.push(`| ${e.code} | ${e.count} | ${e.samples} |`);
  }
  return `${out.join('\n')}\n`;
}

function describeTest(r: TestResult): string {
  const stat = r.statistic !== undefined ? `χ² = ${r.statistic.toFixed(2)}, df = ${r.df}, ` : '';
  return `${r.method}, ${stat}${formatP(r.pValue)}${r.note ? ` (${r.note})` : ''}`;
}

export function renderStudyCsv(results: SampleResult[], rules: string[]): string {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const head = ['sample', 'group', 'status', 'reason', 'highest', 'weakness', 'error_codes', 'codeql_results', 'codeql_matched', ...rules];
  const lines = [head.join(',')];
  for (const r of results) {
    const codes = Object.entries(r.errorCodes).map(([c, n]) => `${c}:${n}`).join(' ');
    lines.push([r.name, r.group, r.status, r.reason ?? '', r.highest ?? '', r.weakness ?? '', codes, String(r.codeql?.results ?? ''), String(r.codeql?.matched ?? ''), ...rules.map((x) => String(r.rules[x] ?? 0))].map(esc).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A bar chart of the vulnerable share (of compiled samples) per group, stacked by highest severity. */
export function renderStudySvg(t: StudyTable): string {
  const rows = t.groups.length > 1 ? t.groups : [t.overall];
  const colors: Record<Severity, string> = { critical: '#b91c1c', high: '#ea580c', medium: '#ca8a04', low: '#9ca3af' };
  const barW = 56;
  const gap = 36;
  const h = 240;
  const left = 56;
  const top = 40;
  const legend = 250;
  const width = Math.max(640, left + rows.length * (barW + gap) + legend);
  const height = top + h + 70;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  parts.push(`<text x="${left}" y="20" font-size="14" font-weight="bold">Compiled samples with any finding at ${t.threshold}+ (research-compatible)</text>`);
  for (const p of [0, 25, 50, 75, 100]) {
    const y = top + h - (h * p) / 100;
    parts.push(`<line x1="${left}" y1="${y}" x2="${width - legend}" y2="${y}" stroke="#e5e7eb"/><text x="${left - 8}" y="${y + 4}" text-anchor="end">${p}%</text>`);
  }
  rows.forEach((g, i) => {
    const x = left + gap / 2 + i * (barW + gap);
    let y = top + h;
    for (const s of SEVERITIES) {
      if (!atLeast(s, t.threshold)) continue;
      const share = g.compiled ? g.bySeverity[s] / g.compiled : 0;
      const bh = h * share;
      y -= bh;
      if (bh > 0) parts.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${barW}" height="${bh.toFixed(1)}" fill="${colors[s]}"><title>${esc(g.group)}: ${g.bySeverity[s]} of ${g.compiled} ${s}</title></rect>`);
    }
    const share = g.compiled ? (100 * g.vulnerable) / g.compiled : 0;
    parts.push(`<text x="${x + barW / 2}" y="${(y - 6).toFixed(1)}" text-anchor="middle" font-weight="bold">${share.toFixed(0)}%</text>`);
    // The crypto-weakness share (no robustness-only findings, no test code): a dashed line across the bar.
    const wy = top + h - h * (g.compiled ? g.weakness / g.compiled : 0);
    parts.push(`<line x1="${x - 4}" y1="${wy.toFixed(1)}" x2="${x + barW + 4}" y2="${wy.toFixed(1)}" stroke="#111827" stroke-width="2" stroke-dasharray="4 2"><title>${esc(g.group)}: ${g.weakness} of ${g.compiled} with a crypto weakness</title></line>`);
    parts.push(`<text x="${x + barW / 2}" y="${top + h + 18}" text-anchor="middle">${esc(g.group)}</text>`);
    parts.push(`<text x="${x + barW / 2}" y="${top + h + 34}" text-anchor="middle" fill="#6b7280">n=${g.compiled}/${g.samples}</text>`);
  });
  SEVERITIES.filter((s) => atLeast(s, t.threshold)).forEach((s, i) => {
    const y = top + 10 + i * 20;
    parts.push(`<rect x="${width - legend + 20}" y="${y - 10}" width="12" height="12" fill="${colors[s]}"/><text x="${width - legend + 38}" y="${y}">${s}</text>`);
  });
  const ly = top + 10 + SEVERITIES.filter((s) => atLeast(s, t.threshold)).length * 20;
  parts.push(`<line x1="${width - legend + 18}" y1="${ly - 4}" x2="${width - legend + 34}" y2="${ly - 4}" stroke="#111827" stroke-width="2" stroke-dasharray="4 2"/><text x="${width - legend + 38}" y="${ly}">crypto weakness (no robustness-only,</text><text x="${width - legend + 38}" y="${ly + 14}">no test code)</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
