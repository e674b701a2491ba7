import type { Finding, Note } from '../finding.ts';
import { Engine, type FileAnalysis, finalize } from '../analyzer/engine.ts';
import { CHECK_NAMES } from '../analyzer/checks/index.ts';
import { loadRustParser } from '../analyzer/parser.ts';
import { builtinRulesDir, loadRules, type RuleDef } from '../rules/catalog.ts';
import { DEFAULT_MAX_FILE_SIZE, type SourceFile, collectRustFiles, readRustSource } from './files.ts';

export interface ScanOptions {
  /** Paths in findings and SARIF are relative to this folder. */
  root: string;
  /** Extra rule folders (`--rules DIR`), after the built-in ones. */
  ruleDirs?: string[];
  /** Replace the built-in rules instead of adding to them. */
  noBuiltinRules?: boolean;
  maxFileSize?: number;
}

export interface ScanResult {
  findings: Finding[];
  notes: Note[];
  rules: RuleDef[];
  filesScanned: number;
  bytesScanned: number;
}

export function loadRuleSet(options: Pick<ScanOptions, 'ruleDirs' | 'noBuiltinRules'>): RuleDef[] {
  const dirs = [...(options.noBuiltinRules ? [] : [builtinRulesDir()]), ...(options.ruleDirs ?? [])];
  return loadRules(dirs, CHECK_NAMES);
}

export async function createEngine(rules: RuleDef[]): Promise<Engine> {
  return new Engine(await loadRustParser(), rules);
}

/** Scans files and folders; one bad file never stops the others. */
export async function scanPaths(paths: string[], options: ScanOptions): Promise<ScanResult> {
  const notes: Note[] = [];
  const rules = loadRuleSet(options);
  const files = collectRustFiles(paths, options.root, notes);
  return scanFiles(files, rules, options, notes);
}

export async function scanFiles(files: SourceFile[], rules: RuleDef[], options: ScanOptions, notes: Note[] = []): Promise<ScanResult> {
  const engine = await createEngine(rules);
  const analyses: FileAnalysis[] = [];
  let bytes = 0;
  let scanned = 0;
  for (const file of files) {
    const read = readRustSource(file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) {
      notes.push(read.note);
      continue;
    }
    bytes += read.text.length;
    scanned++;
    try {
      const analysis = engine.analyze(file.path, read.text);
      notes.push(...analysis.notes);
      analyses.push(analysis);
    } catch (e) {
      // An analyzer bug on one file must not lose the findings of the others.
      notes.push({ level: 'error', file: file.path, message: `internal error while analyzing: ${(e as Error).message}` });
    }
  }
  return { findings: finalize(analyses, rules), notes, rules, filesScanned: scanned, bytesScanned: bytes };
}
