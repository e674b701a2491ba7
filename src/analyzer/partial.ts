// Which parts of a file to parse. Some rules look only at some of a file's items: in functions that
// hold certain text (non-constant-time-compare: a comparison), or at consts and statics named for
// a secret and those the rest names (hardcoded-key). In a file where only such rules run, the other
// items cannot hold a finding or anything a check reads, and their text is left out of the parse
// with tree-sitter's included ranges: node offsets stay those of the file, and items parse the same
// alone as among others. The items are found from the text before any parse (lexical.ts knows where
// comments and literals are); whatever the text does not make clear is parsed.

import type { Range } from 'web-tree-sitter';
import { commentEnd, literalEnd } from './lexical.ts';
import { isIdentChar, type SourceText } from './source.ts';

/**
 * An item as the text shows it: a function (`fn`, also `const fn`, `extern "C" fn`), a container
 * whose body holds items (`impl`, `trait`, `mod m { }`, `extern { }`), data (`use`, `const`,
 * `static`, `struct`, `enum`, `union`, `type`, `extern crate`, `mod m;`), or other (macro
 * invocations and definitions, inner attributes, anything not recognized). Attributes and comments
 * before an item are part of it.
 */
export interface TextItem {
  start: number;
  end: number;
  kind: 'fn' | 'container' | 'data' | 'other';
  /** A const's or static's name (data items only). */
  constName?: string;
  /** A container's braces and the items between them. */
  body?: { open: number; close: number; items: TextItem[] };
}

const MODIFIERS = new Set(['pub', 'unsafe', 'async', 'default', 'auto', 'safe']);
const DATA = new Set(['use', 'static', 'struct', 'enum', 'union', 'type']);

/** A block of items being read: the file, or a container's body. */
interface Frame {
  items: TextItem[];
  /** Where the item being read starts; its bracket depth; its first words outside brackets (enough to tell its kind). */
  start: number;
  depth: number;
  words: string[];
  /** The item is an inner attribute (`#![..]`). */
  inner: boolean;
  /** The `{` of the item's body, once it is a container whose body is being read. */
  bodyOpen: number;
}

const frame = (start: number): Frame => ({ items: [], start, depth: 0, words: [], inner: false, bodyOpen: -1 });

function kindOf(words: readonly string[]): { kind: TextItem['kind']; constName?: string } {
  let k = 0;
  while (k < words.length && MODIFIERS.has(words[k])) k++;
  const w = words[k];
  const next = words[k + 1];
  if (w === 'fn') return { kind: 'fn' };
  if (w === 'const' && (next === 'fn' || next === 'unsafe' || next === 'async' || next === 'extern')) return { kind: 'fn' };
  if (w === 'const' || w === 'static') return { kind: 'data', constName: next === 'mut' ? words[k + 2] : next };
  if (w === 'extern') return { kind: next === 'crate' ? 'data' : next === 'fn' ? 'fn' : 'container' };
  if (w === 'impl' || w === 'trait' || w === 'mod') return { kind: 'container' };
  if (w !== undefined && DATA.has(w)) return { kind: 'data' };
  return { kind: 'other' };
}

/**
 * The items of `text`, read in one pass (a container's body as it comes), or undefined when the
 * brackets do not balance or a string is never closed (then nothing is left out).
 */
