import { Engine, finalize, settleFlows } from '../src/analyzer/engine.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import type { Finding } from '../src/finding.ts';

/**
 * The analyzer in-process for the checks' unit tests: one file of real Rust scanned as a crate of
 * its own (its dataflow settled, its findings finalized). Each test file calls this at its top, so
 * the engine is built again whenever the mutation runner imports the test file afresh.
 */
export async function inProcess(): Promise<{ scan: (path: string, text: string, crate?: CrateContext) => Finding[] }> {
  const engine = new Engine(await loadRustParser(), loadRuleSet({}), loadModels());
  const scan = (path: string, text: string, crate?: CrateContext): Finding[] => {
    const analyses = [engine.analyze(path, text, crate)];
    settleFlows(engine, analyses, () => text);
    return finalize(analyses, engine.rules, (p) => engine.constsIn(p, text));
  };
  return { scan };
}

/** The findings of one rule. */
export const of = (findings: Finding[], ruleId: string): Finding[] => findings.filter((f) => f.ruleId === ruleId);

/** Each finding as `fn:line`: the name of the function (the nearest `fn` above it in `text`) its line is in. */
export function inFunctions(findings: Finding[], text: string): string[] {
  const lines = text.split('\n');
  return findings.map((f) => {
    for (let l = f.region.startLine - 1; l >= 0; l--) {
      const m = /\bfn\s+(\w+)/.exec(lines[l]);
      if (m) return `${m[1]}:${f.region.startLine}`;
    }
    return `?:${f.region.startLine}`;
  });
}
