import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Finding, Note } from '../finding.ts';
import { Engine, type FileAnalysis, finalize, settleFlows } from '../analyzer/engine.ts';
import { CHECK_NAMES } from '../analyzer/checks/index.ts';
import { loadRustParser } from '../analyzer/parser.ts';
import { loadModels } from '../analyzer/models.ts';
import { builtinRulesDir, loadRules, type RuleDef } from '../rules/catalog.ts';
import { attachFixes } from '../fix/index.ts';
import { DESIGN_ADVICE, FIXERS } from '../fix/fixers.ts';
import { DEFAULT_MAX_FILE_SIZE, type SourceFile, collectRustFiles, readRustSource } from './files.ts';

export interface ScanOptions {
  /** Paths in findings and SARIF are relative to this folder. */
  root: string;
  /** Extra rule folders (`--rules DIR`), after the built-in ones. */
  ruleDirs?: string[];
  /** Extra API model folders (`--models DIR`), after the built-in ones. */
  modelDirs?: string[];
  /** The rules to run, when already chosen (a project config turned some off); default: built-in + ruleDirs. */
  rules?: RuleDef[];
  maxFileSize?: number;
  /** Worker threads to parse and analyze with; 1 runs in this thread. Default: the cores available. */
  threads?: number;
  /** Compute fixes for the findings that have one (default true; see src/fix/). */
  fixes?: boolean;
}

export interface ScanResult {
  findings: Finding[];
  notes: Note[];
  rules: RuleDef[];
  filesScanned: number;
  bytesScanned: number;
  /** Files parsed a second time for what needs the crate (call sites of reaching functions, consts of other files). */
  filesParsedAgain: number;
}

export function loadRuleSet(options: Pick<ScanOptions, 'ruleDirs'>): RuleDef[] {
  return loadRules([builtinRulesDir(), ...(options.ruleDirs ?? [])], CHECK_NAMES);
}

export async function createEngine(rules: RuleDef[], modelDirs: string[] = []): Promise<Engine> {
  return new Engine(await loadRustParser(), rules, loadModels(modelDirs));
}

/** Scans files and folders; one bad file never stops the others. */
export async function scanPaths(paths: string[], options: ScanOptions): Promise<ScanResult> {
  const notes: Note[] = [];
  const rules = options.rules ?? loadRuleSet(options);
  const files = collectRustFiles(paths, options.root, notes);
  return scanFiles(files, rules, options, notes);
}

/** What one file gave: its analysis, or why it was not read. */
export type FileOutcome = { analysis: FileAnalysis; bytes: number } | { note: Note };

/** Reads and analyzes one file; never throws. */
export function analyzeFile(engine: Engine, file: SourceFile, maxFileSize: number): FileOutcome {
  const read = readRustSource(file, maxFileSize);
  if (!read.ok) return { note: read.note };
  try {
    return { analysis: engine.analyze(file.path, read.text, file.crate), bytes: read.text.length };
  } catch (e) {
    // An analyzer bug on one file must not lose the findings of the others.
    return { note: { level: 'error', file: file.path, message: `internal error while analyzing: ${(e as Error).message}` } };
  }
}

// Below this much source, starting workers (wasm load in each) costs more than it saves.
const PARALLEL_MIN_FILES = 32;

