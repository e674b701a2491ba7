import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, keySinkOf, nonceSinkOf, receiverOf } from '../apis.ts';
import { isSecretName } from '../names.ts';
import type { CheckContext } from '../check-context.ts';
import { type FnInfo, type ItemInfo, span } from '../model.ts';
import { type CipherInfo, cipherOf, inDifferentBranches, quote } from './common.ts';

/** The encryption calls of a file, and ring's `NonceSequence::advance` bodies, with their nonce argument. */
function nonceUses(ctx: CheckContext): { call: Node; arg: Node; api: string }[] {
  const out = [];
  for (const call of ctx.model.calls) {
    const sink = nonceSinkOf(call, ctx.resolver);
    if (sink) out.push(sink);
    else if (/^(try_)?assume_unique_for_key$/.test(calleeName(call)) && ctx.model.enclosingFunction(call.startIndex)?.name === 'advance') {
      const arg = argumentsOf(call)[0];
      if (arg) out.push({ call, arg, api: 'NonceSequence::advance' });
    }
  }
  return out;
}

/**
 * Calls of this file's own helpers that hand a nonce on to an encryption: `seal(data, &self.key,
 * &self.iv)` where `fn seal(.., iv: &[u8])` passes `iv` straight to `cbc_encryptor`. One level, by
 * the parameter's position; the nonce argument is the helper's, the api says where it goes.
 */
function helperNonceUses(ctx: CheckContext, direct: { call: Node; arg: Node; api: string }[]): { call: Node; arg: Node; api: string }[] {
  const { model } = ctx;
  const byHelper = new Map<string, { index: number; api: string }>();
  for (const { call, arg, api } of direct) {
    const fn = model.enclosingFunction(call.startIndex);
    const root = /^[&*\s]*(?:mut\s+)?([a-z_]\w*)\s*$/.exec(arg.text)?.[1];
    if (!fn || !root || root === 'self' || !fn.params.has(root)) continue;
    const params = fn.node.childForFieldName('parameters')?.namedChildren.filter((p) => p && p.type !== 'attribute_item' && p.type !== 'self_parameter') ?? [];
    const index = params.findIndex((p) => p?.childForFieldName('pattern')?.text.replace(/^mut\s+/, '') === root);
    if (index >= 0 && !byHelper.has(fn.name)) byHelper.set(fn.name, { index, api });
  }
  if (byHelper.size === 0) return [];
  const out = [];
  for (const call of model.calls) {
    const recv = receiverOf(call);
    const helper = byHelper.get(calleeName(call));
    if (!helper || (recv && recv.type !== 'self')) continue;
    const arg = argumentsOf(call)[helper.index];
    if (arg) out.push({ call, arg, api: `${calleeName(call)}` });
  }
  return out;
}

/** The RustCrypto AEADs by the algorithm a message names, for advice on a call whose type is not known. */
const AEAD_TYPES: Record<string, string> = {
  'AES-128-GCM': 'Aes128Gcm',
  'AES-256-GCM': 'Aes256Gcm',
  'AES-128-GCM-SIV': 'Aes128GcmSiv',
  'AES-256-GCM-SIV': 'Aes256GcmSiv',
  'ChaCha20-Poly1305': 'ChaCha20Poly1305',
  'XChaCha20-Poly1305': 'XChaCha20Poly1305',
};

/**
 * How to make a fresh nonce with the API the call uses: the AEAD type's own `generate_nonce`, ring's
 * `SystemRandom`, openssl's `rand_bytes`, or random IV bytes for a mode or stream cipher (a ring or
 * openssl user told to call `Aes256Gcm::generate_nonce` gets advice for a crate they do not use).
 */
