import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, calleePath, receiverOf } from './calls.ts';
import { type FileModel, type FnInfo, type ItemInfo, type LetInfo, type Span, contains, implTypeOf, span } from './model.ts';
import type { Models } from './models.ts';
import { words } from './names.ts';
import { escapeRe } from './source.ts';

// Dataflow within a file: what an expression evaluates to, as far as crypto rules care. Values are
// followed through `let` (with shadowing and scopes), references, conversions, consts/statics,
// struct fields and small functions. Anything we cannot see through is `unknown`, so the rules
// stay quiet rather than guess.

export type ValueKind =
  | 'const' // a literal, or something built only from literals
  | 'random' // from a cryptographically secure RNG
  | 'weak-random' // from a non-cryptographic or seeded RNG, or the clock
  | 'string-bytes' // the bytes of a (non-literal) string: a password used as key material
  | 'fast-hash' // one pass of a fast hash (SHA-2, MD5, …) over non-random input
  | 'external' // an UPPER_CASE name not defined in this file: maybe a const elsewhere in the crate
  | 'unknown';

export type Binding =
  | { kind: 'let'; info: LetInfo }
  | { kind: 'param'; fn: FnInfo; name: string }
  | { kind: 'item'; info: ItemInfo }
  | { kind: 'field'; name: string; advanced: boolean }
  | { kind: 'loop-var' };

export interface Value {
  kind: ValueKind;
  /** Where the value was made: the literal, the RNG, the clock call. */
  origin?: Span;
  /** The binding the value was last read through (the `let`, parameter, const or field). */
  binding?: Binding;
  /** For `external`: the name to look up in the rest of the crate. */
  name?: string;
  /** Why a value is weak (`SmallRng`, the clock, …). */
  note?: string;
  /** For constants: the literal's text, when the value is one literal (`600_000`, `b"nonce"`). */
  literal?: string;
  /** The binding is written to (refilled, counted up) inside a loop around this use: a new value each time. */
  mutated?: boolean;
}

