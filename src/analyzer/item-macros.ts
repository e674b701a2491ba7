// Macros that hold items in a token tree, where tree-sitter sees tokens, not code, so a cipher
// built or a key set there was never analyzed:
//
// - `cfg_if::cfg_if! { if #[cfg(a)] { items } else { items } }` (the cfg-if crate): the macro's own
//   syntax (the invocation, each branch's `if #[cfg(..)] {`, `else {` and closing brace) becomes
//   spaces, so the branches' items parse as the file's. Every branch is kept (whichever the build
//   picks, it is code that can ship), except one that only tests compile (`#[cfg(test)]`,
//   `all(test, ..)`), which is blanked too.
// - `lazy_static! { static ref KEY: T = expr; }` and `thread_local! { static KEY: T = expr; }`: the
//   invocation, its braces and each `ref` become spaces, so each entry parses as a `static` with its
//   initializer (a value made once, which is what the analysis needs to know of it).
//
// Only characters are overwritten, never added or removed: every offset, line, column, line text
// and fingerprint stays as it is. A macro whose shape is not the expected one is left as it is.

import { commentEnd, literalEnd } from './lexical.ts';

/** Where a macro invocation `[path::]name! {` starts and its body begins, for each one of `name` in the text. */
function* invocations(text: string, name: string, paths: RegExp): Generator<[number, number]> {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.charCodeAt(at - 1);
    let start = at;
    // (`cfg_if::cfg_if!`, `::lazy_static::lazy_static!`, `std::thread_local!`: the path goes too.)
    if (before === 58) {
      const path = paths.exec(text.slice(Math.max(0, at - 40), at));
      if (!path) continue;
      start = at - path[0].length;
    }
    if (/[\w:]/.test(text[start - 1] ?? '')) continue;
    let i = skipSpace(text, at + name.length);
    if (text[i] !== '!') continue;
    i = skipSpace(text, i + 1);
    if (text[i] === '{') yield [start, i + 1];
  }
}

/** The file's text with every `cfg_if!`, `lazy_static!` and `thread_local!` unwrapped (the same text when it has none). */
export function unwrapItemMacros(text: string): string {
  const edits: [number, number][] = [];
  for (const [name, paths, body] of [
    ['cfg_if', /(?:::)?cfg_if\s*::\s*$/, branches],
    ['lazy_static', /(?:::)?lazy_static\s*::\s*$/, lazyStatics],
    ['thread_local', /(?:::)?std\s*::\s*$/, lazyStatics],
  ] as const) {
    for (const [start, head] of invocations(text, name, paths)) {
      const inner = body(text, head);
      if (inner) edits.push([start, head], ...inner);
    }
  }
  if (edits.length === 0) return text;
  // Each span becomes spaces, its line breaks kept: the text keeps its length in UTF-16 units, the
  // unit of every offset here.
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of edits) {
    if (from < at) continue;
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ');
    at = to;
  }
  return out + text.slice(at);
}

/**
 * The spans to blank in a `lazy_static!` or `thread_local!` body that starts at `i` (just after its
 * `{`): each `ref` after `static` (lazy_static's), and the closing brace. Entries are `[attrs] [pub]
 * static [ref] NAME: T = expr;`; a body with no `static` has another shape.
 */
function lazyStatics(text: string, i: number): [number, number][] | undefined {
  const end = matching(text, i - 1, '{', '}');
  if (end < 0) return undefined;
  const edits: [number, number][] = [];
  let entries = 0;
  for (let j = skipSpace(text, i); j < end; j = skipSpace(text, j), entries++) {
    // Attributes (and doc comments, which skipSpace passes), `pub`/`pub(crate)`, then `static [ref]`.
    const head = /^(?:#\s*\[[^\]]*\]\s*|\/\/[^\n]*\n\s*)*(?:pub\s*(?:\([^)]*\))?\s*)?static\s+(ref\s+)?/.exec(text.slice(j, Math.min(end, j + 2000)));
    if (!head) return undefined;
    if (head[1]) edits.push([j + head[0].length - head[1].length, j + head[0].length - head[1].length + 3]);
    const semi = matchingSemicolon(text, j + head[0].length, end);
    if (semi < 0) return undefined;
    j = semi + 1;
  }
  if (entries === 0) return undefined;
  edits.push([end, end + 1]);
  return edits;
}

/** The `;` that ends an entry starting at `i`, outside brackets, strings, chars and comments (before `end`); -1 if none. */
function matchingSemicolon(text: string, i: number, end: number): number {
  for (let k = i; k < end; k++) {
    k = pastLiteral(text, k);
    if (k < 0) return -1;
    const ch = text[k];
    if (ch === ';') return k;
    if (ch === '(' || ch === '[' || ch === '{') {
      k = matching(text, k, ch, ch === '(' ? ')' : ch === '[' ? ']' : '}');
      if (k < 0) return -1;
    }
  }
  return -1;
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
    for (let c = text.charCodeAt(i); c === 32 || (c >= 9 && c <= 13); c = text.charCodeAt(++i));
    const past = commentEnd(text, i);
    if (past === i) return i;
    i = past;
  }
}

/** The index of the bracket that closes the one at `open`, past strings, chars and comments; -1 if none. */
function matching(text: string, open: number, o: string, c: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    i = pastLiteral(text, i);
    if (i < 0) return -1;
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i;
  }
  return -1;
}

/**
 * At `i`: the last index of the string, char literal or block comment that starts there, or the
 * line break that ends a line comment (so a scan goes on after it, and never reads a bracket in a
 * comment), `i` itself when none does, -1 for a string never closed.
 */
function pastLiteral(text: string, i: number): number {
  const comment = commentEnd(text, i);
  if (comment > i) return text.charCodeAt(i + 1) === 47 ? comment : comment - 1;
  const literal = literalEnd(text, i);
  return literal < 0 ? -1 : literal > i ? literal - 1 : i;
}
