import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, receiverOf } from './calls.ts';
import type { FileModel } from './model.ts';
import { isIdentChar } from './source.ts';
import type { CallShape, ModelRow, Models } from './models.ts';
import type { Values } from './values.ts';

// Layer 3: what a call names. Paths go through the file's `use` declarations and type aliases;
// a method call's receiver type is found where the file shows it (a `let` annotation or
// constructor, a parameter's type, `self` and `self.field` through the struct, a local function's
// return type). A method on a type the crate defines is that method, never a crypto API; only a
// receiver of unknown type falls back to matching by name, and only in files that import the crate.

const WRAPPERS = new Set(['Arc', 'Rc', 'Box', 'Cow', 'RefCell', 'Mutex', 'RwLock', 'Option', 'Zeroizing']);
const CONSTRUCTORS = /^(new|new_from_slice|new_from_slices|from|from_slice|try_from|default|new_varkey|new_with_prefix|generate|from_key|with_key|init|build|create|open|load|with_encrypt_key|with_decrypt_key|with_key_and_nonce|inner_iv_init|inner_iv_slice_init)$/;

export interface UseMap {
  /** Local name → full path (`Cipher` → `aes_gcm::Aes256Gcm`). */
  names: Map<string, string>;
  /** Paths imported with `::*`. */
  globs: string[];
  /** First segments of every imported path. */
  roots: Set<string>;
}

/** Every name a file's `use` declarations bring in. */
export function useMap(model: FileModel): UseMap {
  const names = new Map<string, string>();
  const globs: string[] = [];
  const roots = new Set<string>();
  const add = (path: string, alias?: string) => {
    const clean = path.replace(/\s+/g, '').replace(/^::/, '');
    roots.add(clean.split('::')[0]);
    const last = clean.split('::').pop()!;
    if (alias === '_') return;
    names.set(alias ?? (last === 'self' ? clean.split('::').slice(-2)[0] : last), last === 'self' ? clean.split('::').slice(0, -1).join('::') : clean);
  };
  const walk = (n: Node | null, prefix: string) => {
    if (!n) return;
    const join = (p: string) => (prefix ? `${prefix}::${p}` : p);
    switch (n.type) {
      case 'identifier':
      case 'scoped_identifier':
      case 'self':
      case 'crate':
      case 'super':
        add(join(n.text));
        return;
      case 'use_as_clause':
        add(join(n.childForFieldName('path')?.text ?? ''), n.childForFieldName('alias')?.text);
        return;
      case 'use_wildcard': {
        const p = n.namedChild(0)?.text ?? '';
        globs.push(join(p));
        roots.add(join(p).split('::')[0]);
        return;
      }
      case 'scoped_use_list':
        walk(n.childForFieldName('list'), join(n.childForFieldName('path')?.text ?? ''));
        return;
      case 'use_list':
        for (const c of n.namedChildren) walk(c, prefix);
        return;
    }
  };
  for (const u of model.uses) {
    if (u.type === 'extern_crate_declaration') {
      const name = u.childForFieldName('name')?.text ?? '';
      roots.add(name);
      const alias = u.childForFieldName('alias')?.text;
      if (alias) names.set(alias, name);
      continue;
    }
    walk(u.childForFieldName('argument'), '');
  }
  return { names, globs, roots };
}

/**
 * The type a type's text is about, as written: `&mut Arc<crate::a::Vault>` → `crate::a::Vault`,
 * `aes_gcm::Key<Aes256Gcm>` → `aes_gcm::Key`, a constructor's turbofish path `Hmac::<Sha256>` → `Hmac`.
 */
