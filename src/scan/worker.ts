import { parentPort, workerData } from 'node:worker_threads';
import type { FileAnalysis } from '../analyzer/engine.ts';
import type { RuleDef } from '../rules/catalog.ts';
import { type SourceFile, readRustSource } from './files.ts';
import { RECYCLE_AFTER_BYTES, analyzeFile, crateWide, createEngine } from './scan.ts';

// One analysis worker: its own wasm parser and compiled rules; answers batches of files, and at the
// end (one worker) what needs the whole crate.
const { rules, modelDirs, maxFileSize, inventory } = workerData as { rules: RuleDef[]; modelDirs: string[]; maxFileSize: number; inventory?: boolean };
const engine = await createEngine(rules, modelDirs, inventory);
type Batch = { start: number; files: SourceFile[] };
type CrateWide = { crateWide: { analyses: FileAnalysis[]; files: SourceFile[]; fixes: boolean } };
parentPort!.on('message', (m: Batch | CrateWide) => {
  if ('crateWide' in m) {
    const { analyses, files, fixes } = m.crateWide;
    const byPath = new Map(files.map((f) => [f.path, f]));
    const textOf = (path: string) => {
      const f = byPath.get(path);
      const read = f ? readRustSource(f, maxFileSize) : undefined;
      return read?.ok ? read.text : undefined;
    };
    crateWide(analyses, rules, async () => engine, textOf, (path) => byPath.get(path)?.crate, fixes).then(
      (result) => parentPort!.postMessage({ crateWide: result }),
      (e: Error) => parentPort!.postMessage({ error: e.message }),
    );
    return;
  }
  // Only parsing grows the wasm memory: a large file the prefilter skipped (a generated table) costs no restart.
  let recycle = false;
  const outcomes = m.files.map((f) => {
    const parsed = engine.parses.analyze;
    const o = analyzeFile(engine, f, maxFileSize);
    recycle ||= 'bytes' in o && o.bytes >= RECYCLE_AFTER_BYTES && engine.parses.analyze > parsed;
    return o;
  });
  parentPort!.postMessage({ start: m.start, outcomes, recycle });
});
parentPort!.postMessage({ ready: true });
