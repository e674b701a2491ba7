import type { Node, Tree } from 'web-tree-sitter';
import { SourceText } from './source.ts';

// The node kinds the checks and the dataflow use, by section. They are collected together, in one
// walk of the tree, the first time a check asks for any of them; a file no check looks into is
// never walked. (web-tree-sitter's `descendantsOfType` walks the tree in wasm about a third faster
// than a query with one pattern per kind, and gives the nodes in the same document order.)
const SECTION_TYPES = {
  functions: ['function_item'],
  closures: ['closure_expression'],
  lets: ['let_declaration'],
  items: ['const_item', 'static_item'],
  calls: ['call_expression'],
  assigns: ['assignment_expression', 'compound_assignment_expr'],
  fieldInits: ['field_initializer', 'shorthand_field_initializer'],
  loops: ['for_expression', 'while_expression', 'loop_expression'],
  macros: ['macro_invocation'],
  binaries: ['binary_expression'],
  indexes: ['index_expression'],
  uses: ['use_declaration', 'extern_crate_declaration'],
  attributes: ['attribute_item'],
  impls: ['impl_item'],
  structs: ['struct_item'],
} as const;
export type Section = keyof typeof SECTION_TYPES;
const SECTION_OF = new Map<string, Section>(Object.entries(SECTION_TYPES).flatMap(([section, types]) => types.map((t): [string, Section] => [t, section as Section])));
const ALL_TYPES = [...SECTION_OF.keys()];

export interface Span {
  start: number;
  end: number;
}

export interface FnInfo extends Span {
  node: Node;
  name: string;
  params: Map<string, Node>;
  /** Type text of each parameter, to tell `&[u8; 12]` (fixed length) from `&[u8]`. */
  paramTypes: Map<string, string>;
  body: Node | null;
}

export interface ClosureInfo extends Span {
  params: Set<string>;
}

export interface LetInfo extends Span {
  node: Node;
  /** Every name the pattern binds; `value` describes the whole pattern only when there is one. */
  names: string[];
  simple: boolean;
  value: Node | null;
  /** The block the binding is visible in. */
  scope: Span;
}

export interface ItemInfo extends Span {
  node: Node;
  kind: 'const' | 'static';
  name: string;
  typeText: string;
  value: Node | null;
  mutable: boolean;
}

/** A const or static; only its name is read up front (a large file has thousands of them). */
class Item implements ItemInfo {
  readonly node: Node;
  readonly start: number;
  readonly end: number;
  readonly name: string;

  constructor(node: Node) {
    this.node = node;
    this.start = node.startIndex;
    this.end = node.endIndex;
    this.name = node.childForFieldName('name')?.text ?? '';
  }

  get kind(): 'const' | 'static' {
    return this.node.type === 'const_item' ? 'const' : 'static';
  }

  get typeText(): string {
    return this.node.childForFieldName('type')?.text ?? '';
  }

  get value(): Node | null {
    return this.node.childForFieldName('value');
  }

  get mutable(): boolean {
    return this.node.children.some((c) => c?.type === 'mutable_specifier');
  }
}

/** A function; its name, parameters and body are read when first asked for (most checks ask of few functions). */
class Fn implements FnInfo {
  readonly node: Node;
  readonly start: number;
  readonly end: number;
  private _name?: string;
  private _params?: Map<string, Node>;
  private _paramTypes?: Map<string, string>;
  private _body?: Node | null;

  constructor(node: Node) {
    this.node = node;
    this.start = node.startIndex;
    this.end = node.endIndex;
  }

  get name(): string {
    return (this._name ??= this.node.childForFieldName('name')?.text ?? '');
  }

  get body(): Node | null {
    if (this._body === undefined) this._body = this.node.childForFieldName('body');
    return this._body;
  }

  get params(): Map<string, Node> {
    if (!this._params) this.readParams();
    return this._params!;
  }

  get paramTypes(): Map<string, string> {
    if (!this._paramTypes) this.readParams();
    return this._paramTypes!;
  }

  private readParams(): void {
    const params = new Map<string, Node>();
    const paramTypes = new Map<string, string>();
    for (const p of this.node.childForFieldName('parameters')?.namedChildren ?? []) {
      if (!p) continue;
      if (p.type === 'self_parameter') params.set('self', p);
      const pattern = p.childForFieldName('pattern');
      if (!pattern) continue;
      for (const id of identifiersIn(pattern)) {
        params.set(id, p);
        paramTypes.set(id, p.childForFieldName('type')?.text ?? '');
      }
    }
    this._params = params;
    this._paramTypes = paramTypes;
  }
}

export interface LoopInfo extends Span {
  node: Node;
  /** Names bound by a `for` pattern. */
  bound: string[];
}

export const span = (n: Node): Span => ({ start: n.startIndex, end: n.endIndex });
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** What a file holds, indexed for the checks. Each kind of node is collected on first use. */
export class FileModel {
  readonly source: SourceText;
  readonly path: string;
  readonly tree: Tree;
  readonly isTestPath: boolean;
  private readonly cache = new Map<string, unknown>();
  private sections?: Map<Section, Node[]>;

