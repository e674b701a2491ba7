import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cargoAvailable, cargoCheck, cargoCleanPackage } from '../build/cargo.ts';
import { parse as parseToml } from 'smol-toml';
import { API_HALLUCINATION, diagnosticsToFindings, errorKind } from '../build/diagnostics.ts';
import { codeqlFindingsFromSarif, compareWithCodeql } from '../compare/codeql.ts';
import { type Finding, type Severity, SEVERITIES, atLeast } from '../finding.ts';
import { isTestPath } from '../analyzer/model.ts';
import { type Shard, assignShards, folderBytes, sampleWeight } from '../scan/shard.ts';
import type { RuleDef } from '../rules/catalog.ts';
import { collectRustFiles } from '../scan/files.ts';
import { scanFiles } from '../scan/scan.ts';

// The research table over a folder of crates (one per subfolder): compile each with real cargo,
// classify the failures, analyze, and compare with CodeQL. This module does the I/O; the numbers
// are computed in table.ts.

export type SampleStatus = 'compiled' | 'hallucination' | 'missing-import' | 'compile-error' | 'not-built' | 'bad-sample';

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
  /** Per rule, the highest severity of its findings. */
  ruleHighest?: Record<string, Severity>;
  /** Highest severity among the crypto-weakness findings: no robustness-only finding, nothing in test code. */
  weakness?: Severity;
  /** Per rule, the highest severity of its crypto-weakness findings. */
  weaknessHighest?: Record<string, Severity>;
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
  /** Study only this shard's samples (`--shard K/N`). */
  shard?: Shard;
}

/** The samples of a study folder: its subfolders, sorted, without hidden ones and `skip`. */
export function listSamples(dir: string, skip: string[] = []): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory() && !skip.includes(join(dir, n)))
    .sort();
}

/** The samples of one shard: whole samples, balanced by their cost (one cargo check each, plus size). */
export function shardSamples(dir: string, names: string[], shard: Shard): string[] {
  if (shard.count === 1) return names;
  const assigned = assignShards(names.map((n) => ({ key: n, weight: sampleWeight(folderBytes(join(dir, n))) })), shard.count);
  return names.filter((n) => assigned.get(n) === shard.index);
}

/**
 * Findings that say the code can panic on bad input, not that its cryptography is weak:
 * `unchecked-slice-length` (slicing a nonce off short input) and the `unwrap`/`expect` of a
 * decryption result (`unchecked-result` at its default severity). An ignored decryption result
 * (the code goes on with unauthenticated bytes) is a crypto weakness and stays.
 */
export function isRobustnessOnly(f: Pick<Finding, 'ruleId' | 'message'>): boolean {
  if (f.ruleId === 'unchecked-slice-length') return true;
  return f.ruleId === 'unchecked-result' && !/ is ignored/.test(f.message);
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
  const all = listSamples(dir, options.skip);
  const names = options.shard ? shardSamples(dir, all, options.shard) : all;
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
    // Samples often share a package name (`aes_gcm_example 0.1.0`): without this, cargo would
    // take a sample as already checked and replay another sample's verdict.
    const pkg = packageName(manifest);
    if (pkg) cargoCleanPackage(manifest, pkg, options.timeoutMs, options.env);
    const run = await cargoCheck(manifest, [], options.timeoutMs, options.env);
    const errors = diagnosticsToFindings(run.diagnostics, { root, workspaceRoot: root, lineText: () => '' });
    for (const d of run.diagnostics) if (d.level === 'error' && d.code?.code) result.errorCodes[d.code.code] = (result.errorCodes[d.code.code] ?? 0) + 1;
    const kinds = new Set(run.diagnostics.filter((d) => d.level === 'error' && d.code?.code).map((d) => errorKind(d)));
    if (run.timedOut) result.reason = `cargo check did not finish within ${Math.round(options.timeoutMs / 1000)} s`;
    else if (run.success) result.status = 'compiled';
    else if (errors.some((e) => e.ruleId === API_HALLUCINATION)) result.status = 'hallucination';
    // Only missing imports among the errors that name crypto APIs (and nothing else wrong): the API is real.
    else if (kinds.size === 1 && kinds.has('missing-import')) result.status = 'missing-import';
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
  const weak = crypto.filter((f) => !isRobustnessOnly(f) && !isTestPath(f.file));
  result.weakness = SEVERITIES.find((s) => weak.some((f) => f.severity === s));
  result.ruleHighest = highestPerRule(crypto);
  result.weaknessHighest = highestPerRule(weak);
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

function packageName(manifest: string): string | undefined {
  try {
    const name = (parseToml(readFileSync(manifest, 'utf8')).package as { name?: unknown } | undefined)?.name;
    return typeof name === 'string' && /^[A-Za-z0-9_-]+$/.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

function highestPerRule(findings: Finding[]): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const f of [...findings].sort((a, b) => a.ruleId.localeCompare(b.ruleId))) if (!out[f.ruleId] || atLeast(f.severity, out[f.ruleId])) out[f.ruleId] = f.severity;
  return out;
}

export function isVulnerable(r: SampleResult, threshold: Severity): boolean {
  return !!r.highest && atLeast(r.highest, threshold);
}
