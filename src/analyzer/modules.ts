import { posix } from 'node:path';
import type { Node } from 'web-tree-sitter';
import { unwrapItemMacros } from './item-macros.ts';

// Layer 2, the crate's `mod` tree: which module each file is (from the crate roots `src/lib.rs`,
// `src/main.rs`, `src/bin/*.rs`, … through `mod foo;` → `foo.rs` or `foo/mod.rs`, `#[path]` and
// inline `mod x { .. }`), what each module defines at its top level and what its `use`s bring in,
// so that a path (`crate::a::f`, `super::f`, `self::f`, `a::f`, a `use` or `pub use` of one, or a
// plain `f`) resolves to the module that defines the item. It is read from the files' text (one
// regex pass that steps over comments and literals), never from a parse, so it costs no file a second parse; it
// is built in the crate-wide step, once per crate, only for crates where a finding needs it.
// Where a module cannot be known (a file no root reaches, a macro-made item, an external crate),
// the answer is `undefined` and callers keep matching by name.

/** A module of the crate: its root (a target's root file, or the `src` folder lib.rs and main.rs share) and its path below it. */
export type ModuleId = string;

/** What one file's text declares, by inline module (`scopes[0]` is the file itself). */
export interface FileItems {
  /** Inline module paths within the file (`[]`, `['tests']`, `['a', 'b']`) and their body spans. */
  scopes: { path: string[]; start: number; end: number }[];
  /** Top-level items of each scope: `fn`, `const`/`static` (value), `struct`/`enum`/`union`/`trait`/`type` (type), `mod`. */
  items: { scope: number; kind: 'fn' | 'value' | 'type' | 'mod'; name: string }[];
  /** `use` declarations by scope: the local name (`*` for a glob) and the path it names. */
  uses: { scope: number; name: string; path: string[] }[];
  /** `mod x;` (file modules), with a `#[path]` if given. */
  mods: { scope: number; name: string; pathAttr?: string; cfgPaths?: string[] }[];
}

