import type { Node } from 'web-tree-sitter';
import type { ModelField, ModelRow } from './models.ts';
import type { FileModel } from './model.ts';
import type { Resolver } from './resolve.ts';

// How calls are written (callee name, receiver, path, arguments), and the questions the checks ask
// of the API models (models/*.yml): which calls encrypt, which argument is the nonce or the key.

import { argumentsOf, calleeName, surelyNot } from './calls.ts';

export { argumentsOf, calleeName, calleeNameIn, calleePath, quickCalleeName, receiverOf } from './calls.ts';

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
const ARGON2_MEMORY = new Set(['argon2-m-cost']);
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

/** Argon2 parameter calls with the memory cost (KiB) argument: `Params::new(m, t, p, len)`, `ParamsBuilder::m_cost(m)`. */
export function argon2MemoryOf(call: Node, r: Resolver): Sink | null {
  return sinkOf(call, r, ARGON2_MEMORY, r.models.names(ARGON2_MEMORY));
}

/** HKDF calls, with the input key material (which must not be a password). */
export function kdfInputOf(call: Node, r: Resolver): Sink | null {
  return sinkOf(call, r, KDF_IKM, r.models.names(KDF_IKM));
}

export function isDecryptCall(call: Node, r: Resolver): boolean {
  if (surelyNot(call, r.models.names(DECRYPT))) return false;
  return r.sinks(call, DECRYPT).length > 0;
}

/** Struct literals that set a modelled field (`pbkdf2::Params { rounds: n, .. }`), with the value given. */
export function fieldSinksIn(model: FileModel, r: Resolver, kinds: ReadonlySet<string>): { field: ModelField; value: Node; literal: Node }[] {
  const out = [];
  for (const field of r.models.fieldSinks(kinds)) {
    const values = model.fieldInits.get(field.field);
    if (!values || !r.imports(field.model.modules)) continue;
    for (const value of values) {
      // field_initializer (or the shorthand's identifier) → field_initializer_list → struct_expression
      const init = value.parent?.type === 'field_initializer' || value.parent?.type === 'shorthand_field_initializer' ? value.parent : value;
      const literal = init.parent?.parent;
      if (literal?.type !== 'struct_expression') continue;
      // (`Config::<'static> { .. }`: the turbofish and its `::` go, so the last segment is the type.)
      const name = literal.childForFieldName('name')?.text.replace(/\s*(::\s*)?<.*$/s, '').split('::').pop();
      if (name === field.struct) out.push({ field, value, literal });
    }
  }
  return out;
}