export function textItems(text: string): TextItem[] | undefined {
  const stack: Frame[] = [];
  let f = frame(0);
  const finish = (end: number, body?: TextItem['body']) => {
    const { kind, constName } = kindOf(f.words);
    // (A container with no body is a declaration: `mod m;`, `extern "C" {}` aside.)
    f.items.push({ start: f.start, end, kind: body ? kind : kind === 'container' ? 'data' : kind, ...(constName ? { constName } : {}), ...(body ? { body } : {}) });
    f.start = end;
    f.words = [];
    f.inner = false;
    f.bodyOpen = -1;
  };
  // Past a closing brace: a `;` right after it (`const X: S = S { .. };`) ends the item too.
  const afterBrace = (i: number): number => {
    let j = i + 1;
    for (;;) {
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      const e = commentEnd(text, j);
      if (e === j) break;
      j = e;
    }
    return text.charCodeAt(j) === 59 ? j + 1 : i + 1;
  };
  let i = 0;
  while (i < text.length) {
    // Inside brackets only brackets, `;`, comments and literals matter: the regex engine skips to the next one.
    if (f.depth > 0) {
      INSIDE.lastIndex = i;
      if (!INSIDE.test(text)) break;
      i = INSIDE.lastIndex - 1;
    }
    const c = text.charCodeAt(i);
    if (c === 47) {
      const e = commentEnd(text, i);
      if (e > i) {
        i = e;
        continue;
      }
    } else if (c === 34 || c === 39) {
      const e = literalEnd(text, i);
      if (e < 0) return undefined;
      i = e > i ? e : i + 1;
      continue;
    } else if (isIdentChar(c)) {
      let j = i + 1;
      while (j < text.length && isIdentChar(text.charCodeAt(j))) j++;
      if (f.depth === 0 && f.words.length < 8) f.words.push(text.slice(i, j));
      i = j;
      continue;
    } else if (c === 123 || c === 40 || c === 91) {
      // `{`, `(`, `[`: a container's body is read as a block of items of its own.
      if (f.depth === 0 && c === 123 && kindOf(f.words).kind === 'container') {
        f.bodyOpen = i;
        stack.push(f);
        f = frame(i + 1);
        i++;
        continue;
      }
      if (f.depth === 0 && c === 91 && text.charCodeAt(i - 1) === 33 && text.charCodeAt(i - 2) === 35) f.inner = true; // `#![`
      f.depth++;
    } else if (c === 125 || c === 41 || c === 93) {
      if (f.depth === 0) {
        const outer = stack.pop();
        if (c !== 125 || !outer) return undefined;
        // The body's end: what is left in it after its last item is kept as it is.
        if (text.slice(f.start, i).trim()) f.items.push({ start: f.start, end: i, kind: 'other' });
        const body = { open: outer.bodyOpen, close: i, items: f.items };
        f = outer;
        const end = afterBrace(i);
        finish(end, body);
        i = end;
        continue;
      }
      f.depth--;
      if (f.depth === 0 && c === 125) {
        const end = afterBrace(i);
        finish(end);
        i = end;
        continue;
      }
      if (f.depth === 0 && c === 93 && f.inner) {
        finish(i + 1);
        i++;
        continue;
      }
    } else if (c === 59 && f.depth === 0) {
      finish(i + 1);
      i++;
      continue;
    }
    i++;
  }
  if (stack.length || f.depth !== 0) return undefined;
  // What is left after the last item: blank space and comments, or an item not ended (kept as other).
  if (text.slice(f.start).trim()) f.items.push({ start: f.start, end: text.length, kind: 'other' });
  return f.items;
}

