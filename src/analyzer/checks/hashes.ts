import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, calleeNameIn, receiverOf } from '../apis.ts';
import type { CheckContext } from '../check-context.ts';
import type { ModelRow, Models } from '../models.ts';
import { type FnInfo, type Span, contains, span, implTypeOf } from '../model.ts';
import { callsWritingInto, destinationOf, quote } from './common.ts';
import { tailExpression } from '../values.ts';
import { CMP_EXCLUDE, comparisons } from './misc.ts';
import { PASSWORD_WORDS, isPasswordExpr, isPasswordHashName, isSecretName, words } from '../names.ts';

export { isPasswordExpr } from '../names.ts';

// What is hashed, and with what: the uses of fast hashes, each with the values that go into it.
// weak-hash judges MD5/SHA-1 by what they hash (a secret: high; anything else: low — checksums,
// ETags, cache keys, git ids); weak-password-hash reports a password hashed once for storage.

const HASH_KINDS = new Set(['hash-input', 'hash-new']);
const UPDATES = /^(update|chain_update|input|input_str|consume|write_all|digest_update)$/;

export interface HashUse {
  /** The call that chooses the algorithm (`Sha1::new()`, `md5::compute(..)`). */
  call: Node;
  algorithm: string;
  weak: boolean;
  /** What goes in, with the call that feeds each (the `update`). */
  inputs: { value: Node; at: Node }[];
}

function algorithmOf(ctx: CheckContext, call: Node, row: ModelRow): { algorithm: string; weak: boolean } | undefined {
  const rowCall = row.call;
  const shape = ctx.resolver.shape(call);
  const t = ctx.models.type(shape.path?.selfType);
  if (t && t.primitive === 'hash') return { algorithm: t.algorithm, weak: t.weak === 'collisions' };
  // A function row says its algorithm (`md5::compute`, `blake3::hash`, the sha256 crate's `digest`).
  if (row.algorithm) return { algorithm: row.algorithm, weak: /^(MD4|MD5|SHA-1)$/.test(row.algorithm) };
  // openssl::hash::hash(MessageDigest::md5(), ..), ring::digest::digest(&SHA1_FOR_LEGACY_USE_ONLY, ..)
  const alg = argumentsOf(call)[0]?.text ?? call.text;
  if (/\bmd5\b|MD5/.test(alg)) return { algorithm: 'MD5', weak: true };
  if (/\bsha1\b|SHA1/.test(alg)) return { algorithm: 'SHA-1', weak: true };
  if (/sha(256|384|512)|SHA(256|384|512)/i.test(alg)) return { algorithm: `SHA-${/(256|384|512)/.exec(alg)![1]}`, weak: false };
  if (/MessageDigest::/.test(call.text) || rowCall === 'hash::hash' || rowCall === 'digest::digest') return { algorithm: 'a hash', weak: false };
  return undefined;
}

/** Every use of a fast hash in the file, with its inputs. */
export function hashUses(ctx: CheckContext): HashUse[] {
  const { model, resolver } = ctx;
  const names = ctx.models.names(HASH_KINDS);
  const uses: HashUse[] = [];
  const covered: Span[] = [];
  for (const call of model.calls) {
    if (!calleeNameIn(call, names)) continue;
    if (covered.some((c) => contains(c, span(call)))) continue;
    for (const { row, arg } of resolver.sinks(call, HASH_KINDS)) {
      const alg = algorithmOf(ctx, call, row);
      if (!alg) continue;
      const use: HashUse = { call, ...alg, inputs: [] };
      if (row.kind === 'hash-input' && arg) use.inputs.push({ value: arg, at: call });
      else use.inputs.push(...updatesOf(ctx, call));
      covered.push(span(call));
      uses.push(use);
      break;
    }
  }
  return uses;
}

