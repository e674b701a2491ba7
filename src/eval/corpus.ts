import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlMapping } from '../yaml-doc.ts';
import { SEVERITIES, type Severity } from '../finding.ts';

// The labelled real-code corpus (corpus/README.md): one YAML file per repository with the pinned
// commit, the files with their hashes, and hand labels. This module reads and validates it; it
// holds no code of those repositories.

export interface CorpusLabel {
  /** Lines on which a finding for this label may start. */
  lines: number[];
  /** Acceptable rule ids. */
  rules: string[];
  severity: Severity;
  note: string;
  debatable: boolean;
}

export interface CorpusFile {
  path: string;
  sha256: string;
  /** Materialized for crate context only; not scored. */
  context: boolean;
  correct: boolean;
  labels: CorpusLabel[];
}

export interface CorpusRepo {
  repo: string;
  commit: string;
  what: string;
  files: CorpusFile[];
  /** The YAML file it came from. */
  source: string;
}

export class CorpusError extends Error {}

/** The folder name of a repository in clones and in the materialized corpus: `owner+name`. */
export function repoDirName(repo: string): string {
  return repo.replace('/', '+');
}

export function loadCorpus(dir: string): CorpusRepo[] {
  const repos: CorpusRepo[] = [];
  const seen = new Set<string>();
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const source = join(dir, name);
    const repo = parseCorpusRepo(readFileSync(source, 'utf8'), source);
    if (seen.has(repo.repo)) throw new CorpusError(`${source}: ${repo.repo} is described twice`);
    seen.add(repo.repo);
    repos.push(repo);
  }
  return repos;
}

export function parseCorpusRepo(text: string, source: string): CorpusRepo {
  const fail = (msg: string): never => {
    throw new CorpusError(`${source}: ${msg}`);
  };
  const doc = parseYamlMapping(text, source, CorpusError);
  const repo = String(doc.repo ?? '');
  if (!/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(repo)) fail(`'repo' must be owner/name, not '${repo}'`);
  const commit = String(doc.commit ?? '');
  if (!/^[0-9a-f]{40}$/.test(commit)) fail(`'commit' must be 40 hex digits`);
  if (!Array.isArray(doc.files) || doc.files.length === 0) fail("'files' must be a non-empty list");
  const paths = new Set<string>();
  const files = (doc.files as Record<string, unknown>[]).map((f, i): CorpusFile => {
    const at = `files[${i}]`;
    const path = String(f?.path ?? '');
    if (!path || path.startsWith('/') || path.split('/').includes('..')) fail(`${at}: 'path' must be a relative path inside the repository`);
    if (paths.has(path)) fail(`${at}: ${path} is listed twice`);
    paths.add(path);
    const sha256 = String(f.sha256 ?? '');
    if (!/^[0-9a-f]{64}$/.test(sha256)) fail(`${at} (${path}): 'sha256' must be 64 hex digits`);
    const context = f.context === true;
    const rawLabels = f.labels ?? [];
    if (!Array.isArray(rawLabels)) fail(`${at} (${path}): 'labels' must be a list`);
    if (context && (rawLabels as unknown[]).length) fail(`${at} (${path}): a context file is not scored, so it has no labels`);
    const labels = (rawLabels as Record<string, unknown>[]).map((l, j): CorpusLabel => {
      const where = `${at} (${path}) labels[${j}]`;
      const lines = (l.lines ?? (l.line !== undefined ? [l.line] : [])) as unknown[];
      if (!Array.isArray(lines) || lines.length === 0 || !lines.every((n) => Number.isInteger(n) && (n as number) > 0)) fail(`${where}: 'line' (or 'lines') must be 1-based line numbers`);
      const rules = (Array.isArray(l.rule) ? l.rule : [l.rule]).map(String);
      if (!rules.every((r) => /^[a-z0-9][a-z0-9/-]*$/.test(r))) fail(`${where}: 'rule' must be a rule id or a list of them`);
      const severity = String(l.severity ?? '') as Severity;
      if (!SEVERITIES.includes(severity)) fail(`${where}: 'severity' must be one of ${SEVERITIES.join(', ')}`);
      return { lines: lines as number[], rules, severity, note: String(l.note ?? ''), debatable: l.debatable === true };
    });
    return { path, sha256, context, correct: f.correct === true, labels };
  });
  return { repo, commit, what: String(doc.what ?? ''), files, source };
}
