import type { Node, Query } from 'web-tree-sitter';
import { type Finding, type Note, type RelatedLocation, type Severity, compareFindings, severityRank } from '../finding.ts';
import type { RuleDef } from '../rules/catalog.ts';
import { CHECKS } from './checks/index.ts';
import { assignFingerprints } from './fingerprint.ts';
import { FileModel, MODEL_QUERY, type Span } from './model.ts';
import type { RustParser } from './parser.ts';
import { SourceText } from './source.ts';
import { type Suppression, parseSuppressions, suppressionFor } from './suppress.ts';
import { Values, escapeRe } from './values.ts';

export interface ReportOptions {
  severity?: Severity;
  related?: { at: Span; message: string }[];
  /**
   * The finding holds only if `name` is a constant defined elsewhere in the crate (a `const` in
   * another file). It is settled once every file has been read.
   */
  ifExternalConst?: { name: string };
}

/** What a check sees: one file's model and dataflow, and a way to report. */
export interface CheckContext {
  rule: RuleDef;
  model: FileModel;
  values: Values;
  report(at: Span, message: string, options?: ReportOptions): void;
}

export type Check = (ctx: CheckContext) => void;

export interface ExportedConst {
  name: string;
  file: string;
  region: Finding['region'];
  isConst: boolean;
}

interface PendingFinding {
  finding: Finding;
  name: string;
}

export interface FileAnalysis {
  file: string;
  findings: Finding[];
  pending: PendingFinding[];
  notes: Note[];
  consts: ExportedConst[];
  suppressions: Suppression[];
}

export const SUPPRESSION_RULE = 'suppression-without-reason';

/** Rules compiled against the grammar, ready to run on many files. */
export class Engine {
  readonly rules: RuleDef[];
  private readonly parser: RustParser;
  private readonly modelQuery: Query;
  private readonly patternQueries = new Map<RuleDef, Query[]>();
  /** Each rule's triggers as one regex; a trigger must start a word (`ring::` is not in `String::`). */
  private readonly triggers = new Map<RuleDef, RegExp>();

  constructor(parser: RustParser, rules: RuleDef[]) {
    this.parser = parser;
    this.rules = rules;
    this.modelQuery = parser.query(MODEL_QUERY);
    for (const rule of rules) {
      if (rule.triggers.length) this.triggers.set(rule, new RegExp(`(?<![A-Za-z0-9_])(?:${rule.triggers.map(escapeRe).join('|')})`));
      this.patternQueries.set(
        rule,
        rule.patterns.map((p, i) => {
          try {
            return parser.query(p.query);
          } catch (e) {
            throw new Error(`${rule.file}: patterns[${i}] is not a valid tree-sitter query: ${(e as Error).message}`);
          }
        }),
      );
    }
  }

  /** Analyzes one file. `path` is relative to the scanned root, with forward slashes. */
  analyze(path: string, text: string): FileAnalysis {
    const source = new SourceText(text);
    const out: FileAnalysis = { file: path, findings: [], pending: [], notes: [], consts: [], suppressions: [] };
    const active = this.rules.filter((r) => this.triggers.get(r)?.test(text) ?? true);
    out.suppressions = parseSuppressions((n) => source.line(n), source.lineCount, text);
    const tree = this.parser.parser.parse(text);
    if (!tree) {
      out.notes.push({ level: 'error', file: path, message: 'the parser returned no tree; file skipped' });
      return out;
    }
    try {
      if (tree.rootNode.hasError) out.notes.push(syntaxNote(path, tree.rootNode, source));
      // The model also tells test code apart, which every rule's severity depends on.
      const needsModel = active.length > 0 || /\bconst\b|\bstatic\b/.test(text);
      const model = needsModel ? new FileModel(path, source, tree, this.modelQuery) : undefined;
      const values = model ? new Values(model) : undefined;
      for (const rule of active) {
        const report = (at: Span, message: string, options: ReportOptions = {}) => {
          let severity = options.severity ?? rule.severity;
          if (rule.testSeverity && model?.inTestCode(at.start) && severityRank(rule.testSeverity) > severityRank(severity)) {
            severity = rule.testSeverity;
            message += ' (in test or example code, so reported at lower severity)';
          }
          const region = source.region(at.start, at.end);
          const finding: Finding = {
            ruleId: rule.id,
            severity,
            cwe: rule.cwe,
            file: path,
            region,
            message,
            related: (options.related ?? []).map((r): RelatedLocation => ({ file: path, region: source.region(r.at.start, r.at.end), message: r.message })),
            lineText: source.line(region.startLine),
            fingerprint: '',
          };
          if (options.ifExternalConst) out.pending.push({ finding, name: options.ifExternalConst.name });
          else out.findings.push(finding);
        };
        if (rule.check && model && values) CHECKS[rule.check]({ rule, model, values, report });
        this.runPatterns(rule, tree.rootNode, report);
      }
      if (model && values) {
        for (const [name, items] of model.items) {
          const item = items[0];
          out.consts.push({ name, file: path, region: source.region(item.start, item.end), isConst: values.resolve(item.value).kind === 'const' && !item.mutable });
        }
      }
      dedupe(out.findings);
    } finally {
      tree.delete();
    }
    return out;
  }

