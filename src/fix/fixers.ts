import type { Node } from 'web-tree-sitter';
import type { Finding } from '../finding.ts';
import { ARGON2_MIN_M_FOR_T, BCRYPT_MIN, COST_KINDS, SCRYPT_LOG_N_MIN, argon2Weak, pbkdf2Floor } from '../analyzer/checks/cost.ts';
import type { Resolver } from '../analyzer/resolve.ts';
import { type CrateFacts, compatible } from './cargo.ts';

// One fixer per rule id: given the finding's node in the syntax tree, the edit that removes the
// finding and keeps the code compiling — or nothing, when that cannot be known from here. Pure:
// they read the tree and the crate facts and return offsets into the file's text.

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface FixPlan {
  description: string;
  edits: Edit[];
}

export interface FixContext {
  finding: Finding;
  text: string;
  root: Node;
  /** The node whose range is the finding's region (or the smallest one around it). */
  node: Node;
  /** Offsets of the finding's region and of its related locations. */
  at: { start: number; end: number };
  related: { start: number; end: number }[];
  crate: CrateFacts;
  /** The analyzer's resolver for the file (what a call names, its modelled arguments). */
  resolver(): Resolver;
}

export type Fixer = (ctx: FixContext) => FixPlan | undefined;

const OWASP = 'OWASP Password Storage Cheat Sheet';

// ---- tree helpers ----

/** The outermost node spanning exactly [start, end), else the smallest one around it. */
export function nodeAt(root: Node, start: number, end: number): Node {
  let n = root.descendantForIndex(start, Math.max(start, end - 1)) ?? root;
  while (n.parent && !(n.startIndex === start && n.endIndex === end) && n.startIndex >= start && n.endIndex <= end) n = n.parent;
  while (n.parent && n.parent.startIndex === n.startIndex && n.parent.endIndex === n.endIndex) n = n.parent;
  return n;
}

function up(n: Node, type: string | RegExp): Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (typeof type === 'string' ? p.type === type : type.test(p.type)) return p;
  return undefined;
}

function callsAround(n: Node): Node | undefined {
  if (n.type === 'call_expression') return n;
  return n.descendantsOfType('call_expression')[0] ?? undefined;
}

function argsOf(call: Node): Node[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'line_comment' && c.type !== 'block_comment');
}

function calleeOf(call: Node): string {
  const fn = call.childForFieldName('function');
  if (!fn) return '';
  const inner = fn.type === 'generic_function' ? (fn.childForFieldName('function') ?? fn) : fn;
  if (inner.type === 'field_expression') return inner.childForFieldName('field')?.text ?? '';
  if (inner.type === 'scoped_identifier') return inner.childForFieldName('name')?.text ?? '';
  return inner.text;
}

function receiverOf(call: Node): Node | undefined {
  const fn = call.childForFieldName('function');
  return fn?.type === 'field_expression' ? (fn.childForFieldName('value') ?? undefined) : undefined;
}

/** The function (not closure) whose body holds `n`, or undefined when a closure or async block comes first. */
function enclosingFn(n: Node): Node | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'function_item') return p;
    if (p.type === 'closure_expression' || p.type === 'async_block' || p.type === 'const_item' || p.type === 'static_item') return undefined;
  }
  return undefined;
}

function stripRef(n: Node): Node {
  let cur = n;
  while ((cur.type === 'reference_expression' || cur.type === 'parenthesized_expression') && cur.namedChildren.length) cur = (cur.type === 'reference_expression' ? cur.childForFieldName('value') : cur.namedChild(0)) ?? cur;
  return cur;
}

/**
 * The integer literal an argument comes from, in this file: the literal itself, through `&`, `as`,
 * `.into()`/`.try_into().unwrap()`, `NonZeroU32::new(..)`, a `let` before it in the function, or a
 * `const`/`static` of the file. Undefined when the value comes from elsewhere.
 */
export function integerSource(arg: Node, root: Node, depth = 0): { literal: Node; via: 'direct' | 'binding' } | undefined {
  if (depth > 4) return undefined;
  const n = stripRef(arg);
  if (n.type === 'integer_literal') return { literal: n, via: 'direct' };
  if (n.type === 'type_cast_expression') {
    const v = n.childForFieldName('value');
    return v ? integerSource(v, root, depth + 1) : undefined;
  }
  if (n.type === 'call_expression') {
    const name = calleeOf(n);
    if (/^(unwrap|expect|into|try_into|get)$/.test(name)) {
      const r = receiverOf(n);
      return r ? integerSource(r, root, depth + 1) : undefined;
    }
    // `NonZeroU32::new(600_000)`, `u32::from(..)`, `Some(..)`
    const a = argsOf(n);
    if (/^(new|from|new_unchecked|Some)$/.test(name) && a.length === 1) return integerSource(a[0], root, depth + 1);
    return undefined;
  }
  if (n.type === 'identifier') {
    const name = n.text;
    const found = bindingLiteral(name, n, root);
    if (!found) return undefined;
    const inner = integerSource(found, root, depth + 1);
    return inner ? { literal: inner.literal, via: 'binding' } : undefined;
  }
  return undefined;
}

