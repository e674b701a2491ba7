// `cfg_if::cfg_if! { if #[cfg(a)] { items } else { items } }` (the cfg-if crate) holds its items in
// a macro's token tree, where tree-sitter sees tokens, not code: a cipher built there was never
// analyzed. Before parsing, the macro's own syntax (the invocation, each branch's `if #[cfg(..)] {`,
// `else {` and closing brace) is overwritten with spaces, so the branches' items are parsed as the
// file's items at the same offsets, lines and columns (every position, line text and fingerprint
// stays as it is). Every branch is kept (whichever the build picks, it is code that can ship),
// except one that only tests compile (`#[cfg(test)]`, `all(test, ..)`), which stays out like test
// code elsewhere would be lowered: it is blanked too. A macro whose shape is not this one is left as
// it is.

const INVOCATION = /(?<![\w:])(?:(?:::)?cfg_if\s*::\s*)?cfg_if\s*!\s*\{/g;

/** The file's text with every `cfg_if!` unwrapped (the same text when it has none). */
export function unwrapCfgIf(text: string): string {
  if (!text.includes('cfg_if')) return text;
  let out: string[] | undefined;
  const blank = (chars: string[], from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  INVOCATION.lastIndex = 0;
  for (let m = INVOCATION.exec(text); m; m = INVOCATION.exec(text)) {
    const edits = branches(text, m.index + m[0].length);
    if (!edits) continue;
    out ??= text.split('');
    blank(out, m.index, m.index + m[0].length);
    for (const [from, to] of edits) blank(out, from, to);
  }
  // (Split into UTF-16 units, the unit of every offset here: the text keeps its length.)
  return out ? out.join('') : text;
}

/** The spans to blank in a cfg_if! body that starts at `i` (just after its `{`), or undefined when it has another shape. */
function branches(text: string, i: number): [number, number][] | undefined {
  const edits: [number, number][] = [];
  let first = true;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === '}') {
      edits.push([i, i + 1]);
      return edits;
    }
    const start = i;
    if (!first) {
      if (!text.startsWith('else', i)) return undefined;
      i = skipSpace(text, i + 4);
    }
    let predicate = '';
    if (text.startsWith('if', i) && !/\w/.test(text[i + 2] ?? '')) {
      i = skipSpace(text, i + 2);
      if (text[i] !== '#') return undefined;
      i = skipSpace(text, i + 1);
      if (text[i] !== '[') return undefined;
      const close = matching(text, i, '[', ']');
      if (close < 0) return undefined;
      predicate = text.slice(i + 1, close);
      i = skipSpace(text, close + 1);
    } else if (first) return undefined;
    if (text[i] !== '{') return undefined;
    const end = matching(text, i, '{', '}');
    if (end < 0) return undefined;
    const testOnly = /\btest\b/.test(predicate) && !/\bnot\s*\(\s*test\s*\)/.test(predicate) && !/\bany\s*\(/.test(predicate);
    edits.push(testOnly ? [start, end + 1] : [start, i + 1], ...(testOnly ? [] : [[end, end + 1] as [number, number]]));
    i = end + 1;
    first = false;
  }
}

/** Past white space and comments. */
function skipSpace(text: string, i: number): number {
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else return i;
  }
}

/** The index of the bracket that closes the one at `open`, past strings, chars and comments; -1 if none. */
function matching(text: string, open: number, o: string, c: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      i = skipSpace(text, i) - 1;
      continue;
    }
    if (ch === '"' || (ch === 'r' && /^r#*"/.test(text.slice(i, i + 130)) && !/\w/.test(text[i - 1] ?? ''))) {
      i = stringEnd(text, i);
      if (i < 0) return -1;
      continue;
    }
    if (ch === "'") {
      // A char literal ('x', '\n', '\u{..}'), else a lifetime ('a).
      const lit = /^'(?:[^'\\\n]|\\(?:[^u]|u\{[0-9a-fA-F]*\}))'/.exec(text.slice(i, i + 12));
      if (lit) i += lit[0].length - 1;
      continue;
    }
    if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i;
  }
  return -1;
}

/** The index of a string literal's last character (`"`, or the last `#` of a raw string). */
function stringEnd(text: string, i: number): number {
  if (text[i] === 'r') {
    const hashes = /^r(#*)"/.exec(text.slice(i, i + 130))![1];
    const end = text.indexOf(`"${hashes}`, i + hashes.length + 2);
    return end < 0 ? -1 : end + hashes.length;
  }
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  return -1;
}