  constructor(path: string, source: SourceText, tree: Tree) {
    this.path = path;
    this.source = source;
    this.tree = tree;
    this.isTestPath = isTestPath(path);
  }

  /** The nodes of a section, in document order. The first section asked for collects them all in one walk of the tree. */
  private nodes(section: Section): Node[] {
    if (!this.sections) {
      const sections = new Map<Section, Node[]>(Object.keys(SECTION_TYPES).map((k) => [k as Section, []]));
      for (const n of this.tree.rootNode.descendantsOfType(ALL_TYPES)) if (n) sections.get(SECTION_OF.get(n.type)!)!.push(n);
      this.sections = sections;
    }
    return this.sections.get(section)!;
  }

  private memo<T>(key: string, build: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, build());
    return this.cache.get(key) as T;
  }

  get calls(): Node[] {
    return this.nodes('calls');
  }

  get macros(): Node[] {
    return this.nodes('macros');
  }

  get assigns(): Node[] {
    return this.nodes('assigns');
  }

  get binaries(): Node[] {
    return this.nodes('binaries');
  }

  get indexes(): Node[] {
    return this.nodes('indexes');
  }

  get uses(): Node[] {
    return this.nodes('uses');
  }

  get impls(): Node[] {
    return this.nodes('impls');
  }

  get structs(): Node[] {
    return this.nodes('structs');
  }

  get functions(): FnInfo[] {
    return this.memo('functions', () => this.nodes('functions').map((node) => new Fn(node)));
  }

  get closures(): ClosureInfo[] {
    return this.memo('closures', () =>
      this.nodes('closures').map((node) => {
        const ps = node.childForFieldName('parameters');
        return { ...span(node), params: new Set(ps ? identifiersIn(ps) : []) };
      }),
    );
  }

  get lets(): LetInfo[] {
    return this.memo('lets', () =>
      this.nodes('lets').map((node) => {
        const pattern = node.childForFieldName('pattern');
        const names = pattern ? identifiersIn(pattern) : [];
        const parent = node.parent;
        return {
          node,
          ...span(node),
          names,
          simple: pattern?.type === 'identifier' || (pattern?.type === 'mut_pattern' && names.length === 1),
          value: node.childForFieldName('value'),
          scope: parent ? span(parent) : { start: 0, end: this.source.text.length },
        };
      }),
    );
  }

  /** Consts and statics by name. */
  get items(): Map<string, ItemInfo[]> {
    return this.memo('items', () => {
      const items = new Map<string, ItemInfo[]>();
      for (const node of this.nodes('items')) {
        const info = new Item(node);
        const list = items.get(info.name);
        if (list) list.push(info);
        else items.set(info.name, [info]);
      }
      return items;
    });
  }

  /** Field name → every value a struct literal gives it (`Self { nonce: [0; 12] }`), or a `self.field.init(v)`. */
  get fieldInits(): Map<string, Node[]> {
    return this.memo('fieldInits', () => {
      const inits = new Map<string, Node[]>();
      const push = (field: string, value: Node) => {
        const list = inits.get(field);
        if (list) list.push(value);
        else inits.set(field, [value]);
      };
      for (const node of this.nodes('fieldInits')) {
        if (node.type === 'shorthand_field_initializer') {
          const id = node.namedChild(0);
          if (id) push(id.text, id);
        } else {
          const field = node.childForFieldName('field')?.text;
          const value = node.childForFieldName('value');
          if (field && value) push(field, value);
        }
      }
      // A field filled once after construction: `self.key.init(hash)` (lateinit's LateInit).
      for (const call of this.nodes('calls')) {
        const fn = call.childForFieldName('function');
        if (fn?.type !== 'field_expression' || fn.childForFieldName('field')?.text !== 'init') continue;
        const target = fn.childForFieldName('value');
        const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c && c.type !== 'line_comment' && c.type !== 'block_comment') ?? [];
        if (target?.type !== 'field_expression' || target.childForFieldName('value')?.type !== 'self' || args.length !== 1 || !args[0]) continue;
        const field = target.childForFieldName('field')?.text;
        if (field) push(field, args[0]);
      }
      return inits;
    });
  }

  get loops(): LoopInfo[] {
    return this.memo('loops', () =>
      this.nodes('loops').map((node) => {
        const pattern = node.type === 'for_expression' ? node.childForFieldName('pattern') : null;
        return { node, ...span(node), bound: pattern ? identifiersIn(pattern) : [] };
      }),
    );
  }

  /** Ranges of `#[cfg(test)]` modules and `#[test]` functions. */
  get testSpans(): Span[] {
    return this.memo('testSpans', () => {
      const spans: Span[] = [];
      for (const node of this.nodes('attributes')) {
        const text = node.text.replace(/\s+/g, '');
        // `#[test]`, `#[tokio::test]`, `#[bench]`, `#[cfg(test)]`, `#[cfg(all(test, feature = ".."))]`.
        const isTestAttr = /^#\[(test|[\w:]+::test(\(.*\))?|bench)\]$/.test(text) || (/^#\[cfg\(/.test(text) && /[(,]test[),]/.test(text) && !/not\(test\)/.test(text));
        if (!isTestAttr) continue;
        let item = node.nextNamedSibling;
        while (item && (item.type === 'attribute_item' || item.type === 'line_comment' || item.type === 'block_comment')) item = item.nextNamedSibling;
        if (item) spans.push(span(item));
      }
      for (const f of this.functions) if (isDemoFunction(f)) spans.push(span(f.node));
      return spans;
    });
  }

  functionsNamed(name: string): FnInfo[] {
    const byName = this.memo('fnsByName', () => {
      const m = new Map<string, FnInfo[]>();
      for (const f of this.functions) {
        const list = m.get(f.name);
        if (list) list.push(f);
        else m.set(f.name, [f]);
      }
      return m;
    });
    return byName.get(name) ?? [];
  }

  /** The innermost function around an offset (binary search over the functions by start). */
  enclosingFunction(at: number): FnInfo | undefined {
    const byStart = this.memo('fnsByStart', () => [...this.functions].sort((a, b) => a.start - b.start));
    let lo = 0;
    let hi = byStart.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start <= at) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Scanning back from the last function that starts before `at`, the first that contains it is the innermost.
    for (let i = idx; i >= 0; i--) if (at < byStart[i].end) return byStart[i];
    return undefined;
  }

  /** Every function around an offset, the innermost first (a `fn` item can sit inside another). */
  functionsAround(at: number): FnInfo[] {
    const parents = this.memo('fnParents', () => {
      const m = new Map<FnInfo, FnInfo | undefined>();
      const open: FnInfo[] = [];
      for (const f of [...this.functions].sort((a, b) => a.start - b.start)) {
        while (open.length && open[open.length - 1].end <= f.start) open.pop();
        m.set(f, open[open.length - 1]);
        open.push(f);
      }
      return m;
    });
    const out: FnInfo[] = [];
    for (let f = this.enclosingFunction(at); f; f = parents.get(f)) out.push(f);
    return out;
  }

  inTestCode(at: number): boolean {
    return this.isTestPath || this.testSpans.some((s) => s.start <= at && at < s.end);
  }

  /** Loops that contain `inner` but not `outer`: the loops `inner` repeats in while `outer` stays put. */
  loopsBetween(outer: number, inner: Span): LoopInfo[] {
    return this.loops.filter((l) => contains(l, inner) && !(l.start <= outer && outer < l.end));
  }

  /** The text of a span as the file has it (what a message quotes). */
  text(s: Span): string {
    return this.source.written.slice(s.start, s.end);
  }
}

