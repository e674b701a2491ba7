import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { type Finding, SEVERITIES, type Severity } from '../finding.ts';
import type { RuleDef } from '../rules/catalog.ts';

// `.rust-crypto-gate.yml`: the project's settings, read by the CLI and the action alike (as
// clippy.toml or a CodeQL config file are): rules on or off, severity overrides, extra API models
// for the project's own wrapper crates, and paths not to report on.
//
//   rules:
//     disable: [unchecked-result]
//     severity: { weak-hash: low }
//   models: [crypto-models]        # folders of models/*.yml, relative to this file
//   exclude: ["vendor/**", "fuzz/**"]

export const CONFIG_FILE = '.rust-crypto-gate.yml';

export interface ProjectConfig {
  /** The file it was read from; undefined when there is none. */
  file?: string;
  disable: string[];
  severity: Record<string, Severity>;
  /** Absolute folders of model files. */
  models: string[];
  exclude: string[];
}

export class ConfigError extends Error {}

export const EMPTY_CONFIG: ProjectConfig = { disable: [], severity: {}, models: [], exclude: [] };

/** Reads `file`, or `.rust-crypto-gate.yml` in `dir` when there is one; no file is the empty config. */
export function loadProjectConfig(dir: string, file?: string): ProjectConfig {
  const path = file ? resolve(file) : join(dir, CONFIG_FILE);
  if (!existsSync(path)) {
    if (file) throw new ConfigError(`config file not found: ${file}`);
    return EMPTY_CONFIG;
  }
  return parseProjectConfig(readFileSync(path, 'utf8'), path);
}

export function parseProjectConfig(text: string, file: string): ProjectConfig {
  const fail = (msg: string): never => {
    throw new ConfigError(`${file}: ${msg}`);
  };
  let doc: Record<string, unknown>;
  try {
    doc = (parseYaml(text) ?? {}) as Record<string, unknown>;
  } catch (e) {
    return fail(`not valid YAML: ${(e as Error).message}`);
  }
  if (typeof doc !== 'object' || Array.isArray(doc)) fail('expected a mapping');
  const known = new Set(['rules', 'models', 'exclude']);
  for (const k of Object.keys(doc)) if (!known.has(k)) fail(`unknown key '${k}' (known: ${[...known].join(', ')})`);
  const strings = (v: unknown, what: string): string[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) fail(`'${what}' must be a list of strings`);
    return v as string[];
  };
  const rules = (doc.rules ?? {}) as Record<string, unknown>;
  if (typeof rules !== 'object' || Array.isArray(rules)) fail("'rules' must be a mapping with 'disable' and/or 'severity'");
  const severity: Record<string, Severity> = {};
  for (const [id, s] of Object.entries((rules.severity ?? {}) as Record<string, unknown>)) {
    if (!SEVERITIES.includes(s as Severity)) fail(`rules.severity.${id} must be one of ${SEVERITIES.join(', ')}`);
    severity[id] = s as Severity;
  }
  const base = dirname(file);
  return {
    file,
    disable: strings(rules.disable, 'rules.disable'),
    severity,
    models: strings(doc.models, 'models').map((m) => (isAbsolute(m) ? m : resolve(base, m))),
    exclude: strings(doc.exclude, 'exclude'),
  };
}

/** The rules the config leaves on; an unknown id in it is an error (a typo would silently do nothing). */
export function applyRuleConfig(rules: RuleDef[], config: ProjectConfig): RuleDef[] {
  const ids = new Set(rules.map((r) => r.id));
  for (const id of [...config.disable, ...Object.keys(config.severity)]) {
    if (!ids.has(id)) throw new ConfigError(`${config.file}: no rule '${id}' (known: ${[...ids].sort().join(', ')})`);
  }
  return rules.filter((r) => !config.disable.includes(r.id));
}

/** Severity overrides and excluded paths, applied to findings (paths relative to the scanned root). */
export function applyFindingConfig(findings: Finding[], config: ProjectConfig): Finding[] {
  const excluded = config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false;
  return findings.filter((f) => !excluded(f.file)).map((f) => (config.severity[f.ruleId] ? { ...f, severity: config.severity[f.ruleId] } : f));
}
