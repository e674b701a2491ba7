import { type Comparison, type ExternalFinding, FAMILIES, familyLabel } from '../compare/codeql.ts';
import { type Finding, type Note, severityRank } from '../finding.ts';
import type { BuildStatus, Verdict } from '../gate.ts';
import type { AlgorithmChange, InventoryChange } from '../inventory/diff.ts';

// The PR comment and the job summary, as Markdown. Pure. Every piece of text that comes from the
// pull request (paths, code, compiler messages) goes through escapeMarkdown / inlineMessage.

export const COMMENT_MARKER = '<!-- rust-crypto-gate:summary -->';
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface BuildReport {
  status: BuildStatus;
  /** One sentence: what ran, or why nothing ran. */
  detail: string;
}

export type CodeqlReport =
  | { available: true; source: string; comparison: Comparison; tolerance: number }
  | { available: false; reason: string };

export interface ReportInput {
  verdict: Verdict;
  failOn: string;
  build: BuildReport;
  findings: Finding[];
  notes: Note[];
  /** For links to the flagged lines at the head commit. */
  repoUrl?: string;
  headSha?: string;
  /** The line at `headSha` of a finding (the checkout may be a merge commit numbered differently). */
  linkLine?: (f: Finding) => number;
  runUrl?: string;
  /** Lines such as "GitHub lists at most 3000 files…", "inline comments could not be posted…". */
  remarks: string[];
  /** The CodeQL comparison, or why there is none. */
  codeql?: CodeqlReport;
  annotationsOmitted?: number;
  /** Algorithms the change adds to the changed files or removes from them (the crypto inventory); shown only when there are some. */
  cryptoChange?: InventoryChange;
}

// Mid-line, only these characters can start markup; with newlines folded, block syntax cannot start.
const MD_SPECIAL = /[\\`*_[\]<>&|@~]/g;

/** Text that renders as itself: no links, no mentions, no HTML, no table breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(MD_SPECIAL, (c) => {
      if (c === '<') return '&lt;';
      if (c === '>') return '&gt;';
      if (c === '&') return '&amp;';
      if (c === '@') return '&#64;';
      return `\\${c}`;
    })
    // GitHub turns bare URLs and www. names into links.
    .replace(/:\/\//g, ':&#47;&#47;')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#46;`);
}

/** Our messages quote code between backticks; render those parts as <code>, all of it escaped. */
export function inlineMessage(message: string): string {
  return message
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeMarkdown(part)}</code>` : escapeMarkdown(part)))
    .join('');
}

function lineLink(f: Finding, input: ReportInput): string {
  const start = input.linkLine ? input.linkLine(f) : f.region.startLine;
  const label = escapeMarkdown(`${f.file}:${start}`);
  if (!input.repoUrl || !input.headSha) return label;
  const path = f.file.split('/').map(encodeURIComponent).join('/');
  const end = start + (f.region.endLine - f.region.startLine);
  const lines = end > start ? `L${start}-L${end}` : `L${start}`;
  return `[${label}](${input.repoUrl}/blob/${input.headSha}/${path}#${lines})`;
}

const ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '⬜' };

function codeqlCell(f: Finding, input: ReportInput): string {
  if (!input.codeql?.available) return '';
  const i = input.findings.indexOf(f);
  const rule = input.codeql.comparison.matchedRule[i];
  return ` ${rule ? `✔ \`${escapeMarkdown(rule)}\`` : '—'} |`;
}

function row(f: Finding, input: ReportInput): string {
  const path = f.flow && f.flow.length >= 2 ? `<br><sub>Path: ${f.flow.map((s) => `${escapeMarkdown(`${s.file}:${s.region.startLine}`)} ${inlineMessage(s.message)}`).join(' → ')}</sub>` : '';
  const fix = f.fix ? `<br><sub>Automatic fix: ${inlineMessage(f.fix.description)}</sub>` : '';
  return `| ${ICON[f.severity]} ${f.severity} | \`${f.ruleId}\` | ${lineLink(f, input)} | ${inlineMessage(f.message)}${path}${fix} |${codeqlCell(f, input)}`;
}

function tableHead(input: ReportInput): string {
  return input.codeql?.available
    ? '| Severity | Rule | Location | Finding | CodeQL |\n| --- | --- | --- | --- | --- |'
    : '| Severity | Rule | Location | Finding |\n| --- | --- | --- | --- |';
}

