import type { CryptoUse } from '../analyzer/uses.ts';
import type { Finding } from '../finding.ts';
import { type CbomOptions, cbomText } from './cbom.ts';
import { type Inventory, buildInventory } from './inventory.ts';

export { buildInventory, type Inventory } from './inventory.ts';
export { toCbom, cbomText } from './cbom.ts';
export { changeOf, type InventoryChange } from './diff.ts';

/** The CBOM text of a scan: the inventory of its uses, with its findings referencing the assets. */
export function cbomOfScan(uses: CryptoUse[], findings: Finding[], relativize: (abs: string) => string, options: CbomOptions): { inventory: Inventory; text: string } {
  const inventory = buildInventory(uses, findings, { relativize, defaultCrate: options.name });
  return { inventory, text: cbomText(inventory, options) };
}
