import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeNameIn, fieldSinksIn } from '../apis.ts';
import type { CheckContext } from '../check-context.ts';
import type { Span } from '../model.ts';
import { integerLiteral } from '../values.ts';
import { span } from '../model.ts';
import { quote } from './common.ts';

// weak-kdf-cost: password hashing whose work factor is too low for OWASP's Password Storage Cheat
// Sheet — PBKDF2 iterations (600 000 for HMAC-SHA256, 210 000 for SHA-512, 1 300 000 for SHA-1),
// bcrypt cost 10, scrypt N = 2^17, Argon2id 19 MiB with 2 passes (or an equivalent pair).

export const COST_KINDS = new Set(['iterations', 'bcrypt-cost', 'scrypt-log-n', 'argon2-m-cost', 'argon2-t-cost']);
export const BCRYPT_MIN = 10;
export const SCRYPT_LOG_N_MIN = 17;
/** OWASP's equivalent Argon2id settings: memory (KiB) at least this for t passes. */
export const ARGON2_MIN_M_FOR_T: Record<number, number> = { 1: 47104, 2: 19456, 3: 12288, 4: 9216, 5: 7168 };
const ARGON2_MIN_M = 7168;

export function pbkdf2Floor(text: string): { floor: number; hash: string } {
  if (/sha512|SHA512|Sha512/.test(text)) return { floor: 210_000, hash: 'HMAC-SHA512' };
  if (/sha1\b|SHA1\b|Sha1\b/.test(text)) return { floor: 1_300_000, hash: 'HMAC-SHA1' };
  return { floor: 600_000, hash: 'HMAC-SHA256' };
}

export function argon2Weak(m: number, t: number | undefined): boolean {
  if (t === undefined) return m < ARGON2_MIN_M;
  if (t >= 5) return m < ARGON2_MIN_M_FOR_T[5];
  return m < (ARGON2_MIN_M_FOR_T[t] ?? ARGON2_MIN_M_FOR_T[1]);
}

