import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, fieldSinksIn, kdfInputOf, keySinkOf, nonceSinkOf, receiverOf, saltSinkOf, iterationsOf, argon2MemoryOf, unwrapSome, type Sink } from './apis.ts';
import { isPasswordExpr, words } from './names.ts';
import type { Region } from '../finding.ts';
import type { FileModel, FnInfo } from './model.ts';
import type { Resolver } from './resolve.ts';
import type { SourceText } from './source.ts';
import type { Value, Values } from './values.ts';
import { type ModuleId, inlinePathAt, pathSegments } from './modules.ts';

// Layer 4 across functions: a summary per function of which parameters reach which crypto sinks
// (in it, through what it calls, through the fields its constructor fills), and the call sites
// that hand those parameters a constant. Summaries are made per file while the file is analyzed
// (they are plain data, so they cross worker threads); the crate-wide part joins them without
// parsing anything again, except the caller files that name a reaching function.

export type SinkKind = 'key' | 'nonce' | 'salt' | 'iterations' | 'memory' | 'kdf-ikm';

export interface Place {
  file: string;
  region: Region;
}

export interface SinkFact extends Place {
  kind: SinkKind;
  /** `Aes256Gcm::new_from_slice`, for messages. */
  api: string;
  /** The call's function as written (`Aes128CbcEnc::new_from_slices`), which may name the mode an alias hides. */
  written?: string;
}

/** How a function is called: a free function by name, an associated function or method by its impl type. */
export interface FnRef {
  name: string;
  owner?: string;
  /** Takes `self`: called as `x.name(..)`; otherwise `name(..)` or `Owner::name(..)`. */
  method?: boolean;
  /** The inline modules (`mod x { .. }`) around the function in its file. */
  inline?: string[];
  /** The impl's self type as written (`super::Store`), to find the module that defines it. */
  ownerPath?: string;
  /**
   * Set crate-wide: the modules the function is in (for an associated function or method, the
   * modules its owner type is defined in); undefined when the `mod` tree does not say.
   */
  modules?: ModuleId[];
  /** On a call site's callee: the module its path resolves to (as `modules`), when known. */
  module?: ModuleId;
  /**
   * On a call site's callee: the crate its receiver's type is imported from (`acme_vault` of `use
   * acme_vault::Vault`); only a function of a crate of that name can be the callee.
   */
  from?: string;
  /** On a call site's callee: a method taken to be this one by its name (the receiver's type is not known). */
  untyped?: boolean;
}

/** How a call site's file answers path questions (the crate's `mod` tree): see CrateIndex. */
export interface PathScope {
  resolve(inline: string[], segs: string[], kind: 'fn' | 'value' | 'type'): ModuleId | undefined;
  /** Whether the file is in the crate's `mod` tree at all. */
  known: boolean;
}

/** Parameter `param` of `fn` reaches `sink` (through `steps`, each a place with what happens there). */
export interface Reach {
  fn: FnRef;
  param: number;
  /** Where the parameter is declared. */
  at: Place;
  /** The parameter's declared type. */
  paramType?: string;
  /** The parameter's name (`salt`: HKDF-Extract keys its HMAC with the salt, by design). */
  paramName?: string;
  /** Only this field of the parameter reaches the sink (`handle.password` of `handle: &Vault`). */
  field?: string;
  sink: SinkFact;
  steps: FlowStep[];
}

export interface FlowStep extends Place {
  message: string;
}

/** `owner.field` reaches a sink (a method passes `self.field` to a cipher). */
export interface FieldReach {
  owner: string;
  field: string;
  sink: SinkFact;
  at: Place;
  /** The impl's self type as written, and the inline modules around it (to place the type in the `mod` tree). */
  ownerPath?: string;
  inline?: string[];
}

/** Parameter `param` of `fn` is stored into `owner.field` (a constructor). */
export interface FieldWrite {
  fn: FnRef;
  param: number;
  owner: string;
  field: string;
  at: Place;
}

/** A function that returns one fast hash of what it is given (`fn get_hash(key: &str) -> [u8; 32]`): a weak KDF if a caller uses the result as a key. */
export interface HashReturn {
  fn: FnRef;
  /** The function's name, where it is declared. */
  at: Place;
  /** The hash. */
  hash: Place;
}