export function freshNonceAdvice(cipher: CipherInfo, api: string): string {
  const tail = 'or use a counter that never repeats.';
  if (/^(LessSafeKey|SealingKey|OpeningKey)$/.test(cipher.type ?? '') || /seal_in_place|open_in_place|assume_unique_for_key|NonceSequence/.test(api))
    return `Generate a fresh random nonce for each message (e.g. \`let mut n = [0u8; NONCE_LEN]; SystemRandom::new().fill(&mut n)?;\` then \`Nonce::assume_unique_for_key(n)\`) ${tail}`;
  if (/^(secretbox|box_|aead|[a-z0-9_]+)::seal$/.test(api) && /secretbox|box_/.test(api)) return `Generate a fresh random nonce for each message (e.g. \`let nonce = ${api.replace(/::seal$/, '')}::gen_nonce();\`) ${tail}`;
  if (/StreamBE32|StreamLE31|EncryptorBE32|EncryptorLE31|from_aead/.test(api) || cipher.label === 'STREAM')
    return `Generate a fresh random stream nonce for each message (e.g. \`let mut n = [0u8; 7]; OsRng.fill_bytes(&mut n);\`, 7 bytes for a 12-byte AEAD nonce with StreamBE32) ${tail}`;
  // openssl: `symm::encrypt`/`Crypter`, or an imported `encrypt` whose cipher argument is `Cipher::aes_128_cbc()` (labelled AES-128-CBC).
  if (/symm::|Crypter/.test(api) || (!cipher.type && /^(en|de)crypt(_aead)?$/.test(api) && /^[A-Za-z]+\d*-\d+(-\w+)?$/.test(cipher.label)))
    return `Generate a fresh random IV for each message (e.g. \`let mut iv = [0u8; 16]; openssl::rand::rand_bytes(&mut iv)?;\`, sized to the cipher's IV) ${tail}`;
  const aead = cipher.type && /^(Aes\d+(Gcm(Siv)?|SivAead)|X?ChaCha(8|12|20)Poly1305)$/.test(cipher.type) ? cipher.type : AEAD_TYPES[cipher.label];
  if (aead) return `Generate a fresh random nonce for each message (e.g. \`${aead}::generate_nonce(&mut OsRng)\`) ${tail}`;
  if (/CBC|ECB|CFB|OFB|CTR|ChaCha20$|Salsa20|stream|block mode/i.test(cipher.label)) {
    const size = /^X(ChaCha|Salsa)20$/.test(cipher.label) ? 24 : cipher.type === 'ChaCha20Legacy' || cipher.label === 'Salsa20' ? 8 : cipher.label === 'ChaCha20' ? 12 : 16;
    return `Generate a fresh random IV for each message (e.g. \`let mut iv = [0u8; ${size}]; OsRng.fill_bytes(&mut iv);\`) ${tail}`;
  }
  return `Generate a fresh random nonce for each message with the cipher's \`generate_nonce(&mut OsRng)\` ${tail}`;
}

/** constant-nonce: a literal, default or constant nonce reaching an encryption. */
export function constantNonce(ctx: CheckContext): void {
  const { model, values } = ctx;
  for (const { call, arg, api } of nonceUses(ctx)) {
    const v = values.resolve(arg);
    if (v.kind !== 'const' && v.kind !== 'external') continue;
    // A stream cipher is built the same way to decrypt: in a function that says it decrypts, the
    // constant nonce is the encrypting side's finding (one root cause, one finding).
    if (/^(new|new_var|new_from_slices)$/.test(calleeName(call)) && /decrypt|decipher/i.test(model.enclosingFunction(call.startIndex)?.name ?? '')) continue;
    const cipher = cipherOf(ctx, call);
    const { label, misuseResistant } = cipher;
    // A cipher keyed in this very function from an ephemeral key agreement encrypts under a new key
    // each call: a fixed nonce then repeats nothing.
    const fresh = freshKeyOf(ctx, call);
    const severity = fresh ? 'low' : misuseResistant ? 'high' : undefined;
    const consequence = severity
      ? 'GCM-SIV tolerates a repeated nonce better than GCM, but it still reveals which messages are equal'
      : /CBC|ECB|CFB|OFB/.test(label)
        ? `with ${label} a fixed IV makes equal plaintexts (and equal first blocks) give equal ciphertexts`
        : `with ${label} a repeated nonce reveals the XOR of the plaintexts${/GCM|Poly1305|cipher/.test(label) ? ' and lets an attacker forge authentication tags' : ''}`;
    // Say what the constant is when the argument is only a name for it.
    const shown = quote(model, arg);
    const defined = v.kind === 'external' ? v.name! : v.origin ? quote(model, v.origin, 40) : '';
    const what = defined && !shown.includes(defined) ? `\`${shown}\` (= \`${defined}\`)` : `\`${shown}\``;
    const message = fresh
      ? `Constant nonce ${what} passed to \`${api}\`, under a key made fresh in this function (\`${quote(model, fresh, 40)}\`), so no key and nonce pair repeats as written; if the key is ever kept or reused, every message reuses the nonce. Prefer a random nonce anyway.`
      : `Constant nonce ${what} passed to \`${api}\`: every message under this key reuses it, and ${consequence}. ${freshNonceAdvice(cipher, api)}`;
    if (v.kind === 'external') ctx.report(span(call), message, { severity, ifExternalConst: { name: v.name!, at: v.origin } });
    else ctx.report(span(call), message, { severity, related: v.origin ? [{ at: v.origin, message: 'the constant nonce is defined here' }] : [] });
  }
}

