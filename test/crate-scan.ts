import { Engine, finalize, settleFlows } from '../src/analyzer/engine.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import type { Finding, RelatedLocation } from '../src/finding.ts';
import { loadRuleSet } from '../src/scan/scan.ts';

// The analyzer in-process on a few files analyzed together as one crate, as a scan does: each file,
// then the crate-wide flow, then finalize. For the analyzer tests. Each test file makes its own
// engine when it is imported (`npm run mutate` imports the test files afresh for every run, so an
// engine built under the active mutant must not be shared through this module).

export async function crateScanner(): Promise<(files: Record<string, string>) => Finding[]> {
  const engine = new Engine(await loadRustParser(), loadRuleSet({}), loadModels());
  return (files) => {
    const analyses = Object.entries(files).map(([p, t]) => engine.analyze(p, t));
    settleFlows(engine, analyses, (p) => files[p]);
    return finalize(analyses, engine.rules, (p) => engine.constsIn(p, files[p]));
  };
}

/** A related location or path step as `file:line:column message`. */
export const at = (l: RelatedLocation) => `${l.file}:${l.region.startLine}:${l.region.startColumn} ${l.message}`;
