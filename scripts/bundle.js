// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the analysis worker (dist/worker.js) into dist/ as ESM for Node 20+, with both wasm files beside it (the parser finds
// them there at run time). Deterministic output, so CI can check that dist/ is current.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

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
