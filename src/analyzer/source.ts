import type { Region } from '../finding.ts';

/** A file's text with a line table, so offsets from the parser turn into SARIF regions. */
export class SourceText {
  readonly text: string;
  private starts?: number[];

  constructor(text: string) {
    this.text = text;
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
    return this.text.slice(start, next).replace(/\r?\n$/, '');
  }
}
