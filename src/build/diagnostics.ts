import type { Finding } from '../finding.ts';
import { toPosix } from '../scan/files.ts';
import { posix } from 'node:path';

// cargo's JSON messages → findings. Pure: takes the lines cargo printed, returns data.

export const COMPILE_ERROR = 'build/compile-error';
export const API_HALLUCINATION = 'build/api-hallucination';

/** Error codes for names, paths, types, methods or signatures that do not exist. */
const DOES_NOT_EXIST = new Set(['E0405', 'E0407', 'E0412', 'E0422', 'E0423', 'E0425', 'E0432', 'E0433', 'E0560', 'E0574', 'E0599', 'E0609', 'E0061', 'E0107', 'E0220', 'E0576', 'E0046']);

/** Crates and types whose APIs LLMs invent most: a missing name that mentions one is a hallucination. */
const CRYPTO_NAMES =
  /\b(aes_gcm_siv|aes_gcm|aes_siv|chacha20poly1305|chacha20|aead|ring|openssl|rand_core|rand_chacha|rand|getrandom|argon2|pbkdf2|hkdf|hmac|sha2|sha1|sha3|md5|md_5|blake2|blake3|digest|generic_array|cipher|crypto_common|password_hash|subtle|zeroize|scrypt|bcrypt|AesGcm\w*|Aes(128|192|256)\w*|ChaCha\w*|XChaCha\w*|Nonce|XNonce|KeyInit|KeySizeUser|Aead\w*|OsRng|ThreadRng|StdRng|SaltString|Argon2|Params|Hmac|Mac|Sha\d+|Sha1|Md5|LessSafeKey|UnboundKey|SealingKey|OpeningKey|NonceSequence|SystemRandom|SecureRandom|Crypter|Cipher|GenericArray|Payload|Tag)\b/;

export interface CargoSpan {
  file_name: string;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  text?: { text: string }[];
  suggested_replacement?: string | null;
}

export interface CargoDiagnostic {
  level: string;
  message: string;
  code?: { code: string } | null;
  spans: CargoSpan[];
  children: CargoDiagnostic[];
  rendered?: string | null;
}

export interface CargoOutcome {
  success: boolean;
  diagnostics: CargoDiagnostic[];
  /** Lines that were not JSON (cargo's own errors: bad manifest, missing crate). */
  otherErrors: string[];
}

/** Reads `cargo check --message-format=json` output (stdout) and cargo's stderr. */
export function parseCargoOutput(stdout: string, stderr = ''): CargoOutcome {
  const diagnostics: CargoDiagnostic[] = [];
  let success = false;
  let finished = false;
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    let msg: { reason?: string; message?: CargoDiagnostic; success?: boolean };
    try {
      msg = JSON.parse(line);
    } catch {
      continue;
    }
    if (msg.reason === 'compiler-message' && msg.message) diagnostics.push(msg.message);
    if (msg.reason === 'build-finished') {
      finished = true;
      success = !!msg.success;
    }
  }
  const otherErrors = stderr
    .split('\n')
    .filter((l) => /^error(\[|:)/.test(l) && !/could not compile|aborting due to|build failed/.test(l));
  return { success: finished && success && otherErrors.length === 0, diagnostics, otherErrors };
}

export interface BuildFindingOptions {
  /** The repository root: compiler paths are made relative to it. */
  root: string;
  /** The folder cargo ran in (compiler paths are relative to the workspace root). */
  workspaceRoot: string;
  lineText: (file: string, line: number) => string;
}

/** Errors as findings, deduplicated across targets (a bin and its test target report the same error). */
export function diagnosticsToFindings(diagnostics: CargoDiagnostic[], options: BuildFindingOptions): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    if (d.level !== 'error' && d.level !== 'error: internal compiler error') continue;
    const span = d.spans.find((s) => s.is_primary) ?? d.spans[0];
    const code = d.code?.code ?? '';
    const absolute = span ? (posix.isAbsolute(toPosix(span.file_name)) ? toPosix(span.file_name) : posix.join(toPosix(options.workspaceRoot), toPosix(span.file_name))) : '';
    const file = span ? posix.relative(toPosix(options.root), absolute) : '';
    const key = `${file}:${span?.line_start}:${span?.column_start}:${code}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const spanText = span?.text?.map((t) => t.text).join('\n') ?? '';
    const kind = errorKind(d, spanText);
    const hallucination = kind === 'hallucination';
    const suggestion = suggestionOf(d);
    const message = hallucination
      ? `API hallucination: ${d.message} [${code}]. This crypto API does not exist in the crate version the build resolved${suggestion ? `; ${suggestion}` : ''}. Check the crate's documentation for the real API.`
      : kind === 'missing-import'
        ? `Does not compile: ${d.message} [${code}]. The API exists but is not imported: add \`${missingImportOf(d)}\``
        : `Does not compile: ${d.message}${code ? ` [${code}]` : ''}${suggestion ? `; ${suggestion}` : ''}`;
    const region = span
      ? { startLine: span.line_start, startColumn: span.column_start, endLine: span.line_end, endColumn: span.column_end }
      : { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    out.push({
      ruleId: hallucination ? API_HALLUCINATION : COMPILE_ERROR,
      severity: 'high',
      cwe: hallucination ? [477, 1357] : [1164],
      file: file || 'Cargo.toml',
      region,
      message,
      related: [],
      lineText: span ? options.lineText(file, span.line_start) : '',
      fingerprint: '',
    });
  }
  return out;
}

/**
 * The `use` line rustc offers when what the code names exists in a dependency but is not imported:
 * "trait `Aead` which provides `encrypt` is implemented but not in scope; perhaps you want to import
 * it", "consider importing this struct". A missing import, not an invented API.
 */
export function missingImportOf(d: CargoDiagnostic): string | undefined {
  for (const c of d.children) {
    if (c.level !== 'help' || !/is implemented but not in scope|perhaps add a `use` for it|consider importing/.test(c.message)) continue;
    const use = c.spans.map((s) => s.suggested_replacement).find((r): r is string => !!r && /^\s*use\s/.test(r));
    if (use) return use.trim();
  }
  return undefined;
}

export type ErrorKind = 'hallucination' | 'missing-import' | 'other';

/** A compiler error: a crypto API that does not exist, one that exists but is not imported, or anything else. */
export function errorKind(d: CargoDiagnostic, spanText = (d.spans.find((s) => s.is_primary) ?? d.spans[0])?.text?.map((t) => t.text).join('\n') ?? ''): ErrorKind {
  const code = d.code?.code ?? '';
  if (!DOES_NOT_EXIST.has(code) || !(CRYPTO_NAMES.test(d.message) || CRYPTO_NAMES.test(spanText))) return 'other';
  return missingImportOf(d) ? 'missing-import' : 'hallucination';
}

/** The compiler's own fix, if it offered one: "did you mean `new_from_slice`". */
function suggestionOf(d: CargoDiagnostic): string | undefined {
  for (const c of d.children) {
    if (c.level !== 'help') continue;
    const replacement = c.spans.find((s) => s.suggested_replacement)?.suggested_replacement;
    if (replacement) return `the compiler suggests \`${replacement}\` (${c.message})`;
    if (/similar name|did you mean|consider importing|a similar/.test(c.message)) return `the compiler says: ${c.message}`;
  }
  return undefined;
}