/** `major.minor` of a version requirement (`"0.4"`, `"^0.8.2"`, `"=0.4.1"`), when it states one. */
function majorMinor(req: string | undefined): [number, number] | undefined {
  const m = /(\d+)\.(\d+)/.exec(req ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}
const before = (v: [number, number] | undefined, major: number, minor: number) => !!v && (v[0] < major || (v[0] === major && v[1] < minor));

/**
 * pbkdf2 before 0.12 hashes with 10 000 rounds of HMAC-SHA256 by default (0.12 raised it to OWASP's
 * 600 000): `Pbkdf2.hash_password(pw, &salt)` — the `PasswordHasher` with its default `Params`.
 */
function pbkdf2Defaults(ctx: CheckContext, version: string): void {
  const { model } = ctx;
  for (const call of model.calls) {
    const fn = call.childForFieldName('function');
    if (fn?.type !== 'field_expression' || fn.childForFieldName('field')?.text !== 'hash_password') continue;
    const recv = fn.childForFieldName('value')?.text.replace(/\s+/g, '') ?? '';
    // (Two arguments: password and salt. Before 0.10 `hash_password` took the params itself.)
    if (!/^(pbkdf2::(simple::)?)?Pbkdf2$/.test(recv) || argumentsOf(call).length !== 2) continue;
    ctx.report(span(call), `\`${quote(model, call, 40)}\` with pbkdf2 ${version} uses its default of 10,000 rounds of HMAC-SHA256: OWASP recommends at least 600,000, so each password guess is 60 times cheaper for an attacker. Pass \`Params { rounds: 600_000, .. }\` to \`hash_password_customized\`, or upgrade to pbkdf2 0.12, whose default is 600,000.`);
  }
}

/**
 * Defaults that were below OWASP's minimum in the version the crate asks for: argon2 (RustCrypto)
 * before 0.5 (`Params::default()`: 4 MiB, t = 3), rust-argon2 before 2.0 (`Config::default()`:
 * Argon2i, 4 MiB, t = 3). Reported where the default is handed to the hasher.
 */
function weakDefaults(ctx: CheckContext): void {
  const { model } = ctx;
  const versions = ctx.crate?.versions ?? {};
  const rustCrypto = before(majorMinor(versions['argon2']), 0, 5);
  const rustArgon2 = before(majorMinor(versions['rust-argon2']), 2, 0);
  if (before(majorMinor(versions['pbkdf2']), 0, 12)) pbkdf2Defaults(ctx, versions['pbkdf2']!);
  if (!rustCrypto && !rustArgon2) return;
  for (const call of model.calls) {
    const fn = call.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '';
    const which = rustCrypto && /(^|::)(Params|Argon2)::default$/.test(fn) ? `argon2 ${versions['argon2']}` : rustArgon2 && /(^|::)Config::default$/.test(fn) ? `rust-argon2 ${versions['rust-argon2']}` : undefined;
    if (!which) continue;
    // Verifying reads the cost from the stored hash: only hashing new passwords uses the default.
    const fnText = model.text(model.enclosingFunction(call.startIndex) ?? span(call));
    if (/\.verify_password\s*\(/.test(fnText) && !/\.hash_password\w*\s*\(|hash_encoded|hash_raw/.test(fnText)) continue;
    // At the hasher the default is handed to (`Argon2::new(.., Params::default())`), else at the default.
    const args = call.parent?.type === 'arguments' ? call.parent : call.parent?.parent?.type === 'arguments' ? call.parent.parent : null;
    const at = args?.parent?.type === 'call_expression' ? args.parent : call;
    ctx.report(span(at), `\`${quote(model, call, 40)}\` with ${which} is 4 MiB of memory and 3 passes${which.startsWith('rust') ? ' of Argon2i' : ''}: below OWASP's minimum for Argon2id (19 MiB with 2 passes, or 12 MiB with 3), so password guesses stay cheap on GPUs. Set the parameters explicitly (m = 19456 KiB, t = 2), or upgrade: ${which.startsWith('rust') ? 'rust-argon2 2' : 'argon2 0.5'}'s default meets the minimum.`);
  }
}

export function weakKdfCost(ctx: CheckContext): void {
  const { model, values, resolver } = ctx;
  weakDefaults(ctx);
  const names = ctx.models.names(COST_KINDS);
  /** The number an argument evaluates to; for a const of another file, the name to wait for. */
  const numberOf = (arg: Node | undefined): { n?: number; external?: string; origin?: Span } => {
    if (!arg) return {};
    const v = values.resolve(arg);
    if (v.kind === 'external' && v.name) return { external: v.name, origin: v.origin };
    return { n: v.kind === 'const' ? integerLiteral(v.literal) : undefined };
  };
  for (const call of model.calls) {
    if (!calleeNameIn(call, names)) continue;
    const sinks = resolver.sinks(call, COST_KINDS);
    if (sinks.length === 0) continue;
    const fnText = model.text(model.enclosingFunction(call.startIndex) ?? span(call));
    for (const { row, arg } of sinks) {
      const at = span(call);
      const { n, external, origin } = numberOf(arg);
      const shown = arg ? quote(model, arg, 40) : '';
      const report = (below: number, message: (value: string) => string) => {
        if (n !== undefined) {
          if (n < below) ctx.report(at, message(n.toLocaleString('en-US')), { related: [] });
        } else if (external) ctx.report(at, message('{{value}}'), { ifExternalConst: { name: external, below, at: origin } });
      };
      switch (row.kind) {
        case 'iterations': {
          const { floor, hash } = pbkdf2Floor(`${call.text}\n${fnText}`);
          report(floor, (v) => `PBKDF2-${hash} with ${v} iterations (\`${shown}\`): OWASP recommends at least ${floor.toLocaleString('en-US')}, so each password guess is that much cheaper for an attacker. Raise the count, or move to Argon2id.`);
          break;
        }
        case 'bcrypt-cost':
          report(BCRYPT_MIN, (v) => `bcrypt with cost ${v} (\`${shown}\`): OWASP's minimum is ${BCRYPT_MIN}; every step below it halves the attacker's work per guess. Use \`bcrypt::DEFAULT_COST\` (12) or more.`);
          break;
        case 'scrypt-log-n':
          report(SCRYPT_LOG_N_MIN, (v) => `scrypt with log_n ${v} (N = 2^${v}, \`${shown}\`): OWASP recommends N = 2^17 (log_n 17) with r = 8, p = 1 as a minimum; a smaller N makes password guesses cheap. Raise log_n to 17.`);
          break;
        case 'argon2-m-cost': {
          const t = sinks.find((s) => s.row.kind === 'argon2-t-cost');
          const tn = t ? numberOf(t.arg).n : undefined;
          if (n === undefined) break;
          if (argon2Weak(n, tn)) {
            ctx.report(at, `Argon2 with ${n.toLocaleString('en-US')} KiB of memory${tn !== undefined ? ` and ${tn} pass${tn === 1 ? '' : 'es'}` : ''} (\`${quote(model, call, 50)}\`): below OWASP's minimum for Argon2id (19 MiB with 2 passes, or an equivalent such as 12 MiB with 3); password guesses stay cheap on GPUs. Use \`Params::default()\` or more memory.`);
          }
          break;
        }
      }
    }
  }
  // Parameters written as struct fields (models' `fields:`): pbkdf2's `Params { rounds, .. }`, rust-argon2's `Config { mem_cost, time_cost, .. }`.
  const text = model.source.text;
  const fields = fieldSinksIn(model, resolver, COST_KINDS);
  for (const { field, value, literal } of fields) {
    const n = integerLiteral(values.resolve(value).literal);
    if (n === undefined) continue;
    const at = span(value.parent ?? value);
    if (field.kind === 'iterations') {
      const { floor, hash } = pbkdf2Floor(text);
      if (n < floor) ctx.report(at, `PBKDF2-${hash} with ${n.toLocaleString('en-US')} rounds (\`pbkdf2::Params\`): OWASP recommends at least ${floor.toLocaleString('en-US')}. Raise the count, or move to Argon2id.`);
    } else if (field.kind === 'argon2-m-cost') {
      const tv = fields.find((f) => f.literal.id === literal.id && f.field.kind === 'argon2-t-cost')?.value;
      const t = tv ? integerLiteral(values.resolve(tv).literal) : undefined;
      if (argon2Weak(n, t)) ctx.report(at, `Argon2 with ${n.toLocaleString('en-US')} KiB of memory${t !== undefined ? ` and ${t} passes` : ''} (\`argon2::Config\`): below OWASP's minimum for Argon2id (19 MiB with 2 passes, or an equivalent). Use \`Config::default()\` or more memory.`);
    }
  }
}
