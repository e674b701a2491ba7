import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cargoCheck } from '../src/build/cargo.ts';
import { offlineCargoEnv } from '../test/action-harness.ts';
import { tempTree } from '../test/helpers.ts';
import { BASE_FILES } from '../test/fixtures-crate.ts';

/** cargo check of the aes-gcm fixture crate with an empty target folder, then again (what a cache buys). */
export async function cargoColdWarm(): Promise<{ coldSeconds: number; warmSeconds: number }> {
  const dir = tempTree(BASE_FILES);
  const env = { ...process.env, ...offlineCargoEnv(), CARGO_TARGET_DIR: mkdtempSync(join(tmpdir(), 'rcg-target-')) };
  const cold = await cargoCheck(join(dir, 'Cargo.toml'), [], 600_000, env);
  const warm = await cargoCheck(join(dir, 'Cargo.toml'), [], 600_000, env);
  if (!cold.success || !warm.success) throw new Error('the fixture crate did not build');
  return { coldSeconds: +(cold.durationMs / 1000).toFixed(2), warmSeconds: +(warm.durationMs / 1000).toFixed(2) };
}