/** `let mut h = Sha1::new(); h.update(x);` and `Sha1::new().chain_update(x)`: what goes in. */
function updatesOf(ctx: CheckContext, ctor: Node): { value: Node; at: Node }[] {
  const out: { value: Node; at: Node }[] = [];
  // A chain on the constructor.
  for (let n: Node | null = ctor.parent; n?.type === 'field_expression' && n.parent?.type === 'call_expression'; n = n.parent.parent) {
    const call = n.parent;
    if (UPDATES.test(calleeName(call))) for (const a of argumentsOf(call)) out.push({ value: a, at: call });
  }
  // A binding updated later in the function.
  let up: Node | null = ctor.parent;
  while (up && /^(try_expression|call_expression|field_expression)$/.test(up.type)) up = up.parent;
  if (up?.type !== 'let_declaration') return out;
  const name = up.childForFieldName('pattern')?.text.replace(/^mut\s+/, '');
  const fn = ctx.model.enclosingFunction(ctor.startIndex);
  if (!name || !fn) return out;
  for (const call of ctx.model.calls) {
    if (call.startIndex < up.endIndex || call.endIndex > fn.end || !UPDATES.test(calleeName(call))) continue;
    const recv = receiverOf(call);
    if (recv?.text.replace(/^\*|^&mut\s*/, '') !== name) continue;
    for (const a of argumentsOf(call)) out.push({ value: a, at: call });
  }
  return out;
}


function isSecretExpr(n: Node): boolean {
  const ids = n.type === 'identifier' || n.type === 'field_identifier' ? [n] : n.descendantsOfType(['identifier', 'field_identifier']);
  return ids.some((id) => !!id && isSecretName(id.text));
}

// Generators for simulations and games (world generation, shuffles): their seed is not a secret.
const NON_CRYPTO_RNG = /\b(Xoroshiro\w*|Xorshift\w*|Xoshiro\w*|Pcg\w*|SmallRng|SplitMix\w*|Mt19937\w*|Lcg\w*|WyRand|Wyrand)\b/;

/** `md5(seed)` where the only secret-sounding name is a `seed` that seeds a non-cryptographic generator. */
function seedOfSimulation(ctx: CheckContext, n: Node): boolean {
  const ids = n.type === 'identifier' ? [n] : n.descendantsOfType(['identifier', 'field_identifier']);
  const secrets = ids.filter((id) => !!id && isSecretName(id.text));
  if (!secrets.every((id) => words(id!.text).includes('seed'))) return false;
  const fn = ctx.model.enclosingFunction(n.startIndex);
  const impl = (fn ? implTypeOf(fn) : '');
  return !!fn && (NON_CRYPTO_RNG.test(ctx.model.text(fn)) || NON_CRYPTO_RNG.test(impl));
}

/** A function named for hashing passwords (`hash_password`, `hash_pwd`, `PasswordEncoder::encode`) whose parameter is hashed. */
function hashesPasswordParam(ctx: CheckContext, use: HashUse): boolean {
  const fn = ctx.model.enclosingFunction(use.call.startIndex);
  if (!fn) return false;
  const params = use.inputs.flatMap((i) => i.value.descendantsOfType('identifier').concat(i.value.type === 'identifier' ? [i.value] : [])).map((id) => id?.text ?? '').filter((id) => fn.params.has(id));
  return params.length > 0 && (passwordFunction(ctx, fn) || calledWithPassword(ctx, fn, params));
}

