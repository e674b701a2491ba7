import type { Check } from '../check-context.ts';
import { hardcodedKey, weakKdf, weakRng } from './keys.ts';
import { nonConstantTimeCompare, secretLogged, uncheckedResult, uncheckedSliceLength } from './misc.ts';
import { constantNonce, nonceReuse, predictableNonce } from './nonce.ts';
import { weakKdfCost } from './cost.ts';
import { weakRsa } from './rsa.ts';
import { weakHash, weakPasswordHash } from './hashes.ts';
import { brokenCipher } from './ciphers.ts';
import { streamTruncation } from './stream.ts';

// The named semantic checks that rules in rules/*.yml refer to with `check: <name>`. A check is for
// what a tree-sitter query cannot say (value resolution, loops, reuse); everything else is a query.
export const CHECKS: Record<string, Check> = {
  'constant-nonce': constantNonce,
  'nonce-reuse': nonceReuse,
  'predictable-nonce': predictableNonce,
  'hardcoded-key': hardcodedKey,
  'weak-kdf': weakKdf,
  'weak-kdf-cost': weakKdfCost,
  'weak-rsa': weakRsa,
  'weak-hash': weakHash,
  'broken-cipher': brokenCipher,
  'stream-truncation': streamTruncation,
  'weak-password-hash': weakPasswordHash,
  'weak-rng': weakRng,
  'unchecked-result': uncheckedResult,
  'secret-logged': secretLogged,
  'non-constant-time-compare': nonConstantTimeCompare,
  'unchecked-slice-length': uncheckedSliceLength,
  // Reasonless suppressions are found by the engine itself (they need every file's findings).
  'suppression-without-reason': () => {},
  // Build findings come from the compiler (src/build), not from the syntax tree.
  cargo: () => {},
};

export const CHECK_NAMES: ReadonlySet<string> = new Set(Object.keys(CHECKS));
