import { calleeNameIn } from '../apis.ts';
import type { CheckContext } from '../check-context.ts';
import { integerLiteral } from '../values.ts';
import { span } from '../model.ts';
import { quote } from './common.ts';

// weak-rsa: RSA encryption with PKCS#1 v1.5 padding (Bleichenbacher's padding oracle; the Marvin
// attack, 2023, showed the rsa crate's decryption leaks through timing) or with none (textbook RSA),
// and RSA keys under 2048 bits.

const KINDS = new Set(['rsa-bits', 'rsa-encrypt-padding']);
const MIN_BITS = 2048;

export function weakRsa(ctx: CheckContext): void {
  const { model, values, resolver } = ctx;
  const names = ctx.models.names(KINDS);
  weakDefaultPadding(ctx);
  // One weak key size per function (a retry that asks again for the same size is the same root cause).
  const sizedIn = new Set<number>();
  const firstInFn = (at: number): boolean => {
    const fn = model.enclosingFunction(at)?.start ?? -1;
    if (sizedIn.has(fn)) return false;
    sizedIn.add(fn);
    return true;
  };
  for (const call of model.calls) {
    if (!calleeNameIn(call, names)) continue;
    for (const { row, arg } of resolver.sinks(call, KINDS)) {
      if (!arg) continue;
      if (row.kind === 'rsa-bits') {
        const v = values.resolve(arg);
        const message = (bits: string) => `RSA key of ${bits} bits (\`${quote(model, call, 60)}\`): keys under ${MIN_BITS} bits are below NIST's minimum (SP 800-57, SP 800-131A) and 1024-bit moduli are within reach of well-funded attackers. Generate at least 2048-bit keys (3072 for use beyond 2030).`;
        if (v.kind === 'external' && v.name) ctx.report(span(call), message('{{value}}'), { ifExternalConst: { name: v.name, below: MIN_BITS, at: v.origin } });
        const bits = v.kind === 'const' ? integerLiteral(v.literal) : undefined;
        if (bits !== undefined && bits < MIN_BITS && firstInFn(call.startIndex)) ctx.report(span(call), message(bits.toLocaleString('en-US')), { related: v.origin && v.binding ? [{ at: v.origin, message: 'the key size is set here' }] : [] });
        continue;
      }
      // The padding argument names a modelled weak value (`Pkcs1v15Encrypt`, `Padding::PKCS1`), directly or through a `let`.
      const b = arg.type === 'identifier' ? values.lookup(arg.text, arg.startIndex) : undefined;
      const text = b?.kind === 'let' && b.info.value ? b.info.value.text : arg.text;
      const weak = [...text.matchAll(/[A-Za-z_][\w:]*/g)].map((m) => ctx.models.value(m[0])).find((v) => v?.kind === 'weak-rsa-padding' || v?.kind === 'no-rsa-padding');
      if (!weak) continue;
      if (weak.kind === 'no-rsa-padding') {
        ctx.report(span(call), `Textbook RSA: \`${quote(model, call, 60)}\` ${/decrypt/.test(call.text) ? 'decrypts' : 'encrypts'} without padding (\`${quote(model, arg, 40)}\`). Raw RSA is deterministic (equal messages give equal ciphertexts, so a guessed message can be confirmed), malleable (ciphertexts multiply), and a short or zero-prefixed message leaks through small-exponent and Coppersmith attacks. Use OAEP (\`Padding::PKCS1_OAEP\`, \`Oaep::new::<Sha256>()\`), or better a hybrid scheme (HPKE, or X25519 + an AEAD).`);
        continue;
      }
      ctx.report(span(call), `RSA ${/decrypt/.test(call.text) ? 'decryption' : 'encryption'} with PKCS#1 v1.5 padding (\`${quote(model, arg, 40)}\`): it is open to padding-oracle attacks (Bleichenbacher 1998; the Marvin attack still finds timing oracles in current libraries), so anyone who can submit ciphertexts may decrypt them. Use OAEP (\`Oaep::new::<Sha256>()\`, \`Padding::PKCS1_OAEP\`), or better a hybrid scheme (HPKE, or X25519 + an AEAD).`);
    }
  }
}

/**
 * `Some("pkcs1") | None => Padding::PKCS1`: a padding parser whose default (no choice given, or
 * anything else) is PKCS#1 v1.5 — every caller that does not ask for OAEP gets the weak padding.
 */
function weakDefaultPadding(ctx: CheckContext): void {
  const { model } = ctx;
  if (!/=>\s*[\w:]*PKCS1\b|=>\s*[\w:]*Pkcs1v15Encrypt\b/.test(model.source.text)) return;
  for (const arm of model.tree.rootNode.descendantsOfType('match_arm')) {
    const pattern = arm?.childForFieldName('pattern');
    const value = arm?.childForFieldName('value');
    if (!arm || !pattern || !value) continue;
    const alternatives = pattern.text.split('|').map((p) => p.trim());
    if (!alternatives.some((p) => p === 'None' || p === '_')) continue;
    const weak = ctx.models.value(value.text.trim());
    if (weak?.kind !== 'weak-rsa-padding') continue;
    ctx.report(span(arm), `PKCS#1 v1.5 is the default RSA padding here (\`${quote(model, arm, 50)}\`): whoever does not name a padding encrypts with the one open to padding-oracle attacks (Bleichenbacher; Marvin). Default to OAEP (\`Padding::PKCS1_OAEP\`, \`Oaep::new::<Sha256>()\`) and make PKCS#1 v1.5 an explicit, legacy choice.`);
  }
}