const FRESH_KEY = /\b(diffie_hellman|ephemeral|Ephemeral|EphemeralSecret)\b/;

/** The fresh key the encrypting cipher was made from in the same function, if it was. */
function freshKeyOf(ctx: CheckContext, call: Node): Node | undefined {
  const recv = receiverOf(call);
  if (recv?.type !== 'identifier') return undefined;
  const b = ctx.values.lookup(recv.text, recv.startIndex);
  const ctor = b?.kind === 'let' ? b.info.value : undefined;
  const fn = ctx.model.enclosingFunction(call.startIndex);
  if (!ctor || !fn || ctor.type !== 'call_expression' && ctor.type !== 'try_expression') return undefined;
  // The constructor past `?`, `.unwrap()` and `.expect(..)`: `Aes256Gcm::new_from_slice(k).unwrap()`.
  let built: Node = ctor;
  for (let i = 0; i < 4; i++) {
    const inner: Node | null = built.type === 'try_expression' ? built.namedChild(0) : built.type === 'call_expression' && /^(unwrap|expect)$/.test(calleeName(built)) ? receiverOf(built) : null;
    if (!inner) break;
    built = inner;
  }
  const keyArg = argumentsOf(built)[0] ?? (ctor.namedChild(0) ? argumentsOf(ctor.namedChild(0)!)[0] : undefined);
  if (!keyArg) return undefined;
  // Only an ephemeral key agreement makes a key per message by design; a key generated in `main` of
  // a demo is kept and reused as soon as the code is copied into a function, so it stays reported.
  // The key's own binding, made in this function from an ephemeral exchange.
  const root = /^[&*\s]*([a-z_]\w*)/.exec(keyArg.text)?.[1];
  const kb = root ? ctx.values.lookup(root, keyArg.startIndex) : undefined;
  const made = kb?.kind === 'let' ? (kb.info.value?.text ?? '') : '';
  return FRESH_KEY.test(made) || FRESH_KEY.test(keyArg.text) ? keyArg : undefined;
}

