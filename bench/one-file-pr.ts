// Our part of the action for a one-file PR in a large crate: the PR changes one file of a crate
// of 1000+ files (real Rust from the bench corpus, laid out as one crate's src/). The gate analyzes
// that crate (the changed file's context) and reports on the changed file. Prints the time, the
// files analyzed and how many were parsed a second time for the crate-wide dataflow.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeChanges } from '../src/action/analyze.ts';
import { collectRustFiles } from '../src/scan/files.ts';
import { loadRuleSet } from '../src/scan/scan.ts';

export async function oneFilePr(corpus: string, size = 1200): Promise<{ files: number; seconds: number; parsedAgain: number; findings: number; newFindings: number }> {
  const sources = collectRustFiles([corpus], corpus, []).slice(0, size);
  const dir = mkdtempSync(join(tmpdir(), 'rcg-one-file-pr-'));
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'Cargo.toml'), '[package]\nname = "big-workspace"\nversion = "0.1.0"\nedition = "2021"\n');
  sources.forEach((f, i) => writeFileSync(join(dir, 'src', `m${String(i).padStart(4, '0')}.rs`), readFileSync(f.absolute)));
  // The PR adds a function with a constant nonce to one file.
  const changed = 'src/m0007.rs';
  const before = readFileSync(join(dir, changed), 'utf8');
  const added = `\npub fn seal_fixed(cipher: &aes_gcm::Aes256Gcm, msg: &[u8]) -> Vec<u8> {\n    use aes_gcm::aead::Aead;\n    cipher.encrypt(aes_gcm::Nonce::from_slice(b"unique nonce"), msg).unwrap_or_default()\n}\n`;
  writeFileSync(join(dir, changed), before + added);
  const firstAdded = before.split('\n').length + 1;
  const change = { path: changed, status: 'modified' as const, added: new Set(Array.from({ length: 5 }, (_, i) => firstAdded + i)), hunks: [] };
  const rules = loadRuleSet({});
  const t = performance.now();
  const analysis = await analyzeChanges(rules, dir, '.', [change], false, () => true);
  const seconds = (performance.now() - t) / 1000;
  return { files: analysis.filesScanned, seconds: +seconds.toFixed(2), parsedAgain: analysis.filesParsedAgain, findings: analysis.findings.length, newFindings: analysis.findings.filter((f) => f.isNew).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = process.argv[2] ?? join(process.env.HOME ?? '/root', '.cache/rust-crypto-gate/debian-trixie/root/usr/share/cargo/registry');
  process.stdout.write(`${JSON.stringify(await oneFilePr(corpus))}\n`);
}
