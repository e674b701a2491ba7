import { type Finding, type Severity, atLeast } from '../finding.ts';
import type { CorpusLabel } from './corpus.ts';

// Scores findings against hand labels (corpus/README.md): per rule and overall recall and
// precision, with every miss and every false alarm. Pure: findings and labels in, numbers out.

export interface ScoredFile {
  /** The file's path in the findings (`owner+name/path`). */
  file: string;
  labels: CorpusLabel[];
}

export interface Miss {
  file: string;
  line: number;
  rules: string[];
  severity: Severity;
  note: string;
  /** A finding of the right rule on the line, at too low a severity. */
  foundAt?: Severity;
}

export interface FalseAlarm {
  file: string;
  line: number;
  ruleId: string;
  severity: Severity;
  message: string;
  /** Why it counts against us: no label, a second finding for one label, or over-severity. */
  reason: 'no label' | 'duplicate' | 'label is below the threshold';
}

export interface RuleScore {
  rule: string;
  labels: number;
  found: number;
  missed: number;
  falseAlarms: number;
  recall: number | null;
  precision: number | null;
}

export interface Score {
  at: Severity;
  files: number;
  rules: RuleScore[];
  overall: RuleScore;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  /** Findings that met a debatable label: counted neither way. */
  debatable: number;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/**
 * Matches findings to labels: same file, the finding's region covers one of the label's lines, and its
 * rule is one of the label's. One label takes one finding; a second is a duplicate (one root cause,
 * one finding). Findings and labels below `at` are left out; a finding at or above `at` that only
 * meets a label below it counts as a false alarm (the tool is louder than a reviewer would be).
 */
export function scoreFindings(files: ScoredFile[], findings: Finding[], at: Severity): Score {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const misses: Miss[] = [];
  const falseAlarms: FalseAlarm[] = [];
  const tally = new Map<string, { labels: number; found: number; falseAlarms: number }>();
  const count = (rule: string) => {
    let t = tally.get(rule);
    if (!t) tally.set(rule, (t = { labels: 0, found: 0, falseAlarms: 0 }));
    return t;
  };
  let debatable = 0;
  for (const sf of files) {
    const fileFindings = (byFile.get(sf.file) ?? []).filter((f) => !f.suppression);
    const matches = (l: CorpusLabel, f: Finding) => l.rules.includes(f.ruleId) && l.lines.some((n) => f.region.startLine <= n && n <= f.region.endLine);
    const taken = new Set<CorpusLabel>();
    for (const f of fileFindings) {
      if (!atLeast(f.severity, at)) continue;
      const candidates = sf.labels.filter((l) => matches(l, f));
      if (candidates.some((l) => l.debatable)) {
        debatable++;
        continue;
      }
      const counted = candidates.filter((l) => atLeast(l.severity, at));
      const free = counted.find((l) => !taken.has(l));
      if (free) {
        taken.add(free);
        continue;
      }
      const reason: FalseAlarm['reason'] = counted.length ? 'duplicate' : candidates.length ? 'label is below the threshold' : 'no label';
      falseAlarms.push({ file: sf.file, line: f.region.startLine, ruleId: f.ruleId, severity: f.severity, message: f.message, reason });
      count(f.ruleId).falseAlarms++;
    }
    for (const l of sf.labels) {
      if (l.debatable || !atLeast(l.severity, at)) continue;
      const rule = l.rules[0];
      count(rule).labels++;
      if (taken.has(l)) {
        count(rule).found++;
        continue;
      }
      const low = fileFindings.find((f) => matches(l, f));
      misses.push({ file: sf.file, line: l.lines[0], rules: l.rules, severity: l.severity, note: l.note, ...(low ? { foundAt: low.severity } : {}) });
    }
  }
  const rules = [...tally.entries()]
    .map(([rule, t]): RuleScore => ({ rule, labels: t.labels, found: t.found, missed: t.labels - t.found, falseAlarms: t.falseAlarms, recall: ratio(t.found, t.labels), precision: ratio(t.found, t.found + t.falseAlarms) }))
    .sort((a, b) => a.rule.localeCompare(b.rule));
  const sum = (k: 'labels' | 'found' | 'falseAlarms') => rules.reduce((n, r) => n + r[k], 0);
  const overall: RuleScore = {
    rule: 'all',
    labels: sum('labels'),
    found: sum('found'),
    missed: sum('labels') - sum('found'),
    falseAlarms: sum('falseAlarms'),
    recall: ratio(sum('found'), sum('labels')),
    precision: ratio(sum('found'), sum('found') + sum('falseAlarms')),
  };
  const order = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file.localeCompare(b.file) || a.line - b.line;
  return { at, files: files.length, rules, overall, misses: misses.sort(order), falseAlarms: falseAlarms.sort(order), debatable };
}

const pct = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

/** The per-rule table, as Markdown (for the README and the terminal). */
export function renderScoreTable(score: Score): string {
  const rows = [...score.rules, score.overall].map((r) => {
    const cells = [r.rule === 'all' ? '**all**' : `\`${r.rule}\``, r.labels, r.found, r.missed, r.falseAlarms, pct(r.recall), pct(r.precision)];
    return `| ${cells.join(' | ')} |`;
  });
  return ['| rule | labels | found | missed | false alarms | recall | precision |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function renderScoreDetails(score: Score): string {
  const out: string[] = [];
  out.push(`Misses (${score.misses.length}):`);
  for (const m of score.misses) out.push(`  ${m.file}:${m.line} ${m.rules.join('|')} (${m.severity})${m.foundAt ? ` — found only at ${m.foundAt}` : ''}: ${m.note}`);
  out.push(`False alarms (${score.falseAlarms.length}):`);
  for (const f of score.falseAlarms) out.push(`  ${f.file}:${f.line} ${f.ruleId} (${f.severity}, ${f.reason}): ${f.message.split('. ')[0]}`);
  return out.join('\n');
}