const INSIDE = /[/"'{}()[\];]/g;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * Where a rule's check looks (a rule's `items-with`). `functions`: only in functions whose code
 * holds one of these strings (`==`; `w:eq`, a whole word; `i:nonce`, in any case); absent, in
 * every function (the engine writes `sink:<kind>` as the call names the models give the kind). `consts`:
 * only at the consts and statics whose code holds one of these, written the same way (`i:key` in
 * `API_KEY: &str = ..`; none, `[]`), at those that what is parsed names, and at every one that is
 * more than a plain value (a call, macro, block or closure in it); absent, at every one. Every
 * other item (`use`, types, `impl` headers, macros) is always looked at.
 */
export interface ItemScope {
  functions?: readonly string[];
  consts?: readonly string[];
}

/**
 * The ranges of `text` to parse for rules that look where `scopes` say (an item is parsed if one of
 * them looks at it); functions and consts inside `impl`, `trait` and `mod` blocks count like the
 * file's own. A function that holds a `use` is parsed (what it imports is the file's context).
 * Undefined when the whole text is to be parsed: its items are unclear, or nearly all of it would
 * be parsed anyway. `code` is the text with its comments blanked (lexical.ts's blankComments).
 */
export function partialRanges(source: SourceText, code: string, scopes: readonly ItemScope[]): Range[] | undefined {
  const text = source.text;
  if (scopes.every((s) => !s.functions && !s.consts)) return undefined;
  const items = textItems(text);
  if (!items) return undefined;
  // Per scope, where its function needs occur in code, in order: a function holds one if one starts inside it.
  const fnNeeds = scopes.map((s) => (s.functions ? occurrences(code, [...s.functions, 'w:use']) : undefined));
  const keepFn = (item: TextItem) => fnNeeds.some((at) => !at || startsWithin(at, item.start, item.end));
  const constNeeds = scopes.map((s) => (s.consts ? occurrences(code, s.consts) : undefined));
  // Only a plain value is left out (`= 8`, `= b"fscrypt:\0"`, `= [1, 2]`): a const with a call, macro,
  // block or closure in it (`Lazy::new(|| Aes256Gcm::new(..))`) is code a check may read.
  const keepConst = (item: TextItem) => !plainValue(code, item.start, item.end) || constNeeds.some((at) => !at || startsWithin(at, item.start, item.end));
  // Items in order, each with whether it is parsed; consts left out for now are parsed after all if what is parsed names them.
  const spans: { start: number; end: number; keep: boolean; item?: TextItem }[] = [];
  const select = (list: TextItem[]) => {
    for (const item of list) {
      if (item.body) {
        spans.push({ start: item.start, end: item.body.open + 1, keep: true });
        select(item.body.items);
        spans.push({ start: item.body.close, end: item.end, keep: true });
      } else spans.push({ start: item.start, end: item.end, keep: item.kind === 'fn' ? keepFn(item) : !item.constName || keepConst(item), item });
    }
  };
  select(items);
  const waiting = new Map<string, (typeof spans)[number][]>();
  for (const s of spans) if (!s.keep && s.item?.constName) waiting.set(s.item.constName, [...(waiting.get(s.item.constName) ?? []), s]);
  if (waiting.size) {
    const queue = spans.filter((s) => s.keep);
    while (queue.length && waiting.size) {
      const s = queue.pop()!;
      namesIn(code, s.start, s.end, (name) => {
        const named = waiting.get(name);
        if (!named) return;
        waiting.delete(name);
        for (const c of named) {
          c.keep = true;
          queue.push(c);
        }
      });
    }
  }
  const ranges: [number, number][] = [];
  let kept = 0;
  for (const s of spans) {
    if (!s.keep || s.end <= s.start) continue;
    kept += s.end - s.start;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === s.start) last[1] = s.end;
    else ranges.push([s.start, s.end]);
  }
  if (kept > 0.9 * text.length) return undefined;
  const point = (offset: number) => {
    const p = source.position(offset);
    return { row: p.line - 1, column: p.column - 1 };
  };
  return ranges.map(([s, e]) => ({ startIndex: s, endIndex: e, startPosition: point(s), endPosition: point(e) }));
}

/** Where the strings occur in `code`, sorted (`w:word`: only as a whole word; `i:text`, or every one if `anyCase`: in any case). */
function occurrences(code: string, needs: readonly string[], anyCase = false): number[] {
  const at: number[] = [];
  const folded = needs.filter((n) => anyCase || n.startsWith('i:')).map((n) => n.replace(/^i:/, ''));
  if (folded.length) {
    const re = new RegExp(folded.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
    for (let m = re.exec(code); m; m = re.exec(code)) at.push(m.index);
    if (anyCase) return at;
  }
  for (const need of needs) {
    if (need.startsWith('i:')) continue;
    const whole = need.startsWith('w:');
    const lit = whole ? need.slice(2) : need;
    for (let k = code.indexOf(lit); k >= 0; k = code.indexOf(lit, k + 1)) {
      if (whole && (isIdentChar(code.charCodeAt(k - 1)) || isIdentChar(code.charCodeAt(k + lit.length)))) continue;
      at.push(k);
    }
  }
  return at.sort((a, b) => a - b);
}

/** Whether the code between `start` and `end` has no `(`, `{`, `|` or `!` (no call, macro, block, closure or attribute argument; literals count too). */
function plainValue(code: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = code.charCodeAt(i);
    if (c === 40 || c === 123 || c === 124 || c === 33) return false;
  }
  return true;
}

/** Whether one of the sorted offsets is in [start, end). */
function startsWithin(at: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo] < end;
}

/** Each identifier written between `start` and `end`. */
function namesIn(code: string, start: number, end: number, each: (name: string) => void): void {
  let i = start;
  while (i < end) {
    if (!isIdentChar(code.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isIdentChar(code.charCodeAt(j))) j++;
    each(code.slice(i, j));
    i = j;
  }
}
