import { calleeNameIn } from '../apis.ts';
import type { CheckContext } from '../check-context.ts';
import { integerLiteral } from '../values.ts';
import { span } from '../model.ts';
import { quote } from './common.ts';

// weak-rsa: RSA encryption with PKCS#1 v1.5 padding (Bleichenbacher's padding oracle; the Marvin
// attack, 2023, showed the rsa crate's decryption leaks through timing) and RSA keys under 2048 bits.

const KINDS = new Set(['rsa-bits', 'rsa-encrypt-padding']);
const MIN_BITS = 2048;

export function weakRsa(ctx: CheckContext): void {
  const { model, values, resolver } = ctx;
  const names = ctx.models.names(KINDS);
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
        if (v.kind === 'external' && v.name) ctx.report(span(call), message('{{value}}'), { ifExternalConst: { name: v.name, below: MIN_BITS } });
        const bits = v.kind === 'const' ? integerLiteral(v.literal) : undefined;
        if (bits !== undefined && bits < MIN_BITS && firstInFn(call.startIndex)) ctx.report(span(call), message(bits.toLocaleString('en-US')), { related: v.origin && v.binding ? [{ at: v.origin, message: 'the key size is set here' }] : [] });
        continue;
      }
      // The padding argument names a modelled weak value (`Pkcs1v15Encrypt`, `Padding::PKCS1`), directly or through a `let`.
      const b = arg.type === 'identifier' ? values.lookup(arg.text, arg.startIndex) : undefined;
      const text = b?.kind === 'let' && b.info.value ? b.info.value.text : arg.text;
      const weak = [...text.matchAll(/[A-Za-z_][\w:]*/g)].map((m) => ctx.models.value(m[0])).find((v) => v?.kind === 'weak-rsa-padding');
      if (!weak) continue;
      ctx.report(span(call), `RSA ${/decrypt/.test(call.text) ? 'decryption' : 'encryption'} with PKCS#1 v1.5 padding (\`${quote(model, arg, 40)}\`): it is open to padding-oracle attacks (Bleichenbacher 1998; the Marvin attack still finds timing oracles in current libraries), so anyone who can submit ciphertexts may decrypt them. Use OAEP (\`Oaep::new::<Sha256>()\`, \`Padding::PKCS1_OAEP\`), or better a hybrid scheme (HPKE, or X25519 + an AEAD).`);
    }
  }
}