/** Renders a table, cutting rows (with a note) so the whole stays under `budget` characters. */
function table(findings: Finding[], input: ReportInput, budget: number): string {
  const head = tableHead(input);
  const lines = [head];
  let used = head.length;
  let shown = 0;
  for (const f of findings) {
    const r = row(f, input);
    if (used + r.length + 200 > budget) break;
    lines.push(r);
    used += r.length + 1;
    shown++;
  }
  if (shown < findings.length) lines.push(`\n_${findings.length - shown} more not shown here (GitHub's size limit); every finding is in the SARIF file and in code scanning._`);
  return lines.join('\n');
}

function sortFindings(list: Finding[]): Finding[] {
  return [...list].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.file.localeCompare(b.file) || a.region.startLine - b.region.startLine);
}

/** The PR comment (with its hidden marker) or the job summary (without). Never over `limit`. */
export function renderReport(input: ReportInput, options: { forComment: boolean; limit?: number }): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const active = input.findings.filter((f) => !f.suppression);
  const fresh = sortFindings(active.filter((f) => f.isNew));
  const old = sortFindings(active.filter((f) => !f.isNew));
  const suppressed = input.findings.length - active.length;
  const v = input.verdict;
  const head: string[] = [];
  if (options.forComment) head.push(COMMENT_MARKER);
  head.push(`## ${v.fail ? '❌' : '✅'} rust-crypto-gate: ${v.fail ? 'merge blocked' : 'passed'}`);
  head.push('');
  head.push(v.fail ? `Failing because ${v.reasons.join(' and ')}.` : `No new finding at or above \`${input.failOn}\`${input.build.status === 'failed' ? ' (the build failed, but `fail-on-build-error` is off)' : ''}.`);
  head.push('');
  head.push(`**Build:** ${input.build.status} — ${inlineMessage(input.build.detail)}`);
  head.push(`**Findings:** ${fresh.length} new, ${old.length} pre-existing in changed files${suppressed ? `, ${suppressed} suppressed` : ''}.`);
  for (const r of input.remarks) head.push(`\n> ${inlineMessage(r)}`);
  const tail: string[] = [];
  if (input.cryptoChange && (input.cryptoChange.added.length || input.cryptoChange.removed.length)) tail.push(renderCryptoChange(input.cryptoChange, input));
  tail.push('\n### Compared with CodeQL\n');
  tail.push(renderCodeql(input));
  if (input.notes.length) {
    tail.push(`\n<details><summary>${input.notes.length} file${input.notes.length === 1 ? '' : 's'} could not be fully analyzed</summary>\n`);
    for (const n of input.notes.slice(0, 50)) tail.push(`- ${n.file ? `${escapeMarkdown(n.file)}: ` : ''}${inlineMessage(n.message)}`);
    if (input.notes.length > 50) tail.push(`- … and ${input.notes.length - 50} more`);
    tail.push('\n</details>');
  }
  if (input.annotationsOmitted) tail.push(`\n_${input.annotationsOmitted} new findings were not annotated in the diff (GitHub shows 10 annotations per type); they are listed above._`);
  if (input.runUrl) tail.push(`\n<sub>[Workflow run](${input.runUrl}) · suppress a finding with \`// rust-crypto-gate: ignore[rule-id] reason\`</sub>`);

  const fixed = head.join('\n').length + tail.join('\n').length + 400;
  const budget = Math.max(1000, limit - fixed);
  const body: string[] = [];
  if (fresh.length) {
    body.push('\n### New findings\n');
    body.push(table(fresh, input, old.length ? Math.floor(budget * 0.75) : budget));
  }
  if (old.length) {
    const used = body.join('\n').length;
    body.push(`\n<details><summary>${old.length} pre-existing finding${old.length === 1 ? '' : 's'} in changed files (do not fail the check)</summary>\n`);
    body.push(table(old, input, Math.max(500, budget - used)));
    body.push('\n</details>');
  }
  let out = [...head, ...body, ...tail].join('\n');
  // Belt and braces: the verdict and the build status are at the top, so a hard cut keeps them.
  if (out.length > limit) out = `${out.slice(0, limit - 120)}\n\n_… truncated to fit GitHub's comment size limit._`;
  return out;
}

