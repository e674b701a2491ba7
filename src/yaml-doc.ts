import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * The file `npm run bundle` writes into dist/: what start-up would otherwise compute from the
 * built-in rules and models — each YAML file as its text and its parsed document, and the literals
 * each built-in `re:` trigger requires (src/analyzer/prefilter.ts) — keyed by their input.
 */
export const BUNDLED_DATA_FILE = 'builtin-data.json';

export interface BundledData {
  yaml: [text: string, json: string][];
  regexLiterals: [source: string, clauses: string[][]][];
}

let bundled: { yaml: Map<string, string>; regexLiterals: Map<string, string[][]> } | undefined;

/**
 * The bundle-time table (dist/builtin-data.json, beside the bundle or, from src/, in the
 * checkout's dist/). Entries are found by their exact input, so a file being edited, or a user's
 * own rule, is simply not in it and is computed as usual.
 */
export function bundledData(): { yaml: Map<string, string>; regexLiterals: Map<string, string[][]> } {
  if (!bundled) {
    bundled = { yaml: new Map(), regexLiterals: new Map() };
    const here = dirname(fileURLToPath(import.meta.url));
    const file = [join(here, BUNDLED_DATA_FILE), join(here, '..', 'dist', BUNDLED_DATA_FILE)].find(existsSync);
    try {
      if (file) {
        const data = JSON.parse(readFileSync(file, 'utf8')) as BundledData;
        bundled = { yaml: new Map(data.yaml), regexLiterals: new Map(data.regexLiterals) };
      }
    } catch {
      // A damaged file only costs the work it would have saved.
    }
  }
  return bundled;
}

/** `yaml`'s parse, answered from the bundle-time table when the text is one of the built-in files (a fresh object each time). */
export function parseYamlText(text: string): unknown {
  const known = bundledData().yaml.get(text);
  return known === undefined ? parseYaml(text) : JSON.parse(known);
}

/**
 * A YAML document that must be a mapping (rules, models, corpus manifests, the project config),
 * with errors that name the file: the error type is the caller's, so each loader reports its own.
 */
export function parseYamlMapping(text: string, file: string, error: new (message: string) => Error): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = parseYamlText(text);
  } catch (e) {
    throw new error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new error(`${file}: expected a mapping`);
  return doc as Record<string, unknown>;
}
