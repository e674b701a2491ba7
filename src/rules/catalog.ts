import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlText } from '../yaml-doc.ts';
import { SEVERITIES, type Severity } from '../finding.ts';

// Rules are data: one YAML file per rule in rules/, with its fixtures in a folder of the same name.
// This module reads and validates them; it knows nothing about how a check works.

export interface QueryPattern {
  /** A tree-sitter query; the `@finding` capture is where the finding goes. */
  query: string;
  /** May use `{{capture}}` to quote a capture's text. */
  message: string;
  severity?: Severity;
}

export interface RuleDef {
  id: string;
  name: string;
  severity: Severity;
  securitySeverity: number;
  cwe: number[];
  precision: 'very-high' | 'high' | 'medium' | 'low';
  tags: string[];
  shortDescription: string;
  fullDescription: string;
  /** Markdown: why it is dangerous, a bad example, the fix. */
  help: string;
  /** The named semantic check in src/analyzer/checks that implements the rule. */
  check?: string;
  patterns: QueryPattern[];
  /** Severity in test code (`#[cfg(test)]`, `#[test]`, tests/, examples/, benches/), when lower. */
  testSeverity?: Severity;
  /**
   * The rule runs on a file only if one of these occurs in its code, comments left out (a cheap
   * prefilter): a string at the start of a word, `w:word` (a whole word), `n:piece` (a piece of a
   * name: no letter, digit or quote on either side), `a&b|c` (words: a, and b or c), or `re:<regex>`.
   */
  triggers: string[];
  /**
   * Kinds of modelled sinks the rule's check asks about (`key`, `iterations`, …): every call name
   * the models give those kinds is a trigger too, so triggers cannot drift from the models.
   */
  sinks: string[];
  /** Kinds of modelled sources (`weak-random`, `clock`) whose names are triggers too. */
  sources: string[];
  /**
   * Where the rule's check looks (`items-with`): `functions`, only in functions whose code holds one
   * of these (`==`; `w:eq`, a whole word; `i:nonce`, in any case; `sink:decrypt`, a call name the
   * models give that kind); `consts`, only at consts and statics whose code holds one of these,
   * written the same way (none: `[]`), at those the rest names, and at those more than a plain
   * value; `macros`, only at macros invoked or defined as items whose code holds one of these;
   * `types`, likewise at `struct`/`enum`/`union`/`type` items. In a file where only such rules run,
   * the other items are not parsed (partial.ts). Absent: the rule reads the whole file.
   */
  itemsWith?: { functions?: string[]; consts?: string[]; macros?: string[]; types?: string[] };
  /** The YAML file, and the folder of Rust fixtures beside it (if any). */
  file: string;
  fixtures?: string;
}

export class RuleError extends Error {}

const SECURITY_SEVERITY_BANDS: Record<Severity, [number, number]> = {
  critical: [9.0, 10.0],
  high: [7.0, 8.9],
  medium: [4.0, 6.9],
  low: [0.1, 3.9],
};

/** The rules/ folder shipped with the tool: beside dist/, or at the repository root when run from src/. */
export function builtinRulesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'rules'), join(here, '..', '..', 'rules')]) {
    if (existsSync(join(candidate, 'constant-nonce.yml'))) return resolve(candidate);
  }
  throw new RuleError(`built-in rules not found near ${here}`);
}

export function loadRules(dirs: string[], knownChecks: ReadonlySet<string>): RuleDef[] {
  const rules: RuleDef[] = [];
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RuleError(`rules directory not found: ${dir}`);
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = join(dir, name);
      const rule = parseRule(readFileSync(file, 'utf8'), file, knownChecks);
      const previous = seen.get(rule.id);
      if (previous) throw new RuleError(`${file}: rule id '${rule.id}' is already defined in ${previous}`);
      seen.set(rule.id, file);
      rules.push(rule);
    }
  }
  return rules;
}