/** The "Cryptography this change adds or removes" section: one line per algorithm, quantum-vulnerable ones marked. */
export function renderCryptoChange(change: InventoryChange, input: Pick<ReportInput, 'repoUrl' | 'headSha'>, maxSites = 3): string {
  const out = ['\n### Cryptography this change adds or removes\n'];
  const where = (a: AlgorithmChange, linked: boolean) => {
    const sites = a.occurrences.slice(0, maxSites).map((o) => {
      const label = escapeMarkdown(`${o.file}:${o.line}`);
      if (!linked || !input.repoUrl || !input.headSha) return label;
      return `[${label}](${input.repoUrl}/blob/${input.headSha}/${o.file.split('/').map(encodeURIComponent).join('/')}#L${o.line})`;
    });
    return `${sites.join(', ')}${a.occurrences.length > maxSites ? ` and ${a.occurrences.length - maxSites} more` : ''}`;
  };
  const marks = (a: AlgorithmChange) =>
    [a.info.quantumVulnerable ? '⚠️ **quantum-vulnerable** (NIST IR 8547: deprecated 2030, disallowed 2035)' : '', a.info.weak ? `weak: ${escapeMarkdown(a.info.weak)}` : ''].filter(Boolean).join(' · ');
  for (const a of change.added) out.push(`- ➕ **${escapeMarkdown(a.name)}** (${a.info.primitive}) — ${where(a, true)}${marks(a) ? ` — ${marks(a)}` : ''}`);
  for (const a of change.removed) out.push(`- ➖ ${escapeMarkdown(a.name)} (${a.info.primitive}) — no longer used in the changed files (was at ${where(a, false)})${a.info.quantumVulnerable ? ' — quantum-vulnerable' : ''}`);
  out.push('\n<sub>From the crypto inventory (CBOM, the `cbom-file` output) of the changed files at the base and at the head.</sub>');
  return out.join('\n');
}

const CODEQL_HOWTO = `To compare, run CodeQL for Rust in the same workflow before this step and pass its SARIF:

\`\`\`yaml
      - uses: github/codeql-action/init@v3
        with: { languages: rust }
      - uses: github/codeql-action/analyze@v3
        with: { output: codeql-results }
      - uses: rust-crypto-gate/rust-crypto-gate@v0
        with: { codeql-sarif: codeql-results }
\`\`\``;

/** The "Compared with CodeQL" section: counts per CWE family, then what only CodeQL found. */
export function renderCodeql(input: ReportInput, maxRows = 30): string {
  const cq = input.codeql;
  if (!cq) return '_CodeQL results were not read in this run (\`codeql: off\`)._';
  if (!cq.available) return `_CodeQL results not available: ${inlineMessage(cq.reason)}_\n\n${CODEQL_HOWTO}`;
  const c = cq.comparison;
  const out = [`From ${inlineMessage(cq.source)}; two findings match when they are in the same file, within ${cq.tolerance} lines, and share a CWE family.`, ''];
  out.push('| CWE family | Both | Only rust-crypto-gate | Only CodeQL |', '| --- | --- | --- | --- |');
  for (const f of [...FAMILIES.map((x) => x.id), 'other']) {
    const n = c.byFamily.get(f);
    if (n) out.push(`| ${familyLabel(f)} | ${n.both} | ${n.gateOnly} | ${n.codeqlOnly} |`);
  }
  out.push(`| **Total** | **${c.totals.both}** | **${c.totals.gateOnly}** | **${c.totals.codeqlOnly}** |`);
  if (c.codeqlOnly.length) {
    out.push('', `<details><summary>${c.codeqlOnly.length} found only by CodeQL</summary>`, '', '| CodeQL rule | Location | State | Message |', '| --- | --- | --- | --- |');
    for (const x of c.codeqlOnly.slice(0, maxRows)) out.push(`| \`${escapeMarkdown(x.ruleId)}\` | ${externalLink(x, input)} | ${x.state ?? 'open'}${x.dismissedReason ? ` (${escapeMarkdown(x.dismissedReason)})` : ''} | ${escapeMarkdown(x.message.slice(0, 300))} |`);
    if (c.codeqlOnly.length > maxRows) out.push(`\n_… and ${c.codeqlOnly.length - maxRows} more._`);
    out.push('', '</details>');
  }
  return out.join('\n');
}

function externalLink(x: ExternalFinding, input: ReportInput): string {
  const label = escapeMarkdown(`${x.file}:${x.startLine}`);
  if (x.url && /^https:\/\//.test(x.url)) return `[${label}](${encodeURI(x.url)})`;
  if (!input.repoUrl || !input.headSha) return label;
  return `[${label}](${input.repoUrl}/blob/${input.headSha}/${x.file.split('/').map(encodeURIComponent).join('/')}#L${x.startLine})`;
}
