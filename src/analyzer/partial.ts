// Which parts of a file to parse. A rule says which of a file's items its check can look at (its
// `items-with`: functions that hold a comparison, consts that code names, no item-level macro, ...).
// In a file where only such rules run, the other items cannot hold a finding or anything a check
// reads, and their text is left out of the parse with tree-sitter's included ranges: node offsets
// stay those of the file, and items parse the same alone as among others. The items are found from
// the text before any parse (lexical.ts knows where comments and literals are); whatever the text
// does not make clear is parsed.

import type { Range } from 'web-tree-sitter';
import { commentEnd, literalEnd } from './lexical.ts';
import { escapeRe, isIdentChar, type SourceText } from './source.ts';

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
  /** What the head says beyond the kind: a `struct`/`enum`/`union`/`type` item, or a macro invoked or defined as an item (`bitflags! {..}`, `macro_rules! m {..}`). */
  head?: 'type' | 'macro';
  /** A container's braces and the items between them. */
  body?: { open: number; close: number; items: TextItem[] };
}

const MODIFIERS = new Set(['pub', 'unsafe', 'async', 'default', 'auto', 'safe']);
const DATA = new Set(['use', 'static', 'struct', 'enum', 'union', 'type']);
const TYPES = new Set(['struct', 'enum', 'union', 'type']);

/** A block of items being read: the file, or a container's body. */
interface Frame {
  items: TextItem[];
  /** Where the item being read starts; its bracket depth; its first words outside brackets (enough to tell its kind). */
  start: number;
  depth: number;
  words: string[];
  /** The item is an inner attribute (`#![..]`); its head is a path and `!` (a macro). */
  inner: boolean;
  bang: boolean;
  /** The `{` of the item's body, once it is a container whose body is being read. */
  bodyOpen: number;
}

const frame = (start: number): Frame => ({ items: [], start, depth: 0, words: [], inner: false, bang: false, bodyOpen: -1 });

function kindOf(words: readonly string[], bang = false): { kind: TextItem['kind']; constName?: string; head?: TextItem['head'] } {
  let k = 0;
  while (k < words.length && MODIFIERS.has(words[k])) k++;
  const w = words[k];
  const next = words[k + 1];
  if (w === 'fn') return { kind: 'fn' };
  if (w === 'const' && (next === 'fn' || next === 'unsafe' || next === 'async' || next === 'extern')) return { kind: 'fn' };
  if (w === 'const' || w === 'static') return { kind: 'data', constName: next === 'mut' ? words[k + 2] : next };
  if (w === 'extern') return { kind: next === 'crate' ? 'data' : next === 'fn' ? 'fn' : 'container' };
  if (w === 'impl' || w === 'trait' || w === 'mod') return { kind: 'container' };
  if (w !== undefined && DATA.has(w)) return TYPES.has(w) ? { kind: 'data', head: 'type' } : { kind: 'data' };
  return bang ? { kind: 'other', head: 'macro' } : { kind: 'other' };
}

/**
 * The items of `text`, read in one pass (a container's body as it comes), or undefined when the
 * brackets do not balance or a string is never closed (then nothing is left out).
 */
export function textItems(text: string): TextItem[] | undefined {
  const stack: Frame[] = [];
  let f = frame(0);
  const finish = (end: number, body?: TextItem['body']) => {
    const { kind, constName, head } = kindOf(f.words, f.bang);
    // (A container with no body is a declaration: `mod m;`, `extern "C" {}` aside.)
    f.items.push({ start: f.start, end, kind: body ? kind : kind === 'container' ? 'data' : kind, ...(constName ? { constName } : {}), ...(head ? { head } : {}), ...(body ? { body } : {}) });
    f.start = end;
    f.words = [];
    f.inner = false;
    f.bang = false;
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
    // Inside brackets, or past an item's first words, only brackets, `;`, comments and literals
    // matter: skip to the next one.
    let c = text.charCodeAt(i);
    if (f.depth > 0 || f.words.length >= WORDS) {
      while (c >= 128 || SPECIAL[c] === 0) {
        if (++i >= text.length) break;
        c = text.charCodeAt(i);
      }
      if (i >= text.length) break;
    }
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
      if (f.depth === 0 && f.words.length < WORDS) f.words.push(text.slice(i, j));
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
    } else if (c === 33 && f.depth === 0 && f.words.length > 0 && isIdentChar(text.charCodeAt(i - 1))) {
      // `name!` or `a::b!` right after the first words: a macro (`impl !Send`, `-> !` have a space before).
      f.bang = true;
    }
    i++;
  }
  if (stack.length || f.depth !== 0) return undefined;
  // What is left after the last item: blank space and comments, or an item not ended (kept as other).
  if (text.slice(f.start).trim()) f.items.push({ start: f.start, end: text.length, kind: 'other' });
  return f.items;
}

/** The characters that matter inside brackets: brackets, `;`, and where comments and literals start. */
const SPECIAL = new Uint8Array(128);
for (const ch of '/"\'{}()[];') SPECIAL[ch.charCodeAt(0)] = 1;
/** How many of an item's first words tell its kind (`pub(crate) static mut NAME`, `pub unsafe extern "C" fn`; a rarer longer head is kept as other). */
const WORDS = 5;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * Where a rule's check looks (a rule's `items-with`). `functions`: only in functions whose code
 * holds one of these strings (`==`; `w:eq`, a whole word; `i:nonce`, in any case); absent, in
 * every function (the engine writes `sink:<kind>` as the call names the models give the kind). `consts`:
 * only at the consts and statics whose code holds one of these, written the same way (`i:key` in
 * `API_KEY: &str = ..`; none, `[]`), at those that what is parsed names, and at every one that is
 * more than a plain value (a call, macro, block or closure in it); absent, at every one. `macros`
 * and `types` likewise for item-level macros and type items. Every other item (`use`, `impl`
 * headers, inner attributes) is always looked at.
 */
