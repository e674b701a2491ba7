import { type Finding, type Note, SEVERITIES } from '../finding.ts';

// rustc-style diagnostics for the terminal: path:line:col, severity, rule id, the line, a caret.

export function renderFinding(f: Finding): string {
  const lineNo = String(f.region.startLine);
  const pad = ' '.repeat(lineNo.length);
  const line = f.lineText.replace(/\t/g, ' ');
  const start = Math.max(0, f.region.startColumn - 1);
  const end = f.region.endLine === f.region.startLine ? Math.max(start + 1, f.region.endColumn - 1) : Math.max(start + 1, line.trimEnd().length);
  const out = [
    `${f.severity}[${f.ruleId}]: ${f.message}`,
    `${pad}--> ${f.file}:${f.region.startLine}:${f.region.startColumn}`,
    `${pad} |`,
    `${lineNo} | ${line}`,
    `${pad} | ${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))}`,
  ];
  for (const r of f.related) out.push(`${pad} = note: ${r.message}: ${r.file}:${r.region.startLine}:${r.region.startColumn}`);
  if (f.flow && f.flow.length >= 2) {
    out.push(`${pad} = path:`);
    f.flow.forEach((s, i) => out.push(`${pad}     ${i + 1}. ${s.file}:${s.region.startLine}:${s.region.startColumn} ${s.message}`));
  }
  if (f.fix) {
    out.push(`${pad} = fix: ${f.fix.description}`);
    for (const l of f.fix.lines.before.split('\n')) out.push(`${pad} - ${l.replace(/\t/g, ' ')}`);
    for (const l of f.fix.lines.text.split('\n')) out.push(`${pad} + ${l.replace(/\t/g, ' ')}`);
  }
  if (f.suppression) out.push(`${pad} = suppressed: ${f.suppression.justification}`);
  return out.join('\n');
}

export function renderNote(n: Note): string {
  return `${n.level}: ${n.file ? `${n.file}${n.line ? `:${n.line}` : ''}: ` : ''}${n.message}`;
}

export function summaryLine(findings: Finding[], filesScanned: number): string {
  const active = findings.filter((f) => !f.suppression);
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const suppressed = findings.length - active.length;
  const files = `${filesScanned} file${filesScanned === 1 ? '' : 's'}`;
  if (active.length === 0) return `no findings in ${files}${suppressed ? ` (${suppressed} suppressed)` : ''}`;
  return `${active.length} finding${active.length === 1 ? '' : 's'} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')}) in ${files}${suppressed ? `; ${suppressed} suppressed` : ''}`;
}

export function renderText(findings: Finding[], filesScanned: number): string {
  const parts = findings.filter((f) => !f.suppression).map(renderFinding);
  parts.push(summaryLine(findings, filesScanned));
  return `${parts.join('\n\n')}\n`;
}