/** nonce-reuse: a nonce that is not constant, but is used for more than one encryption. */
export function nonceReuse(ctx: CheckContext): void {
  const { model, values } = ctx;
  const uses = nonceUses(ctx);
  const reported = new Set<number>();
  const report = (call: Node, message: string, related: { at: { start: number; end: number }; message: string }[]) => {
    if (reported.has(call.id)) return;
    reported.add(call.id);
    ctx.report(span(call), message, { related });
  };
  const firstUse = new Map<string, { call: Node; origin?: number }>();
  const fieldsReported = new Set<string>();
  let derived: Map<number, unknown> | undefined;
  nonceSequenceThatStays(ctx);
  const viaHelpers = new Set(helperNonceUses(ctx, uses).map((u) => (uses.push(u), u.call.id)));
  for (const { call, arg, api } of uses) {
    const v = values.resolve(arg);
    // Through a helper, only the never-advanced field is judged here (the rest is the dataflow's).
    if (viaHelpers.has(call.id) && v.binding?.kind !== 'field') continue;
    if (v.kind === 'const' || v.kind === 'external' || v.mutated) continue;
    const b = v.binding;
    const argText = quote(model, arg);
    if (b?.kind === 'let' || b?.kind === 'param') {
      const bindAt = b.kind === 'let' ? b.info.start : (b.fn.params.get(b.name)?.startIndex ?? b.fn.start);
      // A cipher made inside the loop is a new key each time: the same nonce under different keys is fine.
      const loops = model.loopsBetween(bindAt, span(call)).filter((l) => !cipherMadeIn(ctx, call, l));
      if (loops.length > 0) {
        const bindLine = model.source.lineOf(bindAt);
        report(call, `Nonce \`${argText}\` is made once (line ${bindLine}) outside the loop at line ${model.source.lineOf(loops[0].start)} and used by \`${api}\` on every iteration: each message after the first is encrypted under the same key and nonce. Make a fresh nonce inside the loop.`, [
          { at: b.kind === 'let' ? b.info : span(b.fn.params.get(b.name)!), message: 'the nonce is made here, once' },
        ]);
        continue;
      }
      // The same binding handed to two encryptions under the same cipher object.
      const fn = model.enclosingFunction(call.startIndex);
      const key = `${fn?.start}:${b.kind === 'let' ? b.info.start : b.name}:${receiverOf(call)?.text ?? ''}`;
      const first = firstUse.get(key);
      // A refill between the two calls gives the value a new origin: then it is a new nonce.
      if (first && first.origin === v.origin?.start && !inDifferentBranches(first.call, call)) {
        report(call, `Nonce \`${argText}\` was already used for an encryption at line ${model.source.lineOf(first.call.startIndex)} under the same key; using it again for \`${api}\` repeats the nonce. Make a new nonce for each message.`, [
          { at: span(first.call), message: 'first encryption with this nonce' },
        ]);
      } else firstUse.set(key, { call, origin: v.origin?.start });
    }
    const kept = keptInStatic(ctx, arg);
    if (kept && !freshCipher(ctx, call)) {
      const def = kept.item ? [{ at: span(kept.item.node), message: `\`${kept.name}\` holds one nonce for the whole process` }] : [];
      report(call, `Nonce \`${argText}\` is made once per process and kept in the static \`${kept.name}\` (${kept.how}): every \`${api}\` after the first encrypts under the same key and nonce. Generate a fresh nonce for each message (\`generate_nonce(&mut OsRng)\` at the call) and keep only the key in the static.`, [...def, ...(kept.at ? [{ at: span(kept.at), message: 'the nonce is taken from the static here' }] : [])]);
      continue;
    }
    if (b?.kind === 'field' && !b.advanced) {
      // One finding per field: the other encryptions with it are the same root cause.
      if (fieldsReported.has(b.name)) continue;
      fieldsReported.add(b.name);
      // A field set from a nonce made of key material is predictable-nonce's finding (one root cause).
      const setIn = v.origin ? model.enclosingFunction(v.origin.start) : undefined;
      if (setIn && (derived ??= keyDerivedNonces(ctx)).has(setIn.start)) continue;
      const fn = model.enclosingFunction(call.startIndex);
      report(call, `Nonce \`${argText}\` comes from the field \`${b.name}\`, which nothing ever advances: every call of \`${fn?.name ?? 'this method'}\` encrypts under the same key and nonce. Generate a nonce per message, or increment a counter field and refuse to wrap.`, v.origin ? [{ at: v.origin, message: `\`${b.name}\` is set here and never changed` }] : []);
    }
  }
  // Counters that wrap around start reusing nonces after 2^n messages.
  if (uses.length === 0) return;
  for (const call of model.calls) {
    if (!/^wrapping_(add|inc)$/.test(calleeName(call))) continue;
    const recv = receiverOf(call);
    if (recv && /nonce|counter|ctr|seq/i.test(recv.text)) {
      report(call, `Nonce counter \`${quote(model, recv)}\` uses \`${calleeName(call)}\`: after it wraps around, nonces repeat under the same key. Use \`checked_add\` and stop (or re-key) when it would overflow.`, []);
    }
  }
}

