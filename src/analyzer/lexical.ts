// Where Rust's comments and literals begin and end, read from the text alone, before (or without)
// a parse: item-macros.ts finds brackets and `;` outside them, and the prefilter tells a trigger
// written in code from one in a comment. Conservative where the text is odd: a string never
// closed ends the file, and what is not surely a comment is code.

import { isIdentChar as isIdent } from './source.ts';

/**
 * The number of `#` of the raw string whose opening quote is at `quote` (`r"`, `r#"`, `br##"`,
 * `cr"`), or -1 when that quote opens no raw string. Read backwards from the quote, so a scan that
 * steps over the `r` and the hashes as code still finds the string where its quote is.
 */
function rawHashes(text: string, quote: number): number {
  let j = quote - 1;
  while (j >= 0 && text.charCodeAt(j) === 35) j--;
  if (text.charCodeAt(j) !== 114) return -1; // r
  let k = j - 1;
  const p = text.charCodeAt(k);
  if (p === 98 || p === 99) k--; // br, cr
  return k >= 0 && isIdent(text.charCodeAt(k)) ? -1 : quote - 1 - j;
}

/**
 * The end (exclusive) of the string or char literal that starts at `i` (a `"`, or the `'` of a
 * char literal); `i` itself when none starts there (a lifetime's `'`, anything else), -1 for a
 * string never closed.
 */
export function literalEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) {
    const hashes = rawHashes(text, i);
    if (hashes >= 0) {
      const end = text.indexOf(`"${'#'.repeat(hashes)}`, i + 1);
      return end < 0 ? -1 : end + 1 + hashes;
    }
    for (let j = i + 1; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 92) j++;
      else if (d === 34) return j + 1;
    }
    return -1;
  }
  if (c === 39) {
    // A char literal ('x', '\n', '\'', '\u{1F600}', or one astral character), else a lifetime or label ('a).
    let j = i + 1;
    const d = text.charCodeAt(j);
    if (d === 92) {
      const e = text.charCodeAt(i + 2);
      if (e === 117 && text.charCodeAt(i + 3) === 123) {
        const close = text.indexOf('}', i + 4);
        if (close < 0 || close - i > 12) return i;
        j = close + 1;
      } else j = e === 120 ? i + 5 : i + 3; // '\x7f', else '\n', '\'', '\\'
    } else if (d === 10 || d === 13 || d === 39 || Number.isNaN(d)) return i;
    else j += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
    return text.charCodeAt(j) === 39 ? j + 1 : i;
  }
  return i;
}

/** The end (exclusive) of the comment that starts at `i` (its line break stays outside); `i` itself when none does. Block comments nest. */
export function commentEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 47) return i;
  const next = text.charCodeAt(i + 1);
  if (next === 47) {
    const nl = text.indexOf('\n', i);
    return nl < 0 ? text.length : nl;
  }
  if (next !== 42) return i;
  let depth = 1;
  let j = i + 2;
  while (j < text.length) {
    const a = text.charCodeAt(j);
    const b = text.charCodeAt(j + 1);
    if (a === 47 && b === 42) {
      depth++;
      j += 2;
    } else if (a === 42 && b === 47) {
      j += 2;
      if (--depth === 0) return j;
    } else j++;
  }
  return text.length;
}

const SPECIAL = /["'/]/g;

/**
 * The text with every comment blanked (each character but line breaks becomes a space): the same
 * length and lines, the code and the literals as they are. The text itself when it has no comment.
 * (The spans are overwritten in a UTF-16 copy of the text, which comes back as one flat string:
 * a string joined from thousands of doc-comment lines would be slower to scan.)
 */
export function blankComments(text: string): string {
  const spans: number[] = [];
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const i = m.index;
    const c = commentEnd(text, i);
    if (c > i) {
      spans.push(i, c);
      SPECIAL.lastIndex = c;
      continue;
    }
    const l = literalEnd(text, i);
    if (l < 0) break;
    SPECIAL.lastIndex = Math.max(l, i + 1);
  }
  if (spans.length === 0) return text;
  // (One scratch buffer for the process: a Buffer per file is memory outside the heap, which the
  // collector frees late: peak RSS at 2 threads on the bench corpus was 291 MB with one, 279–286 MB
  // with this.)
  if (scratch.length < text.length * 2) scratch = Buffer.allocUnsafeSlow(Math.max(text.length * 2, scratch.length * 2));
  scratch.write(text, 0, 'utf16le');
  const units = new Uint16Array(scratch.buffer, scratch.byteOffset, text.length);
  for (let k = 0; k < spans.length; k += 2) for (let j = spans[k]; j < spans[k + 1]; j++) if (units[j] !== 10 && units[j] !== 13) units[j] = 32;
  return scratch.toString('utf16le', 0, text.length * 2);
}

let scratch = Buffer.allocUnsafeSlow(1 << 16);
