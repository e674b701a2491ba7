import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
  /** The version requirement of each dependency that states one (`"0.4"`, `{ version = "=0.8.2" }`), by package name. */
  versions?: Record<string, string>;
  /** Target roots the manifest places itself (`[lib] path`, `[[bin]] path`, …), relative to its folder. */
  targets?: string[];
  /** Of those, the library's (`[lib] path`). */
  libPath?: string;
}

/** The `path`s of `[lib]`, `[[bin]]`, `[[example]]`, `[[test]]` and `[[bench]]`. */
function targetPaths(doc: Record<string, unknown>): { targets: string[]; libPath?: string } {
  const clean = (p: unknown) => (typeof p === 'string' ? p.replace(/\\/g, '/').replace(/^\.\//, '') : undefined);
  const targets: string[] = [];
  for (const key of ['lib', 'bin', 'example', 'test', 'bench']) {
    for (const t of [doc[key]].flat()) {
      const path = clean((t as { path?: unknown } | undefined)?.path);
      if (path) targets.push(path);
    }
  }
  const libPath = clean((doc.lib as { path?: unknown } | undefined)?.path);
  return { targets, ...(libPath ? { libPath } : {}) };
}

const TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];

function dependencyNames(doc: Record<string, unknown>, versions: Record<string, string> = {}): string[] {
  const names = new Set<string>();
  const take = (table: unknown) => {
    if (!table || typeof table !== 'object') return;
    for (const [key, spec] of Object.entries(table as Record<string, unknown>)) {
      names.add(key);
      const pkg = (spec as { package?: unknown })?.package;
      if (typeof pkg === 'string') names.add(pkg);
      const version = typeof spec === 'string' ? spec : (spec as { version?: unknown })?.version;
      if (typeof version === 'string') versions[typeof pkg === 'string' ? pkg : key] ??= version;
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
      const versions: Record<string, string> = {};
      const { targets, libPath } = targetPaths(doc);
      return { manifest, name: typeof name === 'string' ? name : undefined, dependencies: dependencyNames(doc, versions), versions, ...(targets.length ? { targets } : {}), ...(libPath ? { libPath } : {}) };
    } catch {
      return null;
    }
  }
}

/**
 * The versions Cargo.lock pins, by package name, for the crates of these manifests (the lock file
 * beside each manifest or above it, up to `stop`). A name locked at two versions keeps the first;
 * a lock file that does not parse is skipped.
 */
export function lockedVersions(manifests: string[], stop: string): Map<string, string> {
  const out = new Map<string, string>();
  const read = new Set<string>();
  for (const m of manifests) {
    for (let dir = dirname(m), i = 0; i < 12; i++) {
      const lock = join(dir, 'Cargo.lock');
      if (existsSync(lock)) {
        if (!read.has(lock)) {
          read.add(lock);
          try {
            const doc = parseToml(readFileSync(lock, 'utf8')) as { package?: { name?: unknown; version?: unknown }[] };
            for (const p of doc.package ?? []) if (typeof p.name === 'string' && typeof p.version === 'string' && !out.has(p.name)) out.set(p.name, p.version);
          } catch {
            // Not a lock file we can read: the CBOM lists the crates without versions.
          }
        }
        break;
      }
      if (dir === stop || dirname(dir) === dir) break;
      dir = dirname(dir);
    }
  }
  return out;
}

/** What a scanned folder is called: its `[package] name`, else the folder's name. */
export function subjectName(root: string): string {
  try {
    const doc = parseToml(readFileSync(join(root, 'Cargo.toml'), 'utf8')) as { package?: { name?: unknown } };
    if (typeof doc.package?.name === 'string') return doc.package.name;
  } catch {
    // No manifest, or one that does not parse: the folder's name.
  }
  return basename(resolve(root)) || 'code';
}
