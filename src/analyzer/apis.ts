import type { Node } from 'web-tree-sitter';

// What the analyzer knows about the crypto crates' APIs: which calls encrypt, which argument is
// the nonce or the key. Shared by several rules, so it lives here once rather than in each rule.

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

const NONCE_SINK_NAMES = new Set(['encrypt', 'encrypt_in_place', 'encrypt_in_place_detached', 'encrypt_to_vec', 'seal_in_place_append_tag', 'seal_in_place_separate_tag', 'seal_in_place', 'seal_in_place_separate_tag_and_append', 'encrypt_aead', 'new', 'from_aead', 'new_from_slices']);
const KEY_SINK_NAMES = new Set(['new_from_slice', 'new_from_slices', 'from_slice', 'from', 'new', 'encrypt', 'decrypt', 'encrypt_aead', 'decrypt_aead', 'hmac']);
const DECRYPT_NAMES = new Set(['decrypt', 'decrypt_in_place', 'decrypt_in_place_detached', 'open_in_place', 'open_within', 'open_in_place_separate_tag', 'decrypt_aead']);
const SALT_NAMES = new Set(['pbkdf2', 'pbkdf2_hmac', 'pbkdf2_array', 'pbkdf2_hmac_array', 'derive', 'hash_password_into', 'from_b64', 'encode_b64', 'new']);

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
  /** What the call is, for messages: `encrypt`, `openssl::symm::encrypt`, … */
  api: string;
}

const AEAD_ENCRYPT = new Set(['encrypt', 'encrypt_in_place', 'encrypt_in_place_detached', 'encrypt_to_vec']);
const RING_SEAL = new Set(['seal_in_place_append_tag', 'seal_in_place_separate_tag', 'seal_in_place', 'seal_in_place_separate_tag_and_append']);
const AEAD_DECRYPT = new Set(['decrypt', 'decrypt_in_place', 'decrypt_in_place_detached']);
const RING_OPEN = new Set(['open_in_place', 'open_within', 'open_in_place_separate_tag']);
const STREAM_CTORS = /^(Encryptor|Stream)(BE32|LE31)$|^(EncryptorBE32|EncryptorLE31)$/;

/** Unwraps `Some(x)` (openssl takes `Option<&[u8]>` IVs). */
export function unwrapSome(n: Node): Node {
  if (n.type === 'call_expression' && n.childForFieldName('function')?.text === 'Some') {
    const a = argumentsOf(n)[0];
    if (a) return a;
  }
  return n;
}

function isOpensslCipherArg(n: Node | undefined): boolean {
  return !!n && /Cipher::|cipher/.test(n.text);
}

/** Calls that encrypt, with the argument that carries the nonce/IV. Decryption is not a sink. */
export function nonceSinkOf(call: Node): Sink | null {
  if (surelyNot(call, NONCE_SINK_NAMES)) return null;
  const name = calleeName(call);
  const args = argumentsOf(call);
  const receiver = receiverOf(call);
  // ring's SealingKey takes (aad, in_out) and draws the nonce from its NonceSequence; LessSafeKey takes it first.
  if (receiver && ((AEAD_ENCRYPT.has(name) && args.length >= 2) || (RING_SEAL.has(name) && args.length >= 3))) return { call, arg: args[0], api: name };
  const path = calleePath(call);
  // openssl::symm::{encrypt, encrypt_aead}(cipher, key, iv, ...)
  if (!receiver && (name === 'encrypt' || name === 'encrypt_aead') && args.length >= 4 && isOpensslCipherArg(args[0]))
    return { call, arg: unwrapSome(args[2]), api: `openssl::symm::${name}` };
  if (name === 'new' && /(^|::)Crypter$/.test(path) && args.length === 4 && /Encrypt/.test(args[1].text))
    return { call, arg: unwrapSome(args[3]), api: 'openssl::symm::Crypter::new(Mode::Encrypt)' };
  const typeName = path.split('::').pop() ?? '';
  if ((name === 'new' || name === 'from_aead') && STREAM_CTORS.test(typeName.replace(/<.*$/, '')) && args.length === 2)
    return { call, arg: args[1], api: `aead::stream::${typeName}::${name}` };
  // RustCrypto stream ciphers and block modes: `Cbc::new(key, iv)`, `ChaCha20::new(key, nonce)`.
  if ((name === 'new_from_slices' || name === 'new') && args.length === 2 && /^(ChaCha20|XChaCha20|Salsa20|ChaCha20Legacy|Ctr\w*|cbc|ctr)/i.test(typeName.replace(/<.*$/, '')))
    return { call, arg: args[1], api: `${typeName}::${name}` };
  return null;
}

