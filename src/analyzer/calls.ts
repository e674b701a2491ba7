import type { Node } from 'web-tree-sitter';
import { isIdentChar, isSpace } from './source.ts';

// How a call is written: its callee's name, receiver, path and arguments, read off the syntax tree
// (layer 1). Everything above asks these questions; nothing here knows an API.

/**
 * The callee's name read from the call's source text alone (no walk into the tree): the word
 * before the argument list, past a turbofish. Undefined when the text is not simple enough to
 * read this way (quotes or comments in the arguments). Used to skip calls cheaply.
 */
export function quickCalleeName(call: Node): string | undefined {
  // Asked of the same call by many checks: read once per node object (the file model's lists keep
  // theirs). Kept on the node itself: a property read is several times cheaper than a WeakMap's
  // lookup, and every check asks of every call (measured on the bench corpus).
  const cached = (call as Named)[QUICK];
  if (cached !== undefined) return cached === NONE ? undefined : cached;
  const name = readQuickName(call);
  (call as Named)[QUICK] = name ?? NONE;
  return name;
}
const QUICK = Symbol('quick callee name');
const NAME = Symbol('callee name');
/** A quick name that could not be read (undefined means not asked yet). */
const NONE = Symbol('unreadable');
type Named = Node & { [QUICK]?: string | typeof NONE; [NAME]?: string };

function readQuickName(call: Node): string | undefined {
  const t = call.text;
  if (!t.endsWith(')') || /["'/]/.test(t)) return undefined;
  let depth = 0;
  let i = t.length - 1;
  for (; i >= 0; i--) {
    const c = t.charCodeAt(i);
    if (c === 41 /* ) */) depth++;
    else if (c === 40 /* ( */ && --depth === 0) break;
  }
  let j = i - 1;
  while (j >= 0 && isSpace(t[j])) j--;
  if (t.charCodeAt(j) === 62 /* > */) {
    // Skip a turbofish: `new_from_slice::<T>(..)`.
    let d = 0;
    for (; j >= 0; j--) {
      const c = t.charCodeAt(j);
      if (c === 62) d++;
      else if (c === 60 /* < */ && --d === 0) break;
    }
    j -= 3; // '::' before '<'
  }
  // The identifier that ends at j: the run of word characters there, from its first non-digit.
  let k = j;
  while (k >= 0 && isIdentChar(t.charCodeAt(k))) k--;
  for (let p = k + 1; p <= j; p++) if (!isDigitCode(t.charCodeAt(p))) return t.slice(p, j + 1);
  return undefined;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Whether a call cannot be one of `names` (by its text), so the slower tree walk can be skipped. */
export function surelyNot(call: Node, names: ReadonlySet<string>): boolean {
  const quick = quickCalleeName(call);
  return quick !== undefined && !names.has(quick);
}

/** The callee's name if it is one of `names`, else undefined; skips most calls by their text. */
export function calleeNameIn(call: Node, names: ReadonlySet<string>): string | undefined {
  if (surelyNot(call, names)) return undefined;
  const name = calleeName(call);
  return names.has(name) ? name : undefined;
}

/** The last path segment of a call's function: `Key::<Aes256Gcm>::from_slice` → `from_slice`. */
export function calleeName(call: Node): string {
  let name = (call as Named)[NAME];
  if (name === undefined) (call as Named)[NAME] = name = readCalleeName(call);
  return name;
}

function readCalleeName(call: Node): string {
  const fn = call.childForFieldName('function');
  if (!fn) return '';
  if (fn.type === 'field_expression') return fn.childForFieldName('field')?.text ?? '';
  if (fn.type === 'scoped_identifier') return fn.childForFieldName('name')?.text ?? '';
  if (fn.type === 'generic_function') {
    const inner = fn.childForFieldName('function');
    if (inner?.type === 'scoped_identifier') return inner.childForFieldName('name')?.text ?? '';
    if (inner?.type === 'field_expression') return inner.childForFieldName('field')?.text ?? '';
    return inner?.text ?? '';
  }
  return fn.text;
}

/** The receiver of a method call (`cipher` in `cipher.encrypt(..)`), or null for a path call. */
export function receiverOf(call: Node): Node | null {
  let fn = call.childForFieldName('function');
  if (fn?.type === 'generic_function') fn = fn.childForFieldName('function');
  return fn?.type === 'field_expression' ? fn.childForFieldName('value') : null;
}

/** The path before the name of a path call (`Aes256Gcm` in `Aes256Gcm::new(..)`), '' otherwise. */
export function calleePath(call: Node): string {
  let fn = call.childForFieldName('function');
  if (fn?.type === 'generic_function') fn = fn.childForFieldName('function');
  if (fn?.type !== 'scoped_identifier') return '';
  return fn.childForFieldName('path')?.text ?? '';
}

export function argumentsOf(call: Node): Node[] {
  const args = call.childForFieldName('arguments');
  return args ? (args.namedChildren.filter((c) => c && !/comment|attribute/.test(c.type)) as Node[]) : [];
}

