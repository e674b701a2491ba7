import { readFileSync } from 'node:fs';
import { collectRustFiles } from '/work/main/src/scan/files.ts';
import { createEngine, loadRuleSet } from '/work/main/src/scan/scan.ts';
import { loadRustParser } from '/work/main/src/analyzer/parser.ts';
const root = process.argv[2];
const files = collectRustFiles([root], root, []).map((f) => ({ path: f.path, text: readFileSync(f.absolute, 'utf8') })).filter(f => f.text.length < 2*1024*1024);
const bytes = files.reduce((a, f) => a + f.text.length, 0);
const p = await loadRustParser();
const engine = await createEngine(loadRuleSet({}));
let t = performance.now();
for (const f of files) { const tree = p.parser.parse(f.text); tree?.delete(); }
const parse = performance.now() - t;
t = performance.now();
let n = 0;
for (const f of files) { n += engine.analyze(f.path, f.text).findings.length; }
const analysis = performance.now() - t;
console.log({ files: files.length, mb: (bytes/1e6).toFixed(1), parse: parse.toFixed(0), analysis: analysis.toFixed(0), ratio: (analysis/parse).toFixed(2), n });