export function isDecryptCall(call: Node): boolean {
  if (surelyNot(call, DECRYPT_NAMES)) return false;
  const name = calleeName(call);
  if (receiverOf(call)) return AEAD_DECRYPT.has(name) || RING_OPEN.has(name);
  return (name === 'decrypt' || name === 'decrypt_aead') && isOpensslCipherArg(argumentsOf(call)[0]);
}

const CIPHER_TYPES = /^(Aes128Gcm|Aes256Gcm|AesGcm|Aes128GcmSiv|Aes256GcmSiv|AesGcmSiv|ChaCha20Poly1305|XChaCha20Poly1305|ChaCha8Poly1305|ChaCha12Poly1305|Aes128|Aes192|Aes256|ChaCha20|XChaCha20|Salsa20|Hmac|SimpleHmac|Cmac|Poly1305|Aes\w*Ccm|Ccm|Eax|Ocb3|Aes\w*Siv|Siv)$/;

/** Calls that build a key from bytes, with the argument that carries the key material. */
export function keySinkOf(call: Node): Sink | null {
  if (surelyNot(call, KEY_SINK_NAMES)) return null;
  const name = calleeName(call);
  const args = argumentsOf(call);
  if (receiverOf(call)) return null;
  const path = calleePath(call);
  const typeName = (path.split('::').pop() ?? '').replace(/<.*$/, '');
  const generic = path.replace(/\s+/g, '');
  if (name === 'new_from_slice' && args.length === 1) return { call, arg: args[0], api: `${typeName}::new_from_slice` };
  if (name === 'new_from_slices' && args.length === 2) return { call, arg: args[0], api: `${typeName}::new_from_slices` };
  if ((name === 'from_slice' || name === 'from') && args.length === 1 && /(^|::)Key(<.*>)?$|Key::<.*>$/.test(generic))
    return { call, arg: args[0], api: `Key::${name}` };
  if (name === 'new' && args.length === 1 && CIPHER_TYPES.test(typeName)) return { call, arg: args[0], api: `${typeName}::new` };
  if (name === 'new' && args.length === 2 && /(^|::)(UnboundKey|hmac::Key|Key)$/.test(path) && /&/.test(args[0].text))
    return { call, arg: args[1], api: `ring::${typeName}::new` };
  if (!path || /symm$/.test(path)) {
    if (['encrypt', 'decrypt', 'encrypt_aead', 'decrypt_aead'].includes(name) && args.length >= 3 && isOpensslCipherArg(args[0]))
      return { call, arg: args[1], api: `openssl::symm::${name}` };
  }
  if (name === 'new' && /(^|::)Crypter$/.test(path) && args.length === 4) return { call, arg: args[2], api: 'openssl::symm::Crypter::new' };
  if (name === 'hmac' && /(^|::)PKey$/.test(path) && args.length === 1) return { call, arg: args[0], api: 'openssl::pkey::PKey::hmac' };
  return null;
}

/** Calls that take a salt, with the salt argument (password hashing and KDFs). */
export function saltSinkOf(call: Node): Sink | null {
  if (surelyNot(call, SALT_NAMES)) return null;
  const name = calleeName(call);
  const args = argumentsOf(call);
  if (/^pbkdf2(_hmac)?(_array)?$/.test(name) && args.length >= 3) {
    // ring: pbkdf2::derive(alg, iterations, salt, secret, out) is matched below by name `derive`.
    return { call, arg: args[1], api: name };
  }
  if (name === 'derive' && /pbkdf2$/.test(calleePath(call)) && args.length === 5) return { call, arg: args[2], api: 'ring::pbkdf2::derive' };
  if (name === 'hash_password_into' && args.length === 3) return { call, arg: args[1], api: 'Argon2::hash_password_into' };
  if ((name === 'from_b64' || name === 'encode_b64' || name === 'new') && /(^|::)SaltString$/.test(calleePath(call)) && args.length === 1)
    return { call, arg: args[0], api: `SaltString::${name}` };
  return null;
}

/** PBKDF2 calls with the iteration-count argument. */
export function iterationsOf(call: Node): Node | null {
  if (surelyNot(call, SALT_NAMES)) return null;
  const name = calleeName(call);
  const args = argumentsOf(call);
  if (/^pbkdf2(_hmac)?(_array)?$/.test(name) && args.length >= 3) return args[2];
  if (name === 'derive' && /pbkdf2$/.test(calleePath(call)) && args.length === 5) return args[1];
  return null;
}

/** `aes_gcm_siv` is nonce-misuse resistant: a repeated nonce leaks equality of messages, not the key stream. */
export function isMisuseResistant(cipherText: string): boolean {
  return /Siv/.test(cipherText);
}
