import type { Region } from '../finding.ts';

/** A file's text with a line table, so offsets from the parser turn into SARIF regions. */
/** Whether a UTF-16 code unit can be part of a Rust identifier as the text tests see one (`[A-Za-z0-9_]`). */
export const isIdentChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** `s` as a regex that matches it literally. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class SourceText {
  /** The text the parser reads. */
  readonly text: string;
  /**
   * The text as the file has it, for what a user reads (line texts, quotes): the same as `text`
   * except where a macro's own syntax was blanked for the parser (item-macros.ts), same length and lines.
   */
  readonly written: string;
  private starts?: number[];
  private consts?: string[];
  private readonly constAt?: readonly number[];

  /**
   * `constAt`, when known: where `const` and `static` occur in `text` (or in a text that differs
   * only by blanks, as the written one does), in order; found by the prefilter's pass.
   */
  constructor(text: string, written = text, constAt?: readonly number[]) {
    this.text = text;
    this.written = written;
    this.constAt = constAt;
  }

  /**
   * The names of the `const` and `static` items the text declares (`const KEY: [u8; 32]`,
   * `static mut COUNTER: u64`), in order: what `/\b(?:const|static)\s+(?:mut\s+)?(\w+)\s*:/g` finds,
   * found with indexOf (every file of a scan is asked, and the regex tries every character).
   */
  get declaredConsts(): string[] {
    return (this.consts ??= declaredConsts(this.text, this.constAt));
  }

  /** Where each line starts, computed on first use (most files of a big scan never need it). */
  private get lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line of a string offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.lineStarts[line - 1] + 1 };
  }

  region(start: number, end: number): Region {
    const s = this.position(start);
    const e = this.position(Math.max(start, end));
    return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  }

  /** The text of a 1-based line without its line break. */
  line(n: number): string {
    if (n < 1 || n > this.lineStarts.length) return '';
    const start = this.lineStarts[n - 1];
    const next = n < this.lineStarts.length ? this.lineStarts[n] : this.text.length;
    return this.written.slice(start, next).replace(/\r?\n$/, '');
  }
}

/** `\s` of a regex, without running one for each ASCII character. */
export const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(ch));
};

/** The words whose every occurrence declaredConsts looks at: the engine has the prefilter find them in its pass. */
export const CONST_KEYWORDS = ['const', 'static'];

function declaredConsts(text: string, at?: readonly number[]): string[] {
  const found: { at: number; name: string }[] = [];
  const each = (visit: (i: number, kw: string) => void) => {
    if (at) {
      for (const i of at) for (const kw of CONST_KEYWORDS) if (text.startsWith(kw, i)) visit(i, kw);
      return;
    }
    for (const kw of CONST_KEYWORDS) for (let i = text.indexOf(kw); i >= 0; i = text.indexOf(kw, i + kw.length)) visit(i, kw);
  };
  each((i, kw) => {
    if (i > 0 && isIdentChar(text.charCodeAt(i - 1))) return;
    let j = i + kw.length;
    if (!isSpace(text[j])) return;
    while (isSpace(text[j])) j++;
    if (text.startsWith('mut', j) && isSpace(text[j + 3])) {
      j += 3;
      while (isSpace(text[j])) j++;
    }
    const start = j;
    const c = text.charCodeAt(j);
    if (!isIdentChar(c) || (c >= 48 && c <= 57)) return;
    while (j < text.length && isIdentChar(text.charCodeAt(j))) j++;
    const name = text.slice(start, j);
    while (isSpace(text[j])) j++;
    if (text[j] === ':') found.push({ at: i, name });
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}
