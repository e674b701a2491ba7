import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlMapping } from '../yaml-doc.ts';

// What we know about crypto crates' APIs, as data (models/*.yml), in the spirit of CodeQL's
// models-as-data: one row per API — which call, which argument, what kind of value it takes.
// The checks ask "which modelled sinks does this call have?" and never spell API names themselves.
//
// A row's `call` is one of
//   `a::b::f`  a function, matched by its path as the file's `use` declarations resolve it
//              (`pbkdf2::pbkdf2_hmac(..)`, or `pbkdf2_hmac(..)` after `use pbkdf2::pbkdf2_hmac`);
//   `T::f`     an associated function of a modelled type T (`Aes256Gcm::new(..)`,
//              `Key::<Aes256Gcm>::from_slice(..)`, `<Aes256Gcm as KeyInit>::new(..)`);
//   `.f`       a method, on a receiver whose type is one of `on` (default: the model's types) or,
//              when the receiver's type cannot be known, in a file that imports one of `modules`.

export interface ModelType {
  name: string;
  algorithm: string;
  primitive: string;
  /** Why the algorithm is weak, for the rules that report weak algorithms. */
  weak?: 'broken' | 'unauthenticated' | 'collisions';
  misuseResistant?: boolean;
}

export interface ModelRow {
  call: string;
  /** The argument (0-based, not counting the receiver) the row is about. */
  arg?: number;
  kind: string;
  /** Fewest arguments the call must have (tells overloads apart). */
  args?: number;
  /** Receiver or path types for `.f` and `T::f` rows; default: the model's types. */
  on?: string[];
  /** A threshold or a weak value, for the checks that compare (`iterations` below it is weak). */
  min?: number;
  /** For the crypto inventory: the algorithm the call itself names (`md5::compute` is MD5). Read by no rule. */
  algorithm?: string;
  model: Model;
}

/** A struct field that takes a parameter of the API (`pbkdf2::Params { rounds, .. }`), in files that import the model's modules. */
export interface ModelField {
  struct: string;
  field: string;
  kind: string;
  model: Model;
}

export interface ModelValue {
  /** A path or name (`Pkcs1v15Encrypt`, `Padding::PKCS1`). */
  name: string;
  kind: string;
  /** For the crypto inventory: the algorithm, padding or mode the value names (`Cipher::aes_256_gcm`, `Oaep`). Read by no rule. */
  algorithm?: string;
  padding?: string;
  mode?: string;
  model: Model;
}

export interface ModelSource {
  /** A name or path in an RNG expression or call (`OsRng`, `seed_from_u64`, `SystemTime::now`). */
  name: string;
  kind: 'random' | 'weak-random' | 'clock';
}

export interface ModelStep {
  /** `.method` or a path call's last name. */
  call: string;
  kind: 'pass-through';
  /** For a path call: the types whose constructor passes its argument through (`Box::new`). */
  on?: string[];
}

export interface Model {
  file: string;
  name: string;
  crates: string[];
  modules: string[];
  types: ModelType[];
  sinks: ModelRow[];
  fields: ModelField[];
  values: ModelValue[];
  sources: ModelSource[];
  steps: ModelStep[];
}

export class ModelError extends Error {}

/** The models/ folder shipped with the tool (beside dist/, or at the repository root from src/). */
export function builtinModelsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const c of [join(here, '..', 'models'), join(here, '..', '..', 'models'), join(here, '..', '..', '..', 'models')]) {
    if (existsSync(join(c, 'rustcrypto-aead.yml'))) return resolve(c);
  }
  throw new ModelError(`built-in models not found near ${here}`);
}

/** The built-in models and any user model folders (`--models DIR`), compiled. */
export function loadModels(extraDirs: string[] = []): Models {
  return new Models(loadModelFiles([builtinModelsDir(), ...extraDirs]));
}

export function loadModelFiles(dirs: string[]): Model[] {
  const out: Model[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ModelError(`models directory not found: ${dir}`);
    for (const name of readdirSync(dir).sort()) if (/\.ya?ml$/.test(name)) out.push(parseModel(readFileSync(join(dir, name), 'utf8'), join(dir, name)));
  }
  return out;
}

