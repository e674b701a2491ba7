import type { Node } from 'web-tree-sitter';
import { type Sink, argumentsOf, calleeName, calleeNameIn, kdfInputOf, keySinkOf, nonceSinkOf, receiverOf, saltSinkOf } from '../apis.ts';
import { isPassword } from '../flow.ts';
import type { CheckContext } from '../check-context.ts';
import { type FileModel, type ItemInfo, type Span, span } from '../model.ts';
import type { Binding, Value } from '../values.ts';
import type { Resolver } from '../resolve.ts';
import { destinationOf, oncePerFile, quote } from './common.ts';
import { comparisons, secretOperand } from './misc.ts';
import { hashUses, keptAsKeyName, passwordInput } from './hashes.ts';
import { isPasswordExpr, isSecretName, words } from '../names.ts';

export { isSecretName } from '../names.ts';


/**
 * Key constructors in a file, leaving out those that only pass on a key an earlier constructor
 * made (`let key = Key::from_slice(k); Aes256Gcm::new(key)`, or inline, `Aes256Gcm::new(Key::
 * from_slice(k))`): one key, reported where its bytes enter.
 */
// (Three rules ask for them in one file.)
const keySinks = oncePerFile((ctx): { sink: Sink; value: Value }[] => {
  const out: { sink: Sink; value: Value }[] = [];
  for (const call of ctx.model.calls) {
    const sink = keySinkOf(call, ctx.resolver);
    if (!sink) continue;
    if (containsKeySink(sink.arg, ctx.resolver)) continue;
    const value = ctx.values.resolve(sink.arg);
    const b = value.binding;
    if (b?.kind === 'let' && b.info.value && containsKeySink(b.info.value, ctx.resolver)) continue;
    const direct = unwrapRef(sink.arg);
    if (direct.type === 'identifier') {
      const own = ctx.values.lookup(direct.text, direct.startIndex);
      if (own?.kind === 'let' && own.info.value && containsKeySink(own.info.value, ctx.resolver)) continue;
    }
    out.push({ sink, value });
  }
  return out;
});

/**
 * Whether `as_bytes()` key material is a password, or a string used as a cipher key: the receiver
 * is named for a password, or is known to be a `str`/`String` (a parameter's type, a `let` from
 * `String::from`, `to_string`, `format!`, `env::var`) and the key is a cipher's. `shared_secret
 * .as_bytes()` of a DH result is bytes, not a string; an HMAC or JWT secret from configuration is
 * a key someone chose, not a password.
 */
function isPasswordOrString(ctx: CheckContext, v: Value, sink: Sink): boolean {
  if (!v.origin) return false;
  const recv = ctx.model.tree.rootNode.descendantForIndex(v.origin.start, Math.max(v.origin.start, v.origin.end - 1));
  if (!recv) return false;
  if (isPasswordExpr(recv)) return true;
  if (sink.row.model.modules.includes('hmac') || sink.row.model.modules.includes('jsonwebtoken')) return false;
  const t = ctx.resolver.typeOf(recv);
  if (t === 'str' || t === 'String') return true;
  const b = v.binding;
  const made = b?.kind === 'let' ? (b.info.value?.text ?? '') : '';
  return /^(String::from|format!|std::env::var|env::var)|\.to_string\(\)|\.to_owned\(\)|read_line|\bargs\(\)/.test(made);
}

/** A parameter named for a password (`master_password`, `pwd`), not for its hash or length. */
export function isPasswordParam(name: string): boolean {
  const w = words(name);
  return w.some((x) => x === 'password' || x === 'passwd' || x === 'passphrase' || x === 'pwd') && !w.some((x) => /^(hash|hashed|len|length|policy|key|salt|derived)$/.test(x));
}

/** HMAC and JWT keys from a password are protocol choices (SCRAM's Hi), not this finding. */
function isMacKey(sink: Sink): boolean {
  return sink.row.model.modules.includes('hmac') || sink.row.model.modules.includes('jsonwebtoken') || /^(Hmac|SimpleHmac|Cmac|EncodingKey|DecodingKey|hmac|PKey)\b/.test(sink.api);
}

function unwrapRef(n: Node): Node {
  let cur = n;
  while (cur.type === 'reference_expression') cur = cur.childForFieldName('value') ?? cur;
  return cur;
}

