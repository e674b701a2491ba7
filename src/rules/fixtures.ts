import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cargoAvailable, cargoCheck } from '../build/cargo.ts';
import { diagnosticsToFindings } from '../build/diagnostics.ts';
import type { Finding, Severity } from '../finding.ts';
import type { Engine } from '../analyzer/engine.ts';
import { finalize, settleFlows } from '../analyzer/engine.ts';
import { relativePath } from '../scan/files.ts';
import { CrateFinder } from '../scan/crates.ts';
import type { RuleDef } from './catalog.ts';

// Rule fixtures: real Rust files beside each rule, annotated in the style of Semgrep's `ruleid:`.
//   `// expect: <rule-id>` or `// expect: <rule-id>(<severity>)` — a finding must be on this line;
//   quoted texts after it (`// expect: constant-nonce "with AES-128-CBC"`) must occur in its message
//   `// ok: <rule-id>` — no finding of that rule on this line
// An annotation alone on its line applies to the next line that is not an annotation. Every rule
// is judged on every fixture: a finding of any rule on a line that does not expect it is a problem.

export interface Expectation {
  file: string;
  line: number;
  ruleId: string;
  kind: 'expect' | 'ok';
  severity?: Severity;
  /** Texts the finding's message must contain. */
  messages?: string[];
}

export interface FixtureReport {
  rule: RuleDef;
  bad: number;
  good: number;
  files: number;
  problems: string[];
  /** Why the fixtures could not be checked here (no cargo for the build rules). */
  skipped?: string;
}

const ANNOTATION = /\/\/\s*(expect|ok):\s*((?:[a-z0-9/,\s()-]|"(?:[^"\\]|\\.)*")+?)\s*$/;
const ANNOTATION_PART = /^\s*([a-z0-9/-]+)\s*(?:\((critical|high|medium|low)\))?\s*((?:"(?:[^"\\]|\\.)*"\s*)*)$/;

/** `a(high) "text", b` → the rule ids with their severities and message texts. */
function annotationParts(body: string): { ruleId: string; severity?: Severity; messages: string[] }[] | undefined {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && quoted) {
      current += c + (body[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  const out = [];
  for (const part of parts) {
    const p = ANNOTATION_PART.exec(part);
    if (!p) return undefined;
    const messages = [...p[3].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
    out.push({ ruleId: p[1], severity: p[2] as Severity | undefined, messages });
  }
  return out;
}

export function parseExpectations(file: string, text: string): Expectation[] {
  const lines = text.split('\n');
  const out: Expectation[] = [];
  let pending: Omit<Expectation, 'line'>[] = [];
  lines.forEach((raw, i) => {
    const m = ANNOTATION.exec(raw);
    // Only annotation comments wait for the next line; any other line (code or comment) takes them.
    const alone = m !== null && /^\s*\/\//.test(raw);
    const here: Omit<Expectation, 'line'>[] = [];
    if (m) {
      for (const p of annotationParts(m[2]) ?? []) {
        here.push({ file, ruleId: p.ruleId, kind: m[1] as 'expect' | 'ok', severity: p.severity, ...(p.messages.length ? { messages: p.messages } : {}) });
      }
    }
    if (alone) {
      pending.push(...here);
      return;
    }
    if (raw.trim() === '') return;
    for (const e of [...pending, ...here]) out.push({ ...e, line: i + 1 });
    pending = [];
  });
  return out;
}

function rustFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...rustFilesUnder(abs));
    else if (name.endsWith('.rs')) out.push(abs);
  }
  return out;
}

/** Runs every rule over its own fixture folder and compares with the annotations. */
export function checkFixtures(engine: Engine, rules: RuleDef[]): FixtureReport[] {
  const reports: FixtureReport[] = [];
  for (const rule of rules) {
    const report: FixtureReport = { rule, bad: 0, good: 0, files: 0, problems: [] };
    // Compiler findings are checked by building their fixture crates (checkBuildFixtures).
    if (rule.check === 'cargo') continue;
    reports.push(report);
    if (!rule.fixtures) {
      report.problems.push(`no fixtures: add Rust files under ${rule.fixtures ?? rule.file.replace(/\.ya?ml$/, '/')}`);
      continue;
    }
    const files = rustFilesUnder(rule.fixtures);
    report.files = files.length;
    if (files.length === 0) report.problems.push(`no .rs fixtures in ${rule.fixtures}`);
    const analyses = [];
    const texts = new Map<string, string>();
    const expectations: Expectation[] = [];
    const crates = new CrateFinder();
    for (const abs of files) {
      const path = relativePath(rule.fixtures, abs);
      const text = readFileSync(abs, 'utf8');
      texts.set(path, text);
      expectations.push(...parseExpectations(path, text));
      analyses.push(engine.analyze(path, text, crates.crateOf(abs)));
      for (const note of analyses[analyses.length - 1].notes) report.problems.push(`${path}: fixture does not parse cleanly: ${note.message}`);
    }
    settleFlows(engine, analyses, (p) => texts.get(p));
    const findings = finalize(analyses, engine.rules, (p) => engine.constsIn(p, texts.get(p) ?? ''), (p) => texts.get(p)).filter((f) => !f.suppression);
    report.problems.push(...compare(rule, findings, expectations));
    report.bad = expectations.filter((e) => e.ruleId === rule.id && e.kind === 'expect').length;
    report.good = expectations.filter((e) => e.ruleId === rule.id && e.kind === 'ok').length;
    if (files.length && (report.bad === 0 || report.good === 0))
      report.problems.push(`fixtures need at least one \`// expect: ${rule.id}\` and one \`// ok: ${rule.id}\` case (have ${report.bad} and ${report.good})`);
  }
  return reports;
}