export interface FlowSummary {
  reaches: Reach[];
  fieldReaches: FieldReach[];
  fieldWrites: FieldWrite[];
  /** Functions of the file that return one fast hash. */
  hashReturns?: HashReturn[];
  /** Key sinks fed by what a function of another file returned (`Aes256Gcm::new(&derive_key(pw))`). */
  keysFromCalls?: { name: string; call: Place; sink: SinkFact }[];
}

/** A call site that hands a value to a crate function's parameter. */
export interface CallFact {
  file: string;
  callee: FnRef;
  arg: number;
  region: Region;
  /** The call's source line, for the finding. */
  lineText: string;
  argText: string;
  /** The call is in test or example code. */
  inTest: boolean;
  /**
   * The argument is a struct literal and this fact is about one of its fields (`&Vault { key:
   * Some(password) }`): only what reaches through that field of the parameter counts. `region` is
   * then the field's initializer, `call` the whole call.
   */
  field?: string;
  call?: Region;
  value:
    | { kind: 'const'; origin?: Region; literal?: string }
    | { kind: 'external'; name: string; written?: string; inline?: string[] }
    | { kind: 'param'; fn: FnRef; param: number; at: Place; name: string }
    /** A value made once before a loop and handed over on every iteration (a nonce per transfer, not per message). */
    | { kind: 'loop'; madeAt: Region; loopAt: Region }
    /** A password (by its name, or a `let` made from one). */
    | { kind: 'password'; text: string }
    /** What a crate function that returns one fast hash gave (`let k = get_hash(&phrase)?`). */
    | { kind: 'hashed'; by: HashReturn };
}

const SINKS: [SinkKind, (call: Node, r: Resolver) => Sink | null][] = [
  ['key', keySinkOf],
  ['nonce', nonceSinkOf],
  ['salt', saltSinkOf],
  ['iterations', iterationsOf],
  ['memory', argon2MemoryOf],
  ['kdf-ikm', kdfInputOf],
];

/** The input-key-material parameter of a hand-written HKDF. */
const HKDF_INPUT = /^(ikm|input_key_material|key_material|input_key|master_key|secret)$/;

/** Struct-field sinks the cross-function flow follows (the others are checked where the literal is). */
const FIELD_KINDS: ReadonlySet<string> = new Set<SinkKind>(['iterations']);

function fnRef(fn: FnInfo, r: Resolver): FnRef {
  const impl = fn.node.parent?.parent;
  const inline = inlinePathAt(fn.node);
  const where = inline.length ? { inline } : {};
  if (impl?.type !== 'impl_item') return { name: fn.name, ...where };
  const written = impl.childForFieldName('type')?.text.replace(/<.*$/s, '').replace(/^&\s*/, '').trim();
  return { name: fn.name, owner: r.implType(fn.start), ...(fn.params.has('self') ? { method: true } : {}), ...where, ...(written ? { ownerPath: written } : {}) };
}

/** The `impl` around a node: its self type as written and the inline modules around it. */
function implPlace(n: Node): { ownerPath?: string; inline?: string[] } {
  let impl: Node | null = n.parent;
  while (impl && impl.type !== 'impl_item') impl = impl.parent;
  const written = impl?.childForFieldName('type')?.text.replace(/<.*$/s, '').replace(/^&\s*/, '').trim();
  const inline = inlinePathAt(n);
  return { ...(written ? { ownerPath: written } : {}), ...(inline.length ? { inline } : {}) };
}

/** How a call of the function reads in a caller's text: `name(`, `Owner::name(` (or `Self::name(`), `.name(`. */
export function mentionOf(f: FnRef): string {
  const n = f.name.replace(/[^\w]/g, '');
  if (f.method) return `\\.\\s*${n}\\s*\\(`;
  if (f.owner) return `\\b(?:${f.owner.replace(/[^\w]/g, '')}|Self)\\s*(?:::\\s*<[^>]*>\\s*)?::\\s*${n}\\s*\\(`;
  // Also as a path (`crate::cipher::build(`, `super::build(`): the `mod` tree says which one it names.
  return `(?:^|[^\\w.:]|\\b(?:[a-z_]\\w*)\\s*::\\s*)${n}\\s*(?:::\\s*<[^>]*>\\s*)?\\(`;
}

