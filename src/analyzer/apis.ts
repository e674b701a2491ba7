import type { Node } from 'web-tree-sitter';
import type { ModelRow } from './models.ts';
import type { Resolver } from './resolve.ts';

// How calls are written (callee name, receiver, path, arguments), and the questions the checks ask
// of the API models (models/*.yml): which calls encrypt, which argument is the nonce or the key.

/**
 * The callee's name read from the call's source text alone (no walk into the tree): the word
 * before the argument list, past a turbofish. Undefined when the text is not simple enough to
 * read this way (quotes or comments in the arguments). Used to skip calls cheaply.
 */
export function quickCalleeName(call: Node): string | undefined {
  const t = call.text;
  if (!t.endsWith(')') || /["'/]/.test(t)) return undefined;
  let depth = 0;
  let i = t.length - 1;
  for (; i >= 0; i--) {
    const c = t[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) break;
  }
  let j = i - 1;
  while (j >= 0 && /\s/.test(t[j])) j--;
  if (t[j] === '>') {
    // Skip a turbofish: `new_from_slice::<T>(..)`.
    let d = 0;
    for (; j >= 0; j--) {
      if (t[j] === '>') d++;
      else if (t[j] === '<' && --d === 0) break;
    }
    j -= 3; // '::' before '<'
  }
  const m = /[A-Za-z_][A-Za-z0-9_]*$/.exec(t.slice(0, j + 1));
  return m?.[0];
}

/** Whether a call cannot be one of `names` (by its text), so the slower tree walk can be skipped. */
function surelyNot(call: Node, names: ReadonlySet<string>): boolean {
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

export interface Sink {
  call: Node;
  /** The argument whose value matters (nonce, key, salt, …). */
  arg: Node;
  /** What the call is, for messages: `encrypt`, `symm::encrypt`, `Aes256Gcm::new_from_slice`, … */
  api: string;
  row: ModelRow;
}

/** Unwraps `Some(x)` (openssl takes `Option<&[u8]>` IVs). */
export function unwrapSome(n: Node): Node {
  if (n.type === 'call_expression' && n.childForFieldName('function')?.text === 'Some') {
    const a = argumentsOf(n)[0];
    if (a) return a;
  }
  return n;
}

// Which calls are sinks is data (models/*.yml); these are the questions the checks ask of it.
const NONCE = new Set(['nonce', 'encrypt-iv']);
const KEY = new Set(['key']);
const SALT = new Set(['salt']);
const ITERATIONS = new Set(['iterations']);
const DECRYPT = new Set(['decrypt']);
const KDF_IKM = new Set(['kdf-ikm']);

/** How a sink's call reads in a message: the method, the type and function, or the modelled path. */
export function apiLabel(call: Node, row: ModelRow, r: Resolver): string {
  if (row.call.startsWith('.')) return calleeName(call);
  const shape = r.shape(call);
  const segs = row.call.split('::');
  if (segs.length === 2 && /^([A-Z]|_$)/.test(segs[0])) return `${shape.path?.selfType ?? segs[0]}::${calleeName(call)}`;
  return row.call;
}

function sinkOf(call: Node, r: Resolver, kinds: ReadonlySet<string>, names: ReadonlySet<string>): Sink | null {
  if (surelyNot(call, names)) return null;
  for (const { row, arg } of r.sinks(call, kinds)) {
    if (!arg) continue;
    // openssl's Crypter::new(cipher, mode, key, iv): the IV is a nonce only for Mode::Encrypt.
    if (row.kind === 'encrypt-iv' && !/Encrypt/.test(argumentsOf(call)[1]?.text ?? '')) continue;
    return { call, arg: unwrapSome(arg), api: apiLabel(call, row, r), row };
  }
  return null;
}

/** Calls that encrypt, with the argument that carries the nonce/IV. Decryption is not a sink. */
export function nonceSinkOf(call: Node, r: Resolver): Sink | null {
  return sinkOf(call, r, NONCE, r.models.names(NONCE));
}

/** Calls that build a key from bytes, with the argument that carries the key material. */
export function keySinkOf(call: Node, r: Resolver): Sink | null {
  return sinkOf(call, r, KEY, r.models.names(KEY));
}

/** Calls that take a salt, with the salt argument (password hashing and KDFs). */
export function saltSinkOf(call: Node, r: Resolver): Sink | null {
  return sinkOf(call, r, SALT, r.models.names(SALT));
}

/** PBKDF2 calls with the iteration-count argument. */
export function iterationsOf(call: Node, r: Resolver): Sink | null {
  return sinkOf(call, r, ITERATIONS, r.models.names(ITERATIONS));
}

/** HKDF calls, with the input key material (which must not be a password). */
export function kdfInputOf(call: Node, r: Resolver): Sink | null {
  return sinkOf(call, r, KDF_IKM, r.models.names(KDF_IKM));
}

export function isDecryptCall(call: Node, r: Resolver): boolean {
  if (surelyNot(call, r.models.names(DECRYPT))) return false;
  return r.sinks(call, DECRYPT).length > 0;
}