/** hardcoded-key: literal key bytes reaching a key constructor, and secret-named constants. */
export function hardcodedKey(ctx: CheckContext): void {
  const { model, values } = ctx;
  const reachedItems = new Set<ItemInfo>();
  const hits = keySinks(ctx).filter(({ value: v }) => v.kind === 'const' || v.kind === 'external');
  // One named const or static used as the key at several places is one secret to replace: one
  // finding, at its first use, with the other uses beside it.
  const named = (v: Value): string | undefined => (v.kind === 'external' ? `ext:${v.name}` : v.binding?.kind === 'item' ? `item:${v.binding.info.node.startIndex}` : undefined);
  const done = new Set<string>();
  for (const { sink, value: v } of hits) {
    const call = sink.call;
    if (v.binding?.kind === 'item') reachedItems.add(v.binding.info);
    const id = named(v);
    if (id && done.has(id)) continue;
    if (id) done.add(id);
    const others = id ? hits.filter((h) => h.sink.call.id !== call.id && named(h.value) === id).map((h) => ({ at: span(h.sink.call), message: `the same key is used here` })) : [];
    const message = `Hard-coded key: \`${quote(model, sink.arg)}\` reaches \`${sink.api}\`${others.length ? ` (and ${others.length} more place${others.length > 1 ? 's' : ''} in this file)` : ''}. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.`;
    if (v.kind === 'external') ctx.report(span(call), message, { ifExternalConst: { name: v.name!, at: v.origin }, related: others });
    else ctx.report(span(call), message, { related: [...(v.origin ? [{ at: v.origin, message: 'the key bytes are defined here' }] : []), ...others] });
  }
  literalFallbacks(ctx);
  defaultSecrets(ctx);
  literalCredentials(ctx);
  heuristicKeySinks(ctx);
  // Secret-named consts: the text says first whether any is there, before the items are read.
  const secretNames = new Set(model.source.declaredConsts.filter(isSecretName));
  for (const name of secretNames) {
    const item = model.items.get(name)?.[0];
    if (!item) continue;
    if (reachedItems.has(item) || !isSecretName(name) || !item.value) continue;
    if (/^(u8|u16|u32|u64|u128|usize|i\d+|isize|bool|f32|f64|char)$/.test(item.typeText.trim())) continue;
    const v = values.resolve(item.value);
    if (v.kind !== 'const' || item.value.text.length <= 2) continue;
    // A lone number or flag is an id or option (`SCTP_AUTH_KEY: c_int = 0x13`), not key material.
    if (v.literal !== undefined && !/^(b|r|br)?#*["']/.test(v.literal)) continue;
    // A menu entry or a prompt named for what it says (`GET_PASSWORD = "Get Password"`).
    if (v.literal !== undefined && isLabelText(name, v.literal)) continue;
    ctx.report(span(item.node), `${SECRET_NAMED} ${item.kind} \`${name}\` holds a literal value (\`${quote(model, item.value, 40)}\`): a secret committed to source control is a secret shared with everyone who can read it. Load it at run time instead.`, { severity: 'high' });
  }
}

/**
 * Words with spaces between them that spell most of the const's own name: the text of a menu
 * entry, button or prompt (`ADD_PASSWORD = "Add Password"`, `USE_KEY_TO_EXIT = "(use 'q' or esc to
 * exit)"`), not a secret. A passphrase has spaces too, but is not its own name.
 */
function isLabelText(name: string, literal: string): boolean {
  const text = /^"(.*)"$/s.exec(literal)?.[1];
  if (text === undefined || !/\S\s+\S/.test(text)) return false;
  const said = new Set(words(text));
  const named = words(name);
  return named.length >= 2 && named.filter((w) => said.has(w)).length * 2 >= named.length;
}

/** How a secret-named const's finding begins: the crate-wide flow drops it where it sees the const reach a key. */
export const SECRET_NAMED = 'Secret-named';

// CodeQL's heuristic sinks: a function of a crate this scan cannot see into, that no model
// describes, whose name says it takes key material (`set_key`, `with_secret`, `.password(..)`).
const KEY_FN = /^(?:(?:set|with|use|from|new_with|load)_)?(?:(?:secret|private|signing|encryption|master|api|hmac|aes|session|shared)_)?(key|secret|password|passphrase)$/;

/**
 * A literal that could be key material or a password: a byte string, a string of 8+ characters, a
 * byte array (an array of literals has no one `literal`; its text is where it was made).
 */
function literalSecretValue(model: FileModel, v: Value): boolean {
  if (v.kind !== 'const') return false;
  const lit = v.literal ?? (v.origin ? model.text(v.origin) : '');
  if (!lit) return false;
  const str = /^(?:b|r|br)?#*"(.*)"#*$/s.exec(lit)?.[1];
  if (str !== undefined) return str.length >= 8 && !/[\s/:{}]/.test(str);
  return /^\[\s*(0x[0-9a-f]+|\d+)(u8)?\s*(;\s*\d{2,}\s*|(,\s*(0x[0-9a-f]+|\d+)(u8)?\s*){7,})\]$/i.test(lit);
}

/** A literal handed to an unmodelled, unseen function named for a key or password: reported at medium. */
function heuristicKeySinks(ctx: CheckContext): void {
  const { model, values } = ctx;
  for (const call of model.calls) {
    const name = calleeName(call);
    const m = KEY_FN.exec(name);
    if (!m) continue;
    // A bare `key(..)`/`secret(..)` is a builder method only; the crate's own functions are followed by the dataflow.
    if (name === m[1] && !receiverOf(call)) continue;
    if (model.functionsNamed(name).length > 0 || keySinkOf(call, ctx.resolver) || nonceSinkOf(call, ctx.resolver)) continue;
    const arg = argumentsOf(call).find((a) => literalSecretValue(model, values.resolve(a)));
    if (!arg) continue;
    const v = values.resolve(arg);
    // At the method's name, not at the start of a builder chain lines above.
    const method = call.childForFieldName('function')?.childForFieldName('field');
    const at = method ? { start: method.startIndex, end: call.endIndex } : span(call);
    ctx.report(at, `\`${quote(model, at, 50)}\` is given a literal ${m[1] === 'password' || m[1] === 'passphrase' ? 'password' : 'key'} (\`${quote(model, v.origin ? { start: v.origin.start, end: v.origin.end } : arg, 30)}\`): by its name, \`${name}\` takes secret material, and a secret in the source is shared with everyone who can read it. (No model describes \`${name}\` and its body is not in the crate, so this is judged by the name.) Load it at run time instead.`, {
      severity: 'medium',
      related: v.origin ? [{ at: v.origin, message: 'the literal' }] : [],
    });
  }
}

const CONFIG_READ = /\b(var|var_os|get_string|get_str|get|env|lookup|get_env|dotenv::var)\s*\(/;
const LITERAL_FALLBACK = /^(\|[^|]*\|\s*)?(\{\s*)?(String::from\(|Vec::from\(|)?(b?r?#*"[^"]{4,}"#*)\)?((\s*\.\s*(to_string\(\)|to_owned\(\)|into\(\)|to_vec\(\)|repeat\(\s*\d+\s*\)|as_bytes\(\)|into_bytes\(\)))*)(\s*\})?$/;
const DEFAULT_VALUE_ATTR = /#\[(?:arg|clap|structopt)\([^\]]*\bdefault_value(?:_t)?\s*=\s*"([^"]{4,})"[^\]]*\)\]\s*(?:\/\/\/[^\n]*\n\s*|#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?([a-z_]\w*)\s*:/g;

/**
 * A secret read from the environment or the configuration that falls back to a literal
 * (\`env::var("JWT_SECRET").unwrap_or_else(|_| "secret".into())\`), and a command-line secret with a
 * literal default: a deployment that forgets the setting runs with a key everyone can read.
 */
function literalFallbacks(ctx: CheckContext): void {
  const { model } = ctx;
  for (const call of model.calls) {
    const name = calleeNameIn(call, FALLBACKS);
    const recv = receiverOf(call);
    const arg = argumentsOf(call)[0];
    if (!name || !recv || !arg) continue;
    const fallback = arg.text.replace(/\s+/g, ' ').trim();
    if (!LITERAL_FALLBACK.test(fallback)) continue;
    // Not read from the configuration: only a function named for the secret (`fn get_jwt_key`) says what the value is.
    if (!CONFIG_READ.test(recv.text) && !isSecretName(model.enclosingFunction(call.startIndex)?.name ?? '')) continue;
    // Secret by the setting's name, or by what the value is bound to (a const, a let, the function).
    const setting = /"([^"]+)"/.exec(recv.text)?.[1] ?? '';
    const fn = model.enclosingFunction(call.startIndex);
    let holder: string | undefined;
    for (let up = call.parent; up; up = up.parent) {
      if (/^(let_declaration|static_item|const_item)$/.test(up.type)) {
        holder = up.childForFieldName('pattern')?.text ?? up.childForFieldName('name')?.text;
        break;
      }
      if (up.type === 'function_item') break;
    }
    if (![setting, holder ?? '', fn?.name ?? ''].some((n) => n && isSecretName(n.toLowerCase()))) continue;
    ctx.report(span(call), `\`${quote(model, call, 60)}\` falls back to a literal secret when ${setting ? `\`${setting}\`` : 'the setting'} is not set: a deployment that forgets it runs with a key that everyone with the source knows (and can sign or decrypt with). Fail at startup instead (\`.expect("${setting || 'SECRET'} must be set")\`), or generate a random key.`, { severity: 'high', related: [{ at: span(arg), message: 'the literal fallback' }] });
  }
  // (`lazy_static!`/`thread_local!` entries are statics to the parser: see item-macros.ts.)
  for (const m of model.source.text.matchAll(DEFAULT_VALUE_ATTR)) {
    if (!isSecretName(m[2])) continue;
    const start = m.index!;
    ctx.report({ start, end: start + m[0].indexOf(']') + 1 }, `Command-line secret \`${m[2]}\` has the literal default \`"${m[1]}"\`: run without the flag, the program uses a key everyone with the source knows. Make the argument required, or read it from the environment without a default.`, { severity: 'high' });
  }
}

/**
 * A configuration type's `Default` that fills a secret field with a literal (`impl Default for
 * JwtConfig { fn default() -> Self { Self { secret: "your-secret-key".into(), .. } } }`): with
 * `#[serde(default)]`, or any code that starts from the default, a deployment that does not set the
 * secret signs with a key everyone with the source knows.
 */
function defaultSecrets(ctx: CheckContext): void {
  const { model } = ctx;
  for (const fn of model.functionsNamed('default')) {
    const impl = fn.node.parent?.parent;
    if (impl?.type !== 'impl_item' || impl.childForFieldName('trait')?.text !== 'Default' || !fn.body) continue;
    const type = impl.childForFieldName('type')?.text ?? 'Self';
    // A configuration type (the sample data of a record, `Entry { password: "password123" }`, is not a key).
    if (!CONFIG_TYPE.test(type.replace(/<.*$/s, ''))) continue;
    for (const [field, values] of model.fieldInits) {
      if (!isSecretName(field)) continue;
      for (const value of values) {
        if (value.startIndex < fn.body.startIndex || value.endIndex > fn.body.endIndex) continue;
        const lit = stringLiteralOf(value);
        if (!lit || lit.length < 8 || /\s/.test(lit)) continue;
        ctx.report(span(value.parent ?? value), `\`${type}::default()\` gives the secret \`${field}\` the literal \`"${lit.length > 30 ? `${lit.slice(0, 29)}…` : lit}"\`: wherever the default is used (a config file without it, \`#[serde(default)]\`, \`..Default::default()\`), the program runs with a key everyone with the source knows. Make the field required (no default), or fail at startup when it is unset.`, { severity: 'high' });
      }
    }
  }
}

const CONFIG_TYPE = /(Config|Conf|Cfg|Settings|Options|Opts|Env|Environment|Params|Secrets|Credentials)$/;

/** The text of a string literal, also as `"..".into()`, `.to_string()`, `.to_owned()` or `String::from("..")`. */
function stringLiteralOf(n: Node): string | undefined {
  let v: Node | null = n;
  for (let i = 0; v && i < 3; i++) {
    if (v.type === 'string_literal') return /^"(.*)"$/s.exec(v.text)?.[1];
    if (v.type !== 'call_expression') return undefined;
    const recv = receiverOf(v);
    const name = calleeName(v);
    if (recv && /^(into|to_string|to_owned)$/.test(name)) v = recv;
    else if (!recv && name === 'from' && /^String\s*::/.test(v.text) && argumentsOf(v).length === 1) v = argumentsOf(v)[0];
    else return undefined;
  }
  return undefined;
}

/**
 * A credential checked against a string literal (`payload.client_secret != "bar"`): the secret is in
 * the source. A check that rejects the literal (`if password == "changeme" { return Err(..) }`) is
 * the opposite, and is left alone.
 */
function literalCredentials(ctx: CheckContext): void {
  const { model } = ctx;
  if (!/(==|!=)\s*b?"/.test(model.source.text)) return;
  for (const { at, op, left, right } of comparisons(ctx)) {
    const [secret, literal] = right.type === 'string_literal' ? [left, right] : left.type === 'string_literal' ? [right, left] : [];
    if (!secret || !literal || (op !== '==' && op !== '!=')) continue;
    const content = literal.text.replace(/^b?"|"$/g, '');
    if (content.length < 3 || /^\s|^(none|null|undefined|true|false)$/i.test(content) || !secretOperand(secret, true) || !CREDENTIAL.test(secret.text)) continue;
    const branch = at.parent?.type === 'binary_expression' ? at.parent.parent : at.parent;
    const then = branch?.type === 'if_expression' ? branch.childForFieldName('consequence')?.text ?? '' : '';
    if (op === '==' && /\b(Err|bail!|panic!|anyhow!)|return\s+false/.test(then)) continue;
    ctx.report(span(at), `\`${quote(model, at)}\` checks a credential against a literal in the source: anyone who reads the code (or the binary's strings) can log in with it. Compare against a hash stored outside the code (a password hash's \`verify_password\`), or a secret loaded at run time, in constant time.`, { severity: 'high' });
  }
}

const CREDENTIAL = /secret|passw|passwd|pwd|token|api_?key/i;

const FALLBACKS = new Set(['unwrap_or', 'unwrap_or_else', 'or', 'or_else', 'unwrap_or_default']);

/** weak-kdf: key material straight from a string or one fast hash, constant salts, too few PBKDF2 rounds. */
export function weakKdf(ctx: CheckContext): void {
  const { model, values } = ctx;
  // One string used as the key at several sinks of a file (the encrypting and the decrypting side) is
  // one root cause: one finding, at the first, with the others beside it.
  const fromString = new Map<string, { call: Node; api: string; arg: Node; origin?: Span; others: Node[] }>();
  for (const { sink: key, value: v } of keySinks(ctx)) {
    const call = key.call;
    {
      if (v.kind === 'string-bytes' && isPasswordOrString(ctx, v, key)) {
        // (A field, `handle.password`, is the same stored string in every function; a parameter or local is each function's own.)
        const written = key.arg.text.replace(/\s+/g, '');
        const field = /^[&*]*([a-z_]\w*\.[a-z_]\w*)(?![\w(])/.exec(written)?.[1];
        const text = field ?? `${model.enclosingFunction(call.startIndex)?.start ?? 0}:${written}`;
        const first = fromString.get(text);
        if (first) first.others.push(call);
        else fromString.set(text, { call, api: key.api, arg: key.arg, origin: v.origin, others: [] });
      } else if (v.kind === 'unknown' && v.binding?.kind === 'param' && isPasswordParam(v.binding.name) && !isMacKey(key)) {
        // The function takes a password and uses it as the key: whoever calls it, the key is a password.
        ctx.report(span(call), `Key material for \`${key.api}\` is the password parameter \`${v.binding.name}\` itself: a password has far less entropy than a key and no salt, so the key falls to a dictionary attack. Derive the key with Argon2id (the \`argon2\` crate) or PBKDF2 with a random salt, and pass the derived key in.`, {
          related: [{ at: span(v.binding.fn.params.get(v.binding.name) ?? key.arg), message: 'the password parameter' }],
        });
      } else if (v.kind === 'fast-hash') {
        ctx.report(span(call), `The key for \`${key.api}\` is one fast hash of its input (\`${quote(model, key.arg)}\`): an attacker can test billions of password guesses per second. Use a password hashing KDF (Argon2id, scrypt, or PBKDF2 with ≥ 600 000 iterations) with a random salt.`, {
          related: v.origin ? [{ at: v.origin, message: 'the single hash' }] : [],
        });
      }
    }
  }
  for (const { call, api, arg, origin, others } of fromString.values()) {
    ctx.report(span(call), `Key material for \`${api}\` is taken straight from a string (\`${quote(model, arg)}\`): a password has far less entropy than a key and no salt. Derive the key with Argon2id (the \`argon2\` crate) or PBKDF2 with a random salt.`, {
      related: [...(origin ? [{ at: origin, message: 'the string used as key' }] : []), ...others.map((o) => ({ at: span(o), message: 'the same string is the key here too' }))],
    });
  }
  stringCopiedIntoKey(ctx);
  passwordHashedIntoKey(ctx);
  const saltsSeen = new Set<string>();
  for (const call of model.calls) {
    // HKDF over a password: one pass, no work per guess.
    const ikm = kdfInputOf(call, ctx.resolver);
    if (ikm && isPassword(ikm.arg, values)) {
      ctx.report(span(call), `\`${ikm.api}\` derives key material from the password \`${quote(model, ikm.arg, 40)}\` in one HKDF pass: HKDF is for input that is already strong (a DH secret, a random key) and does no work per guess. Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt, then HKDF if you need several keys.`);
    }
    const salt = saltSinkOf(call, ctx.resolver);
    if (salt) {
      const v = values.resolve(salt.arg);
      // One constant salt used by two KDF calls of a function (the branches of an `if`) is one root cause.
      const saltKey = `${model.enclosingFunction(call.startIndex)?.start}:${v.origin?.start ?? v.name ?? ''}`;
      if ((v.kind === 'const' || v.kind === 'external') && saltsSeen.has(saltKey)) continue;
      saltsSeen.add(saltKey);
      const message = `Constant salt \`${quote(model, salt.arg)}\` passed to \`${salt.api}\`: the same password gives the same key everywhere, so one precomputed table attacks every user. Generate a random salt per password (e.g. \`SaltString::generate(&mut OsRng)\`) and store it beside the hash.`;
      if (v.kind === 'fast-hash') {
        // A salt computed from the input (`salt = sha256(password)`) is as deterministic as a constant one.
        ctx.report(span(call), `Salt \`${quote(model, salt.arg)}\` for \`${salt.api}\` is a hash of the input, not random: the same password always gets the same salt, so equal passwords give equal keys and one precomputed table per password attacks every user. Generate a random salt per password (e.g. \`SaltString::generate(&mut OsRng)\`) and store it beside the hash.`, { severity: 'medium', related: v.origin ? [{ at: v.origin, message: 'the salt is computed here' }] : [] });
      } else if (v.kind === 'const') ctx.report(span(call), message, { severity: 'medium', related: v.origin ? [{ at: v.origin, message: 'the salt is defined here' }] : [] });
      else if (v.kind === 'external') ctx.report(span(call), message, { severity: 'medium', ifExternalConst: { name: v.name!, at: v.origin } });
      else if (v.kind === 'unknown' || v.kind === 'string-bytes') {
        const fromPassword = saltFromPassword(ctx, salt.arg);
        if (fromPassword) {
          ctx.report(span(call), `Salt \`${quote(model, salt.arg)}\` for \`${salt.api}\` is cut from the password itself (\`${quote(model, fromPassword, 50)}\`), not random: the same password always gets the same salt, so equal passwords give equal keys and one precomputed table per password attacks every user. Generate a random salt per password (e.g. \`SaltString::generate(&mut OsRng)\`) and store it beside the hash.`, { severity: 'medium', related: [{ at: span(fromPassword), message: 'the salt is copied from the password here' }] });
          continue;
        }
        const env = configuredSalt(ctx, salt.arg);
        if (env) ctx.report(span(call), `Salt \`${quote(model, salt.arg)}\` for \`${salt.api}\` is one value from the configuration (\`${quote(model, env, 50)}\`), not a salt per password: every password of the installation gets the same salt, so equal passwords give equal hashes and one precomputed table attacks every user. Generate a random salt per password (e.g. \`SaltString::generate(&mut OsRng)\`) and store it beside the hash.`, { severity: 'medium', related: [{ at: span(env), message: 'the salt is read here' }] });
      }
    }
  }
}

/** `salt.copy_from_slice(&password[n - 8..])` before the KDF call: the salt is a piece of the password. */
function saltFromPassword(ctx: CheckContext, arg: Node): Node | undefined {
  let id: Node | null = arg;
  while (id?.type === 'reference_expression') id = id.childForFieldName('value');
  if (id?.type !== 'identifier') return undefined;
  const fn = ctx.model.enclosingFunction(arg.startIndex);
  if (!fn) return undefined;
  return ctx.model.calls.find((c) => {
    if (c.startIndex < fn.start || c.endIndex > arg.startIndex || !/^(copy_from_slice|clone_from_slice)$/.test(calleeName(c)) || receiverOf(c)?.text !== id!.text) return false;
    let src: Node | null = argumentsOf(c)[0] ?? null;
    while (src && (src.type === 'reference_expression' || src.type === 'index_expression')) src = src.type === 'reference_expression' ? src.childForFieldName('value') : src.namedChild(0);
    return !!src && isPassword(src, ctx.values);
  });
}

const CONFIG_VAR = /^(std::)?env::var(_os)?$|^var(_os)?$|^dotenv::var$|^dotenvy::var$/;

/**
 * Where a salt is read from the environment, through `let`s and the crate's own function that
 * returns it (`fn get_hash_salt() -> Vec<u8> { env::var("HASH_SALT").unwrap_or(..).into_bytes() }`).
 */
function configuredSalt(ctx: CheckContext, arg: Node): Node | undefined {
  const { model, values } = ctx;
  let n: Node | null = arg;
  for (let i = 0; n && i < 6; i++) {
    const read = [n, ...n.descendantsOfType('call_expression')].find((c): c is Node => !!c && c.type === 'call_expression' && CONFIG_VAR.test(c.childForFieldName('function')?.text.replace(/\s+/g, '') ?? ''));
    if (read) return read;
    const call: Node | undefined = [n, ...n.descendantsOfType('call_expression')].find((c): c is Node => !!c && c.type === 'call_expression' && !receiverOf(c) && model.functionsNamed(calleeName(c)).length === 1);
    const root: string | undefined = /^[&*\s]*(?:mut\s+)?([a-z_]\w*)\s*(?:\.|$)/.exec(n.text)?.[1];
    const b: Binding | undefined = root ? values.lookup(root, n.startIndex) : undefined;
    if (b?.kind === 'let' && b.info.value) n = b.info.value;
    else if (call) n = model.functionsNamed(calleeName(call))[0].body ?? null;
    else return undefined;
  }
  return undefined;
}

/**
 * A password hashed once and kept as a key (`let key = blake3::hash(password.as_bytes())`, `fn
 * generate_key(pw: &str) -> [u8; 32]` returning one SHA-256 of it) where no key constructor in the
 * function shows it (that one is reported at the constructor).
 */
function passwordHashedIntoKey(ctx: CheckContext): void {
  const { model } = ctx;
  const keyCalls = new Set(keySinks(ctx).map((k) => k.sink.call.id));
  for (const use of hashUses(ctx)) {
    const password = passwordInput(ctx, use);
    const kept = password ? keptAsKeyName(ctx, use, password) : undefined;
    if (!password || !kept) continue;
    const fn = model.enclosingFunction(use.call.startIndex);
    if (fn && model.calls.some((c) => keyCalls.has(c.id) && c.startIndex >= fn.start && c.endIndex <= fn.end)) continue;
    ctx.report(span(use.call), `\`${kept}\` is one pass of ${use.algorithm} over the password \`${quote(model, password.value, 40)}\`: a fast hash with no salt lets an attacker test billions of password guesses per second against anything encrypted with it. Derive the key with a password hashing KDF (Argon2id, scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.`, {
      related: password.at !== use.call ? [{ at: span(password.at), message: 'the password goes into the hash here' }] : [],
    });
  }
}

/**
 * A key buffer filled from the bytes of a string (`key[..n].copy_from_slice(&key_string.as_bytes()[..n])`):
 * the key is the text itself, zero-padded or cut to size — a password's entropy at best.
 */
function stringCopiedIntoKey(ctx: CheckContext): void {
  const { model, values } = ctx;
  for (const call of model.calls) {
    if (!/^(copy_from_slice|clone_from_slice)$/.test(calleeName(call))) continue;
    const target = /^\s*([a-z_]\w*)/.exec(receiverOf(call)?.text ?? '')?.[1];
    const arg = argumentsOf(call)[0];
    if (!target || !arg || !words(target).includes('key') || !isSecretName(target)) continue;
    const root = /^[&*\s]*([a-z_]\w*)/.exec(arg.text)?.[1];
    const b = root ? values.lookup(root, arg.startIndex) : undefined;
    const made = b?.kind === 'let' ? b.info.value : arg;
    if (!made || !/\.(as_bytes|bytes)\(\)/.test(made.text)) continue;
    const text = /^[&*\s]*([a-z_]\w*)\s*\.\s*(as_bytes|bytes)\(\)/.exec(made.text)?.[1];
    const fn = model.enclosingFunction(call.startIndex);
    const type = text ? (fn?.paramTypes.get(text) ?? ctx.resolver.typeOf(made.descendantsOfType('identifier')[0] ?? made)) : undefined;
    if (!text || !(/^&?\s*(mut\s+)?(str|String)$/.test(type?.trim() ?? '') || isPasswordExpr(made))) continue;
    ctx.report(span(call), `Key buffer \`${target}\` is filled with the bytes of the string \`${text}\`: the key is that text, padded or cut to size, with a password's entropy at best and no salt. Derive the key with Argon2id (the \`argon2\` crate) or PBKDF2 and a random salt, or decode a random key (hex/base64) of the right length.`);
  }
}

const KEYISH = /key|nonce|iv|salt|secret|seed/i;
const GENERATORS = new Set(['generate', 'generate_key', 'generate_nonce', 'generate_salt', 'generate_keypair', 'gen_keypair', 'generate_key_pair', 'generate_secret', 'fill_bytes', 'try_fill_bytes', 'fill', 'fill_random', 'random_bytes']);

/** weak-rng: keys, nonces and salts from a non-cryptographic or seeded RNG, or from the clock. */
export function weakRng(ctx: CheckContext): void {
  const { model, values } = ctx;
  // Positions of reported calls and of the generators behind them, so one weak key is one finding.
  const reported = new Set<number>();
  const report = (at: { start: number; end: number }, message: string, related: { at: { start: number; end: number }; message: string }[] = []) => {
    if (reported.has(at.start)) return;
    reported.add(at.start);
    for (const r of related) reported.add(r.at.start);
    ctx.report(at, message, { related });
  };
  // Where the weak generator produces key material.
  for (const call of model.calls) {
    const name = calleeNameIn(call, GENERATORS);
    if (!name) continue;
    const recv = receiverOf(call);
    const args = argumentsOf(call);
    let rngArg: Node | undefined;
    if (/^(generate|gen)(_key|_nonce|_salt|_keypair|_key_pair|_secret)?$/.test(name)) rngArg = args[0];
    else if (/^(fill_bytes|try_fill_bytes|fill)$/.test(name) && recv && args[0] && KEYISH.test(args[0].text)) rngArg = recv;
    // A helper that fills a buffer from the generator it is given: `fill_random(&mut nonce, rng)`.
    else if (!recv && args.length >= 2 && args.some((a) => KEYISH.test(a.text))) rngArg = args.find((a) => !KEYISH.test(a.text));
    if (!rngArg) continue;
    const v = values.rngValue(rngArg, call);
    if (v?.kind !== 'weak-random') continue;
    report(span(call), `\`${quote(model, call)}\` draws key material from ${v.note ?? 'a weak generator'}, which is not cryptographically secure (predictable from its seed or output). Use \`OsRng\` or \`rand::thread_rng()\`.`, v.origin ? [{ at: v.origin, message: 'the weak generator' }] : []);
  }
  predictableSecretMakers(ctx, report);
  // Weak values that reach a nonce, key or salt argument directly (the clock, mostly).
  const keys = new Set(keySinks(ctx).map((k) => k.sink.call.id));
  for (const call of model.calls) {
    const sink = nonceSinkOf(call, ctx.resolver) ?? (keys.has(call.id) ? keySinkOf(call, ctx.resolver) : null) ?? saltSinkOf(call, ctx.resolver);
    if (!sink) continue;
    const v = values.resolve(sink.arg);
    if (v.kind !== 'weak-random' || (v.origin && reported.has(v.origin.start))) continue;
    report(span(call), `\`${quote(model, sink.arg)}\` for \`${sink.api}\` comes from ${v.note ?? 'a weak generator'}, which an attacker can predict or repeat. Use \`OsRng\` (or \`generate_nonce(&mut OsRng)\`).`, v.origin ? [{ at: v.origin, message: 'the predictable source' }] : []);
  }
  // Tokens and passwords, after the sinks: a nonce drawn weakly is reported where it is used.
  weakSecretDraws(ctx, report);
}

// A function that makes a secret by its name: `generate_token`, `new_session_key`, `create_secure_rng`.
const MAKER = /^(new|generate|gen|create|make|mint|issue|fresh)$/;
const SECRET_THING = /^(token|secret|key|nonce|salt|iv|password|passphrase|otp|secure|crypto|csprng)$/;

/**
 * A token or key made by a function with no randomness but the clock (`digest(uid + now)`), and a
 * function named for security that hands out a seeded non-cryptographic generator
 * (`fn create_secure_rng() -> SmallRng { SmallRng::seed_from_u64(now ^ pid) }`): both are
 * predictable to anyone who knows roughly when they ran.
 */
function predictableSecretMakers(ctx: CheckContext, report: (at: { start: number; end: number }, message: string, related?: { at: { start: number; end: number }; message: string }[]) => void): void {
  const { model, models } = ctx;
  for (const fn of model.functions) {
    const w = words(fn.name);
    if (!fn.body || !w.some((x) => MAKER.test(x)) || !w.some((x) => SECRET_THING.test(x))) continue;
    const inFn = model.calls.filter((c) => c.startIndex >= fn.body!.startIndex && c.endIndex <= fn.body!.endIndex);
    const seeded = inFn.find((c) => /^(seed_from_u64|from_seed)$/.test(calleeName(c)) && (models.weakRandom.test(c.text) || /\bSmallRng\b/.test(c.text)));
    if (seeded) {
      const seed = argumentsOf(seeded)[0];
      const v = seed ? ctx.values.resolve(seed) : undefined;
      report(span(seeded), `\`${fn.name}\` hands out \`${quote(model, seeded, 50)}\`: a non-cryptographic generator seeded with ${v?.kind === 'weak-random' ? (v.note ?? 'a guessable value') : 'a 64-bit value'}, so everything drawn from it (nonces, keys, tokens) can be predicted from the seed. Use \`OsRng\` or \`rand::thread_rng()\` for anything secret.`, v?.origin ? [{ at: v.origin, message: 'the seed' }] : []);
      continue;
    }
    if (!w.some((x) => /^(token|secret|key|password|otp)$/.test(x))) continue;
    const body = fn.body.text;
    if (models.random.test(body) || /\b(rand|getrandom|uuid|Uuid)::|\brandom\w*\s*\(|\bfill(_bytes)?\s*\(/.test(body)) continue;
    // A signed token (a JWT, an HMAC over the claims) is unpredictable by its key; the clock is its expiry.
    if (/\b(encode|sign\w*|new_from_slice)\s*\(|EncodingKey|Hmac|\b[Cc]laims\b|\bjwt\b/.test(body)) continue;
    // A function that hands the work to another token maker (`create_token_pair` → `create_access_token`).
    if (inFn.some((c) => c !== fn.node && /token|secret/i.test(calleeName(c)) && calleeName(c) !== fn.name)) continue;
    const clock = inFn.find((c) => models.clock.test(c.childForFieldName('function')?.text ?? ''));
    if (!clock) continue;
    report(span(clock), `\`${fn.name}\` makes its value from the clock (\`${quote(model, clock, 40)}\`) and nothing random: anyone who knows roughly when it ran can compute it. Draw 32 random bytes from \`OsRng\` (or \`rand::thread_rng()\`) for the token.`);
  }
}

// What a secret is kept as: a token, a password, a named key (`session_key`; not a bare `key`, which
// is as often a map's). Nonces, IVs and salts are reported where a cipher or KDF uses them.
const SECRET_KEPT = /^(token|otp|secret|password|passwd|passphrase|pwd)$/;

/**
 * A token or password drawn straight from a non-cryptographic generator and kept as one:
 * `user.session_token = random_string::generate(12, charset)`, `let token: String = (0..32).map(|_|
 * fastrand::alphanumeric()).collect()`, a `fn new_api_key()` returning `rng.sample(..)` of a
 * `SmallRng`: whoever sees a few outputs, or guesses the seed, predicts the next.
 */
function weakSecretDraws(ctx: CheckContext, report: (at: { start: number; end: number }, message: string, related?: { at: { start: number; end: number }; message: string }[]) => void): void {
  const { model, values, resolver, models } = ctx;
  // A path resolves only to names the file writes: where none is a weak generator's, no path call
  // is one, and only the draw methods are left to look at (most calls are skipped unresolved).
  const namesWeak = models.weakRandom.test(model.source.text);
  for (const call of model.calls) {
    const draw = /^(r#gen|gen|sample|sample_iter|gen_range|random_range|random|next_u32|next_u64)$/.test(calleeName(call));
    if (!draw && !namesWeak) continue;
    const recv = receiverOf(call);
    let v: Value | undefined;
    if (recv) {
      if (draw) v = values.rngValue(recv, call);
    } else {
      const resolved = resolver.shape(call).path?.resolved ?? '';
      const weak = models.weakRandom.exec(resolved);
      if (weak && !/seed|from_rng|from_entropy/.test(resolved)) v = { kind: 'weak-random', origin: span(call), note: `\`${weak[0]}\`` };
    }
    if (v?.kind !== 'weak-random' || v.note === 'the system clock') continue;
    const kept = destinationOf(call);
    const w = kept ? words(kept) : [];
    // (A seed or a generator made from another is the generator's own business: `fn from_seed`.)
    if (!kept || w.some((x) => /^(seed|rng|random)$/.test(x)) || !(w.some((x) => SECRET_KEPT.test(x)) || (w.length > 1 && isSecretName(kept)))) continue;
    report(span(call), `\`${kept}\` is drawn from ${v.note ?? 'a weak generator'}, which is not cryptographically secure: whoever sees a few of its outputs (or guesses its seed) can predict the next \`${kept}\`. Draw secrets from \`OsRng\` or \`rand::thread_rng()\` (e.g. \`Alphanumeric.sample_string(&mut OsRng, 32)\`).`, v.origin && v.origin.start !== call.startIndex ? [{ at: v.origin, message: 'the weak generator' }] : []);
  }
}

function containsKeySink(n: Node, r: Resolver): boolean {
  for (let cur: Node | null = n; cur; ) {
    if (cur.type === 'call_expression') {
      if (keySinkOf(cur, r)) return true;
      cur = receiverOf(cur);
    } else if (cur.type === 'reference_expression' || cur.type === 'try_expression' || cur.type === 'parenthesized_expression' || (cur.type === 'unary_expression' && cur.text.startsWith('*'))) {
      // (`&*Key::from_slice(..)`: a deref of the sink's result is the sink's result too.)
      cur = cur.type === 'reference_expression' ? cur.childForFieldName('value') : cur.namedChild(0);
    } else return false;
  }
  return false;
}
