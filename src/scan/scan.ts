import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Finding, Note } from '../finding.ts';
import { Engine, type FileAnalysis, contextAnalysis, finalize, settleFlows } from '../analyzer/engine.ts';
import type { CryptoUse } from '../analyzer/uses.ts';
import { CHECK_NAMES } from '../analyzer/checks/index.ts';
import { loadRustParser } from '../analyzer/parser.ts';
import { loadModels } from '../analyzer/models.ts';
import { builtinRulesDir, loadRules, type RuleDef } from '../rules/catalog.ts';
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
  /** Also list the crypto API uses of every file (ScanResult.uses), for the crypto inventory (CBOM). */
  inventory?: boolean;
  /**
   * Only these files (paths as in SourceFile.path) are reported on — a pull request's changed files.
   * They are analyzed, and so are the files that define the functions they call (two calls deep),
   * for the crate-wide dataflow; every other file is read for its consts only.
   */
  focus?: ReadonlySet<string>;
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
  /** With `inventory`: every crypto API use the models recognise, by file in input order. */
  uses?: CryptoUse[];
}

export function loadRuleSet(options: Pick<ScanOptions, 'ruleDirs'>): RuleDef[] {
  return loadRules([builtinRulesDir(), ...(options.ruleDirs ?? [])], CHECK_NAMES);
}

export async function createEngine(rules: RuleDef[], modelDirs: string[] = [], inventory = false): Promise<Engine> {
  const engine = new Engine(await loadRustParser(), rules, loadModels(modelDirs));
  engine.collectUses = inventory;
  return engine;
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

export async function scanFiles(all: SourceFile[], rules: RuleDef[], options: ScanOptions, notes: Note[] = []): Promise<ScanResult> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const { files, context, texts } = options.focus ? reachOfFocus(all, options.focus, maxFileSize) : { files: all, context: [], texts: new Map<string, string>() };
  const byPath = new Map(all.map((f) => [f.path, f]));
  // The inventory is of the files analyzed: a focused scan (a PR) lists the crypto of the changed
  // files and what they call, never parsing the rest of the crate for it; a full scan, everything.
  const work = files;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(work.length / PARALLEL_MIN_FILES)));
  let engine: Engine | undefined;
  const getEngine = async () => (engine ??= await createEngine(rules, options.modelDirs, options.inventory));
  // Large scans run in workers even with one thread, so this thread's memory stays small.
  // A focused scan (a PR) has few files to parse, most of them small: below 256, starting workers
  // (a wasm parser and the rules in each) costs more than it saves (measured on a one-file PR
  // with 204 files to parse: 40% more CPU and no shorter on two cores).
  const useWorkers = work.length >= (options.focus ? PARALLEL_MIN_FILES * 8 : PARALLEL_MIN_FILES);
  const pool = useWorkers ? new AnalysisPool(rules, options.modelDirs ?? [], maxFileSize, !!options.inventory) : undefined;
  const outcomes = pool ? await pool.analyze(work, threads) : [];
  if (!useWorkers) {
    const e = await getEngine();
    for (const f of files) outcomes.push(analyzeFile(e, f, maxFileSize));
  }
  // Results are kept in input order whatever thread produced them, so output is deterministic.
  const analyses: FileAnalysis[] = [];
  let bytes = 0;
  outcomes.forEach((o) => {
    if ('note' in o) notes.push(o.note);
    else {
      notes.push(...o.analysis.notes);
      analyses.push(o.analysis);
      bytes += o.bytes;
    }
  });
  analyses.push(...context);
  // (A focused scan has read every file of the crate already.)
  const textOf = (path: string) => {
    const known = texts.get(path);
    if (known !== undefined) return known || undefined;
    const read = readRustSource(byPath.get(path)!, maxFileSize);
    return read.ok ? read.text : undefined;
  };
  // What needs the whole crate, in a worker that analyzed files (its engine is built and warm) or here.
  const tail = pool ? await pool.crateWide(analyses, all, options.fixes !== false).catch(() => undefined) : undefined;
  if (pool) pool.close();
  const { findings, parsedAgain } = tail ?? (await crateWide(analyses, rules, getEngine, textOf, (path) => byPath.get(path)?.crate, options.fixes !== false));
  return { findings, notes, rules, filesScanned: analyses.length - context.length, bytesScanned: bytes, filesParsedAgain: parsedAgain, ...(options.inventory ? { uses: analyses.flatMap((a) => (a.uses ?? []).map((u) => (a.crate ? { ...u, crate: a.crate } : u))) } : {}) };
}

