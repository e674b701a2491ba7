import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';

// What a fix needs to know about the crate: which crates the code may name (direct dependencies)
// and which versions Cargo.lock picked (the rand API differs between 0.8 and 0.9; sha1 and sha2
// are drop-ins for each other only over the same `digest`).

export interface CrateFacts {
  /** Direct dependencies, by package name and by the name code imports them with. */
  dependencies: Set<string>;
  /** Resolved version of a package the crate depends on directly (from Cargo.lock), if known. */
  version(pkg: string): string | undefined;
  /** The `digest` version a package uses (from Cargo.lock; without a lock, the package's own 0.x line, which RustCrypto keeps in step), if known. */
  digestOf(pkg: string): string | undefined;
}

interface LockPackage {
  name: string;
  version: string;
  dependencies?: string[];
}

/** Nearest Cargo.lock at or above the manifest's folder (a workspace keeps one at its root). */
function findLock(manifest: string): string | undefined {
  for (let dir = dirname(manifest), i = 0; i < 12; i++) {
    const lock = join(dir, 'Cargo.lock');
    if (existsSync(lock)) return lock;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

function readLock(path: string | undefined): LockPackage[] {
  if (!path) return [];
  try {
    const doc = parseToml(readFileSync(path, 'utf8')) as { package?: LockPackage[] };
    return Array.isArray(doc.package) ? doc.package.filter((p) => typeof p?.name === 'string' && typeof p?.version === 'string') : [];
  } catch {
    return [];
  }
}

/** A version requirement from Cargo.toml (`"0.8"`, `{ version = "0.8.5" }`), when there is no lock. */
function manifestRequirement(manifest: Record<string, unknown>, pkg: string): string | undefined {
  for (const table of ['dependencies', 'dev-dependencies', 'build-dependencies']) {
    const deps = manifest[table] as Record<string, unknown> | undefined;
    for (const [key, spec] of Object.entries(deps ?? {})) {
      const name = typeof spec === 'object' && spec && typeof (spec as { package?: unknown }).package === 'string' ? (spec as { package: string }).package : key;
      if (name !== pkg) continue;
      const v = typeof spec === 'string' ? spec : (spec as { version?: unknown })?.version;
      if (typeof v === 'string') return v.replace(/^[=^~\s]+/, '');
    }
  }
  return undefined;
}

export function crateFacts(manifestPath: string | undefined, dependencies: string[] = []): CrateFacts {
  let manifest: Record<string, unknown> = {};
  let packageName: string | undefined;
  if (manifestPath) {
    try {
      manifest = parseToml(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      packageName = (manifest.package as { name?: string } | undefined)?.name;
    } catch {
      manifest = {};
    }
  }
  const lock = manifestPath ? readLock(findLock(manifestPath)) : [];
  const own = lock.find((p) => p.name === packageName);
  // A lock entry names a dependency as `rand` or, when two versions are locked, `rand 0.8.5`.
  const pick = (pkg: string, from?: LockPackage): LockPackage | undefined => {
    const ref = from?.dependencies?.find((d) => d === pkg || d.startsWith(`${pkg} `));
    const version = ref?.split(' ')[1];
    const candidates = lock.filter((p) => p.name === pkg && (!version || p.version === version));
    return candidates.length === 1 ? candidates[0] : candidates.at(-1);
  };
  return {
    dependencies: new Set(dependencies),
    version: (pkg) => (own || lock.length ? pick(pkg, own)?.version : undefined) ?? manifestRequirement(manifest, pkg),
    digestOf: (pkg) => {
      const p = pick(pkg, own);
      if (p) return (p.dependencies ?? []).some((d) => d === 'digest' || d.startsWith('digest ')) ? pick('digest', p)?.version : undefined;
      // No lock yet: RustCrypto's hash crates release in step with `digest` (sha2 0.10 uses digest 0.10).
      return lock.length ? undefined : manifestRequirement(manifest, pkg);
    },
  };
}

/** `0.8.5` → `0.8`; `1.2.3` → `1`: the part of a version that decides compatibility. */
export function compatible(version: string | undefined): string | undefined {
  if (!version) return undefined;
  const [major, minor] = version.split('.');
  return major === '0' ? `0.${minor ?? '0'}` : major;
}
