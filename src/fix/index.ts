import { createTwoFilesPatch } from 'diff';
import type { Finding, Fix, FixEdit, Region } from '../finding.ts';
import { FileModel } from '../analyzer/model.ts';
import type { Models } from '../analyzer/models.ts';
import type { RustParser } from '../analyzer/parser.ts';
import { Resolver } from '../analyzer/resolve.ts';
import { SourceText } from '../analyzer/source.ts';
import { Values } from '../analyzer/values.ts';
import { type CrateFacts, crateFacts } from './cargo.ts';
import { DESIGN_ADVICE, FIXERS, type FixContext, nodeAt } from './fixers.ts';

// The fix pass: after the analysis, each finding of a rule that has a fixer gets its edit (as
// data on the Finding: SARIF `fixes`, a review suggestion, `scan --fix`). It reads each file with
// such a finding once more; it never adds, drops or changes a finding's rule, place or severity.

export interface FixInputs {
  parser: RustParser;
  models: Models;
  /** The file's current text (path relative to the scanned root). */
  textOf(path: string): string | undefined;
  /** The crate of a file: its manifest and direct dependencies. */
  crateOf(path: string): { manifest: string; dependencies: string[] } | undefined;
}

/** Fills `fix` on the findings that have a safe mechanical fix; adds the suggested code to design-change findings. */
export function attachFixes(findings: Finding[], inputs: FixInputs): void {
  for (const f of findings) {
    const advice = DESIGN_ADVICE[f.ruleId]?.(f);
    if (advice && !f.suppression) f.message = `${f.message} ${advice}`;
  }
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) if (FIXERS[f.ruleId] && !f.suppression) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  if (byFile.size === 0) return;
  const facts = new Map<string, CrateFacts>();
  for (const [file, list] of byFile) {
    const text = inputs.textOf(file);
    if (text === undefined) continue;
    const tree = inputs.parser.parser.parse(text);
    if (!tree) continue;
    try {
      const source = new SourceText(text);
      let resolver: Resolver | undefined;
      const getResolver = () => {
        if (!resolver) {
          const model = new FileModel(file, source, tree);
          resolver = new Resolver(model, new Values(model, inputs.models), inputs.models);
        }
        return resolver;
      };
      const crate = inputs.crateOf(file);
      const key = crate?.manifest ?? '';
      if (!facts.has(key)) facts.set(key, crateFacts(crate?.manifest, crate?.dependencies));
      const offsets = new Offsets(text);
      for (const f of list) {
        const at = offsets.span(f.region);
        const related = f.related.filter((r) => r.file === f.file).map((r) => offsets.span(r.region));
        const ctx: FixContext = { finding: f, text, root: tree.rootNode, node: nodeAt(tree.rootNode, at.start, at.end), at, related, crate: facts.get(key)!, resolver: getResolver };
        let plan;
        try {
          plan = FIXERS[f.ruleId](ctx);
        } catch {
          plan = undefined; // a fixer bug costs the fix, never the finding
        }
        if (!plan || plan.edits.length === 0) continue;
        const edits = plan.edits.map((e) => ({ region: source.region(e.start, e.end), text: e.text }));
        f.fix = { description: plan.description, edits, lines: suggestedLines(edits, (n) => source.line(n)) };
      }
    } finally {
      tree.delete();
    }
  }
}

/** SARIF regions (1-based lines, UTF-16 columns) ↔ string offsets. */
export class Offsets {
  private readonly starts: number[] = [0];
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  offset(line: number, column: number): number {
    const start = this.starts[Math.min(this.starts.length, Math.max(1, line)) - 1];
    return Math.min(this.text.length, start + column - 1);
  }
  span(r: Region): { start: number; end: number } {
    return { start: this.offset(r.startLine, r.startColumn), end: this.offset(r.endLine, r.endColumn) };
  }
}

export interface AppliedFix {
  finding: Finding;
  fix: Fix;
}

export interface FileFixResult {
  file: string;
  before: string;
  after: string;
  applied: AppliedFix[];
  /** Fixes left out because they overlap one applied before them (in file order). */
  skipped: AppliedFix[];
  /** Names taken out of `use` declarations because the applied fixes left them unused. */
  unusedImports: string[];
}