/** The self type of the `impl` a function is defined in (`Vault` for `impl Vault { fn seal.. }`), or ''. */
export function implTypeOf(fn: FnInfo): string {
  const impl = fn.node.parent?.parent;
  return impl?.type === 'impl_item' ? (impl.childForFieldName('type')?.text ?? '') : '';
}

/** Every identifier a pattern binds (skips type names and paths in struct patterns). */
export function identifiersIn(pattern: Node): string[] {
  if (pattern.type === 'identifier') return [pattern.text];
  if (pattern.type === 'self') return ['self'];
  const out: string[] = [];
  for (const c of pattern.namedChildren) {
    if (!c) continue;
    // (`Msg { nonce, .. }` binds `nonce`: the shorthand field is the binding.)
    if (c.type === 'identifier' || c.type === 'shorthand_field_identifier') out.push(c.text);
    else if (/pattern|parameter|field_pattern|closure_parameters/.test(c.type)) out.push(...identifiersIn(c));
  }
  return out;
}

const ASSERTS = /\bassert(_eq|_ne)?!\s*\(/;

/**
 * Harness code that no test attribute marks: free functions named `test_*` that assert on what
 * they compute (a hand-rolled test harness called from `main`). A reviewer reads them as tests.
 * A demo `main` is not lowered: a program that encrypts with a literal key and nonce is exactly
 * what generated code ships, and the gate must stop it.
 */
function isDemoFunction(f: FnInfo): boolean {
  return !!f.body && /^test_/.test(f.name) && f.node.parent?.type !== 'declaration_list' && ASSERTS.test(f.body.text);
}

/**
 * Test, example and bench code by its path: `tests/`, `examples/`, `benches/`, `test_*.rs`,
 * `*_tests.rs`, and binaries that say they are a trial (`src/bin/test1.rs`, `src/bin/demo.rs`).
 */
export function isTestPath(path: string): boolean {
  return /(^|\/)(tests|examples|benches)\//.test(path) || /(^|\/)(tests?|test_[^/]*|[^/]*_tests?)\.rs$/.test(path) || /(^|\/)bin\/(test|demo|example|sample|playground|scratch)[^/]*\.rs$/.test(path);
}