export function parseModel(text: string, file: string): Model {
  const fail = (msg: string): never => {
    throw new ModelError(`${file}: ${msg}`);
  };
  const doc = parseYamlMapping(text, file, ModelError);
  const list = (k: string): unknown[] => {
    const v = doc[k] ?? [];
    if (!Array.isArray(v)) fail(`'${k}' must be a list`);
    return v as unknown[];
  };
  const model: Model = { file, name: String(doc.name ?? file), crates: list('crates').map(String), modules: list('modules').map(String), types: [], sinks: [], fields: [], values: [], sources: [], steps: [] };
  for (const [i, v] of (list('sources') as Record<string, unknown>[]).entries()) {
    if (typeof v?.name !== 'string' || !['random', 'weak-random', 'clock'].includes(v.kind as string)) fail(`sources[${i}] needs 'name' and a 'kind' of random, weak-random or clock`);
    model.sources.push({ name: v.name as string, kind: v.kind as ModelSource['kind'] });
  }
  for (const [i, v] of (list('steps') as Record<string, unknown>[]).entries()) {
    if (typeof v?.call !== 'string' || v.kind !== 'pass-through') fail(`steps[${i}] needs 'call' and kind 'pass-through'`);
    model.steps.push({ call: v.call as string, kind: 'pass-through', on: v.on as string[] | undefined });
  }
  if (model.modules.length === 0) fail("'modules' must name the crate's module names as code writes them (`aes_gcm`)");
  for (const [i, t] of (list('types') as Record<string, unknown>[]).entries()) {
    if (typeof t?.name !== 'string' || typeof t.algorithm !== 'string') fail(`types[${i}] needs 'name' and 'algorithm'`);
    model.types.push({ name: t.name as string, algorithm: t.algorithm as string, primitive: String(t.primitive ?? ''), weak: t.weak as ModelType['weak'], misuseResistant: t['misuse-resistant'] === true });
  }
  for (const [i, r] of (list('sinks') as Record<string, unknown>[]).entries()) {
    const call = r?.call;
    if (typeof call !== 'string' || !/^(\.[A-Za-z_]\w*|[A-Za-z_]\w*(::[A-Za-z_]\w*)+)$/.test(call)) fail(`sinks[${i}]: 'call' must be 'a::b::f', 'Type::f' or '.method' (got ${JSON.stringify(call)})`);
    if (typeof r.kind !== 'string') fail(`sinks[${i}]: 'kind' is required`);
    if (r.arg !== undefined && !Number.isInteger(r.arg)) fail(`sinks[${i}]: 'arg' must be an argument index`);
    model.sinks.push({ call: call as string, arg: r.arg as number | undefined, kind: r.kind as string, args: r.args as number | undefined, on: r.on as string[] | undefined, min: r.min as number | undefined, ...(typeof r.algorithm === 'string' ? { algorithm: r.algorithm } : {}), model });
  }
  for (const [i, f] of (list('fields') as Record<string, unknown>[]).entries()) {
    if (typeof f?.struct !== 'string' || typeof f.field !== 'string' || typeof f.kind !== 'string') fail(`fields[${i}] needs 'struct', 'field' and 'kind'`);
    model.fields.push({ struct: f.struct as string, field: f.field as string, kind: f.kind as string, model });
  }
  for (const [i, v] of (list('values') as Record<string, unknown>[]).entries()) {
    if (typeof v?.name !== 'string' || typeof v.kind !== 'string') fail(`values[${i}] needs 'name' and 'kind'`);
    const extra = Object.fromEntries((['algorithm', 'padding', 'mode'] as const).filter((k) => typeof v[k] === 'string').map((k) => [k, v[k] as string]));
    model.values.push({ name: v.name as string, kind: v.kind as string, ...extra, model });
  }
  return model;
}

/** How a call is written, as the resolver sees it (see resolve.ts). */
export interface CallShape {
  name: string;
  /** A method call: the receiver's type where it is known (last segment, aliases resolved). */
  method?: { receiverType?: string };
  /** A path call: its path as written and as the file's `use`s resolve it, without generics. */
  path?: { written: string; resolved: string; selfType?: string; local?: boolean };
  args: number;
  /** Whether the file imports (or names) any of these modules. */
  imports(modules: string[]): boolean;
  /** The paths the file imports with `::*` (`blake3`, `openssl::hash`). */
  globs?: string[];
}