  private runPatterns(rule: RuleDef, root: Node, report: CheckContext['report']): void {
    const queries = this.patternQueries.get(rule) ?? [];
    queries.forEach((query, i) => {
      const pattern = rule.patterns[i];
      for (const match of query.matches(root)) {
        const at = match.captures.find((c) => c.name === 'finding')?.node ?? match.captures[0]?.node;
        if (!at) continue;
        const message = pattern.message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => match.captures.find((c) => c.name === name)?.node.text ?? name);
        report({ start: at.startIndex, end: at.endIndex }, message, { severity: pattern.severity });
      }
    });
  }
}

function syntaxNote(path: string, root: Node, source: SourceText): Note {
  const errors = root.descendantsOfType('ERROR');
  let first: Node | undefined = errors[0] ?? undefined;
  if (!first) {
    // A MISSING node (e.g. a `;` the parser had to invent) has no ERROR node around it.
    const cursor = root.walk();
    const visit = (): Node | undefined => {
      do {
        const n = cursor.currentNode;
        if (n.isMissing) return n;
        if (n.hasError && cursor.gotoFirstChild()) {
          const found = visit();
          if (found) return found;
          cursor.gotoParent();
        }
      } while (cursor.gotoNextSibling());
      return undefined;
    };
    first = visit();
    cursor.delete();
  }
  const line = first ? source.lineOf(first.startIndex) : 1;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return { level: 'warning', file: path, line, message: `syntax error at line ${line}${more}; analyzed the parts that parse` };
}

/** Two rules' checks may reach the same call twice (e.g. through two arguments); keep one. */
function dedupe(findings: Finding[]): void {
  const seen = new Set<string>();
  let w = 0;
  for (const f of findings) {
    const key = `${f.ruleId}:${f.region.startLine}:${f.region.startColumn}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings[w++] = f;
  }
  findings.length = w;
}

/**
 * Settles what needs the whole crate (constants defined in other files), applies suppressions,
 * reports reasonless suppressions, and assigns fingerprints. Deterministic order.
 */
export function finalize(analyses: FileAnalysis[], rules: RuleDef[]): Finding[] {
  const consts = new Map<string, ExportedConst>();
  for (const a of analyses) for (const c of a.consts) if (c.isConst && !consts.has(c.name)) consts.set(c.name, c);
  const suppressionRule = rules.find((r) => r.id === SUPPRESSION_RULE);
  const all: Finding[] = [];
  for (const a of analyses) {
    const findings = [...a.findings];
    for (const p of a.pending) {
      const c = consts.get(p.name);
      if (!c) continue;
      findings.push({ ...p.finding, related: [...p.finding.related, { file: c.file, region: c.region, message: `\`${p.name}\` is a constant defined here` }] });
    }
    for (const f of findings) {
      const s = suppressionFor(a.suppressions, f.ruleId, f.region.startLine);
      if (s) f.suppression = { justification: s.reason };
    }
    if (suppressionRule) {
      for (const s of a.suppressions) {
        if (s.reason) continue;
        findings.push({
          ruleId: suppressionRule.id,
          severity: suppressionRule.severity,
          cwe: suppressionRule.cwe,
          file: a.file,
          region: { startLine: s.line, startColumn: s.column, endLine: s.line, endColumn: s.column + s.length },
          message: `This suppression of ${s.ruleIds.join(', ') || 'no rule'} gives no reason, so it is not applied. Write why after the bracket: \`// rust-crypto-gate: ignore[${s.ruleIds[0] ?? 'rule-id'}] <reason>\`.`,
          related: [],
          lineText: s.text,
          fingerprint: '',
        });
      }
    }
    findings.sort(compareFindings);
    assignFingerprints(findings);
    all.push(...findings);
  }
  return all.sort(compareFindings);
}
