import { Engine, finalize, settleFlows } from '../src/analyzer/engine.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import type { Finding, RelatedLocation } from '../src/finding.ts';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import { loadRuleSet } from '../src/scan/scan.ts';

// The analyzer in-process on a few files analyzed together as one crate, as a scan does: each file,
// then the crate-wide flow, then finalize. For the analyzer tests. Each test file makes its own
// engine when it is imported (`npm run mutate` imports the test files afresh for every run, so an
// engine built under the active mutant must not be shared through this module).

/**
 * With `crate`, every file is of that crate (its manifest's dependencies); with `texts`, finalize
 * reads the files' text too, as a scan does (the `mod` tree, structs printed in another file, the
 * crate's own log wrappers).
 */
export async function crateScanner(): Promise<(files: Record<string, string>, options?: { crate?: CrateContext; texts?: boolean }) => Finding[]> {
  const engine = new Engine(await loadRustParser(), loadRuleSet({}), loadModels());
  return (files, options = {}) => {
    const analyses = Object.entries(files).map(([p, t]) => engine.analyze(p, t, options.crate));
    settleFlows(engine, analyses, (p) => files[p]);
    return finalize(analyses, engine.rules, (p) => engine.constsIn(p, files[p] ?? ''), options.texts ? (p) => files[p] : undefined);
  };
}

/** The crate of a scanner's files when a test needs one: `app`, with the given dependencies. */
export const appCrate = (dependencies: string[] = []): CrateContext => ({ manifest: 'Cargo.toml', name: 'app', dependencies });

/** A related location or path step as `file:line:column message`. */
export const at = (l: RelatedLocation) => `${l.file}:${l.region.startLine}:${l.region.startColumn} ${l.message}`;