/**
 * What comes after every file's own analysis: constants handed to crate functions whose parameters
 * reach sinks (the callers are found by name, then parsed), consts another file's finding waits for,
 * suppressions and fingerprints (finalize), and the fixes. The engine is asked for only when needed.
 */
export async function crateWide(analyses: FileAnalysis[], rules: RuleDef[], engineOf: () => Promise<Engine>, textOf: (path: string) => string | undefined, crateOf: (path: string) => SourceFile['crate'], fixes: boolean): Promise<{ findings: Finding[]; parsedAgain: number }> {
  let engine: Engine | undefined;
  const before = { callers: 0, consts: 0 };
  const get = async () => {
    if (!engine) {
      engine = await engineOf();
      Object.assign(before, { callers: engine.parses.callers, consts: engine.parses.consts });
    }
    return engine;
  };
  if (analyses.some((a) => a.flow && (a.flow.reaches.length || a.flow.fieldWrites.length || a.flow.hashReturns?.length))) settleFlows(await get(), analyses, textOf);
  // Files defining a const another file's finding waits for are read again, when asked (rarely any).
  const e = analyses.some((a) => a.pending.length) ? await get() : undefined;
  const lookup = (path: string) => {
    const text = e ? textOf(path) : undefined;
    return e && text !== undefined ? e.constsIn(path, text) : [];
  };
  const findings = finalize(analyses, rules, lookup, textOf);
  // Fixes as data on the findings (files with a fixable finding are parsed once more).
  // (Loaded on first need: a scan with no findings never evaluates the fix code.)
  if (fixes && findings.length) {
    const [{ attachFixes }, { DESIGN_ADVICE, FIXERS }] = await Promise.all([import('../fix/index.ts'), import('../fix/fixers.ts')]);
    if (findings.some((f) => FIXERS[f.ruleId] || DESIGN_ADVICE[f.ruleId])) {
      const models = (await get()).models;
      attachFixes(findings, { parser: await loadRustParser(), models, textOf, crateOf });
    }
  }
  const parsedAgain = engine ? engine.parses.callers - before.callers + engine.parses.consts - before.consts : 0;
  return { findings, parsedAgain };
}

