// A StrykerJS test runner for `npm run mutate` (stryker.config.json: "testRunner": "rule-fixtures").
// The tests are the built-in rules' fixtures, one test per rule, judged as `test-rules` judges them
// (every rule on every fixture: src/rules/fixtures.ts). Unlike the command runner, which starts
// a process and loads the analyzer for each mutant, it stays loaded: Stryker switches the active
// mutant between runs, and reports per-rule coverage so a mutant runs only the rules whose fixtures
// reach it (and a mutant no fixture reaches is "no coverage" without a run).
//
// What stays loaded across runs must not carry a mutant's effect into the next run: the wasm
// parser and the modules' top-level constants, which are evaluated at load, outside any test, so
// Stryker sees mutants there as static and gives each a fresh process. Everything a run computes
// (the rules, the models, the engine, every analysis) is built anew inside the run.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';
import { DryRunStatus, MutantRunStatus, TestStatus } from '@stryker-mutator/api/test-runner';
import type { DryRunOptions, DryRunResult, MutantRunOptions, MutantRunResult, TestRunner, TestRunnerCapabilities } from '@stryker-mutator/api/test-runner';
import type { MutantCoverage } from '@stryker-mutator/api/core';

interface Loaded {
  ruleIds: string[];
  /** Builds rules, models and engine, then checks the given rules' fixtures; the problems by rule. */
  check(ids: string[], options: { bail: boolean; coverage: boolean }): Promise<Map<string, string[]>>;
}

interface StrykerNamespace {
  activeMutant?: string;
  currentTestId?: string;
  mutantCoverage?: MutantCoverage;
  hitCount?: number;
  hitLimit?: number;
}

const SETUP = '(engine setup)';

/**
 * Unit tests of the analyzer that count as tests here too: test files that exercise the analyzer on
 * real Rust source in-process (no CLI, no cargo, a few hundred ms). Each file is one test; it is
 * imported afresh for every run, its `node:test` tests collected by a stand-in for `node:test` and
 * run in order.
 */
export const UNIT_TEST_FILES = ['test/dataflow.test.ts', 'test/analyzer.test.ts', 'test/analyzer-views.test.ts', 'test/sarif-gate.test.ts', 'test/mutation-dataflow.test.ts', 'test/mutation-checks.test.ts', 'test/mutation-engine-model.test.ts', 'test/mutation-prefilter-models.test.ts', 'test/item-macros.test.ts', 'test/modules.test.ts', 'test/mutation-crate-items.test.ts', 'test/mutation-modules.test.ts', 'test/mutation-values-flow.test.ts', 'test/mutation-misc.test.ts', 'test/mutation-ciphers.test.ts', 'test/mutation-nonce-cost.test.ts', 'test/mutation-keys-hashes.test.ts', 'test/mutation-calls.test.ts', 'test/mutation-mut-misc.test.ts', 'test/mutation-mut-prefilter.test.ts', 'test/mutation-resolve.test.ts', 'test/mutation-mut-values.test.ts', 'test/mutation-mut2-uses.test.ts', 'test/mutation-mut2-misc.test.ts', 'test/mutation-mut2-rest.test.ts', 'test/mutation-mut3-last.test.ts', 'test/mutation-mut4-new.test.ts', 'test/mutation-mut5-new.test.ts'];

type UnitTest = { name: string; fn: () => unknown };
const collected = ((globalThis as unknown as { __rcgUnitTests?: UnitTest[] }).__rcgUnitTests ??= []);
// `node:test` inside test/ resolves to a module that only collects the tests.
const NODE_TEST_SHIM = `const add = (name, a, b) => { globalThis.__rcgUnitTests.push({ name, fn: typeof a === 'function' ? a : b }); };
export const test = add; export const it = add; export default add;`;
const HOOKS = `export async function resolve(specifier, context, next) {
  if (specifier === 'node:test' && context.parentURL?.includes('/test/') && context.parentURL.includes('.test.ts'))
    return { url: 'data:text/javascript,' + encodeURIComponent(${JSON.stringify(NODE_TEST_SHIM)}), shortCircuit: true };
  return next(specifier, context);
}`;
let imports = 0;

async function runUnitFile(file: string): Promise<string[]> {
  collected.length = 0;
  try {
    await import(`${pathToFileURL(resolve(file)).href}?run=${++imports}`);
    const tests = [...collected];
    if (tests.length === 0) return [`${file}: no tests collected`];
    for (const t of tests) {
      try {
        await t.fn();
      } catch (e) {
        return [`${file}: ${t.name}: ${(e as Error).message ?? e}`];
      }
    }
    return [];
  } catch (e) {
    return [`${file}: ${(e as Error).stack ?? e}`];
  }
}
const ns = (): StrykerNamespace => ((globalThis as unknown as { __stryker__?: StrykerNamespace }).__stryker__ ??= {});

class RuleFixturesTestRunner implements TestRunner {
  private loaded?: Loaded;

  capabilities(): TestRunnerCapabilities {
    // Static mutants need a fresh process: Stryker starts one (that is what `false` asks for).
    return { reloadEnvironment: false };
  }

