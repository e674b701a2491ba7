import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, Query } from 'web-tree-sitter';

// The bundle in dist/ carries both wasm files beside it; from source they come from node_modules.
function locateWasm(fileName: string, packageSpecifier: string): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), fileName);
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(packageSpecifier);
}

export interface RustParser {
  parser: Parser;
  language: Language;
  query(source: string): Query;
}

let loading: Promise<RustParser> | undefined;

/** Loads the wasm runtime and the Rust grammar once per process (or worker). */
export function loadRustParser(): Promise<RustParser> {
  loading ??= (async () => {
    const runtimeWasm = locateWasm('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtimeWasm });
    const language = await Language.load(locateWasm('tree-sitter-rust.wasm', 'tree-sitter-rust/tree-sitter-rust.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, language, query: (source: string) => new Query(language, source) };
  })();
  return loading;
}