const HASH_WORD = /\b(finalize\w*|digest|hash\w*|result)\s*\(/;

/** The fast hash a function returns on every path (`Ok(hasher.finalize().into())`), if it does. */
function hashReturned(fn: FnInfo, values: Values): Node | undefined {
  const body = fn.body;
  if (!body || !fn.node.childForFieldName('return_type') || !HASH_WORD.test(body.text)) return undefined;
  const returns = body.descendantsOfType('return_expression').map((x) => x?.namedChild(0)).filter((x): x is Node => !!x);
  const tail = body.namedChild(body.namedChildCount - 1);
  if (tail && tail.type !== 'expression_statement' && !tail.type.endsWith('declaration') && !tail.type.endsWith('comment')) returns.push(tail);
  if (returns.length === 0) return undefined;
  let origin: Node | undefined;
  for (const ret of returns) {
    let x: Node = ret;
    // `Ok(h)`, `Some(h)`: the same hash.
    for (let i = 0; i < 4; i++) {
      const f = x.type === 'call_expression' ? x.childForFieldName('function') : null;
      const a = x.type === 'call_expression' ? argumentsOf(x) : [];
      if (f && /^(Ok|Some)$/.test(f.text) && a.length === 1) x = a[0];
      else break;
    }
    const v = values.resolve(x);
    if (v.kind !== 'fast-hash' || !v.origin) return undefined;
    origin ??= fn.node.tree.rootNode.descendantForIndex(v.origin.start, v.origin.end) ?? x;
  }
  return origin;
}

/** The identifier whose `.field` a value is read from, through references and method calls (`handle.password.clone().unwrap().as_bytes()` → `handle`). */
function fieldBase(n: Node, field: string): Node | undefined {
  let cur: Node | null = n;
  for (let i = 0; cur && i < 12; i++) {
    if (cur.type === 'reference_expression') cur = cur.childForFieldName('value');
    else if (cur.type === 'parenthesized_expression' || cur.type === 'try_expression') cur = cur.namedChild(0);
    else if (cur.type === 'call_expression') cur = receiverOf(cur);
    else if (cur.type === 'field_expression') {
      const value = cur.childForFieldName('value');
      if (cur.childForFieldName('field')?.text === field) return value?.type === 'identifier' || value?.type === 'self' ? value : undefined;
      cur = value;
    } else return undefined;
  }
  return undefined;
}

function paramIndex(fn: FnInfo, name: string): number | undefined {
  const params = fn.node.childForFieldName('parameters')?.namedChildren.filter((p) => p && p.type !== 'self_parameter' && p.type !== 'attribute_item') ?? [];
  const i = params.findIndex((p) => p === fn.params.get(name) || (!!p && p.startIndex === fn.params.get(name)?.startIndex));
  return i >= 0 ? i : undefined;
}

/** The summary of one file: what its functions' parameters and fields reach. */
export function summarize(path: string, source: SourceText, model: FileModel, values: Values, r: Resolver): FlowSummary {
  const place = (n: { startIndex: number; endIndex: number }): Place => ({ file: path, region: source.region(n.startIndex, n.endIndex) });
  const out: FlowSummary = { reaches: [], fieldReaches: [], fieldWrites: [] };
  for (const call of model.calls) {
    for (const [kind, sinkOf] of SINKS) {
      const sink = sinkOf(call, r);
      if (!sink) continue;
      const v = values.resolve(sink.arg);
      const written = call.childForFieldName('function')?.text.replace(/\s+/g, '').slice(0, 80);
      const fact: SinkFact = { kind, api: sink.api, ...(kind === 'nonce' && written && written !== sink.api ? { written } : {}), ...place(call) };
      const b = v.binding;
      if (kind === 'key' && v.kind === 'unknown') {
        // Made by a function this file does not define: a crate function of another file that may return one fast hash.
        const maker = madeBy(sink.arg, values);
        const name = maker && calleeName(maker);
        if (maker && name && model.functionsNamed(name).length === 0) (out.keysFromCalls ??= []).push({ name, call: place(maker), sink: fact });
      }
      if (b?.kind === 'param' && b.name !== 'self') {
        const i = paramIndex(b.fn, b.name);
        const decl = b.fn.params.get(b.name);
        if (i !== undefined && decl) out.reaches.push({ fn: fnRef(b.fn, r), param: i, at: place(decl), paramType: b.fn.paramTypes.get(b.name), paramName: b.name, sink: fact, steps: [{ ...place(decl), message: `parameter \`${b.name}\` of \`${b.fn.name}\`` }, { ...fact, message: `reaches \`${sink.api}\` here` }] });
      } else if (b?.kind === 'field') {
        // A field of a parameter (`handle.password` of `fn decrypt(data, handle: &GivMe)`): that
        // field of what a caller passes reaches the sink. `self.field` is the impl's own field.
        const base = fieldBase(sink.arg, b.name);
        const pb = base && base.text !== 'self' ? values.lookup(base.text, base.startIndex) : undefined;
        if (pb?.kind === 'param') {
          const i = paramIndex(pb.fn, pb.name);
          const decl = pb.fn.params.get(pb.name);
          if (i !== undefined && decl) out.reaches.push({ fn: fnRef(pb.fn, r), param: i, field: b.name, at: place(decl), paramType: pb.fn.paramTypes.get(pb.name), paramName: pb.name, sink: fact, steps: [{ ...place(decl), message: `parameter \`${pb.name}\` of \`${pb.fn.name}\`` }, { ...fact, message: `its field \`${b.name}\` reaches \`${sink.api}\` here` }] });
          continue;
        }
        const owner = r.implType(call.startIndex);
        if (owner) out.fieldReaches.push({ owner, field: b.name, sink: fact, at: place(call), ...implPlace(call) });
      }
    }
  }
  // An HKDF the crate writes itself (`fn hkdf_sha256(salt, ikm, info, okm)`): no model knows it, but
  // its name and its `ikm` parameter say what it does with the input.
  for (const fn of model.functions) {
    if (!words(fn.name).some((w) => /^hkdf/.test(w))) continue;
    for (const [name, decl] of fn.params) {
      if (!HKDF_INPUT.test(name)) continue;
      const i = paramIndex(fn, name);
      const fact: SinkFact = { kind: 'kdf-ikm', api: fn.name, ...place(decl) };
      if (i !== undefined) out.reaches.push({ fn: fnRef(fn, r), param: i, at: place(decl), paramType: fn.paramTypes.get(name), sink: fact, steps: [{ ...place(decl), message: `parameter \`${name}\` of the crate's own HKDF \`${fn.name}\`` }] });
    }
  }
  // Functions that return one fast hash (`get_hash(key)` → `Sha256::digest(key)`): a caller may make a key of it.
  for (const fn of model.functions) {
    const hash = hashReturned(fn, values);
    const name = fn.node.childForFieldName('name');
    if (hash && name) (out.hashReturns ??= []).push({ fn: fnRef(fn, r), at: place(name), hash: place(hash) });
  }
  // A parameter given to a modelled struct field (`pbkdf2::Params { rounds: rounds, .. }`).
  for (const { field, value, literal } of fieldSinksIn(model, r, FIELD_KINDS)) {
    const b = values.resolve(value).binding;
    if (b?.kind !== 'param' || b.name === 'self') continue;
    const i = paramIndex(b.fn, b.name);
    const decl = b.fn.params.get(b.name);
    const api = `${field.struct}.${field.field}`;
    const fact: SinkFact = { kind: field.kind as SinkKind, api, ...place(literal) };
    if (i !== undefined && decl) out.reaches.push({ fn: fnRef(b.fn, r), param: i, at: place(decl), paramType: b.fn.paramTypes.get(b.name), sink: fact, steps: [{ ...place(decl), message: `parameter \`${b.name}\` of \`${b.fn.name}\`` }, { ...place(value), message: `becomes \`${field.struct}.${field.field}\` here` }] });
  }
  // Constructors and setters that store a parameter into a field: `Self { key: key.to_vec() }`,
  // `self.key = key` — looked for only for the fields this file passes to a sink.
  const wanted = new Set(out.fieldReaches.map((f) => f.field));
  if (wanted.size === 0) return out;
  for (const fn of model.functions) {
    const owner = r.implType(fn.start);
    if (!owner || !fn.body) continue;
    const stores: { field: string; value: Node }[] = [];
    for (const field of wanted) for (const v of model.fieldInits.get(field) ?? []) if (fn.start <= v.startIndex && v.endIndex <= fn.end) stores.push({ field, value: v });
    for (const a of model.assigns) {
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      if (a.startIndex < fn.start || a.endIndex > fn.end || !left || !right || left.type !== 'field_expression' || left.childForFieldName('value')?.text !== 'self') continue;
      const field = left.childForFieldName('field')?.text ?? '';
      if (wanted.has(field)) stores.push({ field, value: right });
    }
    for (const { field, value } of stores) {
      const v: Value = values.resolve(value);
      const b = v.binding;
      if (b?.kind !== 'param' || b.fn.start !== fn.start) continue;
      const i = paramIndex(fn, b.name);
      if (i !== undefined) out.fieldWrites.push({ fn: fnRef(fn, r), param: i, owner, field, at: place(value) });
    }
  }
  return out;
}

/**
 * Whether a call names this function (by name, and for a method or `T::f`, by its impl type where
 * the caller shows it), and the module its path resolves to where the crate's `mod` tree says.
 */
function callTarget(call: Node, target: FnRef, r: Resolver, owners: Map<string, Set<string>>, scope?: PathScope): { module?: ModuleId; from?: string; untyped?: boolean } | undefined {
  if (calleeName(call) !== target.name) return undefined;
  const recv = receiverOf(call);
  if (recv) {
    if (!target.owner) return undefined;
    // A name several types define: a receiver of unknown type is taken to be the one owner left
    // once the caller's own type is set aside (`scheme.kdf(pw)` inside `Scheme::kdf` delegates).
    const candidates = [...(owners.get(target.name) ?? [])].filter((o) => recv.text === 'self' || o !== r.implType(call.startIndex));
    if (r.typeOf(recv) === undefined && (candidates.length > 1 || (candidates.length === 1 && candidates[0] !== target.owner))) return undefined;
    const t = r.typeOf(recv);
    if (t === target.owner) {
      // Which type of that name it is, where the crate's `mod` tree says (`a::Vault` is not
      // `b::Vault`): the path its declaration writes, else the name as the caller's module sees it.
      const written = r.typePathOf(recv);
      const module = scope?.known ? scope.resolve(inlinePathAt(call), written?.[written.length - 1] === t ? written : [t], 'type') : undefined;
      if (module) return { module };
      // Not the crate's: `v: &mut Vault` with `use acme_vault::Vault` can only be a `Vault` of that crate.
      const from = r.importedFromOtherCrate(t);
      return from ? { from } : {};
    }
    // A receiver of unknown type (`self.scheme.kdf(pw)` through a field of another file's type) is
    // taken to be the owner when the crate has just one such method (checked by the caller).
    return t === undefined && (recv.text !== 'self' || r.implType(call.startIndex) === target.owner) ? { untyped: true } : undefined;
  }
  const shape = r.shape(call);
  const segs = pathSegments(shape.path?.written ?? target.name);
  const inline = scope?.known ? inlinePathAt(call) : [];
  if (!target.owner) {
    const module = scope?.known ? scope.resolve(inline, segs, 'fn') : undefined;
    // `f(..)` by name as before; a path (`cipher::f`, `crate::a::f`, `super::f`) where the tree says which module it names.
    if (segs.length <= 1 && !shape.path?.selfType) return { module };
    return module ? { module } : undefined;
  }
  if (shape.path?.selfType !== target.owner) return undefined;
  const typeSegs = segs.slice(0, -1);
  const owner = typeSegs.length === 1 && typeSegs[0] === 'Self' ? [r.implType(call.startIndex) ?? 'Self'] : typeSegs;
  return { module: scope?.known ? scope.resolve(inline, owner, 'type') : undefined };
}

/** The call sites in a file that hand a value to one of the targets' parameters. */
export function callFacts(path: string, source: SourceText, model: FileModel, values: Values, r: Resolver, targets: { fn: FnRef; params: Set<number> }[], scope?: PathScope, hashers: ReadonlyMap<string, HashReturn> = new Map()): CallFact[] {
  const out: CallFact[] = [];
  const place = (n: { startIndex: number; endIndex: number }): Place => ({ file: path, region: source.region(n.startIndex, n.endIndex) });
  const names = new Set(targets.map((t) => t.fn.name));
  const owners = new Map<string, Set<string>>();
  for (const t of targets) owners.set(t.fn.name, (owners.get(t.fn.name) ?? new Set()).add(t.fn.owner ?? ''));
  for (const call of model.calls) {
    if (!names.has(calleeName(call))) continue;
    for (const t of targets) {
      const named = callTarget(call, t.fn, r, owners, scope);
      if (!named) continue;
      const callee: FnRef = { name: t.fn.name, ...(t.fn.owner !== undefined ? { owner: t.fn.owner } : {}), ...(t.fn.method ? { method: true } : {}), ...(named.module ? { module: named.module } : {}), ...(named.from ? { from: named.from } : {}), ...(named.untyped ? { untyped: true } : {}) };
      const args = argumentsOf(call);
      for (const i of t.params) {
        const whole = args[i];
        if (!whole) continue;
        const callRegion = source.region(call.startIndex, call.endIndex);
        const common = { file: path, callee, arg: i, inTest: model.inTestCode(call.startIndex) };
        // A struct literal handed over (`&GivMe { key: Some(password.clone()), .. }`): each field is
        // a value of its own, for what reaches through that field of the parameter.
        const parts: { arg: Node; base: Omit<CallFact, 'value'> }[] = [{ arg: whole, base: { ...common, region: callRegion, lineText: source.line(source.lineOf(call.startIndex)), argText: whole.text.replace(/\s+/g, ' ').slice(0, 60) } }];
        for (const { field, value, at } of structFields(whole)) {
          const arg = unwrapSome(value);
          parts.push({ arg, base: { ...common, field, call: callRegion, region: source.region(at.startIndex, at.endIndex), lineText: source.line(source.lineOf(at.startIndex)), argText: arg.text.replace(/\s+/g, ' ').slice(0, 60) } });
        }
        for (const { arg, base } of parts) {
        const v = values.resolve(arg);
        if (isPassword(arg, values)) {
          out.push({ ...base, value: { kind: 'password', text: arg.text.slice(0, 40) } });
          // A password parameter handed on (`let ikm = password.as_ref().bytes().collect(); derive_key(ikm)`)
          // also makes this function's parameter reach what the callee's does.
          const p = passwordParam(arg, values);
          const j = p ? paramIndex(p.fn, p.name) : undefined;
          const decl = p?.fn.params.get(p.name);
          if (p && j !== undefined && decl) out.push({ ...base, value: { kind: 'param', fn: fnRef(p.fn, r), param: j, at: place(decl), name: p.name } });
        } else if (v.kind === 'const') out.push({ ...base, value: { kind: 'const', origin: v.origin ? source.region(v.origin.start, v.origin.end) : undefined, literal: v.literal } });
        else if (hashers.size && hashedBy(arg, values, hashers)) out.push({ ...base, value: { kind: 'hashed', by: hashedBy(arg, values, hashers)! } });
        else if (v.kind === 'external' && v.name) out.push({ ...base, value: { kind: 'external', name: v.name, ...(v.origin ? { written: source.text.slice(v.origin.start, v.origin.end), inline: inlinePathAt(model.tree.rootNode.descendantForIndex(v.origin.start)) } : {}) } });
        else if (v.binding?.kind === 'let' && !v.mutated) {
          const loop = loopAround(model, v.binding.info.start, call);
          if (loop) out.push({ ...base, value: { kind: 'loop', madeAt: source.region(v.binding.info.start, v.binding.info.end), loopAt: source.region(loop.start, Math.min(loop.end, loop.start + 40)) } });
        } else if (v.binding?.kind === 'param' && v.binding.name !== 'self') {
          const j = paramIndex(v.binding.fn, v.binding.name);
          const decl = v.binding.fn.params.get(v.binding.name);
          if (j !== undefined && decl) out.push({ ...base, value: { kind: 'param', fn: fnRef(v.binding.fn, r), param: j, at: place(decl), name: v.binding.name } });
        }
        }
      }
    }
  }
  return out;
}

/** The crate function returning one fast hash that made this value (`get_hash(&key)?`, directly or through an unchanged `let`). */
function hashedBy(arg: Node, values: Values, hashers: ReadonlyMap<string, HashReturn>): HashReturn | undefined {
  const call = madeBy(arg, values);
  return call ? hashers.get(calleeName(call)) : undefined;
}

/** The free function call (`get_hash(&key)?`, `crate::keys::derive(pw)`) a value was made by, directly or through an unchanged `let`. */
function madeBy(arg: Node, values: Values): Node | undefined {
  let cur: Node | null = arg;
  for (let i = 0; cur && i < 8; i++) {
    if (cur.type === 'reference_expression') cur = cur.childForFieldName('value');
    else if (cur.type === 'parenthesized_expression' || cur.type === 'try_expression') cur = cur.namedChild(0);
    else if (cur.type === 'identifier') {
      const b = values.lookup(cur.text, cur.startIndex);
      if (b?.kind !== 'let' || !b.info.simple || !b.info.value || values.resolve(cur).mutated) return undefined;
      cur = b.info.value;
    } else if (cur.type === 'call_expression') {
      const recv = receiverOf(cur);
      if (recv && /^(unwrap|expect|clone|into|to_vec|as_ref|as_slice)$/.test(calleeName(cur))) {
        cur = recv;
        continue;
      }
      const fn = cur.childForFieldName('function');
      return !recv && fn && (fn.type === 'identifier' || fn.type === 'scoped_identifier') ? cur : undefined;
    } else return undefined;
  }
  return undefined;
}

/** The fields a struct literal argument gives (`&Vault { key: k, password }`), each with its value and initializer. */
function structFields(arg: Node): { field: string; value: Node; at: Node }[] {
  let cur: Node | null = arg;
  while (cur && (cur.type === 'reference_expression' || cur.type === 'parenthesized_expression')) cur = cur.type === 'reference_expression' ? cur.childForFieldName('value') : cur.namedChild(0);
  if (cur?.type !== 'struct_expression') return [];
  const out: { field: string; value: Node; at: Node }[] = [];
  for (const init of cur.childForFieldName('body')?.namedChildren ?? []) {
    if (init?.type === 'shorthand_field_initializer') {
      const id = init.namedChild(0);
      if (id) out.push({ field: id.text, value: id, at: init });
    } else if (init?.type === 'field_initializer') {
      const field = init.childForFieldName('field')?.text;
      const value = init.childForFieldName('value');
      if (field && value) out.push({ field, value, at: init });
    }
  }
  return out;
}

/** The parameter a password argument is (or is a `let` of, through steps that keep it a password). */
function passwordParam(arg: Node, values: Values): { fn: FnInfo; name: string } | undefined {
  const rootOf = (n: Node) => /^[&*\s]*([a-z_]\w*)\s*(\.|$)/.exec(n.text)?.[1];
  let root = rootOf(arg);
  let b = root ? values.lookup(root, arg.startIndex) : undefined;
  if (b?.kind === 'let' && b.info.value && isPasswordValue(b.info.value)) {
    root = rootOf(b.info.value);
    b = root ? values.lookup(root, b.info.value.startIndex) : undefined;
  }
  return b?.kind === 'param' && root && root !== 'self' ? { fn: b.fn, name: root } : undefined;
}

/** A password: named for one, or a `let` made from one (`let ikm = password.as_ref().bytes().collect()`). */
export function isPassword(arg: Node, values: Values): boolean {
  if (isPasswordValue(arg)) return true;
  const root = /^[&*\s]*([a-z_]\w*)\s*$/.exec(arg.text)?.[1] ?? /^[&*\s]*([a-z_]\w*)\s*\./.exec(arg.text)?.[1];
  const b = root ? values.lookup(root, arg.startIndex) : undefined;
  return b?.kind === 'let' && !!b.info.value && isPasswordValue(b.info.value);
}

const PASSWORD_STEPS = /^(as_ref|as_bytes|as_str|bytes|collect|to_vec|to_owned|to_string|clone|into|trim|into_bytes|expose_secret|unwrap|expect)$/;

/** The password itself, through steps that keep it a password (`password.as_ref().bytes().collect()`), not a call that derives from it. */
function isPasswordValue(n: Node): boolean {
  let cur: Node | null = n;
  while (cur) {
    if (cur.type === 'reference_expression') cur = cur.childForFieldName('value');
    else if (cur.type === 'parenthesized_expression' || cur.type === 'try_expression') cur = cur.namedChild(0);
    else if (cur.type === 'call_expression') {
      const recv = receiverOf(cur);
      if (!recv || !PASSWORD_STEPS.test(calleeName(cur))) return false;
      cur = recv;
    } else if (cur.type === 'generic_function') cur = cur.childForFieldName('function');
    else if (cur.type === 'field_expression' && cur.parent?.type === 'call_expression' && cur.parent.childForFieldName('function')?.id === cur.id) cur = cur.childForFieldName('value');
    else break;
  }
  return !!cur && (cur.type === 'identifier' || cur.type === 'field_expression') && isPasswordExpr(cur.type === 'field_expression' ? (cur.childForFieldName('field') ?? cur) : cur);
}

/** The innermost loop that holds the call but not the binding made at `bindAt`. */
function loopAround(model: FileModel, bindAt: number, call: Node): { start: number; end: number } | undefined {
  const loops = model.loopsBetween(bindAt, { start: call.startIndex, end: call.endIndex });
  return loops.sort((a, b) => b.start - a.start)[0];
}

const key = (f: FnRef) => `${f.owner ?? ''}::${f.name}`;

/**
 * Every function parameter that reaches a sink, directly, through fields, or through calls (to a
 * bounded depth). A field is joined only within one crate (`sameCrate` of the two files) and, where
 * the `mod` tree places both, one type (`sameType`): two modules may each have their own `Vault { key }`; two
 * crates may each have their own `Vault { key }`.
 */
export function reachTable(summaries: FlowSummary[], sameCrate: (a: string, b: string) => boolean = () => true, sameType: (w: FieldWrite, fr: FieldReach) => boolean = () => true): Map<string, Reach[]> {
  const table = new Map<string, Reach[]>();
  const add = (r: Reach) => {
    const k = `${key(r.fn)}#${r.param}`;
    const list = table.get(k) ?? [];
    // (Same sink through another function of the same name, in another module: kept apart.)
    if (list.some((x) => x.sink.kind === r.sink.kind && x.sink.file === r.sink.file && x.sink.region.startLine === r.sink.region.startLine && x.at.file === r.at.file)) return false;
    list.push(r);
    table.set(k, list);
    return true;
  };
  for (const s of summaries) for (const r of s.reaches) add(r);
  const fieldReaches = summaries.flatMap((s) => s.fieldReaches);
  for (const s of summaries) {
    for (const w of s.fieldWrites) {
      for (const fr of fieldReaches) {
        if (fr.owner !== w.owner || fr.field !== w.field || !sameCrate(w.at.file, fr.at.file) || !sameType(w, fr)) continue;
        add({ fn: w.fn, param: w.param, at: w.at, sink: fr.sink, steps: [{ ...w.at, message: `stored into \`${w.owner}.${w.field}\`` }, { ...fr.at, message: `\`self.${w.field}\` reaches \`${fr.sink.api}\` here` }] });
      }
    }
  }
  return table;
}

/**
 * What a parameter reaches. For a callee whose module is known (`fn.module`), only the functions of
 * that module: those the tree places there, else (none placed there) those it cannot place, never
 * one it places in another module (two modules' `make_cipher` are two functions).
 */
export function reachesOf(table: Map<string, Reach[]>, fn: FnRef, param: number): Reach[] {
  const all = table.get(`${key(fn)}#${param}`) ?? [];
  const m = fn.module;
  if (!m) return all;
  const here = all.filter((r) => r.fn.modules?.includes(m));
  return here.length ? here : all.filter((r) => !r.fn.modules);
}

/** The functions (and which of their parameters) that reach a sink: the targets to look for in callers. */
export function targetsOf(table: Map<string, Reach[]>): { fn: FnRef; params: Set<number> }[] {
  const byFn = new Map<string, { fn: FnRef; params: Set<number> }>();
  for (const reaches of table.values()) {
    for (const r of reaches) {
      const k = key(r.fn);
      const t = byFn.get(k) ?? { fn: r.fn, params: new Set<number>() };
      t.params.add(r.param);
      byFn.set(k, t);
    }
  }
  return [...byFn.values()];
}

/** Call sites passing a parameter on make the caller's parameter reach the same sinks. Returns whether the table grew. */
export function propagate(table: Map<string, Reach[]>, facts: CallFact[], sees: (caller: string, callee: string, from?: string) => boolean = () => true): boolean {
  let grew = false;
  for (const f of facts) {
    if (f.value.kind !== 'param') continue;
    const at = f.value.at;
    for (const r of reachesOf(table, f.callee, f.arg)) {
      if (!sees(f.file, r.at.file, f.callee.from)) continue;
      // A parameter handed on whole keeps the field that reaches (`decrypt(x, handle)` with
      // `handle.password` used); one put into a struct literal's field reaches through that field only.
      if (f.field !== undefined && r.field !== f.field) continue;
      const field = f.field === undefined ? r.field : undefined;
      const k = `${key(f.value.fn)}#${f.value.param}`;
      const list = table.get(k) ?? [];
      if (list.some((x) => x.sink.file === r.sink.file && x.sink.region.startLine === r.sink.region.startLine && x.sink.kind === r.sink.kind && x.at.file === at.file)) continue;
      // The type that matters is the one the sink side sees (an integer counter start stays one).
      list.push({ fn: f.value.fn, param: f.value.param, at: f.value.at, paramType: r.paramType, paramName: f.value.name, ...(field !== undefined ? { field } : {}), sink: r.sink, steps: [{ ...f.value.at, message: `parameter of \`${f.value.fn.name}\`` }, { file: f.file, region: f.region, message: `passed to \`${f.callee.name}\`` }, ...r.steps] });
      table.set(k, list);
      grew = true;
    }
  }
  return grew;
}