export interface ItemScope {
  functions?: readonly string[];
  consts?: readonly string[];
  /** Macros invoked or defined as items (`bitflags! { .. }`, `macro_rules! m { .. }`): only those whose code holds one of these; absent, every one. */
  macros?: readonly string[];
  /** `struct`, `enum`, `union` and `type` items: only those whose code holds one of these; absent, every one. */
  types?: readonly string[];
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
  if (scopes.some((s) => !s.functions && !s.consts && !s.macros && !s.types)) return undefined;
  const items = textItems(text);
  if (!items) return undefined;
  // Per scope, whether a function holds one of its needs (asked in the order of the text); likewise consts.
  const fnNeeds = scopes.map((s) => (s.functions ? new Needs(code, [...s.functions, 'w:use']) : undefined));
  const keepFn = (item: TextItem) => fnNeeds.some((n) => !n || n.within(item.start, item.end));
  const constNeeds = scopes.map((s) => (s.consts ? new Needs(code, s.consts) : undefined));
  // Only a plain value is left out (`= 8`, `= b"fscrypt:\0"`, `= [1, 2]`): a const with a call, macro,
  // block or closure in it (`Lazy::new(|| Aes256Gcm::new(..))`) is code a check may read.
  const keepConst = (item: TextItem) => !plainValue(code, item.start, item.end) || constNeeds.some((n) => !n || n.within(item.start, item.end));
  const macroNeeds = scopes.map((s) => (s.macros ? new Needs(code, s.macros) : undefined));
  const typeNeeds = scopes.map((s) => (s.types ? new Needs(code, s.types) : undefined));
  const keep = (item: TextItem): boolean => {
    if (item.kind === 'fn') return keepFn(item);
    if (item.constName) return keepConst(item);
    if (item.head === 'macro') return macroNeeds.some((n) => !n || n.within(item.start, item.end));
    if (item.head === 'type') return typeNeeds.some((n) => !n || n.within(item.start, item.end));
    return true;
  };
  // Items in order, each with whether it is parsed; consts left out for now are parsed after all if what is parsed names them.
  const spans: { start: number; end: number; keep: boolean; item?: TextItem }[] = [];
  const select = (list: TextItem[]) => {
    for (const item of list) {
      if (item.body) {
        spans.push({ start: item.start, end: item.body.open + 1, keep: true });
        select(item.body.items);
        spans.push({ start: item.body.close, end: item.end, keep: true });
      } else spans.push({ start: item.start, end: item.end, keep: keep(item), item });
    }
  };
  select(items);
  const waiting = new Map<string, (typeof spans)[number][]>();
  for (const s of spans) if (!s.keep && s.item?.constName) waiting.set(s.item.constName, [...(waiting.get(s.item.constName) ?? []), s]);
  if (waiting.size) {
    const queue = spans.filter((s) => s.keep);
    // (Only an identifier that starts like a waiting name and is as long as one is looked up.)
    const firsts = new Uint8Array(128);
    const lengths = new Uint8Array(256);
    for (const name of waiting.keys()) {
      firsts[name.charCodeAt(0) & 127] = 1;
      lengths[Math.min(name.length, 255)] = 1;
    }
    while (queue.length && waiting.size) {
      const s = queue.pop()!;
      namesIn(code, s.start, s.end, firsts, lengths, (name) => {
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

/**
 * Whether strings occur in `code` (`w:word`: only as a whole word; `i:text`: in any case), asked
 * of spans in the order of the text: one regex finds the next occurrence of any of them, so the
 * questions of one file cost one pass over it at most, and none past the last span asked about.
 */
class Needs {
  private readonly re: RegExp;
  private readonly code: string;
  private next = -2;

  constructor(code: string, needs: readonly string[]) {
    this.code = code;
    // (`i:` as a class per letter, `[nN][oO]..`: the regex stays one, without an inline flag.)
    const anyCase = (t: string) => [...t].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRe(ch))).join('');
    const alternatives = needs.map((n) => (n.startsWith('i:') ? anyCase(n.slice(2)) : n.startsWith('w:') ? `(?<![A-Za-z0-9_])${escapeRe(n.slice(2))}(?![A-Za-z0-9_])` : escapeRe(n)));
    this.re = new RegExp(alternatives.join('|'), 'g');
    // (None: nothing holds one.)
    if (needs.length === 0) this.next = -1;
  }

  /** Whether one of the strings starts in [start, end); `start` never goes back between calls. */
  within(start: number, end: number): boolean {
    if (this.next === -1) return false;
    if (this.next < start) {
      this.re.lastIndex = start;
      this.next = this.re.exec(this.code)?.index ?? -1;
    }
    return this.next >= 0 && this.next < end;
  }
}

/** Whether the code between `start` and `end` has no `(`, `{`, `|` or `!` (no call, macro, block, closure or attribute argument; literals count too). */
function plainValue(code: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = code.charCodeAt(i);
    if (c === 40 || c === 123 || c === 124 || c === 33) return false;
  }
  return true;
}

/** Each identifier written between `start` and `end` whose first character and length are marked. */
function namesIn(code: string, start: number, end: number, firsts: Uint8Array, lengths: Uint8Array, each: (name: string) => void): void {
  let i = start;
  while (i < end) {
    const c = code.charCodeAt(i);
    if (!isIdentChar(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isIdentChar(code.charCodeAt(j))) j++;
    if (firsts[c & 127] === 1 && lengths[Math.min(j - i, 255)] === 1) each(code.slice(i, j));
    i = j;
  }
}