const UNKNOWN: Value = { kind: 'unknown' };
// (`license`: a product's license key is a random token the vendor issued, not a password.)
const KEY_MATERIAL_WORDS = new Set(['shared', 'dh', 'ecdh', 'x25519', 'agreement', 'exchange', 'ikm', 'prk', 'license']);
/** `[u8; 32]`, `&[u8; 16]`: a key-sized array (16 bytes and more) is key material, not a password. */
const KEY_SIZED_ARRAY = /^\s*&?\s*(?:'\w+\s+)?(?:mut\s+)?\[\s*u8\s*;\s*(?:1[6-9]|[2-9]\d|\d{3,})\s*\]\s*$/;
const MAX_DEPTH = 16;
const SMALL_FUNCTION_LINES = 25;

const LITERALS = new Set(['integer_literal', 'string_literal', 'raw_string_literal', 'char_literal', 'float_literal', 'boolean_literal', 'negative_literal']);
const RNG_FILLERS = new Set(['fill_bytes', 'try_fill_bytes', 'fill', 'try_fill', 'getrandom', 'fill_random', 'rand_bytes', 'fill_with_rng', 'fill_slice']);

export class Values {
  private readonly model: FileModel;
  private readonly models: Models;
  private readonly memo = new Map<number, Value>();
  /** Fast hash types and modules (from the models), as a regex over a call's text. */
  private readonly fastHash: RegExp;

  constructor(model: FileModel, models: Models) {
    this.model = model;
    this.models = models;
    this.fastHash = fastHashRe(models);
  }

  /** What `n` evaluates to. */
  resolve(n: Node | null | undefined, depth = 0): Value {
    if (!n || depth > MAX_DEPTH) return UNKNOWN;
    const cached = this.memo.get(n.id);
    if (cached) return cached;
    const v = this.compute(n, depth + 1);
    this.memo.set(n.id, v);
    return v;
  }

  private compute(n: Node, depth: number): Value {
    const t = n.type;
    if (LITERALS.has(t)) return { kind: 'const', origin: span(n), literal: n.text };
    switch (t) {
      case 'parenthesized_expression':
      case 'reference_expression':
      case 'unary_expression':
      case 'type_cast_expression':
      case 'try_expression':
      case 'index_expression':
        return this.resolve(t === 'reference_expression' || t === 'type_cast_expression' ? n.childForFieldName('value') : n.namedChild(0), depth);
      case 'array_expression': {
        // `[x; N]`: only the element decides; the length is a type-level constant anyway.
        const parts = n.childForFieldName('length') ? [n.namedChild(0)] : n.namedChildren;
        return this.allConst(parts.filter((c) => c && !c.type.endsWith('comment')) as Node[], n, depth);
      }
      case 'tuple_expression':
        return this.allConst(n.namedChildren as Node[], n, depth);
      case 'identifier':
        return this.resolveName(n.text, n, depth);
      case 'scoped_identifier': {
        const name = n.childForFieldName('name')?.text ?? '';
        // A modelled crate's own constant (`bcrypt::DEFAULT_COST`) is not one of this crate's.
        const head = n.text.split('::')[0].trim();
        if (head !== n.text && this.models.cryptoModules().includes(head)) return UNKNOWN;
        if (/^[A-Z][A-Z0-9_]*$/.test(name)) return this.resolveItem(name, n, depth);
        return UNKNOWN;
      }
      case 'field_expression':
        return this.resolveField(n, depth);
      case 'call_expression':
        return this.resolveCall(n, depth);
      case 'macro_invocation':
        return this.resolveMacro(n);
      case 'block': {
        const last = n.namedChild(n.namedChildCount - 1);
        return last && last.type !== 'expression_statement' && !last.type.endsWith('declaration') ? this.resolve(last, depth) : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  private allConst(parts: Node[], whole: Node, depth: number): Value {
    for (const p of parts) if (this.resolve(p, depth).kind !== 'const') return UNKNOWN;
    return { kind: 'const', origin: span(whole) };
  }

  /** The binding a name refers to at an offset: the nearest visible `let`, a parameter, a loop variable, an item. */
  lookup(name: string, at: number): Binding | undefined {
    const fn = this.model.enclosingFunction(at);
    let best: LetInfo | undefined;
    for (const l of this.model.lets) {
      if (l.end > at || !l.names.includes(name)) continue;
      if (!(l.scope.start <= at && at < l.scope.end)) continue;
      if (fn && !contains(fn, l)) continue;
      if (!best || l.start > best.start) best = l;
    }
    const closure = this.model.closures.find((c) => c.params.has(name) && c.start <= at && at < c.end && (!best || c.start > best.start));
    const loop = this.model.loops.find((l) => l.bound.includes(name) && l.start <= at && at < l.end && (!best || l.start > best.start));
    if (closure || loop) return { kind: 'loop-var' };
    if (best) return { kind: 'let', info: best };
    if (fn?.params.has(name)) return { kind: 'param', fn, name };
    const item = this.model.items.get(name)?.[0];
    if (item) return { kind: 'item', info: item };
    return undefined;
  }

  private resolveName(name: string, at: Node, depth: number): Value {
    const b = this.lookup(name, at.startIndex);
    if (!b) return /^[A-Z][A-Z0-9_]*$/.test(name) ? { kind: 'external', name, origin: span(at) } : UNKNOWN;
    if (b.kind === 'let') {
      const v = b.info.simple ? this.resolve(b.info.value, depth) : UNKNOWN;
      let changed = this.mutationBetween(name, b.info, at.startIndex);
      // Constants copied into a buffer that was not constant (random bytes, a parameter's) leave it unknown.
      if (changed?.kind === 'const' && v.kind !== 'const') changed = { kind: 'unknown', origin: changed.origin };
      // Keep the deepest binding: `let n = Nonce::from_slice(&bytes)` is the nonce `bytes`, wherever `bytes` was made.
      return changed ? { ...changed, binding: b } : { ...v, binding: v.binding ?? b };
    }
    if (b.kind === 'item') return { ...this.resolveItemInfo(b.info, depth), binding: b };
    return { kind: 'unknown', binding: b };
  }

  private resolveItem(name: string, at: Node, depth: number): Value {
    const item = this.model.items.get(name)?.[0];
    if (!item) return { kind: 'external', name, origin: span(at) };
    return { ...this.resolveItemInfo(item, depth), binding: { kind: 'item', info: item } };
  }

  private resolveItemInfo(item: ItemInfo, depth: number): Value {
    if (item.mutable) return UNKNOWN;
    const v = this.resolve(item.value, depth);
    return v.kind === 'const' ? { kind: 'const', origin: span(item.node), literal: v.literal } : v;
  }

  /**
   * Whether a `let` binding is overwritten or filled between its definition and a use (or anywhere
   * in a loop around the use): `OsRng.fill_bytes(&mut nonce)`, `nonce[4..].copy_from_slice(..)`.
   */
  private mutationBetween(name: string, binding: LetInfo, use: number): Value | undefined {
    // Loops around the use (but not the binding) first: a refill there makes a new value each time.
    for (const l of this.model.loops) {
      if (l.start <= use && use < l.end && l.start > binding.start) {
        const v = this.mutationIn(name, l, use);
        // (A constant copied in on every iteration is the same constant each time.)
        if (v) return v.kind === 'const' ? v : { ...v, mutated: true };
      }
    }
    return this.mutationIn(name, { start: binding.end, end: use }, use);
  }

  private mutationIn(name: string, window: Span, use: number): Value | undefined {
    const fn = this.model.enclosingFunction(use);
    // (In the use's own function: a `fn` item nested in it has its own variables of the same name.)
    const inWindow = (n: Node) => window.start <= n.startIndex && n.startIndex < window.end && (!fn || (contains(fn, span(n)) && this.model.enclosingFunction(n.startIndex) === fn));
    const mutRef = new RegExp(`&\\s*mut\\s+(\\*\\s*)?${escapeRe(name)}\\b`);
    // Constants copied into the buffer (`keybuf[..4].copy_from_slice(b"pass")`), if nothing else changes it.
    let constCopy: Value | undefined;
    for (const call of this.model.calls) {
      if (!inWindow(call)) continue;
      const argsText = call.childForFieldName('arguments')?.text ?? '';
      const recv = receiverOf(call);
      const method = calleeName(call);
      const onName = recv !== null && new RegExp(`^(\\*\\s*)?${escapeRe(name)}\\b`).test(recv.text);
      if (mutRef.test(argsText) || (onName && /^(fill|try_fill|copy_from_slice|clone_from_slice|fill_bytes|try_fill_bytes|increment|iter_mut|as_mut|swap|reverse|rotate_\w+|push|extend\w*|copy_within)$/.test(method))) {
        if (RNG_FILLERS.has(method) && !onName) {
          // `rng.fill_bytes(&mut n)`, or a helper `fill_random(&mut n, rng)`: the generator decides.
          const candidates = recv ? [recv] : argumentsOf(call).filter((a) => !mutRef.test(a.text));
          const rng = candidates.map((c) => this.rngValue(c, call)).find((v) => v);
          return rng ? { ...rng, origin: rng.kind === 'weak-random' ? (rng.origin ?? span(call)) : span(call) } : { kind: 'random', origin: span(call) };
        }
        if (onName && (method === 'fill' || method === 'try_fill') && /rng|Rng/.test(argsText)) return { kind: 'random', origin: span(call) };
        if (onName && (method === 'copy_from_slice' || method === 'clone_from_slice')) {
          const src = this.resolve(argumentsOf(call)[0]);
          if (src.kind === 'weak-random') return { ...src, origin: src.origin ?? span(call) };
          if (src.kind === 'const') {
            constCopy ??= { kind: 'const', origin: src.origin ?? span(call) };
            continue;
          }
        }
        return { kind: 'unknown', origin: span(call) };
      }
    }
    const target = new RegExp(`^(\\*\\s*)?${escapeRe(name)}\\b`);
    for (const a of this.model.assigns) if (inWindow(a) && target.test(a.childForFieldName('left')?.text ?? '')) return { kind: 'unknown', origin: span(a) };
    return constCopy;
  }

  /** Random, weak or unknown, for an expression that is (or names) an RNG: `&mut OsRng`, `rng`, `thread_rng()`. */
  rngValue(rng: Node, site: Node, depth = 0): Value | undefined {
    let n: Node | null = rng;
    while (n && (n.type === 'reference_expression' || n.type === 'parenthesized_expression')) n = n.type === 'reference_expression' ? n.childForFieldName('value') : n.namedChild(0);
    if (!n || depth > 6) return undefined;
    const text = n.text;
    if (n.type === 'identifier' && !/^(OsRng|SysRng)$/.test(text)) {
      const b = this.lookup(text, n.startIndex);
      if (b?.kind === 'let' && b.info.value) return this.rngValue(b.info.value, site, depth + 1);
      // A parameter declared as a weak generator (`rng: &mut SmallRng`).
      if (b?.kind === 'param') {
        const type = b.fn.paramTypes.get(text) ?? '';
        const weak = this.models.weakRandom.exec(type);
        if (weak) return { kind: 'weak-random', origin: span(b.fn.params.get(text) ?? n), note: `\`${weak[0]}\`` };
      }
      return undefined;
    }
    const weak = this.models.weakRandom;
    if (weak.test(text) && !/from_entropy|from_os_rng|from_rng\(\s*(&mut\s+)?(OsRng|thread_rng)/.test(text)) return { kind: 'weak-random', origin: span(n), note: `\`${text.match(weak)?.[0]}\`` };
    if (/\bSmallRng\b/.test(text)) return { kind: 'weak-random', origin: span(n), note: '`SmallRng`' };
    if (this.models.random.test(text)) return { kind: 'random', origin: span(site) };
    return undefined;
  }

  private resolveField(n: Node, depth: number): Value {
    const field = n.childForFieldName('field')?.text ?? '';
    if (/^\d+$/.test(field)) return UNKNOWN;
    // `self.key` in a method of `Vault`: the values `Vault`'s own literals and methods give `key`
    // (and the changes its own methods make), not another struct's field of the same name.
    const own = n.childForFieldName('value')?.type === 'self' ? this.implTypeAt(n.startIndex) : undefined;
    const binding: Binding = { kind: 'field', name: field, advanced: this.fieldAdvanced(field, own) };
    let inits = this.model.fieldInits.get(field) ?? [];
    if (own) inits = inits.filter((i) => {
      const owner = this.ownerOf(i);
      return owner === undefined || owner === own;
    });
    if (binding.advanced || inits.length === 0) return { kind: 'unknown', binding };
    const values = inits.map((i) => this.resolve(i, depth));
    if (values.every((v) => v.kind === 'const')) return { kind: 'const', origin: values[0].origin, binding };
    // Every value the field is given is one fast hash (or a string's bytes): `self.key.init(Sha256::digest(pass).into())`.
    if ((values[0].kind === 'fast-hash' || values[0].kind === 'string-bytes') && values.every((v) => v.kind === values[0].kind)) return { ...values[0], binding };
    const random = values.find((v) => v.kind === 'random' || v.kind === 'weak-random');
    return { kind: random?.kind ?? 'unknown', origin: random?.origin ?? span(inits[0]), note: random?.note, binding };
  }

  /** What `hasher.update(x)` / `chain_update(x)` gave the hasher `recv` before `at` in the function: the input its `finalize()` hashes. */
  private hasherInputs(recv: Node | null, at: Node): Node[] {
    if (recv?.type !== 'identifier') return [];
    const fn = this.model.enclosingFunction(at.startIndex);
    if (!fn) return [];
    return this.model.calls
      .filter((c) => c.startIndex >= fn.start && c.endIndex <= at.startIndex && /^(update|chain_update|input)$/.test(calleeName(c)) && receiverOf(c)?.text === recv.text && argumentsOf(c).length === 1)
      .map((c) => argumentsOf(c)[0]);
  }

  /** Input that is key material by its type or name: a `&[u8; 32]` parameter, `shared_secret.as_bytes()`, a DH output. */
  private keyMaterial(input: Node): boolean {
    // Pieces joined into one input (`[shared_secret.as_bytes(), INFO].concat()`, `.join(&b'|')`): key material if one of them is.
    let joined: Node | null = input;
    while (joined?.type === 'reference_expression') joined = joined.childForFieldName('value');
    const joins = joined?.type === 'call_expression' && ((calleeName(joined) === 'concat' && argumentsOf(joined).length === 0) || (calleeName(joined) === 'join' && argumentsOf(joined).length === 1));
    const pieces = joins ? receiverOf(joined!) : null;
    if (pieces?.type === 'array_expression') return pieces.namedChildren.some((p) => !!p && this.keyMaterial(p));
    const root = /^[&*\s]*(?:mut\s+)?([A-Za-z_]\w*)/.exec(input.text)?.[1];
    if (!root) return false;
    if (words(root).some((w) => KEY_MATERIAL_WORDS.has(w))) return true;
    const b = this.lookup(root, input.startIndex);
    // A MAC's output (`let client_key = hmac.finalize().into_bytes()`, SCRAM's keys) is key material too.
    if (b?.kind === 'let' && /^\w*mac\w*\s*\.\s*finalize(?:_fixed|_reset)?\s*\(\s*\)/i.test(b.info.value?.text ?? '')) return true;
    return b?.kind === 'param' && KEY_SIZED_ARRAY.test(b.fn.paramTypes.get(b.name) ?? '');
  }

  /** The type whose impl holds the function around an offset (`Vault` of `impl<T> Vault<T>`), if any. */
  private implTypeAt(at: number): string | undefined {
    const fn = this.model.enclosingFunction(at);
    const t = fn ? implTypeOf(fn) : '';
    return t ? typeBase(t) : undefined;
  }

  /** The struct a field value is given to: `Vault { key: .. }`, `Self { .. }` in `impl Vault`, `self.key.init(..)` in one of its methods. */
  private ownerOf(init: Node): string | undefined {
    let p: Node | null = init.parent;
    for (let i = 0; p && i < 4; i++, p = p.parent) {
      if (p.type === 'struct_expression') {
        const name = typeBase(p.childForFieldName('name')?.text ?? '');
        return name === 'Self' ? this.implTypeAt(init.startIndex) : name || undefined;
      }
      if (p.type === 'call_expression') return this.implTypeAt(init.startIndex);
    }
    return undefined;
  }

  /** Whether any code in the file changes a field after construction (`self.n += 1`, `&mut self.n`, …). */
  fieldAdvanced(field: string, owner?: string): boolean {
    const f = escapeRe(field);
    const target = new RegExp(`\\.${f}\\b`);
    // With an owner, a change through `self` in another type's method is that type's field.
    const counts = (site: Node, written: string) => !owner || !/^\s*(&\s*mut\s+)?self\s*\./.test(written) || (this.implTypeAt(site.startIndex) ?? owner) === owner;
    for (const a of this.model.assigns) {
      const left = a.childForFieldName('left')?.text ?? '';
      if (target.test(left) && counts(a, left)) return true;
    }
    const mutRef = new RegExp(`&\\s*mut\\s+[\\w.]*\\.${f}\\b`);
    const onField = new RegExp(`\\.${f}\\s*(\\[[^\\]]*\\])?\\s*$`);
    const mutating = /^(increment\w*|fill\w*|copy_from_slice|clone_from_slice|iter_mut|as_mut\w*|checked_add_assign|add_assign|next\w*|advance\w*|swap|replace|take|set\w*|fetch_add|fetch_update)$/;
    for (const c of this.model.calls) {
      const args = c.childForFieldName('arguments')?.text ?? '';
      const ref = mutRef.exec(args);
      if (ref && counts(c, ref[0])) return true;
      const recv = receiverOf(c);
      // The method is called on the field itself (or a slice of it), not on something made from it (`self.iv.iter().take(4)` reads).
      if (recv && onField.test(recv.text) && mutating.test(calleeName(c)) && counts(c, recv.text)) return true;
    }
    return false;
  }

  private resolveCall(n: Node, depth: number): Value {
    const name = calleeName(n);
    const path = calleePath(n);
    const recv = receiverOf(n);
    const args = argumentsOf(n);
    const text = n.childForFieldName('function')?.text ?? '';

    if (name === 'default' || name === 'zeroed' || text === 'Default::default') return { kind: 'const', origin: span(n) };
    const clock = this.models.clock;
    if (clock.test(text) || (recv && clock.test(n.text))) return { kind: 'weak-random', origin: span(n), note: 'the system clock' };
    if (name === 'try_assume_unique_for_key' && args.length === 1) return this.resolve(args[0], depth);
    // `"secret".to_string()` is the literal (a string made at run time stays what it was: see `as_bytes`).
    if (name === 'to_string' && recv && args.length === 0) {
      const v = this.resolve(recv, depth);
      if (v.kind === 'const') return v;
    }
    if (name === 'generate_nonce' || name === 'generate_key' || name === 'generate' || name === 'generate_salt') {
      const rng = args[0] ?? recv;
      return (rng && this.rngValue(rng, n)) ?? { kind: 'random', origin: span(n) };
    }
    if (/^(random|rand_bytes|getrandom|random_bytes)$/.test(name) && !recv) return { kind: 'random', origin: span(n) };
    if (recv && /^(r#gen|gen|random|gen_range|next_u32|next_u64|sample|random_range)$/.test(name))
      return this.rngValue(recv, n) ?? UNKNOWN;
    if (this.isFastHash(n, name, path, recv)) {
      const input = args[args.length - 1];
      const inputValue = input ? this.resolve(input, depth) : UNKNOWN;
      if (inputValue.kind === 'random') return inputValue;
      // Hashing key material (a DH shared secret, a 32-byte key) is a weak KDF, not a guessable one.
      // (A hasher's `finalize()` hashes what its `update` calls gave it, earlier in the function.)
      const fed = input ? [input] : this.hasherInputs(recv, n);
      return fed.some((x) => this.keyMaterial(x)) ? UNKNOWN : { kind: 'fast-hash', origin: span(n) };
    }
    if (recv) {
      if (name === 'as_bytes' || name === 'into_bytes' || name === 'as_str') {
        const v = this.resolve(recv, depth);
        return v.kind === 'const' || v.kind === 'external' || v.kind === 'random' || v.kind === 'weak-random' || v.kind === 'fast-hash' ? v : { kind: 'string-bytes', origin: span(recv), binding: v.binding };
      }
      if (this.models.passMethods.has(name)) return this.resolve(recv, depth);
      if (recv.type === 'self' || recv.text === 'self' || recv.text === 'Self') return this.resolveLocalFunction(name, depth);
      return UNKNOWN;
    }
    // `static N: LazyLock<T> = LazyLock::new(|| expr)`: the value is what the closure returns.
    if (name === 'new' && /(^|::)(LazyLock|LazyCell|Lazy)$/.test(path) && args[0]?.type === 'closure_expression') {
      const tail = tailExpression(args[0].childForFieldName('body'));
      return tail ? this.resolve(tail, depth) : UNKNOWN;
    }
    if (this.models.passCalls.has(name) && args.length === 1) {
      if (name === 'new' && !this.models.passNewTypes.test(path)) return this.resolveLocalFunction(name, depth, path);
      return this.resolve(args[0], depth);
    }
    if (name === 'from_fn' || name === 'repeat') {
      if (args.length !== 1) return UNKNOWN;
      // `std::array::from_fn(|_| 7u8)`: what the closure gives for every element (a closure that uses its index is not constant).
      if (args[0].type === 'closure_expression') {
        const params = args[0].childForFieldName('parameters')?.text ?? '';
        const tail = /^\|\s*_?\s*(?::[^|]*)?\|$/.test(params.trim()) ? tailExpression(args[0].childForFieldName('body')) : undefined;
        return tail ? this.resolve(tail, depth) : UNKNOWN;
      }
      return this.resolve(args[0], depth);
    }
    if (!path || path === 'Self' || path === 'self' || path === 'super' || path === 'crate') return this.resolveLocalFunction(name, depth);
    return UNKNOWN;
  }

  private isFastHash(n: Node, name: string, path: string, recv: Node | null): boolean {
    if ((name === 'digest' || name === 'hash') && this.fastHash.test(path)) return true;
    if (name === 'compute' && /md5$/.test(path)) return true;
    if (name === 'digest' && /(^|::)digest$/.test(path)) return true; // ring::digest::digest(&SHA256, ..)
    if (recv && /^(finalize|finalize_fixed|finalize_reset|result|result_str)$/.test(name)) {
      if (this.fastHash.test(recv.text)) return true;
      let base: Node | null = recv;
      while (base && base.type === 'call_expression') base = receiverOf(base);
      if (base?.type === 'identifier') {
        const b = this.lookup(base.text, n.startIndex);
        return b?.kind === 'let' && this.fastHash.test(b.info.value?.text ?? '') && !/Hmac|Mac/.test(b.info.value?.text ?? '');
      }
    }
    return false;
  }

  /** A call to a small function of this file that returns a constant (or a random value). */
  private resolveLocalFunction(name: string, depth: number, path = ''): Value {
    const candidates = this.model.functionsNamed(name);
    if (candidates.length !== 1 || !candidates[0].body) return UNKNOWN;
    const fn = candidates[0];
    if (path && !/^(Self|self|crate|super)$/.test(path) && fn.node.parent?.parent?.type !== 'impl_item') return UNKNOWN;
    if (this.model.source.lineOf(fn.end) - this.model.source.lineOf(fn.start) > SMALL_FUNCTION_LINES) return UNKNOWN;
    const body = fn.body!;
    const returns = body.descendantsOfType('return_expression').map((r) => r?.namedChild(0)).filter((x): x is Node => !!x);
    const tail = body.namedChild(body.namedChildCount - 1);
    if (tail && tail.type !== 'expression_statement' && !tail.type.endsWith('declaration') && tail.type !== 'line_comment') returns.push(tail);
    if (returns.length === 0) return UNKNOWN;
    const values = returns.map((r) => this.resolve(r, depth));
    if (values.every((v) => v.kind === 'const')) {
      if (values.length === 1) return { kind: 'const', origin: values[0].origin, literal: values[0].literal };
      // Several constant integers (`if fast { return 1_000; } 2_000`): the smallest, the weakest count a caller can get.
      const ints = values.map((v) => ({ v, n: integerLiteral(v.literal) }));
      const least = ints.every((x) => x.n !== undefined) ? ints.reduce((a, b) => (b.n! < a.n! ? b : a)) : undefined;
      return least ? { kind: 'const', origin: least.v.origin, literal: least.v.literal } : { kind: 'const', origin: values[0].origin };
    }
    return values.find((v) => v.kind !== 'const' && v.kind !== 'unknown') ?? UNKNOWN;
  }

  private resolveMacro(n: Node): Value {
    return isLiteralMacro(n, true) ? { kind: 'const', origin: span(n) } : UNKNOWN;
  }
}

/** The fast hashes' types and modules in the models, as one regex. */
function fastHashRe(models: Models): RegExp {
  const names = models.all.flatMap((m) => m.types.filter((t) => t.primitive === 'hash').map((t) => t.name));
  const modules = models.all.filter((m) => m.types.some((t) => t.primitive === 'hash')).flatMap((m) => m.modules.filter((x) => /^(md5|md_5|sha1|sha2|sha3|blake2|blake3)$/.test(x)));
  return new RegExp(`\\b(${[...names, ...modules, 'sha256', 'sha512', 'Sha\\d+', 'Sha3_\\d+', 'Sha512_\\d+', 'Blake2\\w*', 'Keccak\\d+', 'Ripemd\\d+'].join('|')})\\b`);
}

/** The integer a literal spells (`600_000`, `0x10`, `13u8`), if it is one. */
export function integerLiteral(literal: string | undefined): number | undefined {
  if (!literal) return undefined;
  const m = /^(0x[0-9a-f_]+|[0-9_]+)(u8|u16|u32|u64|u128|usize|i32|i64)?$/i.exec(literal.trim());
  if (!m) return undefined;
  const n = Number(m[1].replace(/_/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

// (Text helpers live in source.ts, below every layer; the checks have always imported this one from here.)
export { escapeRe };

/**
 * Whether an item's value is built from literals only (`*b"nonce"`, `[0u8; 12]`, `hex!("..")`),
 * without the file's model: what other files need to know about a const.
 */
export function isLiteralValue(n: Node | null | undefined, depth = 0): boolean {
  if (!n || depth > 8) return false;
  if (LITERALS.has(n.type)) return true;
  switch (n.type) {
    case 'unary_expression':
    case 'reference_expression':
    case 'parenthesized_expression':
      return isLiteralValue(n.type === 'reference_expression' ? n.childForFieldName('value') : n.namedChild(0), depth + 1);
    case 'array_expression':
    case 'tuple_expression': {
      const parts = n.childForFieldName('length') ? [n.namedChild(0)] : n.namedChildren;
      return parts.every((c) => !c || c.type.endsWith('comment') || isLiteralValue(c, depth + 1));
    }
    case 'macro_invocation':
      return isLiteralMacro(n, false);
    case 'call_expression': {
      // `"bel-salt-bro".as_bytes()`: the bytes of a literal (a const fn, so also a const's value).
      const fn = n.childForFieldName('function');
      const args = n.childForFieldName('arguments');
      return fn?.type === 'field_expression' && /^(as_bytes|as_slice)$/.test(fn.childForFieldName('field')?.text ?? '') && args?.namedChildCount === 0 && isLiteralValue(fn.childForFieldName('value'), depth + 1);
    }
    default:
      return false;
  }
}

/**
 * `hex!("…")`, `vec![0u8; 32]`, `concat!("…", "…")`, `include_bytes!("…")`: a macro that makes bytes
 * from literals only (comments between them aside). `nested` also takes one level of bracketed
 * literals (`vec![[1, 2], [3, 4]]`) and `array!`, as a value does; a constant's initializer does not.
 */
function isLiteralMacro(n: Node, nested: boolean): boolean {
  const name = n.childForFieldName('macro')?.text ?? '';
  const tt = n.namedChildren.find((c) => c?.type === 'token_tree');
  if (!tt || !(nested ? /^(vec|hex|hex_literal::hex|include_bytes|include_str|concat|array)$/ : /^(hex|hex_literal::hex|vec|concat|include_bytes|include_str)$/).test(name)) return false;
  const literal = (c: Node | null) => !!c && (LITERALS.has(c.type) || c.type.endsWith('comment'));
  return tt.namedChildren.every((c) => literal(c) || c?.type === 'primitive_type' || (nested && c?.type === 'token_tree' && c.namedChildren.every(literal)));
}

/** The value a body evaluates to: the expression itself, or a block's last expression (no `;`). */
export function tailExpression(body: Node | null): Node | null {
  if (!body || body.type !== 'block') return body;
  const last = body.namedChildren.filter((c) => c && !/comment|attribute/.test(c.type)).pop() ?? null;
  return last && !/statement|declaration|item$/.test(last.type) ? last : null;
}

/** A type's name without its path and generic arguments: `crate::a::Vault<T>` → `Vault`. */
function typeBase(text: string): string {
  return text.replace(/<.*$/s, '').split('::').pop()!.trim();
}