export async function scanFiles(files: SourceFile[], rules: RuleDef[], options: ScanOptions, notes: Note[] = []): Promise<ScanResult> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(files.length / PARALLEL_MIN_FILES)));
  let engine: Engine | undefined;
  const getEngine = async () => (engine ??= await createEngine(rules, options.modelDirs));
  // Large scans run in workers even with one thread, so this thread's memory stays small.
  const useWorkers = files.length >= PARALLEL_MIN_FILES;
  const outcomes = useWorkers ? await analyzeInWorkers(files, rules, options.modelDirs ?? [], maxFileSize, threads) : [];
  if (!useWorkers) {
    const e = await getEngine();
    for (const f of files) outcomes.push(analyzeFile(e, f, maxFileSize));
  }
  // Results are kept in input order whatever thread produced them, so output is deterministic.
  const analyses: FileAnalysis[] = [];
  let bytes = 0;
  for (const o of outcomes) {
    if ('note' in o) {
      notes.push(o.note);
      continue;
    }
    notes.push(...o.analysis.notes);
    analyses.push(o.analysis);
    bytes += o.bytes;
  }
  const byPath = new Map(files.map((f) => [f.path, f]));
  const textOf = (path: string) => {
    const read = readRustSource(byPath.get(path)!, maxFileSize);
    return read.ok ? read.text : undefined;
  };
  // Constants handed to crate functions whose parameters reach sinks: the callers are found by name, then parsed.
  if (analyses.some((a) => a.flow && (a.flow.reaches.length || a.flow.fieldWrites.length))) settleFlows(await getEngine(), analyses, textOf);
  // Files defining a const another file's finding waits for are read again, when asked (rarely any).
  const e = analyses.some((a) => a.pending.length) ? await getEngine() : undefined;
  const lookup = (path: string) => {
    const text = e ? textOf(path) : undefined;
    return e && text !== undefined ? e.constsIn(path, text) : [];
  };
  const findings = finalize(analyses, rules, lookup);
  // Fixes as data on the findings (files with a fixable finding are parsed once more, in this thread).
  if (options.fixes !== false && findings.some((f) => FIXERS[f.ruleId] || DESIGN_ADVICE[f.ruleId])) {
    const models = (await getEngine()).models;
    attachFixes(findings, { parser: await loadRustParser(), models, textOf, crateOf: (path) => byPath.get(path)?.crate });
  }
  return { findings, notes, rules, filesScanned: analyses.length, bytesScanned: bytes, filesParsedAgain: engine ? engine.parses.callers + engine.parses.consts : 0 };
}

/** The worker entry: dist/worker.js beside the bundle, or src/scan/worker.ts when run from source. */
function workerEntry(): URL {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'worker.js');
  return existsSync(bundled) ? new URL('./worker.js', import.meta.url) : new URL('./worker.ts', import.meta.url);
}

/**
 * Parses and analyzes in worker threads, one wasm parser in each. Files are handed out in small
 * batches as workers finish (so one huge file does not hold up a thread's whole share), and the
 * outcomes are put back in input order. Memory stays bounded whatever the tree size: each worker's
 * heap is capped, and a worker that parsed a large file is replaced, since wasm memory only grows.
 */
async function analyzeInWorkers(files: SourceFile[], rules: RuleDef[], modelDirs: string[], maxFileSize: number, threads: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const batch = Math.max(1, Math.min(16, Math.floor(files.length / (threads * 8))));
  let next = 0;
  const entry = workerEntry();
  const slot = () =>
    new Promise<void>((resolve, reject) => {
      const start = () => {
        const worker = new Worker(entry, { workerData: { rules, modelDirs, maxFileSize }, resourceLimits: WORKER_LIMITS });
        let finished = false;
        const give = () => {
          if (next >= files.length) {
            finished = true;
            void worker.terminate();
            return resolve();
          }
          const from = next;
          next = Math.min(files.length, next + batch);
          worker.postMessage({ start: from, files: files.slice(from, next) });
        };
        worker.on('message', (m: { start?: number; outcomes?: FileOutcome[]; recycle?: boolean }) => {
          if (m.outcomes && m.start !== undefined) m.outcomes.forEach((o, i) => (outcomes[m.start! + i] = o));
          if (m.recycle && next < files.length) {
            finished = true;
            void worker.terminate();
            return start();
          }
          give();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (!finished) reject(new Error(`analysis worker exited with code ${code}`));
        });
      };
      start();
    });
  await Promise.all(Array.from({ length: threads }, slot));
  return outcomes;
}

const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 48 };
/** A worker that parsed a file this large is replaced after its batch (its wasm memory grew; 512 KiB keeps peak RSS under 250 MB with two workers while recycling rarely). */
export const RECYCLE_AFTER_BYTES = 512 * 1024;