/** Call names too common to be a prefilter trigger on their own (their trigger is the qualified form, `md5::compute`). */
export const COMMON_NAMES = new Set(['hash', 'digest', 'compute', 'derive', 'new', 'from', 'encrypt', 'decrypt', 'update', 'generate', 'verify', 'sign']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsRe = (names: string[]) => (names.length ? new RegExp(`\\b(${names.sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`) : /$^/);

/** Every model compiled into lookups by the last name of each call. */
export class Models {
  readonly all: Model[];
  /** Sources as regexes over an expression's text, for the dataflow. */
  readonly random: RegExp;
  readonly weakRandom: RegExp;
  readonly clock: RegExp;
  /** Methods and path calls whose result is their receiver or (single) argument. */
  readonly passMethods: Set<string>;
  readonly passCalls: Set<string>;
  /** Types whose `new(x)` passes x through (`Box::new`), as a regex over the call's path. */
  readonly passNewTypes: RegExp;
  private readonly byName = new Map<string, ModelRow[]>();
  private readonly typeByName = new Map<string, ModelType & { model: Model }>();
  private readonly valueByName = new Map<string, ModelValue>();
  private readonly namesMemo = new Map<ReadonlySet<string>, ReadonlySet<string>>();
  private cryptoMemo?: string[];

  constructor(models: Model[]) {
    this.all = models;
    const sources = (k: ModelSource['kind']) => models.flatMap((m) => m.sources.filter((x) => x.kind === k).map((x) => x.name));
    this.random = wordsRe(sources('random'));
    this.weakRandom = wordsRe(sources('weak-random'));
    this.clock = wordsRe(sources('clock'));
    const steps = models.flatMap((m) => m.steps);
    this.passMethods = new Set(steps.filter((x) => x.call.startsWith('.')).map((x) => x.call.slice(1)));
    this.passCalls = new Set(steps.filter((x) => !x.call.startsWith('.')).map((x) => x.call));
    const newTypes = steps.filter((x) => x.call === 'new').flatMap((x) => x.on ?? []);
    this.passNewTypes = new RegExp(`(^|::)(${newTypes.map(escape).join('|') || '$^'})(<.*>)?$`);
    for (const m of models) {
      for (const t of m.types) this.typeByName.set(t.name, { ...t, model: m });
      for (const r of m.sinks) {
        const name = r.call.split(/::|\./).pop()!;
        this.byName.set(name, [...(this.byName.get(name) ?? []), r]);
      }
      for (const v of m.values) this.valueByName.set(v.name, v);
    }
  }

  /** Module names of the crypto crates (those with a cipher, MAC, hash, key or password-hash type). */
  cryptoModules(): string[] {
    return (this.cryptoMemo ??= [...new Set(this.all.filter((m) => m.types.some((t) => t.primitive !== 'drbg')).flatMap((m) => m.modules))].filter((x) => !/^(std|hash|digest|cipher)$/.test(x)));
  }

  type(name: string | undefined): (ModelType & { model: Model }) | undefined {
    return name ? this.typeByName.get(name.replace(/<.*$/, '')) : undefined;
  }

  isModelType(name: string | undefined): boolean {
    return !!this.type(name);
  }

  /** A modelled value (`Pkcs1v15Encrypt`) by the last one or two segments of a path. */
  value(path: string): ModelValue | undefined {
    const segs = path.replace(/\s+/g, '').split('::');
    return this.valueByName.get(segs.slice(-2).join('::')) ?? this.valueByName.get(segs[segs.length - 1]);
  }

  /**
   * The words a file must contain for a call of a sink of these kinds to be in it: a method's
   * name, a `T::f` row's type T (`new` alone would be in every file), a function's name.
   */
  triggers(kinds: ReadonlySet<string>): string[] {
    const out = new Set<string>();
    // A name the resolver matches only in a file that also names a module or type of the model
    // (see `matches`): the trigger asks for both, `w:name&w:q1|w:q2` (the prefilter's conjunction).
    const both = (name: string, qualifiers: string[]) => {
      const qs = [...new Set(qualifiers.filter((q) => /^\w+$/.test(q)))].sort();
      out.add(qs.length ? `w:${name}&${qs.map((q) => `w:${q}`).join('|')}` : name);
    };
    for (const m of this.all) {
      for (const r of m.sinks) {
        if (!kinds.has(r.kind)) continue;
        const segs = r.call.split(/::|\./).filter(Boolean);
        const name = segs[segs.length - 1];
        // `.method`: its receiver is of one of the row's types, or the file imports the model's crate.
        if (r.call.startsWith('.')) both(name, [...(r.on ?? m.types.map((t) => t.name)), ...m.modules]);
        else if (segs.length !== 2 || !/^([A-Z]|_$)/.test(segs[0])) {
          // `md5::compute`: a common word (`hash`, `derive`) stays in its qualified form; another
          // name `a::b::f` resolves through a path that holds `b` (or `a`), or in a file importing the module.
          // (A bare call is matched where the file globs the row's module in: `use blake3::*; hash(..)`.)
          // (And where it is imported by name in a group, `use bcrypt::{hash, verify};`: the name in
          // the group's braces, since `use std::hash::{Hash, Hasher}` and a `fn hash` are in every other crate.)
          if (COMMON_NAMES.has(name)) out.add(segs.slice(-2).join('::')).add(`w:${name}&${segs[segs.length - 2]}::*`).add(`re:\\b${segs[segs.length - 2]}::\\{[^}]*\\b${name}\\b`);
          else both(name, [...segs.slice(0, -1), ...m.modules]);
        }
        else if (segs[0] === '_') for (const t of r.on ?? m.types.map((x) => x.name)) out.add(t);
        else {
          // `Key::from`: `Key::` (a bare `Key` is in every file that has a map); `on` types likewise.
          // The resolver also follows an alias to the type (`type AesCbc = Cbc<Aes256, Pkcs7>;`,
          // `use aes_gcm::Aes256Gcm as Cipher;`, `<Aes256Gcm as KeyInit>::new`): the type in a file
          // that declares a type alias, or the type followed by `as`.
          for (const t of [segs[0], ...(r.on ?? [])]) {
            out.add(`${t}::`);
            out.add(`w:${t}&w:type`);
            out.add(`${t} as `);
          }
        }
      }
    }
    // A modelled field counts only in files that import the model's crate (apis.ts fieldSinksIn).
    for (const f of this.fieldSinks(kinds)) both(f.field, f.model.modules);
    return [...out].sort();
  }

  /** The names of the sources of these kinds (`SmallRng`, `SystemTime::now`): triggers of the rules about them. */
  sourceNames(kinds: ReadonlySet<string>): string[] {
    return this.all.flatMap((m) => m.sources.filter((x) => kinds.has(x.kind)).map((x) => x.name));
  }

  /** The call names of sinks of these kinds (memoized per set of kinds): to skip other calls cheaply. */
  names(kinds: ReadonlySet<string>): ReadonlySet<string> {
    let n = this.namesMemo.get(kinds);
    if (!n) {
      n = new Set([...this.byName].filter(([, rows]) => rows.some((r) => kinds.has(r.kind))).map(([name]) => name));
      this.namesMemo.set(kinds, n);
    }
    return n;
  }

  /** The modelled struct fields of these kinds. */
  fieldSinks(kinds: ReadonlySet<string>): ModelField[] {
    return this.all.flatMap((m) => m.fields.filter((f) => kinds.has(f.kind)));
  }

  /** Whether any row is about a call of this name: a cheap test before resolving a call. */
  hasName(name: string): boolean {
    return this.byName.has(name);
  }

  /** The rows a call matches, of the given kinds. */
  match(shape: CallShape, kinds?: ReadonlySet<string>): ModelRow[] {
    const rows = this.byName.get(shape.name);
    if (!rows) return [];
    return rows.filter((r) => (!kinds || kinds.has(r.kind)) && (r.args === undefined || shape.args >= r.args) && this.matches(r, shape));
  }

  private matches(r: ModelRow, shape: CallShape): boolean {
    const types = r.on ?? r.model.types.map((t) => t.name);
    if (r.call.startsWith('.')) {
      if (!shape.method) return false;
      const t = shape.method.receiverType;
      if (t) return types.includes(t) || (types.length === 0 && shape.imports(r.model.modules));
      return shape.imports(r.model.modules);
    }
    if (!shape.path) return false;
    const segs = r.call.split('::');
    const qualifier = segs.slice(0, -1);
    const resolved = shape.path.resolved.split('::');
    // `T::f`: the call's type is T (or one of `on`), from this crate's modules.
    if (qualifier.length === 1 && /^([A-Z]|_$)/.test(qualifier[0])) {
      const self = shape.path.selfType;
      if (!self || shape.path.local) return false;
      // `_::f`: any of the row's types (`on`), or of the model's.
      if (qualifier[0] === '_' ? !types.includes(self) : !(self === qualifier[0] || r.on?.includes(self))) return false;
      const prefix = resolved.slice(0, -2);
      if (prefix.length) return prefix.some((s) => r.model.modules.includes(s));
      return r.model.types.some((t) => t.name === self) || shape.imports(r.model.modules);
    }
    // `a::b::f`: the resolved path ends with the row's path, or the call is bare and the file brings
    // the row's module's names in with a glob (`use blake3::*; hash(..)`, `use openssl::hash::*`): a
    // bare `hash(..)` in a file that uses sha2, or names `std::hash::Hash`, is no `blake3::hash`.
    if (shape.path.local) return false;
    const want = r.call.split('::');
    if (resolved.length >= 2) return endsWith(resolved, want) || endsWith(want, resolved);
    const q = want.slice(0, -1).join('::');
    return (shape.globs ?? []).some((g) => g === q || g.endsWith(`::${q}`));
  }
}

function endsWith(a: string[], b: string[]): boolean {
  if (b.length > a.length) return false;
  return b.every((s, i) => a[a.length - b.length + i] === s);
}
