import { SEVERITIES, type Severity } from '../finding.ts';
import { escapeMarkdown, inlineMessage } from './markdown.ts';

// The job summary of a merged (sharded) scan, read from its SARIF log: counts per severity and
// rule, then the findings, most severe first. Pure; every text from the scanned code is escaped.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function renderSarifSummary(log: Json, options: { shards?: number; maxRows?: number } = {}): string {
  const run = log.runs[0];
  const all: Json[] = run.results ?? [];
  const active = all.filter((r) => !r.suppressions?.length);
  const severityOf = (r: Json): Severity => (SEVERITIES.includes(r.properties?.severity) ? r.properties.severity : r.level === 'error' ? 'high' : r.level === 'warning' ? 'medium' : 'low');
  const out: string[] = [`## rust-crypto-gate: ${active.length} finding${active.length === 1 ? '' : 's'}${options.shards ? ` (${options.shards} shard${options.shards === 1 ? '' : 's'} merged)` : ''}`, ''];
  out.push(`| ${SEVERITIES.join(' | ')} | suppressed |`, `| ${SEVERITIES.map(() => '---:').join(' | ')} | ---: |`);
  out.push(`| ${SEVERITIES.map((s) => active.filter((r) => severityOf(r) === s).length).join(' | ')} | ${all.length - active.length} |`);
  const rules = [...new Set(active.map((r) => String(r.ruleId)))].sort();
  if (rules.length) {
    out.push('', '| rule | findings |', '| --- | ---: |');
    for (const id of rules) out.push(`| \`${escapeMarkdown(id).replace(/`/g, '')}\` | ${active.filter((r) => r.ruleId === id).length} |`);
  }
  const max = options.maxRows ?? 50;
  const sorted = [...active].sort((a, b) => SEVERITIES.indexOf(severityOf(a)) - SEVERITIES.indexOf(severityOf(b)));
  if (sorted.length) {
    out.push('', '| severity | rule | where | message |', '| --- | --- | --- | --- |');
    for (const r of sorted.slice(0, max)) {
      const loc = r.locations?.[0]?.physicalLocation;
      let file = String(loc?.artifactLocation?.uri ?? '');
      try {
        file = decodeURI(file);
      } catch {
        // as written
      }
      const text = String(r.message?.text ?? '').replace(/ See: .*$/, '');
      out.push(`| ${severityOf(r)} | \`${escapeMarkdown(String(r.ruleId)).replace(/`/g, '')}\` | ${escapeMarkdown(`${file}:${loc?.region?.startLine ?? 1}`)} | ${inlineMessage(text.length > 300 ? `${text.slice(0, 297)}…` : text)} |`);
    }
    if (sorted.length > max) out.push('', `_${sorted.length - max} more in the SARIF file and in code scanning._`);
  }
  const notes: Json[] = run.invocations?.[0]?.toolExecutionNotifications ?? [];
  if (notes.length) out.push('', `${notes.length} file${notes.length === 1 ? '' : 's'} could not be fully analyzed (see the SARIF log's notifications).`);
  return `${out.join('\n')}\n`;
}