// A process-wide cell: `static NONCE: OnceLock<Nonce>` filled by `NONCE.get_or_init(|| ..)`, a
// `Lazy`/`LazyLock` static, or a lazy_static! one (a static that holds a random value can only be lazy).
const ONCE_INIT = /^(get_or_init|get_or_try_init|get_or_insert_with|get_or_init_with|force)$/;
const PASS_THROUGH = /^(unwrap|expect|clone|cloned|copied|as_ref|as_slice|deref|to_owned)$/;
const STATIC_NAME = /^[A-Z][A-Z0-9_]*$/;
const LAZY_VALUE = /^(?:[\w:]*::)?(?:Lazy|LazyLock|LazyCell)\s*(?:::<[^>]*>)?\s*::\s*new\b/;

/** Whether a nonce argument is read from a static that is set once (a once-cell or lazy static): what, and how. */
function keptInStatic(ctx: CheckContext, arg: Node): { name: string; how: string; item?: ItemInfo; at?: Node } | undefined {
  const { model, values } = ctx;
  let n: Node | null = arg;
  for (let depth = 0; n && depth < 8; depth++) {
    if (n.type === 'reference_expression') n = n.childForFieldName('value');
    else if (n.type === 'unary_expression' || n.type === 'parenthesized_expression') n = n.namedChild(0);
    else if (n.type === 'identifier' && STATIC_NAME.test(n.text)) {
      const item = model.items.get(n.text)?.[0];
      if (item?.kind !== 'static' || item.mutable || !item.value) return undefined;
      if (LAZY_VALUE.test(item.value.text)) return { name: item.name, how: 'a lazily initialised static', item };
      return values.resolve(item.value).kind === 'random' ? { name: item.name, how: 'a lazy static', item } : undefined;
    } else if (n.type === 'identifier') {
      const b = values.lookup(n.text, n.startIndex);
      if (b?.kind !== 'let' || !b.info.simple) return undefined;
      n = b.info.value;
    } else if (n.type === 'call_expression') {
      const name = calleeName(n);
      const recv = receiverOf(n);
      if (recv && PASS_THROUGH.test(name)) n = recv;
      // `Nonce::from_slice(&*BOOT_NONCE)`: the nonce type made from the bytes.
      else if (!recv && /^(from_slice|clone_from_slice|from)$/.test(name) && argumentsOf(n).length === 1) n = argumentsOf(n)[0];
      else if (recv && ONCE_INIT.test(name)) {
        const cell = recv.type === 'identifier' ? recv.text : recv.type === 'scoped_identifier' ? (recv.childForFieldName('name')?.text ?? '') : '';
        if (!STATIC_NAME.test(cell)) return undefined;
        return { name: cell, how: `\`${name}\` fills it on first use`, item: model.items.get(cell)?.[0], at: n };
      } else return undefined;
    } else return undefined;
  }
  return undefined;
}

/** A cipher made in the same function from a random key: a kept nonce then meets a new key each time. */
function freshCipher(ctx: CheckContext, call: Node): boolean {
  const recv = receiverOf(call);
  if (recv?.type !== 'identifier') return false;
  const b = ctx.values.lookup(recv.text, recv.startIndex);
  const made = b?.kind === 'let' ? b.info.value : null;
  if (made?.type !== 'call_expression' || receiverOf(made) || !/^(new|new_from_slice|new_from_slices)$/.test(calleeName(made))) return false;
  const key = argumentsOf(made)[0];
  return !!key && ctx.values.resolve(key).kind === 'random';
}

