import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Note } from '../finding.ts';
import { type CrateInfo, CrateFinder } from './crates.ts';

// Turning paths into Rust sources, with every bad input explained and none of them fatal.

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
const SKIP_DIRS = new Set(['.git', 'target', 'node_modules']);

export interface SourceFile {
  /** Relative to the root, forward slashes: what SARIF and reports show. */
  path: string;
  absolute: string;
  /** The crate it belongs to (nearest Cargo.toml), when there is one. */
  crate?: CrateInfo;
}

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

export function relativePath(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return toPosix(rel === '' ? '.' : rel);
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Every `.rs` file under the given paths (files are taken as given), sorted, without duplicates. */
export function collectRustFiles(paths: string[], root: string, notes: Note[]): SourceFile[] {
  const out = new Map<string, SourceFile>();
  const realRoot = safeRealpath(root) ?? resolve(root);
  const crates = new CrateFinder();
  const add = (abs: string) => out.set(abs, { path: relativePath(root, abs), absolute: abs, crate: crates.crateOf(abs) });
  const walk = (dir: string, boundary: string) => {
    let entries: Dirent[];
    try {
      // The entries' types come with the listing (no lstat per entry).
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      notes.push({ level: 'warning', file: relativePath(root, dir), message: `cannot read directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    for (const st of entries) {
      const name = st.name;
      const abs = join(dir, name);
      if (st.isSymbolicLink()) {
        const target = safeRealpath(abs);
        if (!target) notes.push({ level: 'note', file: relativePath(root, abs), message: 'broken symbolic link, skipped' });
        else if (!inside(boundary, target))
          notes.push({ level: 'warning', file: relativePath(root, abs), message: `symbolic link points outside the scanned folder (${target}); not followed` });
        // Links inside the folder are scanned where they point, once.
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(abs, boundary);
      } else if (st.isFile() && name.endsWith('.rs')) add(abs);
    }
  };
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      notes.push({ level: 'error', file: toPosix(p), message: `path not found or unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    if (st.isDirectory()) walk(abs, safeRealpath(abs) ?? realRoot);
    else add(abs);
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

// One decoder for every file (decode() without `stream` starts afresh each call).
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type ReadResult = { ok: true; text: string } | { ok: false; note: Note };

/** Reads a file as Rust source, or says clearly why not (too big, binary, not UTF-8, unreadable). */
export function readRustSource(file: SourceFile, maxBytes: number): ReadResult {
  const skip = (message: string, level: Note['level'] = 'warning'): ReadResult => ({ ok: false, note: { level, file: file.path, message } });
  let size: number;
  try {
    size = statSync(file.absolute).size;
  } catch (e) {
    return skip(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'error');
  }
  if (size > maxBytes) return skip(`file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-file-size); skipped`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolute);
  } catch (e) {
    return skip(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'error');
  }
  if (bytes.subarray(0, 8192).includes(0)) return skip('binary content (NUL bytes) in a .rs file; skipped');
  try {
    const text = UTF8.decode(bytes);
    return { ok: true, text };
  } catch {
    return skip('not valid UTF-8 (Rust source must be UTF-8); skipped');
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} B`;
}
