import { calleeName } from '../apis.ts';
import type { CheckContext } from '../check-context.ts';
import { span } from '../model.ts';
import { quote } from './common.ts';

// stream-truncation: an `aead::stream` encryptor (STREAM, as in age and Tink) whose last chunk is
// never sealed with `encrypt_last`: the last-block flag is what tells the reader the stream ended,
// so without it an attacker can cut chunks off the end and the reader accepts the shorter message.

const NONCE = new Set(['nonce']);

export function streamTruncation(ctx: CheckContext): void {
  const { model, resolver } = ctx;
  const text = model.source.text;
  if (!/\.\s*encrypt_next(_in_place)?\s*\(/.test(text) || /\.\s*encrypt_last(_in_place)?\s*\(/.test(text)) return;
  for (const call of model.calls) {
    if (!/^(new|from_aead)$/.test(calleeName(call))) continue;
    const stream = resolver.sinks(call, NONCE).find(({ row }) => row.model.types.some((t) => t.algorithm === 'STREAM' && row.call.startsWith(`${t.name}::`)));
    if (!stream) continue;
    ctx.report(span(call), `\`${quote(model, call, 50)}\` starts an AEAD stream that this file feeds with \`encrypt_next\` but never finishes with \`encrypt_last\`: without the last-chunk flag a reader cannot tell a complete stream from one cut short, so an attacker can drop chunks off the end undetected. Seal the final chunk with \`encrypt_last\` (and read it with \`decrypt_last\`).`);
  }
}