const ADVANCES = /self\s*\.\s*\w+(\s*\.\s*\w+)*\s*(=[^=]|\+=|-=|\^=|\|=)|&mut\s+self\s*\.|\.\s*(increment\w*|checked_add\w*|wrapping_add\w*|overflowing_add|fetch_add|fill|fill_bytes|try_fill_bytes|next\w*)\s*\(|\b(OsRng|thread_rng|SystemRandom|getrandom|rand_bytes)\b/;

/**
 * ring's `NonceSequence::advance` that changes nothing (no field is written, no counter counted up,
 * no random bytes drawn): every seal under the key then uses the same nonce.
 */
function nonceSequenceThatStays(ctx: CheckContext): void {
  for (const fn of ctx.model.functionsNamed('advance')) {
    const impl = fn.node.parent?.parent;
    if (impl?.type !== 'impl_item' || !/NonceSequence/.test(impl.childForFieldName('trait')?.text ?? '') || !fn.body) continue;
    const body = fn.body.text;
    if (ADVANCES.test(body)) continue;
    const made = ctx.model.calls.find((c) => c.startIndex >= fn.body!.startIndex && c.endIndex <= fn.body!.endIndex && /^(try_)?assume_unique_for_key$/.test(calleeName(c)));
    // A nonce read straight from a field is the never-advanced field finding already.
    // A constant one is constant-nonce's finding.
    const arg = made ? argumentsOf(made)[0] : undefined;
    if (!made || !arg || /^&?\s*self\s*\.\s*\w+\s*$/.test(arg.text) || ['const', 'external'].includes(ctx.values.resolve(arg).kind)) continue;
    ctx.report(span(made), `\`advance\` of \`${impl.childForFieldName('type')?.text ?? 'this NonceSequence'}\` returns a nonce without changing anything: every seal under a key built with it uses the same nonce, and with AES-GCM or ChaCha20-Poly1305 a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Count a field up (refusing to wrap) and build the nonce from it.`, { related: [{ at: span(fn.body), message: 'nothing here advances the sequence' }] });
  }
}

/** Whether the cipher an encryption uses is constructed inside `within` (a loop). */
function cipherMadeIn(ctx: CheckContext, call: Node, within: { start: number; end: number }): boolean {
  const recv = receiverOf(call);
  if (!recv) return false;
  if (recv.type !== 'identifier') return within.start <= recv.startIndex && recv.type === 'call_expression';
  const b = ctx.values.lookup(recv.text, recv.startIndex);
  return b?.kind === 'let' && within.start <= b.info.start && b.info.end <= within.end;
}

/**
 * predictable-nonce: a nonce or IV made from the key material itself (`nonce[i] = key_hash[i]`,
 * `Nonce::from_slice(&key[..12])`, `iv.copy_from_slice(&sha256(password)[..16])`). It is the same
 * for every message under that key — a constant nonce that no literal shows — and it tells anyone
 * who sees it something about the key.
 */
export function predictableNonce(ctx: CheckContext): void {
  for (const { at, source } of keyDerivedNonces(ctx).values()) {
    ctx.report(span(at), `The nonce is made from key material (\`${source}\`): it is the same for every message under that key, so every encryption reuses one nonce — with AES-GCM or ChaCha20-Poly1305 that reveals the XOR of the plaintexts and lets an attacker forge tags — and the nonce, which travels in the clear, gives away part of what the key was made from. Generate a random nonce per message (\`Aes256Gcm::generate_nonce(&mut OsRng)\`) and store it beside the ciphertext.`);
  }
}

/** Where a function makes a nonce from key material (the first place per function), by the function's start. */
function keyDerivedNonces(ctx: CheckContext): Map<number, { at: Node; source: string }> {
  const { model } = ctx;
  // Each node is visited once, for every function around it (innermost first).
  const around = (n: Node) => model.functionsAround(n.startIndex);
  // Key material in each function: what its key sinks are given.
  const keyIds = new Map<FnInfo, Set<string>>();
  for (const c of model.calls) {
    const s = keySinkOf(c, ctx.resolver);
    if (!s) continue;
    for (const fn of around(s.call)) {
      let ids = keyIds.get(fn);
      if (!ids) keyIds.set(fn, (ids = new Set()));
      for (const id of identifiersOf(s.arg)) ids.add(id);
      // A key kept in a field first (`self.key.init(hash_key)`, `Self { key: hash_key }`): what the function stores there.
      for (const m of s.arg.text.matchAll(/\bself\s*\.\s*(\w+)/g)) {
        for (const v of model.fieldInits.get(m[1]) ?? []) if (fn.start <= v.startIndex && v.endIndex <= fn.end) for (const id of identifiersOf(v)) ids.add(id);
      }
    }
  }
  // Per function: the first let, else the first assignment, else the first call that makes a nonce from key material.
  const found = [new Map<FnInfo, { at: Node; source: string }>(), new Map<FnInfo, { at: Node; source: string }>(), new Map<FnInfo, { at: Node; source: string }>()];
  const consider = (kind: number, at: Node, value: Node) => {
    for (const fn of around(at)) {
      if (found[kind].has(fn)) continue;
      // What a value is cut from (`digest` in `digest[..12]`, `key` in `&key.as_bytes()[4..16]`), if that is key material.
      const ids = keyIds.get(fn);
      const src = slicedFrom(value).find((id) => ids?.has(id) || (isSecretName(id) && !NONCE_NAME.test(id)));
      if (src) found[kind].set(fn, { at, source: src });
    }
  };
  // `let nonce = &km[..12]`
  for (const l of model.lets) if (l.simple && l.value && NONCE_NAME.test(l.names[0] ?? '') && COPYING.test(l.value.type)) consider(0, l.node, l.value);
  // `nonce[i] = km[i]`, `nonce = km[..12]`
  for (const a of model.assigns) {
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    const target = left?.type === 'index_expression' ? left.namedChild(0) : left;
    if (target && right && NONCE_NAME.test(target.text) && COPYING.test(right.type)) consider(1, a, right);
  }
  for (const call of model.calls) {
    const name = calleeName(call);
    const recv = receiverOf(call);
    const arg = argumentsOf(call)[0];
    // `nonce.copy_from_slice(&km[..12])`
    if (recv && arg && /^(copy_from_slice|clone_from_slice)$/.test(name) && NONCE_NAME.test(recv.text)) consider(2, call, arg);
    // `Nonce::from_slice(&km[..12])` straight into an encryption, or as a nonce constructor.
    const sink = nonceSinkOf(call, ctx.resolver);
    const nonceArg = sink?.arg ?? (/^(from_slice|clone_from_slice|from)$/.test(name) && /Nonce|Iv\b|IV/.test(call.childForFieldName('function')?.text ?? '') ? arg : undefined);
    if (nonceArg) consider(2, call, nonceArg);
  }
  const out = new Map<number, { at: Node; source: string }>();
  for (const fn of model.functions) {
    const first = found[0].get(fn) ?? found[1].get(fn) ?? found[2].get(fn);
    if (first) out.set(fn.start, first);
  }
  return out;
}

const NONCE_NAME = /(^|_)(nonce|iv)(_|$)|^(nonce|iv)\w*$/i;
const COPYING = /^(index_expression|reference_expression|field_expression|call_expression)$/;
function identifiersOf(n: Node): string[] {
  const ids = n.type === 'identifier' ? [n] : n.descendantsOfType('identifier');
  return ids.map((i) => i?.text ?? '').filter((t) => t && t !== 'self' && !/^[A-Z]/.test(t));
}

/** The values an expression cuts a part out of: `km` in `km[..12]`, `km[i]`, `&km.as_bytes()[0..16]`. */
function slicedFrom(n: Node): string[] {
  const out: string[] = [];
  for (const idx of n.type === 'index_expression' ? [n] : n.descendantsOfType('index_expression')) {
    let cur = idx?.namedChild(0) ?? null;
    while (cur && cur.type !== 'identifier') {
      if (cur.type === 'call_expression') cur = cur.childForFieldName('function');
      else if (cur.type === 'field_expression') cur = cur.childForFieldName('value');
      else if (cur.type === 'reference_expression' || cur.type === 'parenthesized_expression') cur = cur.namedChild(0);
      else cur = null;
    }
    if (cur && cur.text !== 'self') out.push(cur.text);
  }
  return out;
}
