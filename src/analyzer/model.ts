import type { Node, Query, Tree } from 'web-tree-sitter';
import { SourceText } from './source.ts';

// One query collects every node kind the checks and the dataflow need, so a tree is walked once
// (inside wasm) however many rules run.
export const MODEL_QUERY = `
(function_item) @fn
(closure_expression) @closure
(let_declaration) @let
(const_item) @item
(static_item) @item
(call_expression) @call
(macro_invocation) @macro
(assignment_expression) @assign
(compound_assignment_expr) @assign
(field_initializer) @fieldinit
(shorthand_field_initializer) @fieldshort
(for_expression) @loop
(while_expression) @loop
(loop_expression) @loop
(binary_expression) @binary
(index_expression) @index
(use_declaration) @use
(extern_crate_declaration) @use
(attribute_item) @attr
`;

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

export interface LoopInfo extends Span {
  node: Node;
  /** Names bound by a `for` pattern. */
  bound: string[];
}

export const span = (n: Node): Span => ({ start: n.startIndex, end: n.endIndex });
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** What a file holds, indexed for the checks. Built once per file, from one query. */
export class FileModel {
  readonly source: SourceText;
  readonly path: string;
  readonly tree: Tree;
  readonly functions: FnInfo[] = [];
  readonly closures: ClosureInfo[] = [];
  readonly lets: LetInfo[] = [];
  readonly items = new Map<string, ItemInfo[]>();
  readonly calls: Node[] = [];
  readonly macros: Node[] = [];
  readonly assigns: Node[] = [];
  /** Field name → every value a struct literal gives it (`Self { nonce: [0; 12] }`). */
  readonly fieldInits = new Map<string, Node[]>();
  readonly loops: LoopInfo[] = [];
  readonly binaries: Node[] = [];
  readonly indexes: Node[] = [];
  readonly uses: Node[] = [];
  /** Ranges of `#[cfg(test)]` modules and `#[test]` functions. */
  readonly testSpans: Span[] = [];
  readonly isTestPath: boolean;
  private readonly fnsByName = new Map<string, FnInfo[]>();

  constructor(path: string, source: SourceText, tree: Tree, modelQuery: Query) {
    this.path = path;
    this.source = source;
    this.tree = tree;
    this.isTestPath = isTestPath(path);
    for (const { name, node } of modelQuery.captures(tree.rootNode)) this.add(name, node);
  }

