import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, receiverOf } from '../apis.ts';
import type { CheckContext } from '../check-context.ts';
import { span, implTypeOf } from '../model.ts';
import { quote } from './common.ts';
import { words } from '../names.ts';

// broken-cipher: broken algorithms where they are constructed (the PR that adds `Des::new(key)`
// gets the finding, with the import as related location), ECB (an ecb:: mode, or a raw block
// cipher applied to the data block by block), unauthenticated CBC/CTR/CFB/OFB and stream ciphers
// in a file with no MAC in sight, and the unmaintained rust-crypto crate once per crate.

const CONSTRUCTORS = /^(new|new_from_slices?|new_var\w*|new_with\w*|new_varkey|new_fix|from_core|init|inner_iv_init|inner_iv_slice_init|with_(en|de)crypt_key|with_key_and_nonce)$/;
const RUST_CRYPTO_MODULES = /^(aes|aes_gcm|aessafe|blockmodes|blowfish|buffer|chacha20|chacha20poly1305|curve25519|digest|ed25519|fortuna|hmac|hkdf|mac|md5|pbkdf2|poly1305|rc4|ripemd160|salsa20|scrypt|sha1|sha2|sha3|symmetriccipher|util|bcrypt|bcrypt_pbkdf|aead|cryptoutil|des|ghash|whirlpool|blake2b|blake2s|sosemanuk)\b/;
// (`Hmac\w*`: a type named for HMAC, as the alias `type HmacSha256 = Hmac<Sha256>` is.)
const MAC_IN_SIGHT = /\b(Hmac\w*|hmac::|Mac::|Mac>|verify_slice|verify_truncated_left|Poly1305|Cmac|constant_time_eq|ct_eq)\b|\.verify\(/;

export function brokenCipher(ctx: CheckContext): void {
  const { model } = ctx;
  const text = model.source.text;
  reportRustCrypto(ctx);
  handWrittenRc4(ctx);
  const broken = ctx.models.all.flatMap((m) => m.types.filter((t) => t.weak === 'broken' && t.name !== 'Ecb'));
  const unauth = ctx.models.all.flatMap((m) => m.types.filter((t) => t.weak === 'unauthenticated'));
  const brokenRe = broken.length ? new RegExp(`\\b(${broken.map((t) => t.name).join('|')})\\b`) : /$^/;
  // Encrypt-then-MAC is usually written in one function: a MAC there authenticates the ciphertext.
  const macInSight = (at: Node) => MAC_IN_SIGHT.test(model.text(model.enclosingFunction(at.startIndex) ?? { start: 0, end: text.length }));
  const unauthenticated: { key: string; call: Node; message: string; severity: 'medium' | 'low'; related: { at: { start: number; end: number }; message: string }[] }[] = [];
  const ecbEncrypt: Node[] = [];
  const ecbDecrypt: Node[] = [];
  const paddedEncrypt: Node[] = [];
  const paddedDecrypt: Node[] = [];
  const bufferEncrypt: Node[] = [];
  const bufferDecrypt: Node[] = [];
  for (const call of model.calls) {
    const name = calleeName(call);
    if (CONSTRUCTORS.test(name) && !receiverOf(call)) {
      // The crate's own type (`chacha20::ChaCha20::new(size)` under this file's `mod chacha20;`) is no cipher.
      if (ctx.resolver.shape(call).path?.local) continue;
      const typeText = constructedTypeText(ctx, call);
      if (!typeText) continue;
      const weak = brokenRe.exec(typeText);
      if (weak) {
        const alg = broken.find((t) => t.name === weak[1])!.algorithm;
        ctx.report(span(call), `\`${quote(model, call, 50)}\` constructs ${alg}, which is broken or weak (DES keys fall to brute force, 64-bit blocks to Sweet32, RC4's keystream is biased). Use an AEAD: AES-256-GCM (\`aes-gcm\`) or ChaCha20-Poly1305.`, { related: importOf(ctx, weak[1]) });
        continue;
      }
      if (/\becb::|\bEcb\b/.test(typeText)) {
        ctx.report(span(call), `\`${quote(model, call, 50)}\` uses ECB mode: equal plaintext blocks give equal ciphertext blocks, so the structure of the data shows through. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305).`, { related: importOf(ctx, 'ecb') });
        continue;
      }
      const u = unauth.find((t) => new RegExp(`\\b${t.name}\\b`).test(typeText));
      // The encrypting side only (a Decryptor is the same root cause); CBC is medium (malleable, and a
      // padding oracle when errors show), and so is CTR in a file with no MAC at all; other stream
      // modes, and CTR beside a MAC (3GPP's NEA2 next to NIA2's CMAC), low: many are
      // protocol-mandated (CFB8 in Minecraft) and real code rarely shows whether integrity matters.
      if (u && u.name !== 'Decryptor' && !macInSight(call) && ctx.models.isModelType(ctx.resolver.shape(call).path?.selfType)) {
        const label = unauthLabel(typeText, u.algorithm);
        unauthenticated.push({ key: `type:${u.name}`, call, message: `\`${quote(model, call, 50)}\` encrypts with ${label} and nothing in this function authenticates the ciphertext: an attacker can change it undetected${label.startsWith('CBC') ? ' (and CBC with padding errors is a decryption oracle)' : ''}. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305), or add an HMAC over IV and ciphertext and check it first.`, severity: label.startsWith('CBC') || (label.startsWith('CTR') && !MAC_IN_SIGHT.test(text)) ? 'medium' : 'low', related: importOf(ctx, u.name) });
      }
      continue;
    }
    // openssl's Cipher::aes_128_cbc() and friends (the broken ones are query patterns of the rule).
    const openssl = /(^|::)Cipher::aes_\d+_(cbc|ctr|cfb\d*|ofb)$/.exec(call.childForFieldName('function')?.text ?? '');
    if (!receiverOf(call) && openssl && !macInSight(call)) {
      unauthenticated.push({ key: `openssl:${openssl[2]}`, call, message: `\`${quote(model, call)}\` is unauthenticated and nothing in this function checks a MAC: an attacker can change the ciphertext undetected${openssl[2] === 'cbc' ? ' (and CBC invites padding-oracle attacks)' : ''}. Use an AEAD mode such as \`Cipher::aes_256_gcm()\`, or add an HMAC.`, severity: openssl[2] === 'cbc' ? 'medium' : 'low', related: [] });
    }
    // rust-crypto's modes: `aes::ecb_encryptor(..)` is ECB, `aes::cbc_encryptor(..)` unauthenticated CBC.
    if (!receiverOf(call) && /^(ecb_encryptor|cbc_encryptor)$/.test(name) && /(^|::)aes::/.test(call.childForFieldName('function')?.text ?? '')) {
      if (name === 'ecb_encryptor') ctx.report(span(call), `\`${quote(model, call, 50)}\` uses ECB mode: equal plaintext blocks give equal ciphertext blocks. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305).`);
      else if (!macInSight(call)) unauthenticated.push({ key: 'rust-crypto:cbc', call, message: `\`${quote(model, call, 50)}\` encrypts with CBC mode and nothing in this function authenticates the ciphertext: an attacker can change it undetected (and CBC with padding errors is a decryption oracle). Use an AEAD, or add an HMAC over IV and ciphertext and check it first.`, severity: 'medium', related: [] });
    }
    // A raw block cipher applied to the data, block by block: ECB by construction.
    if (/^(en|de)crypt_blocks?(_mut|_b2b|_b2b_mut|_inout|_inout_mut)?$/.test(name) && isEcbByHand(ctx, call)) (name.startsWith('en') ? ecbEncrypt : ecbDecrypt).push(call);
    // `Aes256::new(key).encrypt_padded_vec::<Pkcs7>(data)`: the cipher crate's padded helpers on the
    // bare block cipher (not on a mode's Encryptor) are ECB over the whole buffer.
    if (PADDED.test(name) && isBareBlockCipher(ctx, receiverOf(call))) (name.startsWith('en') ? paddedEncrypt : paddedDecrypt).push(call);
    // nettle's `Twofish::with_encrypt_key(k)?.encrypt(&mut dst, src)`: the bare block cipher over the whole buffer.
    if (/^(en|de)crypt$/.test(name) && argumentsOf(call).length === 2 && isBareBlockCipher(ctx, receiverOf(call))) (name.startsWith('en') ? bufferEncrypt : bufferDecrypt).push(call);
  }
  for (const call of bufferEncrypt.length ? bufferEncrypt : bufferDecrypt) {
    ctx.report(span(call), `\`${quote(model, call, 50)}\` runs the bare block cipher over the whole buffer, block by block — that is ECB${bufferEncrypt.length ? '' : ' (this is its decryption side)'}: equal plaintext blocks give equal ciphertext blocks, there is no IV and nothing authenticates the result. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305).`);
  }
  for (const call of paddedEncrypt.length ? paddedEncrypt : paddedDecrypt) {
    ctx.report(span(call), `\`${quote(model, call, 50)}\` pads the data and runs the bare block cipher over it block by block — that is ECB${paddedEncrypt.length ? '' : ' (this is its decryption side)'}: equal plaintext blocks give equal ciphertext blocks, there is no IV and nothing authenticates the result. Use an AEAD (AES-256-GCM, ChaCha20-Poly1305).`);
  }
  // One unauthenticated mode of one API is one design choice of the file: one finding, at its first
  // (most severe) use, with the others beside it (`Cipher::aes_256_cbc()` in `encrypt` and `decrypt`).
  for (const key of new Set(unauthenticated.map((u) => u.key))) {
    const same = unauthenticated.filter((u) => u.key === key);
    const first = same.find((u) => u.severity === 'medium') ?? same[0];
    const others = same.filter((u) => u !== first).map((u) => ({ at: span(u.call), message: 'the same mode, also unauthenticated, here' }));
    ctx.report(span(first.call), first.message, { severity: first.severity, related: [...first.related, ...others] });
  }
  // Decrypting block by block is the other half of the same scheme: reported only where the file
  // does not encrypt that way too (one root cause, one finding).
  for (const call of ecbEncrypt.length ? ecbEncrypt : ecbDecrypt) {
    // The helper that wraps the block call, where it is called over the buffer in a loop.
    const helper = model.enclosingFunction(call.startIndex);
    const callers = helper ? model.calls.filter((c) => calleeName(c) === helper.name && !receiverOf(c) && model.loops.some((l) => l.start <= c.startIndex && c.endIndex <= l.end && !inIterator(l.node, c))) : [];
    ctx.report(span(call), `\`${quote(model, call, 50)}\` applies the raw block cipher to the data itself, one block at a time — that is ECB${ecbEncrypt.length ? '' : ' (this is its decryption side)'}: equal blocks encrypt equally and the data's structure shows through. Use an AEAD (AES-256-GCM) instead of a bare block cipher.`, {
      related: callers.slice(0, 3).map((c) => ({ at: span(c), message: `\`${helper!.name}\` is called block by block over the buffer here` })),
    });
  }
}

const PADDED = /^(en|de)crypt_padded(_vec)?(_mut|_b2b|_b2b_mut|_inout|_inout_mut)?$/;

/** A receiver known to be a block cipher itself (AES): not a mode, and not one reported as broken already. */
function isBareBlockCipher(ctx: CheckContext, recv: Node | null): boolean {
  const t = recv ? ctx.resolver.typeOf(recv) : undefined;
  const type = t ? ctx.models.type(t) : undefined;
  return !!type && type.primitive.includes('block-cipher') && !type.weak;
}

/** `for x in f(..)`: a call that makes what a loop walks runs once, not per iteration. */
function inIterator(loop: Node, call: Node): boolean {
  const value = loop.type === 'for_expression' ? loop.childForFieldName('value') : null;
  return !!value && value.startIndex <= call.startIndex && call.endIndex <= value.endIndex;
}

function unauthLabel(typeText: string, algorithm: string): string {
  const mode = /\b(cbc|ctr|cfb_mode|cfb8|ofb)::/.exec(typeText)?.[1] ?? (/\bCbc\b|Cbc(Enc|Dec)|cbc/i.test(typeText) ? 'cbc' : undefined);
  return mode ? `${mode.replace('_mode', '').toUpperCase()} mode` : algorithm;
}

/** The text naming the type a constructor builds: its path with generics, and the alias it goes through. */
function constructedTypeText(ctx: CheckContext, call: Node): string | undefined {
  let fn = call.childForFieldName('function');
  if (fn?.type === 'generic_function') fn = fn.childForFieldName('function');
  if (fn?.type !== 'scoped_identifier') return undefined;
  const path = fn.childForFieldName('path')?.text ?? '';
  const head = path.replace(/<.*$/, '').split('::').pop() ?? '';
  const alias = new RegExp(`\\btype\\s+${head}\\s*(?:<[^=]*>)?\\s*=\\s*([^;]+);`).exec(ctx.model.source.text)?.[1] ?? '';
  // Each name in it as its import spells it (`Encryptor` → `cbc::Encryptor`).
  const names = ctx.resolver.useMap.names;
  const used = [...`${path} ${alias}`.matchAll(/[A-Za-z_]\w*/g)].map((m) => names.get(m[0]) ?? '').filter(Boolean).join(' ');
  return `${used} ${path} ${alias}`;
}

/** The `use` line that imports a name or module, as a related location. */
function importOf(ctx: CheckContext, name: string): { at: { start: number; end: number }; message: string }[] {
  const u = ctx.model.uses.find((n) => new RegExp(`\\b${name}\\b`).test(n.text));
  return u ? [{ at: span(u), message: 'imported here' }] : [];
}

/**
 * `block.encrypt_block(..)` on data: inside a loop over the data's chunks, or on a block made from
 * a parameter, not from a counter, nonce or IV (a hand-written CTR or a key schedule is fine).
 */
function isEcbByHand(ctx: CheckContext, call: Node): boolean {
  const recv = receiverOf(call);
  const t = recv ? ctx.resolver.typeOf(recv) : undefined;
  // (A mode's encryptor driven block by block is that mode — CBC, reported as such — not ECB.)
  const type = t ? ctx.models.type(t) : undefined;
  if (t && (!type?.primitive.includes('block-cipher') || type.weak === 'unauthenticated')) return false;
  const arg = argumentsOf(call)[0];
  if (!arg) return false;
  const argText = arg.text;
  if (/ctr|counter|nonce|iv\b|keystream|tweak/i.test(argText)) return false;
  const fn = ctx.model.enclosingFunction(call.startIndex);
  const body = fn ? ctx.model.text(fn) : '';
  if (/ctr|counter|keystream/i.test(body)) return false;
  // (A loop that also XORs the block with another is a chaining mode written by hand, CBC, not ECB.)
  const inChunks = ctx.model.loops.some((l) => l.start <= call.startIndex && call.endIndex <= l.end && /\.chunks(_exact)?(_mut)?\(/.test(l.node.text.slice(0, 200)) && !/\^=|[\w)\]]\s*\^\s*[\w(*&!]/.test(l.node.text));
  if (inChunks) return true;
  // A single block taken straight from a parameter (`GenericArray::from_mut_slice(data)`).
  const root = argText.replace(/^&\s*(mut\s+)?/, '');
  const b = ctx.values.lookup(root, arg.startIndex);
  const made = b?.kind === 'let' ? (b.info.value?.text ?? '') : '';
  if (!fn || !/from_(mut_)?slice|clone_from_slice|GenericArray/.test(made)) return false;
  // The block's bytes come from a parameter (or `self`), directly or through one more `let`.
  const fromParam = (t: string) => [...fn.params.keys()].some((p) => new RegExp(`\\b${p}\\b`).test(t));
  if (fromParam(made)) return true;
  const inner = /([a-z_]\w*)\s*\.\s*as_bytes\(\)|\(\s*&?\s*([a-z_]\w*)\s*(?:\)|\[)/.exec(made);
  const innerName = inner?.[1] ?? inner?.[2];
  const ib = innerName ? ctx.values.lookup(innerName, arg.startIndex) : undefined;
  return ib?.kind === 'let' && fromParam(ib.info.value?.text ?? '');
}

/** A name that says RC4, by its words (`rc4_schedule`, `Arc4State`, `RC4`, `arcfour`). */
const isRc4Name = (name: string | undefined): boolean => !!name && words(name).some((w) => /^(a?rc4|arcfour)$/.test(w));

/**
 * RC4 written by hand: a function of a type, module or file named RC4 that runs the key schedule
 * (a 256-entry state permuted by swaps). Reported at the function, once per file.
 */
function handWrittenRc4(ctx: CheckContext): void {
  const { model } = ctx;
  // Only functions around a `.swap(` are read (a file can hold hundreds of functions).
  const swaps = [...model.source.text.matchAll(/\.swap\s*\(/g)].map((m) => m.index);
  if (swaps.length === 0) return;
  for (const fn of model.functions) {
    if (!fn.body || !swaps.some((at) => fn.start <= at && at < fn.end)) continue;
    const body = fn.body.text;
    if (!/\.swap\s*\(/.test(body) || !/\b256\b/.test(body)) continue;
    const impl = implTypeOf(fn);
    if (![fn.name, impl, ...model.path.split('/').slice(-2)].some(isRc4Name)) continue;
    ctx.report(span(fn.node.childForFieldName('name') ?? fn.node), `\`${impl ? `${impl}::` : ''}${fn.name}\` is a hand-written RC4: its keystream is biased (plaintext recovery from many messages, RFC 7465 bans it from TLS), and it authenticates nothing. Use an AEAD from a maintained crate: AES-256-GCM (\`aes-gcm\`) or ChaCha20-Poly1305.`);
    return;
  }
}

/** The unmaintained `rust-crypto` crate, once per crate, where it is first imported. */
function reportRustCrypto(ctx: CheckContext): void {
  const deps = ctx.crate?.dependencies;
  // With a manifest, only a dependency on rust-crypto counts (`crypto` may be the crate's own module or another crate).
  if (deps && !deps.includes('rust-crypto')) return;
  const used = ctx.model.uses.find((u) => (u.type === 'extern_crate_declaration' && u.childForFieldName('name')?.text === 'crypto') || (u.type === 'use_declaration' && /^(::)?crypto::/.test(u.childForFieldName('argument')?.text ?? '') && (deps || RUST_CRYPTO_MODULES.test((u.childForFieldName('argument')?.text ?? '').replace(/^(::)?crypto::\{?\s*/, '')))));
  // With the dependency, a path written out (`crypto::sha2::Sha512::new()`) counts as a use too.
  // (The whole path as written: `crypto::sha2::Sha512::new`.)
  const path = deps && !used ? /(^|[^\w:])(crypto::[a-z]\w*(?:::\w+)*)/.exec(ctx.model.source.text) : null;
  const first = used ? span(used) : path ? { start: path.index + path[1].length, end: path.index + path[1].length + path[2].length } : undefined;
  if (!first) return;
  ctx.report(first, `\`${quote(ctx.model, first, 50)}\`: the \`rust-crypto\` crate is unmaintained since 2016 and has known vulnerabilities (RUSTSEC-2022-0011, RUSTSEC-2016-0005). Move to the RustCrypto crates (\`aes-gcm\`, \`chacha20poly1305\`, \`sha2\`, \`argon2\`).${deps ? '' : ' (Reported once per crate.)'}`, { oncePer: `rust-crypto:${ctx.crate?.manifest ?? ''}` });
}
