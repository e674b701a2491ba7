import type { AlgorithmInfo } from './catalog.ts';
import type { Inventory, Occurrence } from './inventory.ts';

// What a change adds to the crypto inventory or removes from it: the algorithms used in the
// changed files at the head and not at the base, and the other way round. Pure.

export interface AlgorithmChange {
  name: string;
  info: AlgorithmInfo;
  /** Where it is used in the changed files (at the head for added, at the base for removed). */
  occurrences: Occurrence[];
}

export interface InventoryChange {
  added: AlgorithmChange[];
  removed: AlgorithmChange[];
}

function inFiles(inv: Inventory, files: ReadonlySet<string>): Map<string, AlgorithmChange> {
  const out = new Map<string, AlgorithmChange>();
  for (const a of inv.algorithms) {
    const occurrences = a.occurrences.filter((o) => files.has(o.file));
    if (occurrences.length) out.set(a.name, { name: a.name, info: a.info, occurrences });
  }
  return out;
}

/** Algorithms new in `files` at the head compared with the base, and those no longer used there. */
export function changeOf(base: Inventory, head: Inventory, files: ReadonlySet<string>): InventoryChange {
  const before = inFiles(base, files);
  const after = inFiles(head, files);
  return {
    added: [...after.values()].filter((a) => !before.has(a.name)),
    removed: [...before.values()].filter((a) => !after.has(a.name)),
  };
}