/** The value a name is bound to: the nearest `let name = v` before `use` in its function, else a file-level `const`/`static`. */
function bindingLiteral(name: string, use: Node, root: Node): Node | undefined {
  const fn = enclosingFn(use);
  if (fn) {
    let best: Node | undefined;
    for (const l of fn.descendantsOfType('let_declaration')) {
      if (!l || l.startIndex > use.startIndex) continue;
      const pat = l.childForFieldName('pattern');
      const bound = pat?.type === 'mut_pattern' ? pat.namedChild(0) : pat;
      if (bound?.type === 'identifier' && bound.text === name) best = l.childForFieldName('value') ?? undefined;
    }
    if (best) return best;
    // A parameter: the value comes from the callers.
    if (fn.childForFieldName('parameters')?.descendantsOfType('identifier').some((i) => i?.text === name)) return undefined;
  }
  for (const item of root.descendantsOfType(['const_item', 'static_item'])) {
    if (item?.childForFieldName('name')?.text === name) return item.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

const MAX: Record<string, number> = { u8: 255, i8: 127, u16: 65_535, i16: 32_767 };

/** Whether the new number fits the literal's type (its suffix, or the `let`/`const` annotation it initialises). */
function fits(lit: Node, text: string): boolean {
  const n = Number(text.replace(/_/g, '').replace(/[a-z]\w*$/, ''));
  if (!Number.isFinite(n)) return true;
  const suffix = /(u8|i8|u16|i16)$/.exec(lit.text)?.[1];
  const holder = lit.parent?.type === 'let_declaration' || lit.parent?.type === 'const_item' || lit.parent?.type === 'static_item' ? lit.parent.childForFieldName('type')?.text.trim() : undefined;
  const type = suffix ?? holder;
  return !(type && MAX[type] !== undefined && n > MAX[type]);
}

/** `600_000`, keeping the literal's type suffix (`1000u32` → `600_000u32`). */
function intText(n: number, like?: Node): string {
  const suffix = like ? (/(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$/.exec(like.text)?.[1] ?? '') : '';
  const digits = String(n);
  const grouped = n >= 10_000 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '_') : digits;
  return `${grouped}${suffix}`;
}

function intValue(lit: Node): number | undefined {
  const t = lit.text.replace(/_/g, '').replace(/(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$/, '');
  const v = /^0x/i.test(t) ? Number.parseInt(t.slice(2), 16) : Number(t);
  return Number.isFinite(v) ? v : undefined;
}

/** Where a literal came from, for the description: "`ITERATIONS` (line 9)". */
function where(ctx: FixContext, lit: Node, via: 'direct' | 'binding'): string {
  if (via === 'direct') return '';
  const line = ctx.text.slice(0, lit.startIndex).split('\n').length;
  return ` (where it is defined, line ${line})`;
}

// ---- weak-kdf-cost ----

const weakKdfCost: Fixer = (ctx) => {
  const n = ctx.node;
  // Struct fields: pbkdf2's `Params { rounds, .. }`, rust-argon2's `Config { mem_cost, time_cost, .. }`.
  if (n.type === 'field_initializer') return costField(ctx, n);
  const call = callsAround(n);
  if (!call) return undefined;
  const sinks = ctx.resolver().sinks(call, COST_KINDS);
  const byKind = new Map(sinks.map((s) => [s.row.kind, s.arg]));
  const edit = (arg: Node | undefined, value: (old: number, lit: Node, via: 'direct' | 'binding') => string | undefined): { edit: Edit; old: number; lit: Node; via: 'direct' | 'binding' } | undefined => {
    if (!arg) return undefined;
    const src = integerSource(arg, ctx.root);
    if (!src) return undefined;
    const old = intValue(src.literal);
    if (old === undefined) return undefined;
    const text = value(old, src.literal, src.via);
    if (text !== undefined && !fits(src.literal, text)) return undefined;
    return text === undefined ? undefined : { edit: { start: src.literal.startIndex, end: src.literal.endIndex, text }, old, lit: src.literal, via: src.via };
  };
  if (byKind.has('iterations')) {
    const fnNode = enclosingFn(call);
    const { floor, hash } = pbkdf2Floor(`${call.text}\n${fnNode?.text ?? ''}`);
    const e = edit(byKind.get('iterations'), (old, lit) => (old < floor ? intText(floor, lit) : undefined));
    if (!e) return undefined;
    return { description: `Raise the PBKDF2-${hash} iteration count from ${e.old.toLocaleString('en-US')} to ${floor.toLocaleString('en-US')}${where(ctx, e.lit, e.via)}, the ${OWASP} minimum.`, edits: [e.edit] };
  }
  if (byKind.has('bcrypt-cost')) {
    const e = edit(byKind.get('bcrypt-cost'), (old, lit, via) => (old < BCRYPT_MIN ? (via === 'direct' && ctx.crate.dependencies.has('bcrypt') ? 'bcrypt::DEFAULT_COST' : intText(12, lit)) : undefined));
    if (!e) return undefined;
    return { description: `Raise the bcrypt cost from ${e.old} to bcrypt's default, 12${where(ctx, e.lit, e.via)}.`, edits: [e.edit] };
  }
  if (byKind.has('scrypt-log-n')) {
    const e = edit(byKind.get('scrypt-log-n'), (old, lit) => (old < SCRYPT_LOG_N_MIN ? intText(SCRYPT_LOG_N_MIN, lit) : undefined));
    if (!e) return undefined;
    return { description: `Raise scrypt's log_n from ${e.old} to ${SCRYPT_LOG_N_MIN} (N = 2^17), the ${OWASP} minimum.`, edits: [e.edit] };
  }
  if (byKind.has('argon2-m-cost')) return argon2(ctx, byKind.get('argon2-m-cost'), byKind.get('argon2-t-cost'));
  return undefined;
};

/** Argon2 memory (and passes): t below 2 becomes 2, and m at least OWASP's minimum for that t. */
function argon2(ctx: FixContext, mArg: Node | undefined, tArg: Node | undefined): FixPlan | undefined {
  const m = mArg ? integerSource(mArg, ctx.root) : undefined;
  if (!m) return undefined;
  const mOld = intValue(m.literal);
  const t = tArg ? integerSource(tArg, ctx.root) : undefined;
  const tOld = t ? intValue(t.literal) : undefined;
  if (mOld === undefined || (tArg && tOld === undefined)) return undefined;
  if (!argon2Weak(mOld, tOld)) return undefined;
  const edits: Edit[] = [];
  let tNew = tOld;
  if (t && tOld !== undefined && tOld < 2) {
    tNew = 2;
    edits.push({ start: t.literal.startIndex, end: t.literal.endIndex, text: intText(2, t.literal) });
  }
  // Without a known t, the memory that is enough for a single pass.
  const mNew = Math.max(mOld, tNew === undefined ? ARGON2_MIN_M_FOR_T[1] : ARGON2_MIN_M_FOR_T[Math.min(5, tNew)]);
  if (mNew !== mOld) edits.push({ start: m.literal.startIndex, end: m.literal.endIndex, text: intText(mNew, m.literal) });
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.start - b.start);
  const passes = tNew !== tOld ? ` and passes from ${tOld} to ${tNew}` : '';
  return { description: `Raise Argon2's memory from ${mOld.toLocaleString('en-US')} KiB to ${mNew.toLocaleString('en-US')} KiB${passes} (the ${OWASP} minimum${tNew === 2 ? ', as `Params::default()`' : ''}).`, edits };
}

function costField(ctx: FixContext, field: Node): FixPlan | undefined {
  const name = field.childForFieldName('field')?.text;
  const value = field.childForFieldName('value');
  if (!value) return undefined;
  if (name === 'rounds') {
    const src = integerSource(value, ctx.root);
    const old = src ? intValue(src.literal) : undefined;
    if (!src || old === undefined) return undefined;
    const { floor, hash } = pbkdf2Floor(ctx.text);
    if (old >= floor) return undefined;
    return { description: `Raise the PBKDF2-${hash} rounds from ${old.toLocaleString('en-US')} to ${floor.toLocaleString('en-US')}, the ${OWASP} minimum.`, edits: [{ start: src.literal.startIndex, end: src.literal.endIndex, text: intText(floor, src.literal) }] };
  }
  if (name === 'mem_cost') {
    const struct = field.parent;
    const time = struct?.namedChildren.find((f) => f?.type === 'field_initializer' && f.childForFieldName('field')?.text === 'time_cost');
    return argon2(ctx, value, time?.childForFieldName('value') ?? undefined);
  }
  return undefined;
}

// ---- unchecked-result ----

const AEAD_CRATES = /\b(aead|aes_gcm|aes_gcm_siv|chacha20poly1305|aes_siv|ccm|eax|ocb3|xsalsa20poly1305|crypto_secretbox|deoxys|ascon_aead)\b/;

/** The error type a decryption returns, as the families write it. */
function decryptFamily(call: Node, text: string): 'aead' | 'ring' | 'openssl' | undefined {
  const name = calleeOf(call);
  if (/^(open_in_place|open_within|open_in_place_separate_tag)$/.test(name)) return 'ring';
  const fn = call.childForFieldName('function');
  if (/^(decrypt|decrypt_aead)$/.test(name) && fn?.type !== 'field_expression' && (/\bsymm\b/.test(fn?.text ?? '') || /use\s+openssl::symm/.test(text))) return 'openssl';
  if (/^(decrypt|decrypt_in_place|decrypt_in_place_detached)$/.test(name) && fn?.type === 'field_expression') return 'aead';
  return undefined;
}

/** Top-level generic arguments: `Result<Vec<u8>, Box<dyn Error>>` → [`Vec<u8>`, `Box<dyn Error>`]. */
function genericArgs(type: string): string[] | undefined {
  const open = type.indexOf('<');
  if (open < 0 || !type.trimEnd().endsWith('>')) return undefined;
  const inner = type.slice(open + 1, type.trimEnd().length - 1);
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of inner) {
    if (c === '<' || c === '(' || c === '[') depth++;
    if (c === '>' || c === ')' || c === ']') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** What replaces `.unwrap()` so the error goes to the caller, or undefined when the return type cannot take it. */
function propagation(returnType: string, family: 'aead' | 'ring' | 'openssl', text: string, deps: Set<string>, reason: string): { text: string; how: string } | undefined {
  const t = returnType.replace(/\s+/g, ' ').trim();
  const msg = JSON.stringify(reason);
  if (/^(std::option::|core::option::)?Option\s*</.test(t)) return { text: '.ok()?', how: 'returns `None` when authentication fails' };
  if (/^(std::)?io::Result\s*</.test(t)) return { text: `.map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, ${msg}))?`, how: 'returns an `InvalidData` error when authentication fails' };
  if (/^anyhow::Result\s*</.test(t)) return deps.has('anyhow') ? { text: family === 'openssl' ? '?' : `.map_err(|_| anyhow::anyhow!(${msg}))?`, how: 'returns the error when authentication fails' } : undefined;
  const m = /^(?:(?:std|core)::result::)?Result\s*</.exec(t);
  if (!m) return undefined;
  const args = genericArgs(t);
  if (!args || args.length !== 2) return undefined;
  const err = args[1];
  const how = 'returns the error to the caller when authentication fails';
  if (/^anyhow::Error$/.test(err)) return deps.has('anyhow') ? { text: family === 'openssl' ? '?' : `.map_err(|_| anyhow::anyhow!(${msg}))?`, how } : undefined;
  // Box<dyn Error> and String take a &str; aead::Error and ring's Unspecified are std errors only with their `std` feature.
  if (/^Box\s*<\s*dyn\s+(std::error::|core::error::)?Error(\s*\+\s*(Send|Sync|'static))*\s*>$/.test(err)) return { text: family === 'openssl' ? '?' : `.map_err(|_| ${msg})?`, how };
  if (/^(std::string::)?String$/.test(err)) return { text: `.map_err(|_| ${msg})?`, how };
  if (family === 'aead' && (AEAD_CRATES.test(err) && /::Error$/.test(err))) return { text: '?', how };
  if (family === 'aead' && err === 'Error' && new RegExp(`use\\s+[^;]*${AEAD_CRATES.source}[^;]*\\bError\\b[^;]*;`).test(text) && !/\b(enum|struct)\s+Error\b/.test(text)) return { text: '?', how };
  if (family === 'ring' && /(^|::)Unspecified$/.test(err)) return { text: '?', how };
  if (family === 'openssl' && /(^|::)ErrorStack$/.test(err)) return { text: '?', how };
  // The crate's own error type with `impl From<aes_gcm::Error> for MyError` (or a thiserror `#[from]`).
  const own = /^[A-Z]\w*$/.test(err) ? err : undefined;
  if (own) {
    const fromType = family === 'aead' ? `(?:\\w+::)*Error` : family === 'ring' ? '(?:\\w+::)*Unspecified' : '(?:\\w+::)*ErrorStack';
    const impl = new RegExp(`impl\\s+From\\s*<\\s*(${fromType})\\s*>\\s+for\\s+${own}\\b`).exec(text);
    if (impl && (family !== 'aead' || AEAD_CRATES.test(impl[1]))) return { text: '?', how };
    const enumBody = new RegExp(`enum\\s+${own}\\b[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(text)?.[1] ?? '';
    const from = /#\[from\]\s*((?:\w+::)*\w+)/g;
    for (const f of enumBody.matchAll(from)) if ((family === 'aead' && AEAD_CRATES.test(f[1]) && /Error$/.test(f[1])) || (family === 'ring' && /Unspecified$/.test(f[1])) || (family === 'openssl' && /ErrorStack$/.test(f[1]))) return { text: '?', how };
  }
  return undefined;
}

const uncheckedResult: Fixer = (ctx) => {
  const n = ctx.node;
  const call = n.type === 'call_expression' ? n : undefined;
  if (call) {
    const name = calleeOf(call);
    const inner = receiverOf(call);
    if (!/^(unwrap|expect)$/.test(name) || inner?.type !== 'call_expression') return undefined;
    const family = decryptFamily(inner, ctx.text);
    const fn = enclosingFn(call);
    const ret = fn?.childForFieldName('return_type')?.text;
    if (!family || !ret) return undefined;
    const reason = name === 'expect' ? (argsOf(call)[0]?.type === 'string_literal' ? JSON.parse(argsOf(call)[0].text.replace(/\\'/g, "'")) as string : 'decryption failed') : 'decryption failed';
    const p = propagation(ret, family, ctx.text, ctx.crate.dependencies, reason);
    if (!p) return undefined;
    return { description: `Replace \`.${name}(${name === 'expect' ? '..' : ''})\` with \`${p.text}\`: the function ${p.how} instead of panicking.`, edits: [{ start: inner.endIndex, end: call.endIndex, text: p.text }] };
  }
  // Inside a macro's tokens: `println!("{:?}", c.decrypt(n, ct).unwrap())`.
  const region = ctx.text.slice(ctx.at.start, ctx.at.end);
  const m = /\.\s*(unwrap|expect)\s*\($/.exec(region);
  if (!m) return undefined;
  const close = matchingParen(ctx.text, ctx.at.end - 1);
  const macro = up(n, 'macro_invocation') ?? (n.type === 'macro_invocation' ? n : undefined);
  const fn = macro ? enclosingFn(macro) : undefined;
  const ret = fn?.childForFieldName('return_type')?.text;
  if (close < 0 || !ret || !/^\s*decrypt/.test(region) || !macro || !/^(std::)?(println|print|eprintln|eprint|format|write|writeln|assert|assert_eq|dbg)$/.test(macro.childForFieldName('macro')?.text ?? '')) return undefined;
  const p = propagation(ret, 'aead', ctx.text, ctx.crate.dependencies, 'decryption failed');
  if (!p) return undefined;
  const dot = ctx.at.start + m.index;
  return { description: `Replace \`.${m[1]}(${m[1] === 'expect' ? '..' : ''})\` with \`${p.text}\`: the function ${p.how} instead of panicking.`, edits: [{ start: dot, end: close + 1, text: p.text }] };
};

/** Index of the `)` closing the `(` at `open`, skipping string literals; -1 if none. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

// ---- weak-rng ----

const RNG_CONSTRUCTOR = /^(seed_from_u64|from_seed|from_entropy|from_rng|from_os_rng|new)$/;

/** The OS generator in the API of the rand version the crate locked. */
function osRng(crate: CrateFacts): string | undefined {
  if (!crate.dependencies.has('rand')) return undefined;
  const v = compatible(crate.version('rand'));
  if (v === '0.7' || v === '0.8') return 'rand::rngs::OsRng';
  // rand 0.9 made OsRng fallible (TryRngCore); `unwrap_err` gives the infallible RngCore + CryptoRng.
  if (v === '0.9') return 'rand::TryRngCore::unwrap_err(rand::rngs::OsRng)';
  return undefined;
}

const weakRng: Fixer = (ctx) => {
  const os = osRng(ctx.crate);
  const origin = ctx.related[0];
  if (!os || !origin) return undefined;
  const made = nodeAt(ctx.root, origin.start, origin.end);
  if (made.type !== 'call_expression' || !RNG_CONSTRUCTOR.test(calleeOf(made))) return undefined;
  // `StdRng::seed_from_u64(42)`: the generator's type, to be sure nothing else in the file names it.
  const path = made.childForFieldName('function');
  const type = path?.type === 'scoped_identifier' ? (path.childForFieldName('path')?.text.split('::').pop() ?? '') : '';
  if (!/Rng$/.test(type)) return undefined;
  const parent = made.parent;
  const edits: Edit[] = [{ start: made.startIndex, end: made.endIndex, text: os }];
  if (parent?.type === 'let_declaration') {
    const annotated = parent.childForFieldName('type');
    if (annotated) {
      if (annotated.text.split('::').pop() !== type) return undefined;
      if (/unwrap_err/.test(os)) return undefined;
      edits.unshift({ start: annotated.startIndex, end: annotated.endIndex, text: os });
    }
  } else if (!(parent?.type === 'reference_expression' && parent.parent?.type === 'arguments') && !(parent?.type === 'field_expression' && parent.parent?.type === 'call_expression')) return undefined;
  // A field, parameter or return type that names the generator could receive this one and would no
  // longer match; `let` annotations type other variables.
  const typeUses = ctx.root.descendantsOfType('type_identifier').filter((t) => t?.text === type && !up(t, 'use_declaration') && up(t, 'let_declaration')?.childForFieldName('type')?.startIndex !== t.startIndex);
  if (typeUses.length) return undefined;
  return { description: `Draw from the operating system's generator (\`${os}\`) instead of \`${ctx.text.slice(made.startIndex, made.endIndex).slice(0, 60)}\`.`, edits };
};

// ---- non-constant-time-compare ----

const SLICE_SUFFIX = /\.(as_slice|as_bytes)\(\)$/;

/** The operand as a `&[u8]` argument: `x.as_slice()` stays, `&x` stays, strings get `.as_bytes()`, anything else gets `&`. */
function asSliceArg(n: Node, ctx: FixContext): string {
  const t = n.text;
  if (SLICE_SUFFIX.test(t) || n.type === 'reference_expression') return t;
  if (n.type === 'identifier') {
    const type = bindingType(n);
    if (type && /\bstr\b|\bString\b/.test(type)) return `${t}.as_bytes()`;
    if (type && /^&\s*(\[\s*u8\s*\]|\[\s*u8\s*;[^\]]*\])$/.test(type.trim())) return t;
  }
  const simple = /^(identifier|field_expression|call_expression|index_expression|scoped_identifier|self)$/.test(n.type);
  return simple ? `&${t}` : `&(${t})`;
}

/** The declared type of a parameter or `let` of the function around `id` (a `let` from `to_string()`/`format!` is a String). */
function bindingType(id: Node): string | undefined {
  const fn = enclosingFn(id);
  const params = fn?.childForFieldName('parameters')?.namedChildren ?? [];
  for (const p of params) if (p?.type === 'parameter' && p.childForFieldName('pattern')?.text === id.text) return p.childForFieldName('type')?.text;
  let found: string | undefined;
  for (const l of fn?.descendantsOfType('let_declaration') ?? []) {
    if (!l || l.startIndex > id.startIndex || l.childForFieldName('pattern')?.text.replace(/^mut\s+/, '') !== id.text) continue;
    found = l.childForFieldName('type')?.text ?? (/(to_string\(\)|String::from|format!)/.test(l.childForFieldName('value')?.text ?? '') ? 'String' : undefined);
  }
  return found;
}

/** `mac.finalize().into_bytes()` (with `.as_slice()`, `[..]`, `.to_vec()`): the MAC variable. */
function macOutput(n: Node): string | undefined {
  const t = n.text.replace(/\s+/g, '');
  const m = /^&?([a-z_][a-z0-9_]*)\.finalize\(\)\.into_bytes\(\)(\.as_slice\(\)|\[\.\.\]|\.to_vec\(\)|\.as_ref\(\))?$/.exec(t);
  return m?.[1];
}

const nonConstantTimeCompare: Fixer = (ctx) => {
  const n = ctx.node;
  let left: Node | undefined;
  let right: Node | undefined;
  let negated = false;
  if (n.type === 'binary_expression') {
    const op = n.childForFieldName('operator')?.text;
    if (op !== '==' && op !== '!=') return undefined;
    negated = op === '!=';
    left = n.childForFieldName('left') ?? undefined;
    right = n.childForFieldName('right') ?? undefined;
  } else if (n.type === 'call_expression' && /^(eq|ne)$/.test(calleeOf(n)) && argsOf(n).length === 1) {
    negated = calleeOf(n) === 'ne';
    left = receiverOf(n);
    right = argsOf(n)[0];
  }
  if (!left || !right) return undefined;
  // The MAC is at hand: let it compare (in constant time) instead.
  const macVar = macOutput(left) ?? macOutput(right);
  // `verify_slice` is hmac 0.12's (digest 0.10); older lines spell it differently.
  const hmac = compatible(ctx.crate.version('hmac'));
  const verifies = !hmac || !/^0\.([0-9]|1[01])$/.test(hmac);
  if (macVar && verifies && /use\s[^;]*\bMac\b/.test(ctx.text)) {
    const other = macOutput(left) ? right : left;
    const text = `${macVar}.verify_slice(${asSliceArg(other, ctx)}).${negated ? 'is_err' : 'is_ok'}()`;
    return { description: `Let the MAC check the tag in constant time: \`${macVar}.verify_slice(..)\` instead of comparing its output with \`${negated ? '!=' : '=='}\`.`, edits: [{ start: n.startIndex, end: n.endIndex, text }] };
  }
  if (!ctx.crate.dependencies.has('subtle')) return undefined;
  const text = `${negated ? '!' : ''}bool::from(<[u8] as subtle::ConstantTimeEq>::ct_eq(${asSliceArg(left, ctx)}, ${asSliceArg(right, ctx)}))`;
  return { description: 'Compare in constant time with `subtle::ConstantTimeEq` (a dependency already).', edits: [{ start: n.startIndex, end: n.endIndex, text }] };
};

// ---- weak-hash ----

const DIGEST_OF: Record<string, { pkg: string; bytes: number; name: string }> = { Sha1: { pkg: 'sha1', bytes: 20, name: 'SHA-1' }, Md5: { pkg: 'md-5', bytes: 16, name: 'MD5' } };

const weakHash: Fixer = (ctx) => {
  const n = ctx.node;
  // `Hmac<Md5>` (the query rule's finding).
  if (n.type === 'generic_type') {
    const arg = n.childForFieldName('type_arguments')?.namedChildren.find((c) => c?.type === 'type_identifier');
    if (!arg || !DIGEST_OF[arg.text]) return undefined;
    return swapDigest(ctx, arg.text, [arg], n);
  }
  const call = n.type === 'call_expression' ? n : undefined;
  // Inside a macro's tokens (`format!("{:x}", Md5::digest(body))`): the type name starts the region.
  if (!call) {
    const m = /^((?:sha1|md5)::)?(Sha1|Md5)\s*::\s*(new|digest|new_with_prefix)\s*\(/.exec(ctx.text.slice(ctx.at.start, ctx.at.end));
    if (!m || !up(n, 'token_tree') && n.type !== 'token_tree') return undefined;
    const target = { startIndex: ctx.at.start, endIndex: ctx.at.start + (m[1] ?? '').length + m[2].length } as Node;
    return swapDigest(ctx, m[2], [target], up(n, 'macro_invocation') ?? n);
  }
  const fn = call.childForFieldName('function');
  // openssl: `MessageDigest::sha1()` / `md5()`; ring: `&digest::SHA1_FOR_LEGACY_USE_ONLY`.
  if (fn?.type === 'scoped_identifier' && /(^|::)MessageDigest$/.test(fn.childForFieldName('path')?.text ?? '') && /^(sha1|md5)$/.test(calleeOf(call)) && ctx.crate.dependencies.has('openssl')) {
    const name = fn.childForFieldName('name')!;
    return { description: `Use SHA-256 (\`MessageDigest::sha256()\`) instead of ${calleeOf(call) === 'md5' ? 'MD5' : 'SHA-1'}; the digest grows to 32 bytes, so stored digests must be recomputed.`, edits: [{ start: name.startIndex, end: name.endIndex, text: 'sha256' }] };
  }
  const ringArg = argsOf(call).find((a) => /SHA1_FOR_LEGACY_USE_ONLY$/.test(a.text));
  if (ringArg && ctx.crate.dependencies.has('ring')) {
    const id = ringArg.descendantsOfType('identifier').find((i) => i?.text === 'SHA1_FOR_LEGACY_USE_ONLY');
    if (!id) return undefined;
    return { description: 'Use SHA-256 (`ring::digest::SHA256`) instead of SHA-1; the digest grows to 32 bytes, so stored digests must be recomputed.', edits: [{ start: id.startIndex, end: id.endIndex, text: 'SHA256' }] };
  }
  // RustCrypto: `Sha1::new()`, `Sha1::digest(x)`, `Md5::new_with_prefix(x)`.
  if (fn?.type !== 'scoped_identifier' || !/^(new|digest|new_with_prefix|default)$/.test(calleeOf(call))) return undefined;
  const path = fn.childForFieldName('path');
  const type = path?.text.split('::').pop() ?? '';
  if (!path || !DIGEST_OF[type]) return undefined;
  return swapDigest(ctx, type, [path], call);
};

function swapDigest(ctx: FixContext, type: string, targets: Node[], use: Node): FixPlan | undefined {
  const d = DIGEST_OF[type];
  if (!ctx.crate.dependencies.has('sha2') || !ctx.crate.dependencies.has(d.pkg)) return undefined;
  // Drop-in only over the same `digest` traits (sha1 0.10 and sha2 0.10 both use digest 0.10).
  const a = ctx.crate.digestOf(d.pkg);
  const b = ctx.crate.digestOf('sha2');
  if (!a || !b || compatible(a) !== compatible(b)) return undefined;
  // Code that relies on the old output length (`[u8; 20]`, `U20`) or names the type elsewhere would break.
  const scope = enclosingFn(use) ?? ctx.root;
  if (new RegExp(`;\\s*${d.bytes}\\s*\\]|\\bU${d.bytes}\\b`).test(scope.text)) return undefined;
  const let_ = up(use, 'let_declaration');
  if (let_?.childForFieldName('type') && new RegExp(`\\b${type}\\b`).test(let_.childForFieldName('type')!.text)) return undefined;
  // A hasher whose type the function names (`-> Sha1`, `Output<Sha1>`) would no longer match it.
  const typeUses = scope.descendantsOfType('type_identifier').filter((t) => t?.text === type && !up(t, 'use_declaration') && !targets.some((x) => x.startIndex <= t.startIndex && t.endIndex <= x.endIndex));
  if (use.type !== 'generic_type' && typeUses.length) return undefined;
  return {
    description: `Use SHA-256 (\`sha2::Sha256\`, a dependency already) instead of ${d.name}; the digest grows from ${d.bytes} to 32 bytes, so stored digests must be recomputed.`,
    edits: targets.map((t) => ({ start: t.startIndex, end: t.endIndex, text: 'sha2::Sha256' })),
  };
}

export const FIXERS: Record<string, Fixer> = {
  'weak-kdf-cost': weakKdfCost,
  'unchecked-result': uncheckedResult,
  'weak-rng': weakRng,
  'non-constant-time-compare': nonConstantTimeCompare,
  'weak-hash': weakHash,
};

/**
 * Rules whose fix is a design change: the suggested code goes into the message, not an edit
 * (a random nonce must travel with the ciphertext; a key must come from somewhere).
 */
export const DESIGN_ADVICE: Record<string, (f: Finding) => string | undefined> = {
  'constant-nonce': (f) => {
    if (/Suggested/.test(f.message) || !/^Constant nonce/.test(f.message)) return undefined;
    const context = `${f.lineText} ${f.message}`;
    const head = 'Suggested (a design change, so no automatic fix):';
    const travel = 'send the nonce with the ciphertext (e.g. prepend it) and split it off, after a length check, before decrypting.';
    if (/assume_unique_for_key|seal_in_place|LessSafeKey|SealingKey/.test(context)) return `${head} \`let mut bytes = [0u8; NONCE_LEN]; ring::rand::SystemRandom::new().fill(&mut bytes)?; let nonce = Nonce::assume_unique_for_key(bytes);\` for each message — ${travel}`;
    if (/symm::|Crypter|encrypt_aead|Cipher::/.test(context)) return `${head} \`let mut iv = [0u8; 12]; openssl::rand::rand_bytes(&mut iv)?;\` for each message — ${travel}`;
    const cipher = /\b(Aes\d+Gcm(?:Siv)?|X?ChaCha20Poly1305)\b/.exec(context)?.[1] ?? 'Aes256Gcm';
    return `${head} \`let nonce = ${cipher}::generate_nonce(&mut OsRng); let mut out = nonce.to_vec(); out.extend(cipher.encrypt(&nonce, plaintext)?);\` — ${travel}`;
  },
  'hardcoded-key': (f) => {
    if (/Suggested/.test(f.message) || !/^Hard-coded key/.test(f.message)) return undefined;
    const api = /reaches `([^`]+)`/.exec(f.message)?.[1];
    return `Suggested (a design change, so no automatic fix): \`let key = hex::decode(std::env::var("APP_DATA_KEY")?)?;\` and use \`key\` where the literal is now${api ? ` (it reaches \`${api}\`)` : ''} — or read it from a secrets manager or KMS; the committed key must be rotated.`;
  },
};