function typePathText(text: string): string | undefined {
  let t = text.replace(/\s+/g, ' ').trim().replace(/\s?::\s?</g, '<').replace(/^&\s*('\w+\s+)?(mut\s+)?/, '');
  if (/^(impl|dyn)\b/.test(t)) return undefined;
  for (;;) {
    const m = /^([\w:]+)\s*<(.*)>$/.exec(t);
    if (!m) break;
    if (!WRAPPERS.has(m[1].split('::').pop()!)) return m[1];
    // The wrapped type, past lifetime arguments and a reference: `Cow<'_, T>`, `Arc<&'a mut T>`.
    t = m[2].trim().replace(/^('\w+\s*,\s*)+/, '').replace(/^&\s*('\w+\s+)?(mut\s+)?/, '');
  }
  return t;
}

/** The type name a type's text is about: `&mut Arc<Aes256Gcm>` → `Aes256Gcm`, `aes_gcm::Key<Aes256Gcm>` → `Key`. */
export function typeName(text: string): string | undefined {
  const last = typePathText(text)?.split('::').pop()!.trim();
  return last !== undefined && /^[A-Za-z_]\w*$/.test(last) ? last : undefined;
}

/** The path of the type a type's text is about (`&mut crate::a::Vault` → crate, a, Vault), or undefined. */
export function typePath(text: string): string[] | undefined {
  const segs = typePathText(text)?.split('::').map((x) => x.trim());
  return segs && segs.every((x) => /^[A-Za-z_]\w*$/.test(x)) ? segs : undefined;
}

export class Resolver {
  private readonly model: FileModel;
  private readonly values: Values;
  readonly models: Models;
  private uses?: UseMap;
  private aliases?: Map<string, string>;
  private fields?: Map<string, Map<string, string>>;
  private locals?: Set<string>;
  private impls?: { start: number; end: number; type: string | undefined }[];
  private readonly typeMemo = new Map<number, string | undefined>();
  private readonly shapeMemo = new Map<number, CallShape>();
  private readonly namedMemo = new Map<string, boolean>();
  private readonly moduleMemo = new Map<string, boolean>();
  private readonly reexportMemo = new Map<string, boolean>();
  /** The text with this crate's own `use crate::…;`/`self::`/`super::` declarations taken out. */
  private foreignUses?: string;
  private heads?: Set<string>;

  constructor(model: FileModel, values: Values, models: Models) {
    this.model = model;
    this.values = values;
    this.models = models;
  }

  get useMap(): UseMap {
    return (this.uses ??= useMap(this.model));
  }

  /** `type Cipher = Aes256Gcm;` and `use … as Cipher`, name → the type it stands for. */
  private get typeAliases(): Map<string, string> {
    if (!this.aliases) {
      this.aliases = new Map();
      for (const m of this.model.source.text.matchAll(/\btype\s+([A-Z]\w*)\s*(?:<[^=]*>)?\s*=\s*([^;]+);/g)) {
        const target = typeName(m[2]);
        if (target) this.aliases.set(m[1], target);
      }
      for (const [local, full] of this.useMap.names) {
        const last = full.split('::').pop()!;
        if (local !== last && /^[A-Z]/.test(local)) this.aliases.set(local, last);
      }
    }
    return this.aliases;
  }

  /** A type name with aliases followed (a few steps at most). */
  canonical(name: string | undefined): string | undefined {
    let n = name;
    for (let i = 0; n && i < 4 && this.typeAliases.has(n); i++) n = this.typeAliases.get(n);
    return n;
  }

  /** Whether the file imports, or names by path, any of these modules. */
  imports(modules: string[]): boolean {
    const u = this.useMap;
    return modules.some((m) => u.roots.has(m) || (m.includes('::') ? this.namesPath(m) : this.pathHeads.has(m)));
  }

  /** Every name written just before `::` in the text (`aes_gcm` of `aes_gcm::Nonce`, `aes` of `crate::aes::x`), found in one pass. */
  private get pathHeads(): Set<string> {
    if (!this.heads) {
      this.heads = new Set();
      // (indexOf and a step back over the word before each `::`: the same as
      // /(?<!\w)([A-Za-z_]\w*)::/g, without trying the lookbehind at every character.)
      const text = this.model.source.text;
      for (let i = text.indexOf('::'); i >= 0; i = text.indexOf('::', i + 2)) {
        let j = i;
        while (j > 0 && isIdentChar(text.charCodeAt(j - 1))) j--;
        if (j < i && !(text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57)) this.heads.add(text.slice(j, i));
      }
    }
    return this.heads;
  }

  /** A module path (`ring::aead`) named in the text. */
  private namesPath(m: string): boolean {
    let named = this.namedMemo.get(m);
    if (named === undefined) this.namedMemo.set(m, (named = this.model.source.text.includes(`${m}::`) && new RegExp(`(^|[^\\w])${m}::`).test(this.model.source.text)));
    return named;
  }

  /** Struct name → field name → the field's type name, for the file's structs. */
  private get structFields(): Map<string, Map<string, string>> {
    if (!this.fields) {
      this.fields = new Map();
      for (const s of this.model.structs) {
        const name = s?.childForFieldName('name')?.text;
        const body = s?.childForFieldName('body');
        if (!name || !body) continue;
        const map = new Map<string, string>();
        for (const f of body.descendantsOfType('field_declaration')) {
          const fname = f?.childForFieldName('name')?.text;
          const ftype = typeName(f?.childForFieldName('type')?.text ?? '');
          if (fname && ftype) map.set(fname, ftype);
        }
        this.fields.set(name, map);
      }
    }
    return this.fields;
  }

  /** Types the file defines itself (`struct Encryptor`): a call on one is the crate's own code. */
  private get localTypes(): Set<string> {
    return (this.locals ??= new Set([...this.model.source.text.matchAll(/\b(?:struct|enum|union|trait)\s+([A-Z]\w*)/g)].map((m) => m[1])));
  }

  /**
   * The crate a type name is imported from by a `use` (`acme_vault` of `use acme_vault::Vault`), when
   * the path starts with neither `crate::`/`self::`/`super::` nor a module the file declares, and
   * the file defines no type of that name; undefined otherwise.
   */
  importedFromOtherCrate(name: string): string | undefined {
    const full = this.useMap.names.get(name);
    const head = full?.split('::')[0];
    if (!head || /^(crate|self|super|Self)$/.test(head) || this.localTypes.has(name)) return undefined;
    return new RegExp(`\\bmod\\s+${head}\\b`).test(this.model.source.text) ? undefined : head;
  }

  /** The type of the `impl` block around an offset (`impl Foo`, `impl Trait for Foo`). */
  implType(at: number): string | undefined {
    this.impls ??= this.model.impls.map((n) => ({ start: n.startIndex, end: n.endIndex, type: typeName(n.childForFieldName('type')?.text ?? '') }));
    let best: { start: number; end: number; type: string | undefined } | undefined;
    for (const n of this.impls) if (n.start <= at && at < n.end && (!best || n.start > best.start)) best = n;
    return best?.type;
  }

  /** Whether a name is a generic parameter of the function, impl or trait around `at`. */
  private isGeneric(name: string, at: number): boolean {
    const fn = this.model.enclosingFunction(at);
    const scopes = [fn?.node.childForFieldName('type_parameters')?.text ?? ''];
    for (let p = fn?.node.parent; p; p = p.parent) if (p.type === 'impl_item' || p.type === 'trait_item') scopes.push(p.childForFieldName('type_parameters')?.text ?? '');
    return scopes.some((s) => new RegExp(`[<,]\\s*${name}\\b`).test(s));
  }

  /**
   * The path a receiver's type is written with where the file declares it (a parameter's or an
   * annotated `let`'s type: `v: &mut crate::a::Vault`), else undefined.
   */
  typePathOf(expr: Node): string[] | undefined {
    if (expr.type !== 'identifier') return undefined;
    const b = this.values.lookup(expr.text, expr.startIndex);
    const written = b?.kind === 'param' ? b.fn.paramTypes.get(b.name) : b?.kind === 'let' ? b.info.node.childForFieldName('type')?.text : undefined;
    if (written !== undefined) return typePath(written);
    // `let v = sealed::Vault::new()`: the constructor's path; `let v = make_plain()`: the local function's return type.
    let made = b?.kind === 'let' && b.info.simple ? b.info.value : null;
    while (made && (made.type === 'try_expression' || made.type === 'await_expression' || made.type === 'parenthesized_expression')) made = made.namedChild(0);
    if (made?.type !== 'call_expression' || receiverOf(made)) return undefined;
    const fn = made.childForFieldName('function');
    if (fn?.type === 'identifier') {
      const returns = this.model.functionsNamed(fn.text)[0]?.node.childForFieldName('return_type')?.text;
      return returns ? typePath(returns) : undefined;
    }
    if (fn?.type === 'scoped_identifier' && CONSTRUCTORS.test(fn.childForFieldName('name')?.text ?? '')) {
      const path = fn.childForFieldName('path')?.text;
      return path ? typePath(path) : undefined;
    }
    return undefined;
  }

  /** The type of an expression, where the file shows it; undefined when it cannot be known. */
  typeOf(expr: Node | null, depth = 0): string | undefined {
    if (!expr || depth > 6) return undefined;
    if (this.typeMemo.has(expr.id)) return this.typeMemo.get(expr.id);
    const raw = this.rawTypeOf(expr, depth);
    const t = !raw || raw === '_' || this.isGeneric(raw, expr.startIndex) ? undefined : this.canonical(raw === 'Self' ? this.implType(expr.startIndex) : raw);
    this.typeMemo.set(expr.id, t);
    return t;
  }

  private rawTypeOf(expr: Node, depth: number): string | undefined {
    switch (expr.type) {
      case 'reference_expression':
        return this.typeOf(expr.childForFieldName('value'), depth + 1);
      case 'parenthesized_expression':
      case 'try_expression':
        return this.typeOf(expr.namedChild(0), depth + 1);
      case 'self':
        return this.implType(expr.startIndex);
      case 'struct_expression':
        return typeName(expr.childForFieldName('name')?.text ?? '');
      case 'field_expression': {
        const owner = this.typeOf(expr.childForFieldName('value'), depth + 1);
        const field = expr.childForFieldName('field')?.text ?? '';
        return owner ? this.structFields.get(owner)?.get(field) : undefined;
      }
      case 'identifier': {
        const b = this.values.lookup(expr.text, expr.startIndex);
        if (b?.kind === 'param') return typeName(b.fn.paramTypes.get(b.name) ?? '');
        if (b?.kind === 'let') {
          const annotated = b.info.node.childForFieldName('type');
          if (annotated) return typeName(annotated.text);
          return b.info.simple ? this.typeOf(b.info.value, depth + 1) : undefined;
        }
        return undefined;
      }
      case 'call_expression': {
        const name = calleeName(expr);
        const fn = expr.childForFieldName('function');
        const recv = receiverOf(expr);
        // `x.unwrap()`, `x.clone()`: the receiver's type (wrappers aside).
        if (recv && /^(unwrap|expect|clone|to_owned|as_ref|lock|read|write|borrow|borrow_mut)$/.test(name)) return this.typeOf(recv, depth + 1);
        if (fn?.type === 'scoped_identifier' || fn?.type === 'generic_function') {
          const path = (fn.type === 'generic_function' ? fn.childForFieldName('function') : fn)?.childForFieldName('path')?.text ?? '';
          if (CONSTRUCTORS.test(name) && path) return typeName(path);
        }
        // A local function's declared return type.
        if (!recv && fn?.type === 'identifier') {
          const f = this.model.functionsNamed(name);
          if (f.length === 1) return typeName(f[0].node.childForFieldName('return_type')?.text ?? '');
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** How a call is written, with paths resolved and the receiver's type where known. */
  shape(call: Node): CallShape {
    let memo = this.shapeMemo.get(call.id);
    if (!memo) this.shapeMemo.set(call.id, (memo = this.computeShape(call)));
    return memo;
  }

  private computeShape(call: Node): CallShape {
    const name = calleeName(call);
    const recv = receiverOf(call);
    const args = argumentsOf(call).length;
    const imports = (modules: string[]) => this.imports(modules);
    if (recv) return { name, method: { receiverType: this.typeOf(recv) }, args, imports };
    const globs = this.useMap.globs;
    let fn = call.childForFieldName('function');
    if (fn?.type === 'generic_function') fn = fn.childForFieldName('function');
    const written = (fn?.text ?? name).replace(/\s+/g, ' ').replace(/\s*::\s*/g, '::').trim();
    const segs = splitPath(written);
    const stripped = segs.map((s) => s.replace(/<.*$/, ''));
    // `Key::<Aes256Gcm>::from_slice`, `<Aes256Gcm as KeyInit>::new`.
    let selfType: string | undefined;
    if (segs.length >= 2) {
      const q = segs[segs.length - 2];
      const qualified = /^<\s*([\w:]+)(?:<.*>)?\s+as\s+[\w:<>]+>$/.exec(q);
      selfType = this.canonical(qualified ? typeName(qualified[1]) : typeName(q));
      if (selfType === 'Self') selfType = this.canonical(this.implType(call.startIndex));
    }
    const head = stripped[0];
    const full = this.useMap.names.get(head);
    const resolved = this.expandPath(stripped);
    // The file's own type (`Encryptor::new` with `struct Encryptor` here; also by a path of this
    // crate: `crate::cipher::Encryptor::new`, `self::cipher::Encryptor::new`, or `Encryptor::new`
    // after `use self::cipher::Encryptor`) or own function (`hash(..)` with `fn hash` here).
    const ownPath = (segs.length === 2 && !full) || /^(crate|self|super)::/.test(resolved);
    // A type of another file of this crate, by its path (`crate::cipher::Decryptor::new`, `use
    // crate::cipher::Encryptor`, `cipher::Encryptor::new` under this file's `mod cipher;`): the
    // crate's own, unless this file re-exports a crate's type under that name (`pub use cbc::Encryptor`).
    const crateType = selfType !== undefined && /^\w+$/.test(selfType) && !this.localTypes.has(selfType) && (/^(crate|self|super)::/.test(resolved) || this.declaresModule(resolved.split('::')[0])) && !this.usesFromOtherCrate(selfType);
    // A bare function of the crate: one of this file, or one brought in by `use crate::kdf::pbkdf2_hmac`.
    const ownFunction = segs.length === 1 && (full ? /^(crate|self|super)::/.test(full) : this.model.functionsNamed(name).length > 0);
    const local = (selfType !== undefined && ownPath && this.localTypes.has(selfType)) || crateType || ownFunction;
    return { name, path: { written, resolved: resolved.replace(/^::/, ''), selfType, local }, args, imports, globs };
  }

  /** Whether this file declares the module `name` (`mod cipher;` or `mod cipher { .. }`). (Asked per call: each answer is kept.) */
  private declaresModule(name: string): boolean {
    let declared = this.moduleMemo.get(name);
    if (declared === undefined) this.moduleMemo.set(name, (declared = /^[a-z_]\w*$/.test(name) && new RegExp(`(^|[^\\w])mod\\s+${name}\\s*[;{]`).test(this.model.source.text)));
    return declared;
  }

  /** Whether a `use` other than of this crate's own paths ends in `name` (`pub use cbc::Encryptor;`). (Asked per call: each answer is kept.) */
  private usesFromOtherCrate(name: string): boolean {
    let used = this.reexportMemo.get(name);
    if (used === undefined) {
      this.foreignUses ??= this.model.source.text.replace(/\buse\s+(crate|self|super)::[^;]*;/g, '');
      this.reexportMemo.set(name, (used = new RegExp(`\\buse\\s+[\\w:]*\\b${name}\\s*;`).test(this.foreignUses)));
    }
    return used;
  }

  /** A path with its first segment expanded by the file's `use`s (`Cipher`, `new` → `aes_gcm::Aes256Gcm::new`); `self`, `crate`, `super` and `Self` stay as written. */
  expandPath(segs: string[]): string {
    const full = /^(self|crate|super|Self)$/.test(segs[0]) ? undefined : this.useMap.names.get(segs[0]);
    return full ? [full, ...segs.slice(1)].join('::') : segs.join('::');
  }

  /** The modelled sinks of a call, with the argument each one is about. */
  sinks(call: Node, kinds?: ReadonlySet<string>): { row: ModelRow; arg: Node | undefined }[] {
    if (!this.models.hasName(calleeName(call))) return [];
    const args = argumentsOf(call);
    return this.models.match(this.shape(call), kinds).map((row) => ({ row, arg: row.arg === undefined ? undefined : args[row.arg] }));
  }
}

/** `a::<B<C>>::f` → [a, <B<C>>, f]: splits at `::` outside angle brackets. */
export function splitPath(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    if (depth === 0 && c === ':' && text[i + 1] === ':') {
      if (cur) out.push(cur);
      cur = '';
      i++;
      continue;
    }
    cur += c;
  }
  if (cur) out.push(cur);
  // A turbofish belongs to the segment before it: `Key`, `<Aes256Gcm>` → `Key<Aes256Gcm>`.
  const merged: string[] = [];
  for (const s of out) {
    if (s.startsWith('<') && merged.length && !/\sas\s/.test(s)) merged[merged.length - 1] += s;
    else merged.push(s);
  }
  return merged;
}