/** Calls as written: `name(` or `module::name(` (group 1), `Type::name(` (groups 2, 3), `.name(` (group 4). */
const CALLED = /(?<![\w.]|[A-Z]\w*\s*::\s*|>\s*::\s*)([a-z_]\w*)\s*(?:::\s*<[^>]*>\s*)?\(|\b([A-Z]\w*)\s*(?:::\s*<[^>]*>\s*)?::\s*([a-z_]\w*)\s*\(|\.\s*([a-z_]\w*)\s*(?:::\s*<[^>]*>\s*)?\(/g;
const KEYWORDS = new Set(['if', 'while', 'for', 'match', 'return', 'fn', 'loop', 'move', 'in', 'as', 'let', 'mut', 'ref', 'self', 'super', 'crate', 'where', 'impl', 'dyn', 'unsafe', 'async', 'await']);
/** A name defined in more files than this is too common to follow by name (`new`, `len`); the dataflow does not follow it either. */
const MAX_DEFINERS = 3;

/**
 * The files a focused scan analyzes — the focus, and the files that define a function or method
 * they call, to two calls' depth (found by `fn name` in the text, so nothing else is parsed) — and
 * the rest of the tree as context: read, never parsed unless a const of theirs is needed.
 */
function reachOfFocus(all: SourceFile[], focus: ReadonlySet<string>, maxFileSize: number): { files: SourceFile[]; context: FileAnalysis[]; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  for (const f of all) {
    const read = readRustSource(f, maxFileSize);
    texts.set(f.path, read.ok ? read.text : '');
  }
  // Function name → the files that define it.
  const definers = new Map<string, string[]>();
  for (const [path, text] of texts) {
    for (const m of text.matchAll(/\bfn\s+([A-Za-z_]\w*)/g)) {
      const list = definers.get(m[1]);
      if (!list) definers.set(m[1], [path]);
      else if (list[list.length - 1] !== path) list.push(path);
    }
  }
  // Type → the files with an `impl` that names it between `impl` and the next `{` or `;` (one pass
  // over each text: every word of every impl header).
  const implFiles = new Map<string, Set<string>>();
  for (const [path, text] of texts) {
    if (!text.includes('impl')) continue;
    for (const header of text.matchAll(/\bimpl\b([^{;]*)/g)) {
      for (const [word] of header[1].matchAll(/\w+/g)) {
        let set = implFiles.get(word);
        if (!set) implFiles.set(word, (set = new Set()));
        set.add(path);
      }
    }
  }
  const none = new Set<string>();
  const implementers = (type: string) => implFiles.get(type) ?? none;
  const chosen = new Set(all.filter((f) => focus.has(f.path)).map((f) => f.path));
  let frontier = [...chosen];
  for (let depth = 0; depth < 2 && frontier.length; depth++) {
    const next: string[] = [];
    for (const path of frontier) {
      for (const m of (texts.get(path) ?? '').matchAll(CALLED)) {
        const name = m[1] ?? m[3] ?? m[4];
        if (!name || KEYWORDS.has(name)) continue;
        let files = definers.get(name) ?? [];
        // `Type::name(`: the files that define `name` in an impl of Type.
        if (m[2]) {
          const impls = implementers(m[2]);
          files = files.filter((f) => impls.has(f));
        }
        if (files.length === 0 || files.length > MAX_DEFINERS) continue;
        for (const f of files) if (!chosen.has(f)) chosen.add(f), next.push(f);
      }
    }
    frontier = next;
  }
  const files = all.filter((f) => chosen.has(f.path));
  const context = all.filter((f) => !chosen.has(f.path)).map((f) => contextAnalysis(f.path, texts.get(f.path) ?? '', f.crate));
  return { files, context, texts };
}

/** The worker entry: dist/worker.js beside the bundle, or src/scan/worker.ts when run from source. */
function workerEntry(): URL {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'worker.js');
  return existsSync(bundled) ? new URL('./worker.js', import.meta.url) : new URL('./worker.ts', import.meta.url);
}

/**
 * Worker threads that parse and analyze, one wasm parser in each. Files are handed out in small
 * batches as workers finish (so one huge file does not hold up a thread's whole share), and the
 * outcomes are put back in input order. Memory stays bounded whatever the tree size: each worker's
 * heap is capped, and a worker that parsed a large file is replaced, since wasm memory only grows.
 * The first worker to run out of files is kept for what needs the whole crate (crateWide): its
 * engine is built and its code warm, where this thread would build an engine for it and run it cold.
 */
class AnalysisPool {
  private kept?: Worker;
  private readonly entry = workerEntry();
  private readonly rules: RuleDef[];
  private readonly modelDirs: string[];
  private readonly maxFileSize: number;
  private readonly inventory: boolean;

  constructor(rules: RuleDef[], modelDirs: string[], maxFileSize: number, inventory: boolean) {
    this.rules = rules;
    this.modelDirs = modelDirs;
    this.maxFileSize = maxFileSize;
    this.inventory = inventory;
  }

  async analyze(files: SourceFile[], threads: number): Promise<FileOutcome[]> {
    const { rules, modelDirs, maxFileSize, inventory, entry } = this;
    const outcomes: FileOutcome[] = new Array(files.length);
    const batch = Math.max(1, Math.min(16, Math.floor(files.length / (threads * 8))));
    let next = 0;
    const slot = () =>
      new Promise<void>((resolve, reject) => {
        const start = () => {
          const worker = new Worker(entry, { workerData: { rules, modelDirs, maxFileSize, inventory }, resourceLimits: WORKER_LIMITS });
          let finished = false;
          const done = () => {
            finished = true;
            worker.removeAllListeners('message');
            if (this.kept) void worker.terminate();
            else this.kept = worker;
            resolve();
          };
          const give = () => {
            if (next >= files.length) return done();
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
          worker.on('error', (e) => (finished ? undefined : reject(e)));
          worker.on('exit', (code) => {
            if (!finished) reject(new Error(`analysis worker exited with code ${code}`));
          });
        };
        start();
      });
    await Promise.all(Array.from({ length: threads }, slot));
    return outcomes;
  }

  /** crateWide in the kept worker (it reads the files it needs again). Rejects if the worker fails. */
  crateWide(analyses: FileAnalysis[], files: SourceFile[], fixes: boolean): Promise<{ findings: Finding[]; parsedAgain: number }> {
    const worker = this.kept;
    if (!worker) return Promise.reject(new Error('no analysis worker left'));
    return new Promise((resolve, reject) => {
      worker.once('message', (m: { crateWide?: { findings: Finding[]; parsedAgain: number }; error?: string }) => (m.crateWide ? resolve(m.crateWide) : reject(new Error(m.error))));
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('analysis worker exited')));
      worker.postMessage({ crateWide: { analyses, files, fixes } });
    });
  }

  close(): void {
    void this.kept?.terminate();
    this.kept = undefined;
  }
}

const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 48 };
/** A worker that parsed a file this large is replaced after its batch (its wasm memory grew; 512 KiB keeps peak RSS under 250 MB with two workers while recycling rarely). */
export const RECYCLE_AFTER_BYTES = 512 * 1024;
