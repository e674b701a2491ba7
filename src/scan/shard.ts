import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, lstatSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type SourceFile, toPosix } from './files.ts';

// Splitting a scan or a study into N shards for a CI matrix: whole units (a workspace, a crate, a
// study sample) per shard, so nothing the analysis joins across files is cut apart. The split
// depends only on the units' paths and sizes, so the same tree always splits the same way.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `K/N` with 1 ≤ K ≤ N. */
export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count && count <= 10_000 ? { index, count } : undefined;
}

export interface ShardUnit {
  /** A stable name: the unit's folder relative to the scanned root, forward slashes. */
  key: string;
  /** The cost to balance: bytes of source, or a per-sample cost. */
  weight: number;
}

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * Unit key → shard index (1-based). Largest units first (ties ordered by the hash of the key), each
 * to the shard with the least weight so far (ties: fewest units, then the lowest index): the
 * greedy "longest processing time first" split, within 4/3 of the best possible balance.
 */
export function assignShards(units: ShardUnit[], count: number): Map<string, number> {
  const order = [...units].sort((a, b) => b.weight - a.weight || (hashOf(a.key) < hashOf(b.key) ? -1 : hashOf(a.key) > hashOf(b.key) ? 1 : 0));
  const load = Array.from({ length: count }, () => ({ weight: 0, units: 0 }));
  const out = new Map<string, number>();
  for (const u of order) {
    let best = 0;
    for (let i = 1; i < count; i++) {
      const a = load[i];
      const b = load[best];
      if (a.weight < b.weight || (a.weight === b.weight && a.units < b.units)) best = i;
    }
    load[best].weight += u.weight;
    load[best].units++;
    out.set(u.key, best + 1);
  }
  return out;
}

/** True when the manifest declares a `[workspace]` table. */
function declaresWorkspace(manifest: string): boolean {
  try {
    return /^\s*\[workspace\]/m.test(readFileSync(manifest, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The scan's files grouped into units: a crate inside a workspace goes with its whole workspace
 * (the outermost `[workspace]` manifest above it), crates that depend on each other by name (path
 * dependencies) go together, and files outside any crate are grouped by folder.
 */
export function scanUnits(files: SourceFile[], root: string, sizeOf: (f: SourceFile) => number): { units: ShardUnit[]; unitOf: Map<string, string> } {
  const workspaceOf = new Map<string, string>();
  const unitDir = (f: SourceFile): string => {
    if (!f.crate) return dirname(f.absolute);
    const crateDir = dirname(f.crate.manifest);
    let known = workspaceOf.get(crateDir);
    if (known === undefined) {
      known = crateDir;
      for (let dir = dirname(crateDir), i = 0; i < 12; i++) {
        const m = join(dir, 'Cargo.toml');
        if (existsSync(m) && declaresWorkspace(m)) known = dir;
        const up = dirname(dir);
        if (up === dir) break;
        dir = up;
      }
      workspaceOf.set(crateDir, known);
    }
    return known;
  };
  const keyOf = (dir: string) => {
    const rel = toPosix(relative(root, dir));
    return rel === '' ? '.' : rel;
  };
  // Union-find over unit keys: a crate that names another scanned crate as a dependency joins it.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) (x < y ? parent.set(y, x) : parent.set(x, y));
  };
  const fileKey = new Map<string, string>();
  const byPackage = new Map<string, string>();
  for (const f of files) {
    const k = keyOf(unitDir(f));
    fileKey.set(f.path, k);
    if (!parent.has(k)) parent.set(k, k);
    if (f.crate?.name) byPackage.set(f.crate.name, k);
  }
  for (const f of files) for (const dep of f.crate?.dependencies ?? []) if (byPackage.has(dep)) union(fileKey.get(f.path)!, byPackage.get(dep)!);
  const weights = new Map<string, number>();
  const unitOf = new Map<string, string>();
  for (const f of files) {
    const k = find(fileKey.get(f.path)!);
    unitOf.set(f.path, k);
    weights.set(k, (weights.get(k) ?? 0) + sizeOf(f));
  }
  return { units: [...weights].map(([key, weight]) => ({ key, weight })), unitOf };
}

/** The files of one shard of a scan. */
export function shardFiles(files: SourceFile[], root: string, shard: Shard, sizeOf: (f: SourceFile) => number): SourceFile[] {
  if (shard.count === 1) return files;
  const { units, unitOf } = scanUnits(files, root, sizeOf);
  const assigned = assignShards(units, shard.count);
  return files.filter((f) => assigned.get(unitOf.get(f.path)!) === shard.index);
}

/** Bytes of the files under a folder (not following links, skipping target/ and hidden folders). */
export function folderBytes(dir: string): number {
  let total = 0;
  const walk = (d: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      if (n.startsWith('.') || n === 'target') continue;
      const p = join(d, n);
      try {
        const st = lstatSync(p);
        if (st.isDirectory() && depth < 16) walk(p, depth + 1);
        else if (st.isFile()) total += st.size;
      } catch {
        // unreadable: costs nothing to skip
      }
    }
  };
  walk(dir, 0);
  return total;
}

/** A study sample costs one `cargo check` whatever its size; size adds a little (a 64 KiB crate counts as two). */
export function sampleWeight(bytes: number): number {
  return 1 + bytes / 65_536;
}
