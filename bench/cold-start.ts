// Cold start in a fresh process: wasm runtime + grammar load, then rule loading and query compilation.
const t0 = performance.now();
const { loadRustParser } = await import('../src/analyzer/parser.ts');
const { loadRuleSet } = await import('../src/scan/scan.ts');
const { Engine } = await import('../src/analyzer/engine.ts');
const t1 = performance.now();
const parser = await loadRustParser();
const t2 = performance.now();
const { loadModels } = await import('../src/analyzer/models.ts');
const engine = new Engine(parser, loadRuleSet({}), loadModels());
const t3 = performance.now();
engine.analyze('warm.rs', 'fn main() { let n = Nonce::from_slice(b"unique nonce"); c.encrypt(n, b"x".as_ref()); }\n');
const t4 = performance.now();
process.stdout.write(JSON.stringify({ imports: t1 - t0, wasm: t2 - t1, rules: t3 - t2, firstFile: t4 - t3, total: t4 - t0 }));
