import { type Severity, parseSeverity } from '../finding.ts';

// The action's inputs, read and validated in one place. Pure: it is given a getter, so tests and
// main.ts share it; an invalid value is an error naming the input and what it accepts.

export interface Config {
  token: string;
  workingDirectory: string;
  failOn: Severity | 'none';
  build: 'auto' | 'always' | 'never';
  cargoArgs: string[];
  cargoTimeoutMinutes: number;
  failOnBuildError: boolean;
  allowUntrustedBuild: boolean;
  scope: 'changed' | 'all';
  include: string[];
  exclude: string[];
  /** Extra API model folders (repository-relative). */
  models: string[];
  /** The project config file; '' means `.rust-crypto-gate.yml` in the working directory, if any. */
  configFile: string;
  sarifFile: string;
  /** Where to write the crypto inventory (CycloneDX 1.6 CBOM). */
  cbomFile: string;
  uploadSarif: boolean;
  comment: boolean;
  inlineComments: boolean;
  codeql: 'auto' | 'api' | 'off';
  codeqlSarif: string;
  codeqlLineTolerance: number;
}

export class ConfigError extends Error {}

export function readConfig(get: (name: string) => string): Config {
  const str = (name: string, fallback: string) => get(name).trim() || fallback;
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = str(name, fallback).toLowerCase();
    if (!(allowed as readonly string[]).includes(v)) throw new ConfigError(`input '${name}' must be one of ${allowed.join(', ')}; got '${v}'`);
    return v as T;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const v = str(name, String(fallback)).toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v)) return true;
    if (['false', 'no', '0', 'off'].includes(v)) return false;
    throw new ConfigError(`input '${name}' must be true or false; got '${v}'`);
  };
  const list = (name: string) =>
    get(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const failOn = parseSeverity(str('fail-on', 'critical'));
  if (!failOn) throw new ConfigError(`input 'fail-on' must be one of critical, high, medium, low, none; got '${get('fail-on')}'`);
  const timeout = Number(str('cargo-timeout-minutes', '15'));
  if (!(timeout > 0)) throw new ConfigError(`input 'cargo-timeout-minutes' must be a positive number; got '${get('cargo-timeout-minutes')}'`);
  const tolerance = Number(str('codeql-line-tolerance', '2'));
  if (!(Number.isInteger(tolerance) && tolerance >= 0)) throw new ConfigError(`input 'codeql-line-tolerance' must be a whole number of lines; got '${get('codeql-line-tolerance')}'`);
  return {
    token: get('token').trim(),
    workingDirectory: str('working-directory', '.'),
    failOn,
    build: oneOf('build', ['auto', 'always', 'never'] as const, 'auto'),
    cargoArgs: splitArgs(get('cargo-args')),
    cargoTimeoutMinutes: timeout,
    failOnBuildError: bool('fail-on-build-error', true),
    allowUntrustedBuild: bool('allow-untrusted-build', false),
    scope: oneOf('scope', ['changed', 'all'] as const, 'changed'),
    include: list('include'),
    exclude: list('exclude'),
    models: list('models'),
    configFile: get('config').trim(),
    sarifFile: str('sarif-file', 'rust-crypto-gate.sarif'),
    cbomFile: str('cbom-file', 'rust-crypto-gate.cdx.json'),
    uploadSarif: bool('upload-sarif', true),
    comment: bool('comment', true),
    inlineComments: bool('inline-comments', true),
    codeql: oneOf('codeql', ['auto', 'api', 'off'] as const, 'auto'),
    codeqlSarif: get('codeql-sarif').trim(),
    codeqlLineTolerance: tolerance,
  };
}

/** Shell-like splitting of `cargo-args` (quotes group words; no expansion, nothing is run by a shell). */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]));
  return out;
}
