import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cargoAvailable, cargoCheck } from '../build/cargo.ts';
import { API_HALLUCINATION, diagnosticsToFindings } from '../build/diagnostics.ts';
import { codeqlFindingsFromSarif, compareWithCodeql } from '../compare/codeql.ts';
import { type Severity, SEVERITIES, atLeast } from '../finding.ts';
import type { RuleDef } from '../rules/catalog.ts';
import { collectRustFiles } from '../scan/files.ts';
import { scanFiles } from '../scan/scan.ts';

// The research table over a folder of crates (one per subfolder): compile each with real cargo,
// classify the failures, analyze, and compare with CodeQL. This module does the I/O; the numbers
// are computed in table.ts.

export type SampleStatus = 'compiled' | 'hallucination' | 'compile-error' | 'not-built' | 'bad-sample';

export interface SampleResult {
  name: string;
  group: string;
  status: SampleStatus;
  /** Why a sample could not be built or read. */
  reason?: string;
  errorCodes: Record<string, number>;
  /** Highest severity among the crypto findings (compiler findings excluded). */
  highest?: Severity;
  /** Crypto findings per rule. */
  rules: Record<string, number>;
  codeql?: { results: number; matched: number };
  seconds: number;
}

export interface StudyOptions {
  rules: RuleDef[];
  codeqlDir?: string;
  groupBy?: RegExp;
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  progress: (line: string) => void;
  /** Absolute folders that are not samples (the output folder, when it sits inside the corpus). */
  skip?: string[];
}

const NOT_CRYPTO = new Set(['suppression-without-reason']);

export function groupOf(name: string, groupBy?: RegExp): string {
  if (!groupBy) return 'all';
  const m = groupBy.exec(name);
  if (!m) return '(unmatched)';
  const named = m.groups ? Object.values(m.groups).filter((x) => x !== undefined) : [];
  const parts = named.length ? named : m.slice(1).filter((x) => x !== undefined);
  return parts.length ? parts.join('/') : m[0];
}

export async function runStudy(dir: string, options: StudyOptions): Promise<SampleResult[]> {
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory() && !options.skip?.includes(join(dir, n)))
    .sort();
  const cargo = cargoAvailable(options.env);
  const results: SampleResult[] = [];
  for (const [i, name] of names.entries()) {
    const started = Date.now();
    const r = await studySample(join(dir, name), name, cargo, options);
    r.seconds = (Date.now() - started) / 1000;
    results.push(r);
    const what = r.status === 'bad-sample' || r.status === 'not-built' ? `${r.status}: ${r.reason}` : `${r.status}, highest ${r.highest ?? 'none'}`;
    options.progress(`[${i + 1}/${names.length}] ${name}: ${what} (${r.seconds.toFixed(1)} s)`);
  }
  return results;
}

async function studySample(root: string, name: string, cargo: string | undefined, options: StudyOptions): Promise<SampleResult> {
  const result: SampleResult = { name, group: groupOf(name, options.groupBy), status: 'not-built', errorCodes: {}, rules: {}, seconds: 0 };
  const manifest = join(root, 'Cargo.toml');
  if (!existsSync(manifest)) return { ...result, status: 'bad-sample', reason: 'no Cargo.toml' };
  // Compile.
  if (!cargo) result.reason = 'cargo is not installed';
  else {
    const run = await cargoCheck(manifest, [], options.timeoutMs, options.env);
    const errors = diagnosticsToFindings(run.diagnostics, { root, workspaceRoot: root, lineText: () => '' });
    for (const d of run.diagnostics) if (d.level === 'error' && d.code?.code) result.errorCodes[d.code.code] = (result.errorCodes[d.code.code] ?? 0) + 1;
    if (run.timedOut) result.reason = `cargo check did not finish within ${Math.round(options.timeoutMs / 1000)} s`;
    else if (run.success) result.status = 'compiled';
    else if (errors.some((e) => e.ruleId === API_HALLUCINATION)) result.status = 'hallucination';
    else if (errors.length) result.status = 'compile-error';
    else result.reason = run.otherErrors[0]?.replace(/^error:\s*/, '') ?? 'cargo failed without compiler errors';
    if (result.status !== 'not-built') result.reason = undefined;
  }
  // Analyze (also what does not compile: the flaws are in the text either way).
  const notes: { level: string; message: string }[] = [];
  const files = collectRustFiles([root], root, notes as never[]);
  const scan = await scanFiles(files, options.rules, { root });
  const crypto = scan.findings.filter((f) => !f.suppression && !NOT_CRYPTO.has(f.ruleId));
  for (const f of crypto) result.rules[f.ruleId] = (result.rules[f.ruleId] ?? 0) + 1;
  result.highest = SEVERITIES.find((s) => crypto.some((f) => f.severity === s));
  // CodeQL's results for the same sample, if given: <codeql>/<name>.sarif or <codeql>/<name>/*.sarif.
  if (options.codeqlDir) {
    const file = join(options.codeqlDir, `${name}.sarif`);
    const folder = join(options.codeqlDir, name);
    const logs = existsSync(file) ? [file] : existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.sarif')).map((n) => join(folder, n)) : [];
    if (logs.length) {
      const cq = logs.flatMap((l) => {
        try {
          return codeqlFindingsFromSarif(JSON.parse(readFileSync(l, 'utf8')));
        } catch {
          return [];
        }
      });
      const cmp = compareWithCodeql(crypto, cq);
      result.codeql = { results: cq.length, matched: cmp.totals.both };
    }
  }
  return result;
}

export function isVulnerable(r: SampleResult, threshold: Severity): boolean {
  return !!r.highest && atLeast(r.highest, threshold);
}
