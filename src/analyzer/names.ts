import type { Node } from 'web-tree-sitter';

// What a name says about the value it holds: a secret (`SECRET_KEY`, `api_token`), a password
// (`password`, `raw_pwd`). The heuristics CodeQL calls sensitive-data names; used by the dataflow
// and the checks alike, so they live below both.

/** Words of an identifier: `expected_tag` → [expected, tag]; `macKey` → [mac, key]. */
export function words(identifier: string): readonly string[] {
  // Asked of the same few thousand names over and over by every check: split once per name
  // (frozen, since callers share the array), in a cache emptied when it grows large.
  let w = WORDS.get(identifier);
  if (w === undefined) {
    if (WORDS.size >= 50_000) WORDS.clear();
    w = Object.freeze(
      identifier
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
    WORDS.set(identifier, w);
  }
  return w;
}
const WORDS = new Map<string, readonly string[]>();

const SECRET_WORDS = new Set(['key', 'secret', 'password', 'passwd', 'passphrase', 'privkey', 'psk', 'seed']);
const TOKEN_QUALIFIERS = new Set(['api', 'auth', 'access', 'bearer', 'secret', 'refresh', 'session']);
const NOT_A_SECRET = new Set(['len', 'length', 'size', 'bits', 'bytes_len', 'id', 'ids', 'name', 'names', 'path', 'file', 'env', 'var', 'header', 'prefix', 'suffix', 'field', 'type', 'kind', 'count', 'url', 'param', 'public', 'pub', 'pubkey', 'label', 'index', 'idx', 'offset', 'format', 'fmt', 'info', 'alg', 'algorithm', 'usage', 'tag', 'hash', 'policy', 'mode', 'version', 'regex', 'pattern', 'column', 'table', 'min', 'max', 'width', 'height', 'pad', 'padding', 'code', 'event', 'bind', 'binding', 'map', 'cache', 'store', 'schedule']);

/** A name that says it holds a secret: `SECRET_KEY`, `API_TOKEN`, `password` (but not `KEY_LEN`). */
export function isSecretName(name: string): boolean {
  const w = words(name);
  if (w.some((x) => NOT_A_SECRET.has(x))) return false;
  // An access key *id* (AWS, MinIO) is an identifier; its secret is the secret key.
  if (w.includes('access') && w[w.length - 1] === 'key') return false;
  if (w.some((x) => SECRET_WORDS.has(x))) return true;
  const t = w.indexOf('token');
  return t > 0 && TOKEN_QUALIFIERS.has(w[t - 1]);
}

export const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pass', 'pw', 'pin']);

/** A stored password's hash (`password_hash`, `hashed_pwd`): not key material, but what an attacker who reads it cracks offline. */
export function isPasswordHashName(name: string): boolean {
  const w = words(name);
  return w.some((x) => x === 'hash' || x === 'hashed') && w.some((x) => PASSWORD_WORDS.has(x)) && !w.some((x) => x === 'len' || x === 'policy' || x === 'algorithm' || x === 'alg' || x === 'scheme');
}

/** Whether an expression is a password, by the names in it (`password.as_bytes()`, `user.pwd`, `raw_password`). */
export function isPasswordExpr(n: Node): boolean {
  const ids = n.type === 'identifier' || n.type === 'field_identifier' ? [n] : n.descendantsOfType(['identifier', 'field_identifier']);
  return ids.some((id) => {
    const w = id ? words(id.text) : [];
    return w.some((x) => PASSWORD_WORDS.has(x)) && !w.some((x) => x === 'hash' || x === 'len' || x === 'policy' || x === 'hashed');
  });
}