// Where a program reads a password from its user: rpassword's prompts, dialoguer's `Password`.
const PASSWORD_PROMPT = /\b(prompt_password\w*|read_password\w*)\s*\(|\bPassword\s*::\s*(new|with_theme)\b/;

/** A value read from a password prompt, whatever it is called (`let master_key = rpassword::prompt_password(..)`), through a few `let`s. */
function typedAsPassword(ctx: CheckContext, value: Node): boolean {
  let n: Node | null = value;
  for (let i = 0; n && i < 4; i++) {
    const root = /^[&*\s]*(?:mut\s+)?([A-Za-z_]\w*)/.exec(n.text)?.[1];
    if (!root) return false;
    // (`master_key = rpassword::prompt_password(..)?` in a loop before the hash counts as well.)
    const fn = ctx.model.enclosingFunction(n.startIndex);
    const at = n.startIndex;
    if (fn && ctx.model.assigns.some((a) => a.startIndex >= fn.start && a.endIndex <= at && a.childForFieldName('left')?.text === root && PASSWORD_PROMPT.test(a.childForFieldName('right')?.text ?? ''))) return true;
    const b = ctx.values.lookup(root, n.startIndex);
    if (b?.kind !== 'let' || !b.info.value) return false;
    if (PASSWORD_PROMPT.test(b.info.value.text)) return true;
    n = b.info.value;
  }
  return false;
}

/** A function (or its impl type) named for passwords: `hash_password`, `impl PasswordHasher`. */
function passwordFunction(ctx: CheckContext, fn: FnInfo): boolean {
  const owner = implTypeOf(fn);
  return [fn.name, owner].some((n) => words(n).some((w) => PASSWORD_WORDS.has(w)));
}

/** Whether this file calls `fn` with a password where one of `params` goes (`User::hash(&password)`). */
function calledWithPassword(ctx: CheckContext, fn: FnInfo, params: string[]): boolean {
  const names = fn.node.childForFieldName('parameters')?.namedChildren.filter((p) => p && p.type !== 'self_parameter' && p.type !== 'attribute_item') ?? [];
  const indexes = params.map((p) => names.findIndex((n) => n?.childForFieldName('pattern')?.text === p)).filter((i) => i >= 0);
  return ctx.model.calls.some((c) => calleeName(c) === fn.name && !(c.startIndex >= fn.start && c.endIndex <= fn.end) && indexes.some((i) => {
    const arg = argumentsOf(c)[i];
    return !!arg && isPasswordExpr(arg);
  }));
}

/**
 * Hash calls written inside macro arguments (`format!("{:x}", md5::compute(pw))`): macro arguments
 * are token trees, not expressions, so these are read from the tokens' text — the modelled
 * `T::f`/`a::f` hash-input calls with one simple argument.
 */
function hashesInMacros(ctx: CheckContext): { start: number; end: number; algorithm: string; weak: boolean; input: string }[] {
  const rows = macroHashRows(ctx.models);
  const out = [];
  for (const mac of ctx.model.macros) {
    const tt = mac.namedChildren.find((c) => c?.type === 'token_tree');
    if (!tt) continue;
    const text = tt.text;
    for (const { name, re, algorithm, weak } of rows) {
      if (!text.includes(name)) continue;
      re.lastIndex = 0;
      for (const hit of text.matchAll(re)) {
        const start = tt.startIndex + hit.index!;
        out.push({ start, end: start + hit[0].length, algorithm, weak, input: hit[1] });
      }
    }
  }
  return out;
}

/** The modelled `T::f`/`a::f` hash-input rows with an algorithm, each with its pattern over a macro's tokens (built once per set of models). */
const macroRows = new WeakMap<Models, { name: string; re: RegExp; algorithm: string; weak: boolean }[]>();
function macroHashRows(models: Models): { name: string; re: RegExp; algorithm: string; weak: boolean }[] {
  let rows = macroRows.get(models);
  if (rows) return rows;
  rows = [];
  for (const m of models.all) {
    for (const r of m.sinks) {
      if (r.kind !== 'hash-input' || r.call.startsWith('.')) continue;
      const segs = r.call.split('::');
      const t = m.types.find((x) => x.name === segs[0]);
      const algorithm = t?.algorithm ?? (segs[0] === 'md5' ? 'MD5' : segs[0] === 'blake3' ? 'BLAKE3' : '');
      if (!algorithm) continue;
      const re = new RegExp(`\\b${segs.map((x) => x.replace(/[^\w]/g, '')).join('\\s*::\\s*')}\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)`, 'g');
      rows.push({ name: segs[segs.length - 1].replace(/[^\w]/g, ''), re, algorithm, weak: t ? t.weak === 'collisions' : segs[0] === 'md5' });
    }
  }
  macroRows.set(models, rows);
  return rows;
}

const PASSWORD_TEXT = /(^|[^a-z])(password|passwd|pwd|passphrase)(?![a-z_]*hash)/i;

/** A hash in a macro's tokens whose input is a password: by its name, or a parameter the file fills with one. */
function hashesPassword(ctx: CheckContext, h: { start: number; input: string }): boolean {
  if (PASSWORD_TEXT.test(h.input)) return true;
  const fn = ctx.model.enclosingFunction(h.start);
  const params = fn ? (h.input.match(/[A-Za-z_]\w*/g) ?? []).filter((id) => fn.params.has(id)) : [];
  return !!fn && params.length > 0 && calledWithPassword(ctx, fn, params);
}

export function weakHash(ctx: CheckContext): void {
  for (const h of hashesInMacros(ctx)) {
    if (!h.weak || hashesPassword(ctx, h)) continue;
    const secret = h.input.split(/[^\w]+/).some((w) => w && isSecretName(w));
    ctx.report(h, secret
      ? `${h.algorithm} of \`${h.input.trim()}\`: ${h.algorithm} has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys.`
      : `\`${ctx.model.text(h).slice(0, 40)}\` uses ${h.algorithm}, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there.`, { severity: secret ? 'high' : 'low' });
  }
  for (const use of hashUses(ctx)) {
    if (!use.weak) continue;
    const password = use.inputs.find((i) => isPasswordExpr(i.value));
    // A password hashed once is weak-password-hash's finding (one root cause, one finding).
    if (password || hashesPasswordParam(ctx, use) || keptAsPasswordHash(ctx, use)) continue;
    const secret = use.inputs.find((i) => isSecretExpr(i.value) && !seedOfSimulation(ctx, i.value));
    // A digest over a secret *and* a public key (Minecraft's server hash, an exchange transcript) is
    // a protocol's id for the session, published by design: what the protocol mandates, reported low.
    const transcript = secret && use.inputs.some((i) => /public_?key|pub_?key|server_id|\bpeer\b/i.test(i.value.text));
    if (secret && !transcript) {
      ctx.report(span(use.call), `${use.algorithm} of \`${quote(ctx.model, secret.value, 40)}\`: ${use.algorithm} has practical collision attacks and is fast, so it neither protects a secret nor makes a sound MAC or key. Use HMAC-SHA-256 for MACs and HKDF or a password hash (Argon2id) for keys.`, {
        severity: 'high',
        related: secret.at !== use.call ? [{ at: span(secret.at), message: 'the secret goes into the hash here' }] : [],
      });
    } else {
      ctx.report(span(use.call), `\`${quote(ctx.model, use.call, 40)}\` uses ${use.algorithm}, which has practical collision attacks: fine for checksums, cache keys and protocol ids, not where an attacker may choose the input (signatures, integrity of untrusted data) — use SHA-256 there.`, { severity: 'low' });
    }
  }
}

const PLAIN_CONVERSIONS = /^(as_str|as_bytes|as_ref|trim|to_string|to_owned|clone|deref)$/;

/** `self.password == *password`: a stored password field compared with the one presented, both in the clear. */
const STORED_PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase']);

function plaintextPasswordCompares(ctx: CheckContext): Node[] {
  const out: Node[] = [];
  for (const { at, left, right } of comparisons(ctx)) {
    const sides = [left, right];
    if (!sides.every((n) => isPasswordExpr(n))) continue;
    // A call other than a conversion hashes or looks up one side: not a plaintext comparison.
    if (sides.some((n) => [n, ...n.descendantsOfType('call_expression')].some((c) => c?.type === 'call_expression' && !PLAIN_CONVERSIONS.test(calleeName(c))))) continue;
    if (sides.some((n) => words(n.text.replace(/[^\w]+/g, '_')).some((x) => CMP_EXCLUDE.has(x)))) continue;
    // One side is what is stored: a field of a record (`self.password`, `user.pwd`).
    const stored = (n: Node): boolean => {
      let cur: Node | null = n;
      while (cur && /^(unary_expression|reference_expression|parenthesized_expression|call_expression)$/.test(cur.type)) cur = cur.type === 'call_expression' ? receiverOf(cur) : cur.namedChild(0);
      // (Named for a password, not a PIN or `pw`: `board.led_pin == pin` compares GPIO pins.)
      const field = cur?.type === 'field_expression' ? cur.childForFieldName('field') : null;
      return !!field && words(field.text).some((w) => STORED_PASSWORD_WORDS.has(w));
    };
    if (sides.some(stored)) out.push(at);
  }
  return out;
}

// Wrappers a stored value passes through unchanged: an ORM's `Set(..)`, `Some(..)`, conversions.
const PLAIN_WRAPPERS = /^(Set|Some|Ok|into|to_string|to_owned|clone|as_str|String::from|from|Into::into)$/;

/** The password itself, through wrappers that do not change it (`Set(Some(password.clone()))`), or undefined. */
function plainPassword(n: Node | null): Node | undefined {
  for (let cur = n, i = 0; cur && i < 6; i++) {
    if (cur.type === 'identifier' || cur.type === 'field_expression') return isPasswordExpr(cur) && !isPasswordHashName(cur.text.split('.').pop() ?? '') ? cur : undefined;
    if (cur.type === 'reference_expression') cur = cur.childForFieldName('value');
    else if (cur.type === 'call_expression' && PLAIN_WRAPPERS.test(calleeName(cur))) {
      const args = argumentsOf(cur);
      cur = args.length === 1 ? args[0] : args.length === 0 ? receiverOf(cur) : null;
    } else return undefined;
  }
  return undefined;
}

/**
 * A password stored or looked up, as it is, where its hash belongs: a record's `password_hash`
 * field given the password (`password_hash: Set(Some(password))`), a query on the hash column
 * with the password (`Column::PasswordHash.eq(password)`).
 */
function plaintextInHashField(ctx: CheckContext): { at: Span; field: string; value: Node; lookup: boolean }[] {
  const out: { at: Span; field: string; value: Node; lookup: boolean }[] = [];
  for (const [field, values] of ctx.model.fieldInits) {
    if (!isPasswordHashName(field)) continue;
    for (const v of values) {
      const plain = plainPassword(v);
      if (plain && !filledByCall(ctx, plain)) out.push({ at: span(v.parent ?? v), field, value: plain, lookup: false });
    }
  }
  for (const call of ctx.model.calls) {
    if (!/^(eq|ne|like|eq_ignore_case)$/.test(calleeName(call))) continue;
    const column = receiverOf(call)?.text.split('::').pop() ?? '';
    const plain = isPasswordHashName(column) ? plainPassword(argumentsOf(call)[0] ?? null) : undefined;
    if (plain) out.push({ at: span(call), field: column, value: plain, lookup: true });
  }
  return out;
}

/**
 * A buffer a call wrote into before (`bcrypt(cost, &salt, pw, &mut pass_output)`): it holds what the
 * call made — the hash — whatever its name says.
 */
function filledByCall(ctx: CheckContext, value: Node): boolean {
  if (value.type !== 'identifier') return false;
  // (A hashing or key-derivation call, `bcrypt(..)`, `pbkdf2_hmac(..)`, `hash_password_into(..)`: `read_line(&mut password)` fills it with the password itself.)
  return callsWritingInto(ctx, value.text, value.startIndex).some((c) => /hash|crypt|pbkdf|scrypt|argon|derive|kdf|digest/i.test(calleeName(c)));
}

export function weakPasswordHash(ctx: CheckContext): void {
  // One scheme, one finding: the first place, with the others beside it.
  const plain = plaintextInHashField(ctx).sort((a, b) => a.at.start - b.at.start);
  for (const { at, field, value, lookup } of plain.slice(0, 1)) {
    const related = plain.slice(1).map((p) => ({ at: p.at, message: p.lookup ? 'the plaintext password is looked up here' : 'and stored here' }));
    if (lookup) ctx.report(at, `\`${quote(ctx.model, at, 50)}\` looks the user up by the password itself in the \`${field}\` column: the passwords are stored as plaintext, so whoever reads the database (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (\`argon2::Argon2::default().hash_password(pw, &salt)\`), fetch the user by name and check with \`verify_password\`.`, { related });
    else ctx.report(at, `\`${field}\` is given the password \`${quote(ctx.model, value, 40)}\` itself, not a hash of it: the passwords are stored as plaintext, so whoever reads the store (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (\`argon2::Argon2::default().hash_password(pw, &salt)\`) and check with \`verify_password\`.`, { related });
  }
  for (const at of plaintextPasswordCompares(ctx)) {
    ctx.report(span(at), `\`${quote(ctx.model, at, 50)}\` compares a stored password with the one presented, in the clear: the passwords are kept as plaintext, so whoever reads the store (a backup, a leak, an admin) has every user's password. Store an Argon2id hash (\`argon2::Argon2::default().hash_password(pw, &salt)\`) and check with \`verify_password\`.`);
  }
  for (const h of hashesInMacros(ctx)) {
    if (!hashesPassword(ctx, h) || macroPreHashed(ctx, h)) continue;
    ctx.report(h, `Password hashed with one pass of ${h.algorithm} (\`${h.input.trim()}\`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second. Store passwords with a password hash: Argon2id, scrypt or bcrypt, and check them with \`verify_password\`.`);
  }
  let saltedReported = false;
  for (const use of hashUses(ctx)) {
    const password = passwordInput(ctx, use);
    const kept = password ? undefined : keptAsPasswordHash(ctx, use);
    if (kept && !feedsKey(ctx, use.call)) {
      ctx.report(span(use.call), `\`${kept}\` is a password hash made with one pass of ${use.algorithm}: a fast hash lets an attacker who gets the stored hashes test billions of guesses per second${use.weak ? ', and MD5/SHA-1 add collisions' : ''}. Store passwords (and PINs) with a password hash: Argon2id (\`argon2::Argon2::default().hash_password(pw, &salt)\`), scrypt or bcrypt, and check them with \`verify_password\`.`);
      continue;
    }
    if (!password) {
      // A salt mixed into one fast hash of what the caller hands in, in a hashing function: the shape
      // of password storage whatever the value is called. One finding per file (one scheme).
      const salted = !saltedReported && !feedsKey(ctx, use.call) ? saltedInput(ctx, use) : undefined;
      if (salted) {
        saltedReported = true;
        ctx.report(span(salted.at), `\`${quote(ctx.model, salted.value, 40)}\` is stored as one pass of ${use.algorithm} over a salt and the value: salted or not, a fast hash lets whoever gets the stored hashes test billions of guesses per second — if these are passwords (a salted hash checked by recomputing is how passwords are stored), use a password hash: Argon2id (\`argon2::Argon2::default().hash_password(pw, &salt)\`), scrypt or bcrypt.`, {
          related: salted.at !== use.call ? [{ at: span(use.call), message: `the ${use.algorithm} hasher is made here` }] : [],
        });
      }
      continue;
    }
    // A hash that becomes a cipher key, or is kept as one, is weak-kdf's finding; one that a
    // password hash is then run over (`bcrypt::hash(get_md5(pw), cost)`) is a pre-hash.
    if (feedsKey(ctx, use.call) || keptAsKeyName(ctx, use, password) || preHashed(ctx, use)) continue;
    ctx.report(span(password.at), `Password hashed with one pass of ${use.algorithm} (\`${quote(ctx.model, password.value, 40)}\`): a fast hash lets an attacker who gets the stored hashes test billions of guesses per second${use.weak ? ', and MD5/SHA-1 add collisions' : ''}. Store passwords with a password hash: Argon2id (\`argon2::Argon2::default().hash_password(pw, &salt)\`), scrypt or bcrypt, and check them with \`verify_password\`.`, {
      related: password.at !== use.call ? [{ at: span(use.call), message: `the ${use.algorithm} hasher is made here` }] : [],
    });
  }
}

const FINALIZE = /^(finalize|finish|finalize_reset|result|sum|hexdigest|digest)$/;

/**
 * The name a hash's result is kept under: where the digest call's value goes (`let new_hashed_pin =
 * sha1(..)`, `user.password_hash = …`), for a hasher made by `T::new()` where its `finalize` goes,
 * and a `let` the function then returns is the function's own name (`fn generate_key(pw) -> [u8; 32]`).
 */
export function keptAs(ctx: CheckContext, use: HashUse): string | undefined {
  let at: Node = use.call;
  const binding = destinationOf(use.call);
  const fn = ctx.model.enclosingFunction(use.call.startIndex);
  if (fn && binding && use.inputs.length && use.inputs.every((i) => i.at !== use.call)) {
    // `let mut h = Sha256::new(); h.update(pw); let res = h.finish();`: the finalize call's value.
    const fin = ctx.model.calls.find((c) => c.startIndex > use.call.endIndex && c.endIndex <= fn.end && FINALIZE.test(calleeName(c)) && receiverOf(c)?.text === binding);
    if (fin) at = fin;
  }
  const kept = at === use.call ? binding : destinationOf(at);
  if (!kept || !fn?.body) return kept;
  // `let res = …; res` at the end of the function.
  const tail = tailExpression(fn.body);
  const returned = tail?.type === 'identifier' ? tail.text : tail?.type === 'return_expression' ? tail.namedChild(0)?.text : undefined;
  return returned === kept ? fn.name : kept;
}

/** The name of the password hash a fast hash's result is kept as (`let new_hashed_pin = sha1(..)`, `user.password_hash = …`). */
function keptAsPasswordHash(ctx: CheckContext, use: HashUse): string | undefined {
  const kept = keptAs(ctx, use);
  return kept && isPasswordHashName(kept) ? kept : undefined;
}

/** What a hash's result is kept as, when that is a new name (`master_key = digest(master_key)` hashes the typed value in place). */
export function keptAsKeyName(ctx: CheckContext, use: HashUse, password: { value: Node }): string | undefined {
  const kept = keptAs(ctx, use);
  const root = /^[&*\s]*(?:mut\s+)?([A-Za-z_]\w*)/.exec(password.value.text)?.[1];
  return kept && kept !== root && isKeyName(kept) ? kept : undefined;
}

/** A name for key material (`key`, `aes_key`, `generate_key`), not for a password's hash or a map's key. */
export function isKeyName(name: string): boolean {
  const w = words(name);
  return w.includes('key') && !isPasswordHashName(name) && !w.some((x) => /^(cache|map|lookup|id|ids|index|public|pub|hash|hashed|len|name)$/.test(x));
}

/** The password a fast hash is fed, if any: by its name, read from a prompt, or the parameter of a function named for passwords. */
export function passwordInput(ctx: CheckContext, use: HashUse): { value: Node; at: Node } | undefined {
  return use.inputs.find((i) => isPasswordExpr(i.value) || typedAsPassword(ctx, i.value)) ?? (hashesPasswordParam(ctx, use) ? use.inputs[0] : undefined);
}

// What hashes a password properly: bcrypt, Argon2, scrypt and PBKDF2's password-hash APIs.
const PASSWORD_HASHER = /^(hash|hash_with_result|hash_with_salt|non_truncating_hash|verify|hash_password|verify_password|hash_encoded|verify_encoded|hash_raw|scrypt_simple|scrypt_check)$/;
const PASSWORD_HASH_CRATES = ['bcrypt', 'argon2', 'scrypt', 'pbkdf2', 'password_hash'];

/** Whether a password hash runs over this hash's result: inline, or over what the function that makes it returns, at every call. */
function preHashed(ctx: CheckContext, use: HashUse): boolean {
  if (!ctx.resolver.imports(PASSWORD_HASH_CRATES)) return false;
  if (inHasher(use.call)) return true;
  const fn = ctx.model.enclosingFunction(use.call.startIndex);
  return !!fn && keptAs(ctx, use) === fn.name && everyCallHashed(ctx, fn);
}

/** `fn get_md5(s: &str) -> String { format!("{:x}", md5::compute(s)) }`, every call of it hashed again. */
function macroPreHashed(ctx: CheckContext, h: { start: number }): boolean {
  if (!ctx.resolver.imports(PASSWORD_HASH_CRATES)) return false;
  const fn = ctx.model.enclosingFunction(h.start);
  const tail = tailExpression(fn?.body ?? null);
  return !!fn && !!tail && tail.startIndex <= h.start && h.start < tail.endIndex && everyCallHashed(ctx, fn);
}

/** Whether a value is (inside) an argument of a password hash's call: `bcrypt::hash(get_md5(pw), cost)`. */
function inHasher(n: Node): boolean {
  for (let p: Node | null = n.parent, i = 0; p && i < 8; p = p.parent, i++) {
    if (p.type === 'call_expression' && PASSWORD_HASHER.test(calleeName(p)) && (p.childForFieldName('arguments')?.startIndex ?? Infinity) <= n.startIndex) return true;
    if (/statement|block|let_declaration/.test(p.type)) return false;
  }
  return false;
}

/** Whether every call of `fn` in the file (there is one at least) is an argument of a password hash. */
function everyCallHashed(ctx: CheckContext, fn: FnInfo): boolean {
  const calls = ctx.model.calls.filter((c) => calleeName(c) === fn.name && !(c.startIndex >= fn.start && c.endIndex <= fn.end));
  return calls.length > 0 && calls.every(inHasher);
}

/** A hash input that mixes a salt with a parameter, in a function named for hashing or verifying (`generate_salted_hash(value, salt)`). */
function saltedInput(ctx: CheckContext, use: HashUse): { value: Node; at: Node } | undefined {
  const fn = ctx.model.enclosingFunction(use.call.startIndex);
  if (!fn || !use.inputs.length || !words(fn.name).some((w) => /^(hash|hashed|salted|verify|check)$/.test(w))) return undefined;
  // And the file checks a value by recomputing its hash and comparing (`hex::encode(hash) == stored.hash`).
  if (!comparisons(ctx).some((c) => /hash/i.test(`${c.left.text} ${c.right.text}`))) return undefined;
  // Everything that goes into the hash, with the `let`s the inputs are read from.
  const ids = use.inputs.flatMap((i) => {
    let text = i.value.text;
    const root = /^[&*\s]*([a-z_]\w*)/.exec(text)?.[1];
    const b = root ? ctx.values.lookup(root, i.value.startIndex) : undefined;
    if (b?.kind === 'let') text += ` ${b.info.value?.text ?? ''}`;
    return text.match(/[A-Za-z_]\w*/g) ?? [];
  });
  // A key's hash (a derived master key checked by its fingerprint) is no password storage.
  if (ids.some((id) => words(id).includes('key'))) return undefined;
  const salted = ids.some((id) => words(id).includes('salt')) && ids.some((id) => fn.params.has(id) && !words(id).includes('salt'));
  return salted ? use.inputs[0] : undefined;
}

const KEY_OR_SALT = new Set(['key', 'salt']);

/** Whether the function around a hash also builds a key or salts a KDF (then the hash is a KDF or a salt: weak-kdf's case). */
function feedsKey(ctx: CheckContext, call: Node): boolean {
  const fn = ctx.model.enclosingFunction(call.startIndex);
  if (!fn) return false;
  const names = ctx.models.names(KEY_OR_SALT);
  const sinks = ctx.model.calls.filter((c) => calleeNameIn(c, names) && ctx.resolver.sinks(c, KEY_OR_SALT).length > 0);
  if (sinks.some((c) => c.startIndex >= fn.start && c.endIndex <= fn.end)) return true;
  // Kept in a field that another method hands to the cipher: `Self { key: Sha256::digest(pw).into() }`.
  let up: Node | null = call.parent;
  for (let i = 0; up && i < 4 && up.type !== 'field_initializer'; i++) up = up.parent;
  const field = up?.type === 'field_initializer' ? up.childForFieldName('field')?.text : undefined;
  if (!field) return false;
  const read = new RegExp(`\\bself\\s*\\.\\s*${field}\\b`);
  return sinks.some((c) => ctx.resolver.sinks(c, KEY_OR_SALT).some(({ arg }) => !!arg && read.test(arg.text)));
}
