import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';

// Which crate a file belongs to: the nearest Cargo.toml above it, and the packages it depends on
// (renamed dependencies under both names). The analyzer uses it to tell the unmaintained
// `rust-crypto` (imported as `crypto`) from a crate's own module or another crate named `crypto`.

export interface CrateInfo {
  /** The manifest, as an absolute path. */
  manifest: string;
  /** The package name (`[package] name`), if the manifest has one (a virtual workspace has none). */
  name?: string;
  /** Package names and the names code imports them by, of every dependency table. */
  dependencies: string[];
}

const TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];

function dependencyNames(doc: Record<string, unknown>): string[] {
  const names = new Set<string>();
  const take = (table: unknown) => {
    if (!table || typeof table !== 'object') return;
    for (const [key, spec] of Object.entries(table as Record<string, unknown>)) {
      names.add(key);
      const pkg = (spec as { package?: unknown })?.package;
      if (typeof pkg === 'string') names.add(pkg);
    }
  };
  for (const t of TABLES) take(doc[t]);
  for (const target of Object.values((doc.target as Record<string, Record<string, unknown>>) ?? {})) for (const t of TABLES) take(target?.[t]);
  take((doc.workspace as Record<string, unknown> | undefined)?.dependencies);
  return [...names].sort();
}

/** Finds and reads manifests once per folder. A manifest that does not parse gives no crate (the analysis goes on). */
export class CrateFinder {
  private readonly byDir = new Map<string, CrateInfo | null>();

  crateOf(file: string): CrateInfo | undefined {
    const chain: string[] = [];
    let found: CrateInfo | null | undefined;
    for (let dir = dirname(file), i = 0; i < 12; i++) {
      if (this.byDir.has(dir)) {
        found = this.byDir.get(dir);
        break;
      }
      chain.push(dir);
      const manifest = join(dir, 'Cargo.toml');
      if (existsSync(manifest)) {
        found = this.read(manifest);
        break;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    for (const d of chain) this.byDir.set(d, found ?? null);
    return found ?? undefined;
  }

  private read(manifest: string): CrateInfo | null {
    try {
      const doc = parseToml(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
      const name = (doc.package as { name?: unknown } | undefined)?.name;
      return { manifest, name: typeof name === 'string' ? name : undefined, dependencies: dependencyNames(doc) };
    } catch {
      return null;
    }
  }
}