  /** Loads the analyzer from the sandbox (the working directory) on the first run, with the mutant already active. */
  private async load(): Promise<Loaded> {
    if (this.loaded) return this.loaded;
    const from = (p: string) => import(pathToFileURL(resolve(p)).href);
    const [{ Engine }, { CHECK_NAMES }, { loadRustParser }, { loadModels }, { builtinRulesDir, loadRules }, { checkFixtures }] = await Promise.all([
      from('src/analyzer/engine.ts'),
      from('src/analyzer/checks/index.ts'),
      from('src/analyzer/parser.ts'),
      from('src/analyzer/models.ts'),
      from('src/rules/catalog.ts'),
      from('src/rules/fixtures.ts'),
    ]);
    register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
    const parser = await loadRustParser();
    type Rule = { id: string; check?: string };
    const ruleIds = (loadRules([builtinRulesDir()], CHECK_NAMES) as Rule[]).filter((r) => r.check !== 'cargo').map((r) => r.id);
    this.loaded = {
      ruleIds: [...ruleIds, ...UNIT_TEST_FILES.filter((f) => existsSync(f))],
      async check(ids, { bail, coverage }) {
        const n = ns();
        n.currentTestId = coverage ? SETUP : undefined;
        const rules = loadRules([builtinRulesDir()], CHECK_NAMES) as Rule[];
        const engine = new Engine(parser, rules, loadModels([]));
        const out = new Map<string, string[]>();
        for (const id of ids.filter((x) => ruleIds.includes(x))) {
          if (coverage) n.currentTestId = id;
          const rule = rules.find((r) => r.id === id);
          let problems: string[];
          try {
            problems = rule ? checkFixtures(engine, [rule]).flatMap((r: { problems: string[] }) => r.problems) : [`rule ${id} is gone`];
          } catch (e) {
            problems = [`threw: ${(e as Error).stack ?? e}`];
          }
          out.set(id, problems);
          if (bail && problems.length) {
            n.currentTestId = undefined;
            return out;
          }
        }
        for (const file of ids.filter((x) => UNIT_TEST_FILES.includes(x))) {
          if (coverage) n.currentTestId = file;
          const problems = await runUnitFile(file);
          out.set(file, problems);
          if (bail && problems.length) break;
        }
        n.currentTestId = undefined;
        return out;
      },
    };
    return this.loaded;
  }

  async dryRun(options: DryRunOptions): Promise<DryRunResult> {
    const n = ns();
    n.activeMutant = undefined;
    const perTest = options.coverageAnalysis === 'perTest';
    // The instrumented modules keep a reference to this object from their first use: create it once.
    n.mutantCoverage ??= { static: {}, perTest: {} };
    const loaded = await this.load();
    const started = performance.now();
    const results = await loaded.check(loaded.ruleIds, { bail: false, coverage: perTest });
    const ms = Math.round((performance.now() - started) / Math.max(1, results.size));
    const coverage = n.mutantCoverage;
    // The engine is built once per run for all its rules: what building it reaches counts for every rule.
    if (perTest && coverage.perTest[SETUP]) {
      const setup = coverage.perTest[SETUP];
      delete coverage.perTest[SETUP];
      for (const id of loaded.ruleIds.filter((x) => !UNIT_TEST_FILES.includes(x))) {
        const c = (coverage.perTest[id] ??= {});
        for (const [m, hits] of Object.entries(setup)) c[m] = (c[m] ?? 0) + hits;
      }
    }
    return {
      status: DryRunStatus.Complete,
      tests: [...results].map(([id, problems]) =>
        problems.length
          ? { id, name: id, status: TestStatus.Failed, failureMessage: problems.join('\n'), timeSpentMs: ms }
          : { id, name: id, status: TestStatus.Success, timeSpentMs: ms },
      ),
      mutantCoverage: options.coverageAnalysis === 'off' ? undefined : coverage,
    };
  }

  async mutantRun(options: MutantRunOptions): Promise<MutantRunResult> {
    const n = ns();
    n.activeMutant = options.activeMutant.id;
    n.hitLimit = options.hitLimit;
    n.hitCount = options.hitLimit === undefined ? undefined : 0;
    n.currentTestId = undefined;
    try {
      const loaded = await this.load();
      const ids = options.testFilter ?? loaded.ruleIds;
      const results = await loaded.check(ids, { bail: !options.disableBail, coverage: false });
      const failed = [...results].filter(([, p]) => p.length);
      // The mutant ran more often than the dry run's hits allow: an infinite loop, stopped.
      if (failed.some(([, p]) => p.some((x) => x.includes('Stryker: Hit count limit reached'))))
        return { status: MutantRunStatus.Timeout, reason: 'hit limit reached' };
      if (failed.length === 0) return { status: MutantRunStatus.Survived, nrOfTests: results.size };
      return {
        status: MutantRunStatus.Killed,
        killedBy: failed.map(([id]) => id),
        failureMessage: failed[0][1].slice(0, 3).join('\n'),
        nrOfTests: results.size,
      };
    } catch (e) {
      // A mutant that breaks loading the analyzer is noticed: every rule fails.
      return { status: MutantRunStatus.Killed, killedBy: [], failureMessage: String((e as Error).stack ?? e), nrOfTests: 0 };
    } finally {
      n.activeMutant = undefined;
      n.hitCount = undefined;
      n.hitLimit = undefined;
    }
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'rule-fixtures', RuleFixturesTestRunner)];
