import { parentPort, workerData } from 'node:worker_threads';
import type { RuleDef } from '../rules/catalog.ts';
import type { SourceFile } from './files.ts';
import { RECYCLE_AFTER_BYTES, analyzeFile, createEngine } from './scan.ts';

// One analysis worker: its own wasm parser and compiled rules; answers batches of files.
const { rules, modelDirs, maxFileSize, inventory } = workerData as { rules: RuleDef[]; modelDirs: string[]; maxFileSize: number; inventory?: boolean };
const engine = await createEngine(rules, modelDirs, inventory);
parentPort!.on('message', (m: { start: number; files: SourceFile[] }) => {
  const outcomes = m.files.map((f) => analyzeFile(engine, f, maxFileSize));
  const recycle = outcomes.some((o) => 'bytes' in o && o.bytes >= RECYCLE_AFTER_BYTES);
  parentPort!.postMessage({ start: m.start, outcomes, recycle });
});
parentPort!.postMessage({ ready: true });