// Braces and item keywords, and what to step over: comments, strings, raw strings, char literals
// (not lifetimes: `'a` has no closing quote after one character).
const TOKEN = /\/\/[^\n]*|\/\*|(?<!\w)b?r(#*)"[\s\S]*?"\1|"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\\n]|[\uD800-\uDBFF][\uDC00-\uDFFF]|\\[^\n]{1,10}?)'|[{}]|(?<![\w'])(?:fn|const|static|struct|enum|union|trait|type|mod|use|macro_rules)\b/g;
const NEST = /\/\*|\*\//g;
const IDENT = /^\s*(?:r#)?([A-Za-z_]\w*)/;

/** What a file's text declares at each module level (see FileItems). Cheap: one pass of one regex over the text. */
export function fileItems(text: string): FileItems {
  const out: FileItems = { scopes: [{ path: [], start: 0, end: text.length }], items: [], uses: [], mods: [] };
  if (!/\b(fn|const|static|struct|enum|union|trait|type|mod|use)\b/.test(text)) return out;
  const b = text;
  // Frames of open braces: the scope index of an inline module body, or -1 for any other block.
  const frames: number[] = [];
  const scopeHere = () => {
    for (let k = frames.length - 1; k >= 0; k--) if (frames[k] >= 0) return { scope: frames[k], top: k === frames.length - 1 };
    return { scope: 0, top: frames.length === 0 };
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(b); m; m = TOKEN.exec(b)) {
    const tok = m[0];
    const at = m.index;
    const c0 = tok.charCodeAt(0);
    // A comment or a literal: stepped over (a block comment to its matching end, nested ones too).
    if (tok === '/*') {
      let depth = 1;
      NEST.lastIndex = at + 2;
      let end = b.length;
      for (let c = NEST.exec(b); c; c = NEST.exec(b)) {
        depth += c[0] === '/*' ? 1 : -1;
        if (depth === 0) {
          end = c.index + 2;
          break;
        }
      }
      TOKEN.lastIndex = end;
      continue;
    }
    if (c0 === 47 /* / */ || c0 === 34 /* " */ || c0 === 39 /* ' */ || ((c0 === 114 /* r */ || c0 === 98) /* b */ && tok.length > 1 && !/^\w+$/.test(tok))) continue;
    if (tok === '{') {
      // The braces of a macro called at module level (`cfg_rt! { pub mod io; }`) hold items of the module.
      const here = scopeHere();
      frames.push(here.top && /(?<![\w:])(?!macro_rules!)[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*!\s*$/.test(b.slice(Math.max(0, at - 80), at)) ? here.scope : -1);
      continue;
    }
    if (tok === '}') {
      const f = frames.pop();
      // (A macro's braces share the scope of the module around them: they do not end it.)
      if (f !== undefined && f > 0 && !frames.includes(f)) out.scopes[f].end = at;
      continue;
    }
    const { scope, top } = scopeHere();
    const rest = b.slice(TOKEN.lastIndex, TOKEN.lastIndex + 200);
    if (tok === 'use') {
      const end = b.indexOf(';', TOKEN.lastIndex);
      if (end < 0) break;
      for (const u of useTree(b.slice(TOKEN.lastIndex, end).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' '))) out.uses.push({ scope, ...u });
      TOKEN.lastIndex = end + 1;
      continue;
    }
    if (tok === 'macro_rules') continue;
    if (tok === 'mod') {
      const id = /^\s*(?:r#)?([A-Za-z_]\w*)\s*([;{])/.exec(rest);
      if (!id) continue;
      if (top) out.items.push({ scope, kind: 'mod', name: id[1] });
      if (id[2] === ';') {
        if (top) out.mods.push({ scope, name: id[1], ...pathAttr(text, at) });
        continue;
      }
      // An inline module: its body is a scope of its own.
      const open = TOKEN.lastIndex + id[0].length;
      out.scopes.push({ path: [...out.scopes[scope].path, id[1]], start: open, end: text.length });
      frames.push(top ? out.scopes.length - 1 : -1);
      if (!top) out.scopes.pop();
      TOKEN.lastIndex = open;
      continue;
    }
    if (!top) continue;
    if (tok === 'fn') {
      const id = IDENT.exec(rest);
      if (id) out.items.push({ scope, kind: 'fn', name: id[1] });
    } else if (tok === 'const' || tok === 'static') {
      const id = /^\s*(?:mut\s+)?([A-Za-z_]\w*)\s*:/.exec(rest);
      if (id) out.items.push({ scope, kind: 'value', name: id[1] });
    } else {
      const id = IDENT.exec(rest);
      if (id && (tok !== 'union' || /^\s*[A-Za-z_]\w*\s*[{<]/.test(rest))) out.items.push({ scope, kind: 'type', name: id[1] });
    }
  }
  return out;
}

/**
 * `#[path = "x.rs"]` among the attributes right before a `mod` (read from the original text), or
 * else the paths of `#[cfg_attr(pred, path = "x.rs")]` there (the file when the predicate holds).
 */
function pathAttr(text: string, modAt: number): { pathAttr?: string; cfgPaths?: string[] } {
  const before = text.slice(Math.max(0, modAt - 400), modAt);
  const m = /#\s*\[\s*path\s*=\s*"([^"]*)"\s*\]\s*(?:#\s*\[[^\]]*\]\s*)*(?:pub\s*(?:\([^)]*\))?\s*)?$/.exec(before);
  if (m) return { pathAttr: m[1] };
  const attrs = /((?:#\s*\[[^\]]*\]\s*)+)(?:pub\s*(?:\([^)]*\))?\s*)?$/.exec(before)?.[1] ?? '';
  const cfgPaths = [...attrs.matchAll(/#\s*\[\s*cfg_attr\s*\([^\]]*?,\s*path\s*=\s*"([^"]*)"\s*\)\s*\]/g)].map((x) => x[1]);
  return cfgPaths.length ? { cfgPaths } : {};
}

/** The names a `use` tree brings in: `a::{b, c as d, e::*}` → b→a::b, d→a::c, *→a::e. */
export function useTree(src: string): { name: string; path: string[] }[] {
  // (A raw identifier, `r#async`, is one token.)
  const toks = src.match(/::|[{},*]|(?:r#)?[A-Za-z_][\w]*|\S/g) ?? [];
  let i = 0;
  const out: { name: string; path: string[] }[] = [];
  const tree = (prefix: string[]) => {
    const path = [...prefix];
    for (;;) {
      const t = toks[i];
      if (t === undefined) return;
      if (t === '::') {
        i++;
        continue;
      }
      if (t === '{') {
        i++;
        while (toks[i] !== undefined && toks[i] !== '}') {
          const before = i;
          tree(path);
          if (toks[i] === ',') i++;
          else if (i === before) i++;
        }
        i++;
        return;
      }
      if (t === '*') {
        i++;
        out.push({ name: '*', path });
        return;
      }
      if (/^[A-Za-z_]/.test(t) && t !== 'as') {
        path.push(t.replace(/^r#/, ''));
        i++;
        if (toks[i] === 'as') {
          const alias = toks[i + 1];
          i += 2;
          if (alias && alias !== '_') out.push({ name: alias.replace(/^r#/, ''), path: normalizeSelf(path) });
          return;
        }
        if (toks[i] === '::') continue;
        const p = normalizeSelf(path);
        out.push({ name: p[p.length - 1], path: p });
        return;
      }
      // `,` or `}` of the enclosing list, or something we do not read.
      return;
    }
  };
  // Visibility (`pub`, `pub(crate)`) comes before `use`: not in `src`. A leading `::` is an external crate.
  while (i < toks.length) {
    const before = i;
    tree([]);
    if (toks[i] === ',') i++;
    if (i === before) i++;
  }
  return out.filter((u) => u.path.length > 0);
}

/** `a::b::self` → `a::b` (`use a::b::{self}` imports the module `b`). */
function normalizeSelf(path: string[]): string[] {
  return path.length > 1 && path[path.length - 1] === 'self' ? path.slice(0, -1) : path;
}

/** The inline module path of an offset in a parsed file: the `mod x { .. }` items around it. */
export function inlinePathAt(node: Node | null): string[] {
  const out: string[] = [];
  for (let p = node?.parent; p; p = p.parent) if (p.type === 'mod_item' && p.childForFieldName('body')) out.unshift(p.childForFieldName('name')?.text ?? '');
  return out;
}

interface Module {
  id: ModuleId;
  root: string;
  /** Files (and their scope index) that are this module. */
  parts: { file: string; scope: number }[];
  children: Map<string, ModuleId>;
  items: Map<string, Set<string>>;
  uses: { name: string; path: string[] }[];
}

/** A file of the crate: its path (as in the analyses) and its text. */
export interface CrateFile {
  file: string;
  text: string;
}

/** A target's root file, below the crate's folder (`src/lib.rs`, `src/bin/x.rs`, `tests/x.rs`, `build.rs`, …). */
const ROOT_FILE = /^(?:src\/(?:lib|main)\.rs|src\/bin\/[^/]+\.rs|src\/bin\/[^/]+\/main\.rs|(?:tests|examples|benches)\/[^/]+\.rs|(?:tests|examples|benches)\/[^/]+\/main\.rs|build\.rs)$/;

/** The `mod` tree of one crate, and path resolution within it. */
export class CrateModules {
  private readonly modules = new Map<ModuleId, Module>();
  private readonly byFile = new Map<string, ModuleId[]>();
  private readonly itemsOf = new Map<string, FileItems>();
  /** The root of the crate's library (what `crate_name::` names from a binary or test). */
  private libRoot?: string;
  /** The package name as code writes it (`my_crate`). */
  private readonly crateName?: string;

  constructor(files: CrateFile[], crateName?: string, loose = false, targets: string[] = [], libPath?: string) {
    this.crateName = crateName?.replace(/-/g, '_');
    const texts = new Map(files.map((f) => [f.file, f.text]));
    // The crate's folder (relative, as the paths are): before the shallowest `src/`, `tests/`, … of its files.
    let dir: string | undefined;
    for (const f of files) {
      const m = /^(.*?\/)?(?:src|tests|examples|benches)\//.exec(f.file);
      const d = m ? (m[1] ?? '') : undefined;
      if (d !== undefined && (dir === undefined || d.length < dir.length)) dir = d;
    }
    // Roots the manifest names (`[lib] path = "lib.rs"`): below the crate's folder, or (no `src/`
    // or the like to tell the folder by) wherever a file ends with that path.
    const placed = new Set<string>();
    let placedLib: string | undefined;
    for (const t of targets) {
      const f = dir !== undefined ? files.find((x) => x.file === dir + t) : files.filter((x) => x.file === t || x.file.endsWith(`/${t}`)).sort((a, b) => a.file.length - b.file.length)[0];
      if (f) placed.add(f.file);
      if (f && t === libPath) placedLib = f.file;
    }
    const roots = files
      .map((f) => f.file)
      .filter((f) => placed.has(f) || (loose ? /(?:^|\/)(?:lib|main)\.rs$/.test(f) : dir !== undefined && f.startsWith(dir) && ROOT_FILE.test(f.slice(dir.length))))
      .sort();
    // A crate folder nested in another's `src/` is not a root of this one: keep the shallowest `src/lib.rs`/`main.rs` folder's.
    const seen = new Map<string, Set<string>>();
    for (const root of roots) {
      // lib.rs and main.rs of one folder are two targets but one namespace here (most binaries `mod` the same files, or `use` the library).
      const shared = /(?:^|\/)(?:lib|main)\.rs$/.test(root) && !/\/bin\//.test(root);
      const key = shared ? `${posix.dirname(root)}/` : root;
      if (root === placedLib || (!placedLib && /(?:^|\/)lib\.rs$/.test(root) && (this.libRoot === undefined || key.length < this.libRoot.length))) this.libRoot = key;
      if (!seen.has(key)) seen.set(key, new Set());
      this.walk(key, [], root, 0, texts, posix.dirname(root), seen.get(key)!);
    }
  }

  private items(file: string, text: string): FileItems {
    let it = this.itemsOf.get(file);
    if (!it) this.itemsOf.set(file, (it = fileItems(text)));
    return it;
  }

  private module(root: string, path: string[]): Module {
    const id = `${root}|${path.join('::')}`;
    let m = this.modules.get(id);
    if (!m) this.modules.set(id, (m = { id, root, parts: [], children: new Map(), items: new Map(), uses: [] }));
    return m;
  }

  /** Adds a file (or an inline module of one) at `path` below `root`; `dir` is where its `mod x;` files are. */
  private walk(root: string, path: string[], file: string, scope: number, texts: Map<string, string>, dir: string, seen: Set<string>): void {
    const text = texts.get(file);
    if (text === undefined || seen.has(`${file}#${scope}`) || path.length > 32) return;
    seen.add(`${file}#${scope}`);
    const items = this.items(file, text);
    const m = this.module(root, path);
    m.parts.push({ file, scope });
    if (scope === 0) this.byFile.set(file, [...(this.byFile.get(file) ?? []), m.id]);
    for (const it of items.items) if (it.scope === scope) m.items.set(it.name, (m.items.get(it.name) ?? new Set()).add(it.kind));
    for (const u of items.uses) if (u.scope === scope) m.uses.push(u);
    // Inline modules directly inside this scope.
    const own = items.scopes[scope].path;
    items.scopes.forEach((s, i) => {
      if (i === 0 || s.path.length !== own.length + 1 || s.path.slice(0, -1).join('::') !== own.join('::')) return;
      const name = s.path[s.path.length - 1];
      m.children.set(name, `${root}|${[...path, name].join('::')}`);
      this.walk(root, [...path, name], file, i, texts, posix.join(dir, name), seen);
    });
    for (const d of items.mods) {
      if (d.scope !== scope) continue;
      // `#[path]` names the file; each `#[cfg_attr(.., path)]` names one a build may take, beside the usual one.
      const clean = (c: string) => c.replace(/^\.\//, '');
      const placed = (d.pathAttr !== undefined ? [d.pathAttr] : (d.cfgPaths ?? [])).map((a) => clean(posix.normalize(posix.join(scope === 0 ? posix.dirname(file) : dir, a)))).filter((c) => texts.has(c));
      const usual = d.pathAttr !== undefined ? undefined : [posix.join(dir, `${d.name}.rs`), posix.join(dir, d.name, 'mod.rs')].map(clean).find((c) => texts.has(c));
      m.children.set(d.name, `${root}|${[...path, d.name].join('::')}`);
      for (const target of placed) this.walk(root, [...path, d.name], target, 0, texts, posix.dirname(target), seen);
      if (usual) this.walk(root, [...path, d.name], usual, 0, texts, /(?:^|\/)mod\.rs$/.test(usual) ? posix.dirname(usual) : posix.join(posix.dirname(usual), d.name), seen);
    }
  }

  /** The modules a file is (several when more than one target's root reaches it); undefined when none does. */
  modulesOf(file: string, inline: string[] = []): ModuleId[] | undefined {
    const ids = this.byFile.get(file);
    if (!ids) return undefined;
    return ids.map((id) => (inline.length ? `${id}${id.endsWith('|') ? '' : '::'}${inline.join('::')}` : id));
  }

  private parent(id: ModuleId): ModuleId | undefined {
    const [root, path] = splitId(id);
    return path.length ? `${root}|${path.slice(0, -1).join('::')}` : undefined;
  }

  /** The module a path of modules names from `from` (`crate::a`, `super`, `self::b`, `a` through a `use`), or undefined. */
  resolveModule(from: ModuleId, segs: string[], depth = 0): ModuleId | undefined {
    if (depth > 8) return undefined;
    let cur: ModuleId | undefined = from;
    const [root] = splitId(from);
    for (let i = 0; i < segs.length && cur; i++) {
      const s = segs[i];
      if (i === 0 && s === 'crate') cur = `${root}|`;
      else if (i === 0 && s === 'self') cur = from;
      else if (s === 'super' && (i === 0 || segs[i - 1] === 'super' || segs[i - 1] === 'self')) cur = this.parent(cur);
      else if (i === 0 && this.crateName && s === this.crateName && this.libRoot && !this.modules.get(from)?.children.has(s)) cur = `${this.libRoot}|`;
      else if (i === 0 && s === 'Self') return undefined;
      else {
        const m = this.modules.get(cur);
        const child = m?.children.get(s);
        if (child) {
          cur = child;
          continue;
        }
        if (i > 0 || !m) return undefined;
        // The first segment through a `use` of the module (`use crate::store; store::open(..)`),
        // else (2015 edition `use` paths) a module at the crate root.
        const u = m.uses.find((x) => x.name === s);
        if (u) cur = this.resolveModule(cur, u.path, depth + 1);
        else cur = this.modules.get(`${root}|`)?.children.get(s);
      }
    }
    return cur && this.modules.has(cur) ? cur : undefined;
  }

  /**
   * The module that defines what `segs` names from module `from` (a `fn`, a const or static, a
   * type): through `use`s, `pub use` re-exports and globs. Undefined when it cannot be known.
   */
  resolve(from: ModuleId, segs: string[], kind: 'fn' | 'value' | 'type', depth = 0): ModuleId | undefined {
    if (depth > 8 || segs.length === 0) return undefined;
    const name = segs[segs.length - 1];
    const m = segs.length === 1 ? from : this.resolveModule(from, segs.slice(0, -1), depth + 1);
    if (!m) return undefined;
    return this.lookup(m, name, kind, depth);
  }

  private lookup(id: ModuleId, name: string, kind: 'fn' | 'value' | 'type', depth: number): ModuleId | undefined {
    const m = this.modules.get(id);
    if (!m || depth > 8) return undefined;
    if (m.items.get(name)?.has(kind)) return id;
    // A `use` (or `pub use` re-export) of the name: where it points. A named import shadows a glob's
    // namesake, so one the tree cannot follow (another crate's `hex::encode`) ends the search.
    let named = false;
    for (const u of m.uses) {
      if (u.name !== name) continue;
      named = true;
      const found = this.resolve(id, u.path, kind, depth + 1);
      if (found) return found;
    }
    if (named) return undefined;
    // Globs: the one module they bring the name from (several is ambiguous).
    const hits = new Set<ModuleId>();
    for (const u of m.uses) {
      if (u.name !== '*') continue;
      const g = this.resolveModule(id, u.path, depth + 1);
      const found = g ? this.lookup(g, name, kind, depth + 1) : undefined;
      if (found) hits.add(found);
    }
    return hits.size === 1 ? [...hits][0] : undefined;
  }

  /** Whether a module is known (reached from a root). */
  has(id: ModuleId): boolean {
    return this.modules.has(id);
  }

  /** The files (and inline scope paths) that are a module. */
  partsOf(id: ModuleId): { file: string; inline: string[] }[] {
    const m = this.modules.get(id);
    return (m?.parts ?? []).map((p) => ({ file: p.file, inline: this.itemsOf.get(p.file)?.scopes[p.scope]?.path ?? [] }));
  }
}

function splitId(id: ModuleId): [string, string[]] {
  const bar = id.lastIndexOf('|');
  const path = id.slice(bar + 1);
  return [id.slice(0, bar), path ? path.split('::') : []];
}

/** `crate::a::<T>::f` → [crate, a, f]: a written path's segments without generics. */
export function pathSegments(written: string): string[] {
  let depth = 0;
  let cur = '';
  const out: string[] = [];
  const t = written.replace(/\s+/g, '');
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (depth === 0 && c === ':' && t[i + 1] === ':') {
      if (cur) out.push(cur);
      cur = '';
      i++;
    } else if (depth === 0) cur += c;
  }
  if (cur) out.push(cur);
  return out.map((s) => s.replace(/^r#/, '')).filter((s) => /^[A-Za-z_]\w*$/.test(s));
}

/** What the crate-wide steps ask: the modules of each crate, built once per crate from the files' text when first needed. */
export class CrateIndex {
  private readonly byCrate = new Map<string, CrateModules>();
  private readonly files: Map<string, { crateKey: string; name?: string; loose: boolean; targets?: string[]; libPath?: string }>;
  private readonly textOf: (file: string) => string | undefined;

  constructor(files: { file: string; crate?: { manifest: string; name?: string; targets?: string[]; libPath?: string } }[], textOf: (file: string) => string | undefined) {
    this.files = new Map(files.map((f) => [f.file, { crateKey: f.crate?.manifest ?? '', name: f.crate?.name, loose: !f.crate, targets: f.crate?.targets, libPath: f.crate?.libPath }]));
    this.textOf = textOf;
  }

  /** The module tree of the crate a file belongs to. */
  crateOf(file: string): CrateModules | undefined {
    const info = this.files.get(file);
    if (!info) return undefined;
    let c = this.byCrate.get(info.crateKey);
    if (!c) {
      const members: CrateFile[] = [];
      for (const [f, i] of this.files) {
        if (i.crateKey !== info.crateKey) continue;
        const text = this.textOf(f);
        if (text !== undefined) members.push({ file: f, text: unwrapItemMacros(text) });
      }
      this.byCrate.set(info.crateKey, (c = new CrateModules(members, info.name, info.loose, info.targets, info.libPath)));
    }
    return c;
  }

  /** The modules a file (or an inline module in it) is, or undefined. */
  modulesOf(file: string, inline: string[] = []): ModuleId[] | undefined {
    return this.crateOf(file)?.modulesOf(file, inline);
  }

  /**
   * The module that defines what a path written in `file` (at inline module `inline`) names, or
   * undefined when it cannot be known. With several modules for the file (reached from two
   * roots), an answer all of them agree on.
   */
  resolve(file: string, inline: string[], written: string | string[], kind: 'fn' | 'value' | 'type'): ModuleId | undefined {
    const c = this.crateOf(file);
    const from = c?.modulesOf(file, inline);
    if (!c || !from) return undefined;
    const segs = typeof written === 'string' ? pathSegments(written) : written;
    const found = new Set(from.map((m) => c.resolve(m, segs, kind)));
    return found.size === 1 ? [...found][0] : undefined;
  }
}

const indexes = new WeakMap<object, CrateIndex>();

/** The crate index of one run (one list of analyses), made on first use and shared by the crate-wide steps. */
export function indexFor(analyses: { file: string; crate?: { manifest: string; name?: string } }[], textOf: (file: string) => string | undefined): CrateIndex {
  let index = indexes.get(analyses);
  if (!index) indexes.set(analyses, (index = new CrateIndex(analyses, textOf)));
  return index;
}

/** Where a function of the crate-wide flow is (see FnRef.modules): its file's module, or for a method the module of its type. */
export function placeFn(index: CrateIndex, fn: { owner?: string; ownerPath?: string; inline?: string[] }, file: string): ModuleId[] | undefined {
  if (fn.owner) {
    const t = index.resolve(file, fn.inline ?? [], fn.ownerPath ?? fn.owner, 'type');
    return t ? [t] : undefined;
  }
  return index.modulesOf(file, fn.inline ?? []);
}

/** The path questions a file asks (for callFacts). */
export function scopeOf(index: CrateIndex, file: string): { known: boolean; resolve(inline: string[], segs: string[], kind: 'fn' | 'value' | 'type'): ModuleId | undefined } {
  return { known: !!index.modulesOf(file), resolve: (inline, segs, kind) => index.resolve(file, inline, segs, kind) };
}