export function parseRule(text: string, file: string, knownChecks: ReadonlySet<string>): RuleDef {
  let doc: Record<string, unknown>;
  try {
    doc = parseYamlText(text) as Record<string, unknown>;
  } catch (e) {
    throw new RuleError(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const fail = (msg: string): never => {
    throw new RuleError(`${file}: ${msg}`);
  };
  if (!doc || typeof doc !== 'object') fail('expected a mapping');
  const str = (key: string, required = true): string => {
    const v = doc[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (required) fail(`'${key}' is required and must be a non-empty string`);
    return '';
  };
  const id = str('id');
  if (!/^[a-z0-9][a-z0-9/-]*$/.test(id)) fail(`id '${id}' must be lower-case words joined by '-'`);
  const severity = str('severity') as Severity;
  if (!SEVERITIES.includes(severity)) fail(`severity must be one of ${SEVERITIES.join(', ')}`);
  const securitySeverity = Number(doc['security-severity']);
  const [lo, hi] = SECURITY_SEVERITY_BANDS[severity];
  if (!(securitySeverity >= lo && securitySeverity <= hi))
    fail(`security-severity ${doc['security-severity']} does not fit severity '${severity}' (${lo}–${hi})`);
  const cwe = doc.cwe;
  if (!Array.isArray(cwe) || cwe.length === 0 || !cwe.every((c) => Number.isInteger(c))) fail("'cwe' must be a list of CWE numbers");
  const precision = str('precision') as RuleDef['precision'];
  if (!['very-high', 'high', 'medium', 'low'].includes(precision)) fail('precision must be very-high, high, medium or low');
  const check = str('check', false) || undefined;
  if (check && !knownChecks.has(check)) fail(`unknown check '${check}' (known: ${[...knownChecks].sort().join(', ')})`);
  const patterns: QueryPattern[] = [];
  const rawPatterns = doc.patterns;
  if (rawPatterns !== undefined) {
    if (!Array.isArray(rawPatterns)) fail("'patterns' must be a list");
    for (const [i, p] of (rawPatterns as Record<string, unknown>[]).entries()) {
      if (typeof p?.query !== 'string' || typeof p?.message !== 'string') fail(`patterns[${i}] needs 'query' and 'message'`);
      if (p.severity !== undefined && !SEVERITIES.includes(p.severity as Severity)) fail(`patterns[${i}].severity is not a severity`);
      patterns.push({ query: p.query as string, message: p.message as string, severity: p.severity as Severity | undefined });
    }
  }
  if (!check && patterns.length === 0) fail("a rule needs 'check' or 'patterns'");
  const testSeverity = str('test-severity', false) as Severity | '';
  if (testSeverity && !SEVERITIES.includes(testSeverity)) fail('test-severity must be a severity');
  const triggers = doc.triggers ?? [];
  if (!Array.isArray(triggers) || !triggers.every((t) => typeof t === 'string')) fail("'triggers' must be a list of strings");
  for (const t of triggers as string[]) {
    if (!t.startsWith('re:')) continue;
    try {
      new RegExp(t.slice(3));
    } catch (e) {
      fail(`trigger '${t}' is not a valid regex: ${(e as Error).message}`);
    }
  }
  const sources = doc.sources ?? [];
  if (!Array.isArray(sources) || !sources.every((t) => typeof t === 'string')) fail("'sources' must be a list of source kinds");
  const sinks = doc.sinks ?? [];
  if (!Array.isArray(sinks) || !sinks.every((t) => typeof t === 'string')) fail("'sinks' must be a list of model kinds");
  const itemsWith = doc['items-with'] as Record<string, unknown> | undefined;
  if (itemsWith !== undefined) {
    // (`consts: []`: only the consts and statics that what is parsed names.)
    const strings = (v: unknown, empty: boolean) => Array.isArray(v) && (empty || v.length > 0) && v.every((t) => typeof t === 'string' && t.replace(/^(w|i|sink):/, ''));
    const keys = itemsWith && typeof itemsWith === 'object' && !Array.isArray(itemsWith) ? Object.keys(itemsWith) : [];
    if (keys.length === 0 || !keys.every((k) => ['functions', 'consts', 'macros', 'types'].includes(k) && strings(itemsWith[k], k !== 'functions'))) fail("'items-with' must map 'functions', 'consts', 'macros' or 'types' to lists of non-empty strings (only 'functions' may not be an empty list)");
  }
  const fixtures = join(dirname(file), basename(file).replace(/\.ya?ml$/, ''));
  return {
    id,
    name: str('name'),
    severity,
    securitySeverity,
    cwe: cwe as number[],
    precision,
    tags: Array.isArray(doc.tags) ? (doc.tags as unknown[]).map(String) : [],
    shortDescription: str('short-description'),
    fullDescription: str('full-description'),
    help: str('help'),
    check,
    patterns,
    testSeverity: testSeverity || undefined,
    triggers: triggers as string[],
    sinks: sinks as string[],
    sources: sources as string[],
    ...(itemsWith ? { itemsWith: itemsWith as RuleDef['itemsWith'] } : {}),
    file,
    fixtures: existsSync(fixtures) ? fixtures : undefined,
  };
}