function compare(rule: RuleDef, findings: Finding[], expectations: Expectation[]): string[] {
  const problems: string[] = [];
  const at = (file: string, line: number, ruleId: string) => findings.filter((f) => f.file === file && f.region.startLine === line && f.ruleId === ruleId);
  for (const e of expectations) {
    const found = at(e.file, e.line, e.ruleId);
    if (e.kind === 'expect' && found.length === 0) problems.push(`${e.file}:${e.line}: expected ${e.ruleId}, found none`);
    if (e.kind === 'expect' && e.severity && found.length > 0 && !found.some((f) => f.severity === e.severity))
      problems.push(`${e.file}:${e.line}: expected ${e.ruleId} at ${e.severity}, found ${found.map((f) => f.severity).join(', ')}`);
    for (const text of e.messages ?? []) {
      if (e.kind === 'expect' && found.length > 0 && !found.some((f) => f.message.includes(text)))
        problems.push(`${e.file}:${e.line}: expected ${e.ruleId} with "${text}" in its message, found: ${found[0].message}`);
    }
    if (e.kind === 'ok' && found.length > 0) problems.push(`${e.file}:${e.line}: marked ok for ${e.ruleId}, but found: ${found[0].message}`);
  }
  // Every rule is judged on every fixture, not only the rules annotated there.
  for (const f of findings) {
    const expected = expectations.some((e) => e.kind === 'expect' && e.file === f.file && e.line === f.region.startLine && e.ruleId === f.ruleId);
    const markedOk = expectations.some((e) => e.kind === 'ok' && e.file === f.file && e.line === f.region.startLine && e.ruleId === f.ruleId);
    if (!expected && !markedOk) problems.push(`${f.file}:${f.region.startLine}: unexpected ${f.ruleId}: ${f.message}`);
  }
  return problems;
}

/**
 * The build/* rules: each fixture folder holds crates (a folder with Cargo.toml); each is built with
 * real `cargo check` and the compiler's findings are compared with the annotations in its sources.
 */
export async function checkBuildFixtures(rules: RuleDef[], env: NodeJS.ProcessEnv): Promise<FixtureReport[]> {
  const reports: FixtureReport[] = [];
  const cargo = cargoAvailable(env);
  // Fixture crates must not leave target/ folders in the rules directory.
  const buildEnv = { ...env, CARGO_TARGET_DIR: env.CARGO_TARGET_DIR ?? mkdtempSync(join(tmpdir(), 'rcg-rule-fixtures-')) };
  for (const rule of rules.filter((r) => r.check === 'cargo')) {
    const report: FixtureReport = { rule, bad: 0, good: 0, files: 0, problems: [] };
    reports.push(report);
    if (!rule.fixtures) {
      report.problems.push(`no fixtures: add a crate under ${rule.file.replace(/\.ya?ml$/, '/')}`);
      continue;
    }
    if (!cargo) {
      report.skipped = 'cargo is not installed';
      continue;
    }
    const crates = [rule.fixtures, ...readdirSync(rule.fixtures).map((n) => join(rule.fixtures!, n))].filter((d) => existsSync(join(d, 'Cargo.toml')));
    const findings: Finding[] = [];
    const expectations: Expectation[] = [];
    for (const crate of crates) {
      for (const abs of rustFilesUnder(crate)) {
        report.files++;
        expectations.push(...parseExpectations(relativePath(rule.fixtures, abs), readFileSync(abs, 'utf8')));
      }
      const run = await cargoCheck(join(crate, 'Cargo.toml'), [], 10 * 60_000, buildEnv);
      // No compiler output at all: cargo could not even start (no registry access, a timeout).
      if (run.otherErrors.length && run.diagnostics.length === 0) {
        report.skipped = `cargo could not build ${relativePath(rule.fixtures, crate)} here: ${run.otherErrors[0].replace(/^error:\s*/, '')}`;
        break;
      }
      findings.push(...diagnosticsToFindings(run.diagnostics, { root: rule.fixtures, workspaceRoot: crate, lineText: () => '' }));
    }
    if (report.skipped) continue;
    report.problems.push(...compare(rule, findings, expectations));
    report.bad = expectations.filter((e) => e.ruleId === rule.id && e.kind === 'expect').length;
    report.good = expectations.filter((e) => e.ruleId === rule.id && e.kind === 'ok').length;
  }
  return reports;
}
