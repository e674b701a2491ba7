import assert from 'node:assert/strict';
import type { Node } from 'web-tree-sitter';
import { FileModel } from '../src/analyzer/model.ts';
import { Resolver } from '../src/analyzer/resolve.ts';
import { SourceText } from '../src/analyzer/source.ts';
import { Values } from '../src/analyzer/values.ts';
import { Engine, finalize, settleFlows } from '../src/analyzer/engine.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import type { CheckContext, CrateContext } from '../src/analyzer/check-context.ts';
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

/**
 * One file of real Rust with its model, values and resolver (the analyzer's layers below the
 * checks), and lookups by text: `call('f(x)')` the first call written so, `at(needle)` its offset,
 * `ident(needle, name)` the identifier `name` inside it. `ctx` is what a check's helper is given.
 */
export async function fileLayers(): Promise<(text: string) => { model: FileModel; values: Values; resolver: Resolver; call: (t: string) => Node; at: (needle: string) => number; ident: (needle: string, name: string) => Node; ctx: CheckContext }> {
  const parser = await loadRustParser();
  const models = loadModels();
  return (text) => {
    const model = new FileModel('src/lib.rs', new SourceText(text), parser.parser.parse(text)!);
    const values = new Values(model, models);
    const resolver = new Resolver(model, values, models);
    const calls = new Map<string, Node>();
    for (const c of model.tree.rootNode.descendantsOfType('call_expression')) if (c && !calls.has(c.text)) calls.set(c.text, c);
    const call = (t: string) => {
      const c = calls.get(t);
      assert.ok(c, `no call ${t}`);
      return c;
    };
    const at = (needle: string) => {
      const i = text.indexOf(needle);
      assert.ok(i >= 0, `${needle} not in the text`);
      return i;
    };
    const ident = (needle: string, name: string) => {
      const i = at(needle) + needle.indexOf(name);
      const n = model.tree.rootNode.descendantForIndex(i, i + name.length);
      assert.ok(n, `no node at ${name}`);
      assert.equal(n.text, name);
      return n;
    };
    const ctx = { model, values, resolver, models } as unknown as CheckContext;
    return { model, values, resolver, call, at, ident, ctx };
  };
}

/** The text with the given substrings (each the first one found from the last's end) blanked, lines kept. */
export function blanked(text: string, ...parts: string[]): string {
  let out = '';
  let at = 0;
  for (const p of parts) {
    const k = text.indexOf(p, at);
    assert.ok(k >= 0, `no ${JSON.stringify(p)} in the text`);
    out += text.slice(at, k) + p.replace(/[^\r\n]/g, ' ');
    at = k + p.length;
  }
  return out + text.slice(at);
}
