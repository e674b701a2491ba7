// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the analysis worker (dist/worker.js) into dist/ as ESM for Node 20+, with both wasm files beside it (the parser finds
// them there at run time). Deterministic output, so CI can check that dist/ is current.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/scan/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // The CycloneDX library's optional plug-ins (XML output, schema validation, purl/SPDX parsing),
  // which it requires only when asked for them: we write JSON only, so they stay out of the bundle.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019', 'packageurl-js', 'spdx-expression-parse'],
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __rcgCreateRequire } from 'node:module';\nconst require = __rcgCreateRequire(import.meta.url);" },
});
copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), 'dist/web-tree-sitter.wasm');
copyFileSync(require.resolve('tree-sitter-rust/tree-sitter-rust.wasm'), 'dist/tree-sitter-rust.wasm');

// What start-up would compute from the built-in rules and models, computed now (src/yaml-doc.ts):
// each YAML file parsed (only documents that survive JSON unchanged are listed), and the literals
// each `re:` trigger and each query's `#match?` regex requires. Start-up finds each entry by its exact input.
const { deriveRequiredLiterals, queryRegexes } = await import('../src/analyzer/prefilter.ts');
const data = { yaml: [], regexLiterals: [] };
const regexes = new Set();
for (const dir of ['rules', 'models']) {
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const text = readFileSync(`${dir}/${name}`, 'utf8');
    const doc = parseYaml(text);
    const json = JSON.stringify(doc);
    if (isDeepStrictEqual(JSON.parse(json), doc)) data.yaml.push([text, json]);
    for (const t of Array.isArray(doc?.triggers) ? doc.triggers : []) if (typeof t === 'string' && t.startsWith('re:')) regexes.add(t.slice(3));
    // (and the regexes of the rules' query predicates, which decide whether a query runs at all)
    for (const p of Array.isArray(doc?.patterns) ? doc.patterns : []) if (typeof p?.query === 'string') for (const re of queryRegexes(p.query)) regexes.add(re);
  }
}
for (const source of [...regexes].sort()) data.regexLiterals.push([source, deriveRequiredLiterals(source)]);
writeFileSync('dist/builtin-data.json', `${JSON.stringify(data)}\n`);