/** Applies the fixes of one file's findings, in file order; a fix overlapping an earlier one is skipped. */
export function applyFixes(file: string, text: string, findings: Finding[]): FileFixResult {
  const offsets = new Offsets(text);
  const withFix = findings.filter((f) => f.file === file && f.fix && !f.suppression).map((f) => ({ finding: f, fix: f.fix!, spans: f.fix!.edits.map((e) => ({ ...offsets.span(e.region), text: e.text })) }));
  withFix.sort((a, b) => Math.min(...a.spans.map((s) => s.start)) - Math.min(...b.spans.map((s) => s.start)) || a.finding.region.startLine - b.finding.region.startLine);
  const taken: { start: number; end: number; text: string }[] = [];
  const applied: AppliedFix[] = [];
  const skipped: AppliedFix[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end || (a.start === b.start && (a.start === a.end || b.start === b.end));
  const same = (a: { start: number; end: number; text: string }, b: { start: number; end: number; text: string }) => a.start === b.start && a.end === b.end && a.text === b.text;
  for (const w of withFix) {
    // Two findings with one root can share one edit: applying it once fixes both.
    if (w.spans.every((s) => taken.some((t) => same(s, t)))) {
      applied.push({ finding: w.finding, fix: w.fix });
      continue;
    }
    if (w.spans.some((s) => taken.some((t) => overlaps(s, t)))) {
      skipped.push({ finding: w.finding, fix: w.fix });
      continue;
    }
    taken.push(...w.spans);
    applied.push({ finding: w.finding, fix: w.fix });
  }
  let after = text;
  const gone = new Set<string>();
  for (const s of [...taken].sort((a, b) => b.start - a.start)) {
    for (const w of text.slice(s.start, s.end).match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []) if (!new RegExp(`\\b${w}\\b`).test(s.text)) gone.add(w);
    after = after.slice(0, s.start) + s.text + after.slice(s.end);
  }
  const tidy = applied.length ? tidyImports(after, gone) : { text: after, removed: [] };
  return { file, before: text, after: tidy.text, applied, skipped, unusedImports: tidy.removed };
}

/** Traits a fix can leave unused, with the methods that still need them in scope. */
const TRAIT_METHODS: Record<string, RegExp> = { SeedableRng: /\.?\b(seed_from_u64|from_seed|from_entropy|from_rng|from_os_rng)\s*\(/ };

/**
 * Removes from `use` declarations the names a fix replaced (`StdRng`, `Sha1`) that the file no
 * longer mentions, and `SeedableRng` once nothing is seeded: otherwise every such fix leaves an
 * unused-import warning behind.
 */
export function tidyImports(text: string, replaced: Set<string>): { text: string; removed: string[] } {
  const candidates = new Set([...replaced, ...Object.keys(TRAIT_METHODS)]);
  const outsideUses = text.replace(/^\s*(pub(\([^)]*\))?\s+)?use\s[^;]*;[^\n]*\n?/gm, '');
  const unused = (name: string) => !new RegExp(`\\b${name}\\b`).test(outsideUses) && !(TRAIT_METHODS[name]?.test(outsideUses) ?? false);
  const removed: string[] = [];
  const out = text.replace(/^([ \t]*)use\s+([\w:]+?)(::\{([^{}]*)\}|)\s*;[ \t]*\n/gm, (line, indent: string, path: string, braces: string, list: string | undefined) => {
    if (!braces) {
      const name = path.split('::').pop()!;
      if (!candidates.has(name) || !unused(name)) return line;
      removed.push(name);
      return '';
    }
    const items = list!.split(',').map((x) => x.trim()).filter(Boolean);
    const keep = items.filter((x) => !(/^\w+$/.test(x) && candidates.has(x) && unused(x)));
    if (keep.length === items.length) return line;
    removed.push(...items.filter((x) => !keep.includes(x)));
    if (keep.length === 0) return '';
    return `${indent}use ${path}::${keep.length === 1 && /^\w+$/.test(keep[0]) ? keep[0] : `{${keep.join(', ')}}`};\n`;
  });
  return { text: out, removed };
}

/** A unified diff of one file (`a/` and `b/` prefixes, as `git apply` and `patch -p1` take). */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/m, '');
}

/** The new text of lines [startLine, endLine] once the edits are applied: the body of a GitHub suggestion. */
export function suggestedLines(edits: FixEdit[], line: (n: number) => string): Fix['lines'] {
  const startLine = Math.min(...edits.map((e) => e.region.startLine));
  const endLine = Math.max(...edits.map((e) => e.region.endLine));
  const block = Array.from({ length: endLine - startLine + 1 }, (_, i) => line(startLine + i)).join('\n');
  const base = new Offsets(block);
  let out = block;
  for (const e of [...edits].sort((a, b) => b.region.startLine - a.region.startLine || b.region.startColumn - a.region.startColumn)) {
    const s = base.offset(e.region.startLine - startLine + 1, e.region.startColumn);
    const t = base.offset(e.region.endLine - startLine + 1, e.region.endColumn);
    out = out.slice(0, s) + e.text + out.slice(t);
  }
  return { startLine, endLine, text: out, before: block };
}