  private add(capture: string, node: Node): void {
    switch (capture) {
      case 'fn': {
        const params = new Map<string, Node>();
        const paramTypes = new Map<string, string>();
        for (const p of node.childForFieldName('parameters')?.namedChildren ?? []) {
          if (!p) continue;
          if (p.type === 'self_parameter') params.set('self', p);
          const pattern = p.childForFieldName('pattern');
          if (!pattern) continue;
          for (const id of identifiersIn(pattern)) {
            params.set(id, p);
            paramTypes.set(id, p.childForFieldName('type')?.text ?? '');
          }
        }
        const info: FnInfo = {
          node,
          ...span(node),
          name: node.childForFieldName('name')?.text ?? '',
          params,
          paramTypes,
          body: node.childForFieldName('body'),
        };
        this.functions.push(info);
        const list = this.fnsByName.get(info.name) ?? [];
        list.push(info);
        this.fnsByName.set(info.name, list);
        break;
      }
      case 'closure': {
        const params = new Set<string>();
        const ps = node.childForFieldName('parameters');
        if (ps) for (const id of identifiersIn(ps)) params.add(id);
        this.closures.push({ ...span(node), params });
        break;
      }
      case 'let': {
        const pattern = node.childForFieldName('pattern');
        const names = pattern ? identifiersIn(pattern) : [];
        const simple = pattern?.type === 'identifier' || (pattern?.type === 'mut_pattern' && names.length === 1);
        const parent = node.parent;
        this.lets.push({
          node,
          ...span(node),
          names,
          simple,
          value: node.childForFieldName('value'),
          scope: parent ? span(parent) : { start: 0, end: this.source.text.length },
        });
        break;
      }
      case 'item': {
        const name = node.childForFieldName('name')?.text ?? '';
        const info: ItemInfo = {
          node,
          ...span(node),
          kind: node.type === 'const_item' ? 'const' : 'static',
          name,
          typeText: node.childForFieldName('type')?.text ?? '',
          value: node.childForFieldName('value'),
          mutable: node.children.some((c) => c?.type === 'mutable_specifier'),
        };
        const list = this.items.get(name) ?? [];
        list.push(info);
        this.items.set(name, list);
        break;
      }
      case 'call':
        this.calls.push(node);
        break;
      case 'macro':
        this.macros.push(node);
        break;
      case 'assign':
        this.assigns.push(node);
        break;
      case 'fieldinit': {
        const field = node.childForFieldName('field')?.text;
        const value = node.childForFieldName('value');
        if (field && value) this.pushFieldInit(field, value);
        break;
      }
      case 'fieldshort': {
        const id = node.namedChild(0);
        if (id) this.pushFieldInit(id.text, id);
        break;
      }
      case 'loop': {
        const pattern = node.type === 'for_expression' ? node.childForFieldName('pattern') : null;
        this.loops.push({ node, ...span(node), bound: pattern ? identifiersIn(pattern) : [] });
        break;
      }
      case 'binary':
        this.binaries.push(node);
        break;
      case 'index':
        this.indexes.push(node);
        break;
      case 'use':
        this.uses.push(node);
        break;
      case 'attr': {
        const text = node.text.replace(/\s+/g, '');
        // `#[test]`, `#[tokio::test]`, `#[bench]`, `#[cfg(test)]`, `#[cfg(all(test, feature = ".."))]`.
        const isTestAttr = /^#\[(test|[\w:]+::test(\(.*\))?|bench)\]$/.test(text) || (/^#\[cfg\(/.test(text) && /[(,]test[),]/.test(text) && !/not\(test\)/.test(text));
        if (isTestAttr) {
          let item = node.nextNamedSibling;
          while (item && (item.type === 'attribute_item' || item.type === 'line_comment' || item.type === 'block_comment'))
            item = item.nextNamedSibling;
          if (item) this.testSpans.push(span(item));
        }
        break;
      }
    }
  }

  private pushFieldInit(field: string, value: Node): void {
    const list = this.fieldInits.get(field) ?? [];
    list.push(value);
    this.fieldInits.set(field, list);
  }

  functionsNamed(name: string): FnInfo[] {
    return this.fnsByName.get(name) ?? [];
  }

  /** The innermost function around an offset. */
  enclosingFunction(at: number): FnInfo | undefined {
    let best: FnInfo | undefined;
    for (const f of this.functions) if (f.start <= at && at < f.end && (!best || f.start > best.start)) best = f;
    return best;
  }

  inTestCode(at: number): boolean {
    return this.isTestPath || this.testSpans.some((s) => s.start <= at && at < s.end);
  }

  /** Loops that contain `inner` but not `outer`: the loops `inner` repeats in while `outer` stays put. */
  loopsBetween(outer: number, inner: Span): LoopInfo[] {
    return this.loops.filter((l) => contains(l, inner) && !(l.start <= outer && outer < l.end));
  }

  text(s: Span): string {
    return this.source.text.slice(s.start, s.end);
  }
}

/** Every identifier a pattern binds (skips type names and paths in struct patterns). */
export function identifiersIn(pattern: Node): string[] {
  if (pattern.type === 'identifier') return [pattern.text];
  if (pattern.type === 'self') return ['self'];
  const out: string[] = [];
  for (const c of pattern.namedChildren) {
    if (!c) continue;
    if (c.type === 'identifier') out.push(c.text);
    else if (/pattern|parameter|field_pattern|closure_parameters/.test(c.type)) out.push(...identifiersIn(c));
  }
  return out;
}

/** Test, example and bench code by its path: `tests/`, `examples/`, `benches/`, `test_*.rs`, `*_tests.rs`. */
export function isTestPath(path: string): boolean {
  return /(^|\/)(tests|examples|benches)\//.test(path) || /(^|\/)(tests?|test_[^/]*|[^/]*_tests?)\.rs$/.test(path);
}
