import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine, contextAnalysis, cryptoMentionRe, finalize, ruleTriggers, settleFlows } from '../src/analyzer/engine.ts';
import type { CrateContext } from '../src/analyzer/check-context.ts';
import { loadModels } from '../src/analyzer/models.ts';
import type { Finding } from '../src/finding.ts';
import type { RuleDef } from '../src/rules/catalog.ts';
import { loadRuleSet } from '../src/scan/scan.ts';
import { at as step } from './crate-scan.ts';
import { FileModel, contains, identifiersIn, implTypeOf, isTestPath, span } from '../src/analyzer/model.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { SourceText } from '../src/analyzer/source.ts';

// What src/analyzer/model.ts (the per-file index the checks read) and src/analyzer/engine.ts (the
// per-file analysis, the crate-wide steps, finalize) give on real Rust source, pinned where the
// rule fixtures leave a mutant alive (`npm run mutate`; this file is in UNIT_TEST_FILES of
// scripts/stryker-fixtures-runner.ts). The equivalent mutants of the two files are in docs/mutation.md.

const parser = await loadRustParser();
const rules = loadRuleSet({});
const models = loadModels();
const engine = new Engine(parser, rules, models);
/** A FileModel of `text` (the tree is kept: the tests are few and small). */
const modelOf = (text: string, path = 'src/lib.rs') => new FileModel(path, new SourceText(text), parser.parser.parse(text)!);
/** The text of a span, for readable expectations. */
const textOf = (m: FileModel, s: { start: number; end: number }) => m.text(s);
const at = (text: string, needle: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in the text`);
  return i;
};

// --- model.ts ---

test('model: the names each pattern binds (tuple, nested tuple, struct and tuple-struct patterns, `mut` inside), and which lets are simple', () => {
  const text = `fn f(t: (u8, u8), p: P, q: Q, o: Option<u8>, n: ((u8, u8), u8)) {
    let mut x = 1;
    let (mut a, b) = t;
    let ((c, d), e) = n;
    let P { x: _, y: py, .. } = p;
    let Q { nonce, key: k } = q;
    let Some(k) = o else { return };
    let [first, _] = [1u8, 2];
    let m::Wrapper(inner) = w;
}
`;
  const m = modelOf(text);
  assert.deepEqual(
    m.lets.map((l) => ({ names: l.names, simple: l.simple, value: l.value?.text, scope: textOf(m, l.scope).slice(0, 1) })),
    [
      { names: ['x'], simple: true, value: '1', scope: '{' },
      { names: ['a', 'b'], simple: false, value: 't', scope: '{' },
      { names: ['c', 'd', 'e'], simple: false, value: 'n', scope: '{' },
      // The type and the field name are not bindings.
      { names: ['py'], simple: false, value: 'p', scope: '{' },
      // A shorthand field is a binding.
      { names: ['nonce', 'k'], simple: false, value: 'q', scope: '{' },
      // (`Some` is an identifier of the grammar's tuple-struct pattern: listed, though no binding.)
      { names: ['Some', 'k'], simple: false, value: 'o', scope: '{' },
      { names: ['first'], simple: false, value: '[1u8, 2]', scope: '{' },
      // A path in a pattern is not a binding.
      { names: ['inner'], simple: false, value: 'w', scope: '{' },
    ],
  );
  const fnPattern = m.tree.rootNode.descendantsOfType('tuple_pattern')[0]!;
  assert.deepEqual(identifiersIn(fnPattern), ['a', 'b']);
  // The parameters of the function, by name, with their types.
  const [f] = m.functions;
  assert.deepEqual([...f.params.keys()], ['t', 'p', 'q', 'o', 'n']);
  assert.deepEqual([...f.paramTypes.entries()], [['t', '(u8, u8)'], ['p', 'P'], ['q', 'Q'], ['o', 'Option<u8>'], ['n', '((u8, u8), u8)']]);
});

test('model: consts and statics by name (two of one name in two modules), their type, value and mutability', () => {
  const text = `mod a { pub const K: [u8; 4] = [1, 2, 3, 4]; }
mod b { pub static mut K: u32 = 7; }
const N: usize = 12;
`;
  const m = modelOf(text);
  assert.deepEqual(
    [...m.items.entries()].map(([name, list]) => [name, list.map((i) => `${i.kind} ${i.typeText} = ${i.value?.text} ${i.mutable ? 'mut' : 'fixed'}`)]),
    [
      ['K', ['const [u8; 4] = [1, 2, 3, 4] fixed', 'static u32 = 7 mut']],
      ['N', ['const usize = 12 fixed']],
    ],
  );
});

test('model: the field values of struct literals, shorthand ones included', () => {
  const m = modelOf(`fn f(nonce: [u8; 12]) -> (S, S) { (S { key: [0u8; 32], nonce }, S { key: KEY, nonce: [1; 12] }) }\n`);
  assert.deepEqual(
    [...m.fieldInits.entries()].map(([k, v]) => [k, v.map((n) => n.text)]),
    [
      ['key', ['[0u8; 32]', 'KEY']],
      ['nonce', ['nonce', '[1; 12]']],
    ],
  );
});

test('model: loops and the names a `for` binds (a `while let` and a `loop` bind none)', () => {
  const text = `fn f(v: Vec<(u8, u8)>, mut it: std::vec::IntoIter<u8>) {
    for (i, j) in v { let _ = (i, j); }
    while let Some(z) = it.next() { let _ = z; }
    loop { break; }
}
`;
  const m = modelOf(text);
  assert.deepEqual(
    m.loops.map((l) => [l.node.type, l.bound]),
    [
      ['for_expression', ['i', 'j']],
      ['while_expression', []],
      ['loop_expression', []],
    ],
  );
  // The loops around `inner` that do not hold `outer`, at both ends of a loop.
  const loop = m.loops[2];
  const inner = { start: at(text, 'break'), end: at(text, 'break') + 5 };
  assert.deepEqual(m.loopsBetween(0, inner), [loop]);
  assert.deepEqual(m.loopsBetween(loop.start, inner), [], 'outer at the first character of the loop is inside it');
  assert.deepEqual(m.loopsBetween(loop.end - 1, inner), [], 'outer at the last character of the loop is inside it');
  assert.deepEqual(m.loopsBetween(loop.end, inner), [loop], 'the loop ends before outer');
  // A span contains itself.
  assert.deepEqual(m.loopsBetween(0, span(loop.node)), [loop]);
  assert.equal(contains({ start: 3, end: 9 }, { start: 3, end: 9 }), true);
  assert.equal(contains({ start: 3, end: 9 }, { start: 2, end: 9 }), false);
  assert.equal(contains({ start: 3, end: 9 }, { start: 3, end: 10 }), false);
});

test('model: test code by attribute (`#[test]`, `#[tokio::test(..)]`, `#[cfg(all(.., test))]`, past other attributes and comments), by a `test_*` harness function that asserts, and not by look-alikes', () => {
  const text = `#[test]
#[ignore]
fn ignored() {}
#[test]
// a note
fn noted() {}
#[test] /* a note */
fn commented() {}
#[tokio::test]
async fn on_tokio() {}
#[tokio::test(flavor = "multi_thread")]
async fn on_tokio_threads() {}
#[bench]
fn bench_it() {}
#[cfg(all(feature = "slow", test))]
mod slow_tests {}
#[cfg(test)]
mod tests {}
#[cfg(not(test))]
mod not_tests {}
#[cfg(feature = "test-utils")]
mod utils {}
#[doc = "see #[cfg(test)] below"]
fn documented() {}
#[testing]
fn testing() {}
fn test_roundtrip() { assert!(check()); }
fn test_equal() { assert_eq! (1, 1); }
fn test_nothing() { println!("x"); }
fn my_test_helper() { assert!(check()); }
struct S;
impl S { fn test_method() { assert!(check()); } }
`;
  const m = modelOf(text);
  const first = (s: { start: number; end: number }) => textOf(m, s).split('\n')[0];
  assert.deepEqual(m.testSpans.map(first), [
    'fn ignored() {}',
    'fn noted() {}',
    'fn commented() {}',
    'async fn on_tokio() {}',
    'async fn on_tokio_threads() {}',
    'fn bench_it() {}',
    'mod slow_tests {}',
    'mod tests {}',
    'fn test_roundtrip() { assert!(check()); }',
    'fn test_equal() { assert_eq! (1, 1); }',
  ]);
  assert.equal(m.inTestCode(at(text, 'fn ignored')), true);
  assert.equal(m.inTestCode(at(text, '#[ignore]')), false, 'the attributes before an item are not in it');
  const tests = m.testSpans[7];
  assert.equal(m.inTestCode(tests.start), true, 'the first character of a test item');
  assert.equal(m.inTestCode(tests.end - 1), true, 'the last character');
  assert.equal(m.inTestCode(tests.end), false, 'just past its end');
  assert.equal(m.inTestCode(tests.start - 1), false, 'just before it');
  // By path every offset is test code.
  assert.equal(modelOf(text, 'tests/it.rs').inTestCode(at(text, 'fn testing')), true);
  // A test attribute with no item after it marks nothing.
  assert.deepEqual(modelOf('mod m {\n    #[test]\n}\n').testSpans, []);
});

test('model: the function around an offset, the functions around it (nested ones), and at the edges of each', () => {
  const text = `use std::fmt;
fn outer() {
    fn inner() {}
    let after_inner = 1;
}
fn a() {}fn b() {}
impl Vault { fn seal(&self) {} }
impl<T> Wrapper<T> { fn get(&self) {} }
trait Tr { fn provided(&self) {} }
`;
  const m = modelOf(text);
  const name = (f?: { name: string }) => f?.name;
  const [outer, inner, fa, fb, seal, get, provided] = m.functions;
  assert.deepEqual(m.functions.map((f) => f.name), ['outer', 'inner', 'a', 'b', 'seal', 'get', 'provided']);
  assert.equal(name(m.enclosingFunction(0)), undefined, 'before every function');
  assert.equal(name(m.enclosingFunction(outer.start)), 'outer', 'the first character of a function');
  assert.equal(name(m.enclosingFunction(at(text, 'fn inner') + 3)), 'inner');
  assert.equal(name(m.enclosingFunction(at(text, 'after_inner'))), 'outer', 'past a nested function, in the one around it');
  assert.equal(name(m.enclosingFunction(outer.end)), undefined, 'the character after a function');
  assert.equal(name(m.enclosingFunction(fa.end)), 'b', 'a function that starts where the one before ends');
  assert.deepEqual(m.functionsAround(at(text, 'fn inner') + 3).map(name), ['inner', 'outer']);
  assert.deepEqual(m.functionsAround(at(text, 'after_inner')).map(name), ['outer']);
  assert.deepEqual(m.functionsAround(fb.start + 1).map(name), ['b'], 'the function before is not around it');
  assert.deepEqual(m.functionsAround(0).map(name), []);
  assert.deepEqual(m.functionsNamed('seal'), [seal]);
  assert.deepEqual(m.functionsNamed('open'), []);
  assert.equal(implTypeOf(seal), 'Vault');
  assert.equal(implTypeOf(get), 'Wrapper<T>');
  assert.equal(implTypeOf(provided), '', 'a trait is no impl');
  assert.equal(implTypeOf(inner), '');
  assert.equal(fb.body?.text, '{}');
  assert.equal(name(m.enclosingFunction(text.length - 1)), undefined);
});

test('model: test, example and bench files by their path', () => {
  const yes = ['tests/it.rs', 'crates/x/tests/it.rs', 'examples/demo.rs', 'benches/b.rs', 'src/test.rs', 'src/tests.rs', 'test.rs', 'src/test_util.rs', 'test_util.rs', 'src/crypto_test.rs', 'src/crypto_tests.rs', 'src/bin/test1.rs', 'src/bin/demo.rs', 'bin/scratch.rs', 'src/bin/playground_x.rs', 'src/bin/sample.rs', 'src/bin/example2.rs'];
  const no = ['src/lib.rs', 'src/contest.rs', 'src/attest.rs', 'src/latest_tests_x.rs', 'src/testing.rs', 'src/bin/main.rs', 'src/bin/my_demo.rs', 'src/mytests/x.rs', 'src/examples_x/y.rs', 'src/test/x.rs', 'src/t_test_.rs'];
  assert.deepEqual(yes.filter((p) => !isTestPath(p)), []);
  assert.deepEqual(no.filter((p) => isTestPath(p)), []);
});

// --- engine.ts: one file ---

test('engine: the module-level consts of a file, as other files see them (literal, alias, path, mutability, inline module), and not the ones nested deep in a function', () => {
  const text = `pub const ITER: u32 = 600_000;
pub const NAME: &str = "x";
pub const RAW: &str = r"y";
pub const PI: f64 = 3.14;
pub const ARR: [u8; 2] = [1, 2];
pub const ALIAS: u32 = ITER;
pub const PATHED: u32 = crate::cfg::ROUNDS;
pub const LOWER_ALIAS: u32 = rounds;
pub const MIXED_ALIAS: u32 = crate::cfg::xROUNDS;
pub const TAIL: u32 = crate::cfg::ROUNDSx;
pub const MIXED_ID: u32 = xROUNDS;
pub const CAMEL_ID: u32 = Rounds;
pub const ORIGIN: P = P { x: 0 };
pub static mut COUNTER: u32 = 0;
pub static SALT: &[u8] = b"salt";
static lower: u8 = 1;
const Key: u8 = 2;
const xKEY: u8 = 3;
extern "C" { static ERRNO: i32; }
mod inner { pub const INNER: u32 = 5; }
fn f() { if true { const LOCAL: u32 = 1; } }
`;
  const before = engine.parses.consts;
  const line = (c: ReturnType<Engine['constsIn']>[number]) =>
    `${c.name}@${c.file}:${c.region.startLine}:${c.region.startColumn}-${c.region.endColumn} ${c.isConst ? 'const' : 'not-const'} literal=${c.literal} alias=${c.alias} path=${c.aliasPath} inline=${c.inline?.join('::')}`;
  assert.deepEqual(engine.constsIn('src/k.rs', text).map(line), [
    'ITER@src/k.rs:1:1-31 const literal=600_000 alias=undefined path=undefined inline=undefined',
    'NAME@src/k.rs:2:1-28 const literal="x" alias=undefined path=undefined inline=undefined',
    'RAW@src/k.rs:3:1-28 const literal=r"y" alias=undefined path=undefined inline=undefined',
    'PI@src/k.rs:4:1-26 const literal=3.14 alias=undefined path=undefined inline=undefined',
    'ARR@src/k.rs:5:1-33 const literal=undefined alias=undefined path=undefined inline=undefined',
    'ALIAS@src/k.rs:6:1-29 const literal=undefined alias=ITER path=ITER inline=undefined',
    'PATHED@src/k.rs:7:1-44 const literal=undefined alias=ROUNDS path=crate::cfg::ROUNDS inline=undefined',
    'LOWER_ALIAS@src/k.rs:8:1-37 not-const literal=undefined alias=undefined path=undefined inline=undefined',
    'MIXED_ALIAS@src/k.rs:9:1-50 not-const literal=undefined alias=undefined path=undefined inline=undefined',
    'TAIL@src/k.rs:10:1-43 not-const literal=undefined alias=undefined path=undefined inline=undefined',
    'MIXED_ID@src/k.rs:11:1-35 not-const literal=undefined alias=undefined path=undefined inline=undefined',
    'CAMEL_ID@src/k.rs:12:1-34 not-const literal=undefined alias=undefined path=undefined inline=undefined',
    'ORIGIN@src/k.rs:13:1-34 not-const literal=undefined alias=undefined path=undefined inline=undefined',
    // A `static mut` is no constant, whatever its value.
    'COUNTER@src/k.rs:14:1-33 not-const literal=0 alias=undefined path=undefined inline=undefined',
    'SALT@src/k.rs:15:1-34 const literal=b"salt" alias=undefined path=undefined inline=undefined',
    // An extern static has no value.
    'ERRNO@src/k.rs:19:14-32 not-const literal=undefined alias=undefined path=undefined inline=undefined',
    'INNER@src/k.rs:20:13-38 const literal=5 alias=undefined path=undefined inline=inner',
  ]);
  assert.equal(engine.parses.consts, before + 1);
  // Read for its consts only: nothing analyzed, its UPPER_CASE names listed.
  const upper = ['ITER', 'NAME', 'RAW', 'PI', 'ARR', 'ALIAS', 'PATHED', 'LOWER_ALIAS', 'MIXED_ALIAS', 'TAIL', 'MIXED_ID', 'CAMEL_ID', 'ORIGIN', 'COUNTER', 'SALT', 'ERRNO', 'INNER', 'LOCAL'];
  const crate: CrateContext = { manifest: 'Cargo.toml', dependencies: [] };
  assert.deepEqual(contextAnalysis('src/k.rs', text, crate), { file: 'src/k.rs', findings: [], pending: [], once: [], notes: [], constNames: upper, suppressions: [], crate, contextOnly: true });
  assert.deepEqual(engine.analyze('src/k.rs', text).constNames, upper);
});

test('engine: a file no rule\'s trigger is in is not parsed; one that names a crypto module is, for the inventory only', () => {
  const e = new Engine(parser, rules, models);
  assert.deepEqual(e.analyze('src/plain.rs', 'fn main() {}\n'), { file: 'src/plain.rs', findings: [], pending: [], once: [], notes: [], constNames: [], suppressions: [], crate: undefined });
  assert.deepEqual(e.parses, { analyze: 0, partial: 0, skipped: 1, callers: 0, consts: 0, inventory: 0 });
  assert.deepEqual(e.prefilterFor('fn main() {}\n'), []);
  assert.deepEqual(e.prefilterFor('let c = Des::new(k);').map((r) => r.id), ['broken-cipher', 'hardcoded-key', 'predictable-nonce', 'weak-kdf', 'weak-rng']);
  // Model-derived triggers are whole words; the rule's own and conjunctions are kept as written.
  const hk = ruleTriggers(rules.find((r) => r.id === 'hardcoded-key')!, models);
  assert.ok(hk.includes('w:Aes256Gcm') && !hk.includes('Aes256Gcm'), 'a model word is a whole word');
  assert.ok(hk.includes('Cbc::') && hk.includes('Cbc as '), 'a trigger ending in `::` or a space is not');
  assert.ok(hk.includes('new_from_slice'), "the rule's own triggers as written");
  const wh = ruleTriggers(rules.find((r) => r.id === 'weak-hash')!, models);
  assert.ok(wh.includes('w:Md5&w:type') && !wh.includes('w:w:Md5&w:type'), 'a conjunction says its kinds itself');
  // The words of crates with modelled calls or types (not the generic `hash`, `digest`, `cipher`, `std`, nor `rand`, which has only sources).
  const re = cryptoMentionRe(models);
  assert.deepEqual(
    ['use sha2::Sha256;', 'use ed25519_dalek::SigningKey;', 'extern crate crypto;', 'use std::fs;', 'hash', 'digest', 'cipher', 'use rand::Rng;'].map((t) => re.test(t)),
    [true, true, true, false, false, false, false, false],
  );
  e.collectUses = true;
  // A crypto module, no rule's trigger: parsed for the inventory; its uses listed.
  const only = e.analyze('src/only.rs', 'use sha2::Digest;\nfn f<D: Digest>(d: D) -> usize { 1 }\n');
  assert.deepEqual([only.uses, only.flow, only.findings], [[], undefined, []]);
  assert.deepEqual(e.parses, { analyze: 1, partial: 0, skipped: 1, callers: 0, consts: 0, inventory: 0 });
  // No rule's trigger, a modelled call: listed.
  const signing = e.analyze('src/sign.rs', 'use ed25519_dalek::{Signer, SigningKey};\npub fn sign(m: &[u8]) {\n    let k = SigningKey::from_bytes(&[7u8; 32]);\n    let _ = k.sign(m);\n}\n');
  assert.deepEqual(
    signing.uses?.map((u) => `${u.api} ${u.kind} ${u.region.startLine}:${u.region.startColumn} ${JSON.stringify(u.value)}`),
    ['ed25519_dalek::SigningKey::from_bytes use 3:13 undefined'],
  );
  assert.deepEqual([signing.findings, signing.flow], [[], undefined]);
  assert.deepEqual(e.parses, { analyze: 2, partial: 0, skipped: 1, callers: 0, consts: 0, inventory: 0 });
  const ring = e.analyze('src/ring.rs', 'use ring::digest;\nfn f() { let _ = digest::digest(&digest::SHA256, b"x"); }\n');
  assert.deepEqual(ring.uses?.map((u) => `${u.api} ${u.kind} ${u.region.startLine}:${u.region.startColumn} ${u.mentions.map((m) => m.algorithm).join(',')}`), ['digest::digest hash-input 2:18 SHA-256']);
  assert.equal(e.analyze('src/std.rs', 'use std::collections::HashMap;\nfn main() {}\n').uses, undefined);
  assert.deepEqual(e.parses, { analyze: 3, partial: 0, skipped: 2, callers: 0, consts: 0, inventory: 0 });
});

test('engine: the syntax-error note (the first error\'s line, how many more, a missing token)', () => {
  const notes = (t: string) => engine.analyze('src/x.rs', t).notes.map((n) => `${n.level} ${n.line} ${n.message}`);
  assert.deepEqual(notes('use sha2::{Digest, Sha256};\nfn main() {\n    let h = Sha256::digest(b"x") +;\n}\n'), ['warning 3 syntax error at line 3; analyzed the parts that parse']);
  assert.deepEqual(notes('use sha2::{Digest, Sha256};\nfn main() {\n    let h = Sha256::digest(b"x")\n}\n'), ['warning 3 syntax error at line 3; analyzed the parts that parse']);
  assert.deepEqual(notes('use sha2::Sha256;\nfn main() {\n    let h = Sha256::new(;\n}\n'), ['warning 3 syntax error at line 3; analyzed the parts that parse'], 'one ERROR node: no "and more"');
  assert.deepEqual(notes('use sha2::{Digest, Sha256};\nfn a() { let = Sha256::digest(b"x"); }\nfn b() { let = 2; }\nfn c() { let = 3; }\n'), ['warning 2 syntax error at line 2 (and 2 more); analyzed the parts that parse']);
});

/** A rule of the user's own: tree-sitter query patterns only, no check. */
const patternRule = (patterns: RuleDef['patterns'], id = 'no-md5-call'): RuleDef => ({ ...rules.find((r) => r.id === 'weak-hash')!, id, check: undefined, patterns, triggers: ['md5'], sinks: [], sources: [], testSeverity: undefined });

test("engine: a rule of query patterns only: the @finding capture (else the first), the message's {{captures}}, each pattern's severity, two patterns on one node are one finding", () => {
  const rule = patternRule([
    { query: '(call_expression function: (identifier) @name arguments: (arguments (string_literal) @finding) (#eq? @name "md5"))', message: '`{{name}}` of {{finding}} ({{nothing}})', severity: 'low' },
    { query: '(call_expression function: (identifier) @name (#eq? @name "md5")) @call', message: 'first capture `{{name}}`' },
    { query: '((identifier) @id (#eq? @id "md5_twice"))', message: 'twice' },
    { query: '((identifier) @id (#eq? @id "md5_twice"))', message: 'twice' },
    { query: '(call_expression function: (identifier) @name (#eq? @name "md5_nothing"))', message: 'never matched' },
  ]);
  const e = new Engine(parser, [rule], models);
  const text = 'fn f() {\n    let d = md5("abc");\n    let t = md5_twice;\n}\n';
  const view = (f: Finding) => `${f.ruleId}(${f.severity})@${f.region.startLine}:${f.region.startColumn}-${f.region.endColumn} ${f.message}`;
  assert.deepEqual(e.analyze('src/x.rs', text).findings.map(view), [
    'no-md5-call(low)@2:17-22 `md5` of "abc" (nothing)',
    'no-md5-call(medium)@2:13-23 first capture `md5`',
    'no-md5-call(medium)@3:13-22 twice',
  ]);
  // A pattern without captures reports nothing (there is no place to report).
  const bare = new Engine(parser, [patternRule([{ query: '(call_expression)', message: 'bare' }])], models);
  assert.deepEqual(bare.analyze('src/x.rs', text).findings, []);
  // An invalid query is an error at start, naming the rule's file and the pattern.
  assert.throws(() => new Engine(parser, [patternRule([{ query: '(call_expression', message: 'x' }], 'broken')], models), /weak-hash\.yml: patterns\[0\] is not a valid tree-sitter query: /);
});

// --- engine.ts: severity in test code, the dataflow path of a finding ---

test('engine: a finding in test code is lowered to the rule\'s test severity and says so; one already at that severity is left as it is', () => {
  const text = `use aes_gcm::{Aes256Gcm, KeyInit};
pub fn prod() -> Aes256Gcm {
    Aes256Gcm::new(&[7u8; 32].into())
}
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn t() {
        let key = [7u8; 32];
        let _c = Aes256Gcm::new(&key.into());
    }
    fn checksum(data: &[u8]) -> Vec<u8> {
        md5::Md5::digest(data).to_vec()
    }
}
`;
  const SUFFIX = ' (in test, example or demo code, so reported at lower severity)';
  const view = (f: Finding) => `${f.ruleId}(${f.severity})@${f.region.startLine}:${f.region.startColumn} ${f.message.endsWith(SUFFIX) ? 'lowered' : 'as is'}`;
  const findings = engine.analyze('src/lib.rs', text).findings;
  assert.deepEqual(findings.map(view), ['hardcoded-key(critical)@3:5 as is', 'hardcoded-key(low)@11:18 lowered', 'weak-hash(low)@14:9 as is']);
  assert.equal(findings[1].message, `Hard-coded key: \`&key.into()\` reaches \`Aes256Gcm::new\`. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.${SUFFIX}`);
});

test('engine: the path (SARIF codeFlows) of a weak-rng and a weak-password-hash finding: where the value is made, then where it is used', () => {
  const files = {
    'src/rng.rs': `use rand::{rngs::SmallRng, Rng, SeedableRng};
use aes_gcm::{Aes256Gcm, KeyInit};
pub fn key() -> Aes256Gcm {
    let mut rng = SmallRng::seed_from_u64(7);
    let k: [u8; 32] = rng.gen();
    Aes256Gcm::new(&k.into())
}
`,
    'src/pw.rs': `use sha2::{Digest, Sha256};
pub fn store(password: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(password.as_bytes());
    h.finalize().to_vec()
}
`,
  };
  const findings = Object.entries(files).flatMap(([p, t]) => engine.analyze(p, t).findings);
  assert.deepEqual(
    findings.map((f) => [`${f.ruleId}@${f.file}:${f.region.startLine}`, f.flow?.map(step)]),
    [
      ['weak-rng@src/rng.rs:6', ['src/rng.rs:4:19 the predictable source', 'src/rng.rs:6:5 used here']],
      ['weak-password-hash@src/pw.rs:4', ['src/pw.rs:3:17 the SHA-256 hasher is made here', 'src/pw.rs:4:5 used here']],
    ],
  );
});

// --- engine.ts: the crate-wide flow (settleFlows) and finalize ---

type Crates = Record<string, CrateContext>;
/** Files analyzed as one scan: each file (or, listed in `context`, only read for its consts), the crate-wide flow, finalize. */
function scanFiles(files: Record<string, string>, options: { crates?: Crates; e?: Engine; rounds?: number; context?: string[]; withText?: boolean; order?: string[] } = {}): Finding[] {
  const { crates = {}, e = engine, rounds, context = [], withText = true } = options;
  const paths = options.order ?? Object.keys(files);
  const analyses = paths.map((p) => (context.includes(p) ? contextAnalysis(p, files[p], crates[p]) : e.analyze(p, files[p], crates[p])));
  settleFlows(e, analyses, (p) => files[p], rounds);
  return finalize(analyses, e.rules, (p) => e.constsIn(p, files[p]), withText ? (p) => files[p] : undefined);
}
const brief = (f: Finding) => `${f.ruleId}(${f.severity})@${f.file}:${f.region.startLine}:${f.region.startColumn}`;
const full = (f: Finding) => ({ at: brief(f), message: f.message, flow: f.flow?.map(step) ?? [], related: f.related.map(step) });

const SEAL_RS = `use aes_gcm::{aead::Aead, Aes256Gcm, KeyInit, Nonce};
use chacha20poly1305::ChaCha20Poly1305;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use ring::aead::{UnboundKey, AES_256_GCM};
pub fn two(k: &[u8]) {
    let _a = Aes256Gcm::new_from_slice(k);
    let _b = ChaCha20Poly1305::new_from_slice(k);
}
pub fn pair(k1: &[u8], k2: &[u8]) {
    let _a = Aes256Gcm::new_from_slice(k1);
    let _b = Aes256Gcm::new_from_slice(k2);
}
pub fn mac(k: &[u8]) {
    let _m = Hmac::<Sha256>::new_from_slice(k);
}
pub fn ring_key(k: &[u8]) {
    let _k = UnboundKey::new(&AES_256_GCM, k);
}
pub fn salted(salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(b"fixed input", salt, 600_000, &mut out);
    out
}
pub fn encrypt(key: &[u8], m: &[u8]) -> Vec<u8> {
    let c = Aes256Gcm::new_from_slice(key).unwrap();
    c.encrypt(Nonce::from_slice(&[0u8; 12]), m).unwrap()
}
pub fn seal_with(nonce: &[u8], m: &[u8], c: &Aes256Gcm) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(nonce), m).unwrap()
}
pub fn seal_counter(counter: u64, c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    let mut n = [0u8; 12];
    n[4..].copy_from_slice(&counter.to_be_bytes());
    c.encrypt(Nonce::from_slice(&n), m).unwrap()
}
pub fn salted_key(salted: &[u8]) {
    let _a = Aes256Gcm::new_from_slice(salted);
}
`;
const APP_RS = `use crate::seal::*;
const DEFAULT: [u8; 32] = [7u8; 32];
pub fn run(password: &str, msgs: &[Vec<u8>], c: &aes_gcm::Aes256Gcm) {
    two(b"0123456789abcdef0123456789abcdef");
    two(password.as_bytes());
    pair(b"0123456789abcdef0123456789abcdef", b"fedcba9876543210fedcba9876543210");
    mac(password.as_bytes());
    ring_key(password.as_bytes());
    salted(password.as_bytes());
    two(&DEFAULT);
    two(&LATER);
    let key = fresh_key();
    for m in msgs {
        encrypt(&key, m);
    }
    let nonce = fresh_nonce();
    for m in msgs {
        seal_with(&nonce, m, c);
    }
    seal_counter(0, c, b"m");
    salted_key(b"0123456789abcdef0123456789abcdef");
}
const LATER: [u8; 32] = [9u8; 32];
#[cfg(test)]
mod tests {
    #[test]
    fn t(password: &str) {
        crate::seal::two(b"0123456789abcdef0123456789abcdef");
        crate::seal::two(password.as_bytes());
    }
}
`;
const KEY_MSG = (arg: string, fn: string, line: number) =>
  `Hard-coded key: \`${arg}\` is passed to \`${fn}\`, whose parameter reaches \`Aes256Gcm::new_from_slice\` (src/seal.rs:${line}). Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.`;
const LIT = 'b"0123456789abcdef0123456789abcdef"';

test("settleFlows: constants and passwords handed to the crate's functions: one finding per call line and rule however many sinks the parameter reaches; MAC keys, salts, integer counters, a key made before a loop and a `salt` parameter are not reported; the constant's definition starts the path; test code is lowered", () => {
  const findings = scanFiles({ 'src/lib.rs': 'pub mod seal;\npub mod app;\n', 'src/seal.rs': SEAL_RS, 'src/app.rs': APP_RS });
  const two = ['src/seal.rs:6:12 parameter `k` of `two`', 'src/seal.rs:7:14 reaches `Aes256Gcm::new_from_slice` here'];
  const twoRelated = ['src/seal.rs:7:14 the value reaches `Aes256Gcm::new_from_slice` here', 'src/seal.rs:6:12 through this parameter'];
  const pwRelated = (line: number, col: number, pline: number, pcol: number) => [`src/seal.rs:${line}:${col} the password becomes key material here`, `src/seal.rs:${pline}:${pcol} through this parameter`];
  const pwMsg = (fn: string, api: string, line: number) => `Password \`password.as_bytes()\` is passed to \`${fn}\`, which uses it directly as the key of \`${api}\` (src/seal.rs:${line}). Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.`;
  assert.deepEqual(findings.map(full), [
    { at: 'hardcoded-key(critical)@src/app.rs:4:5', message: KEY_MSG(LIT, 'two', 7), flow: ['src/app.rs:4:5 passed to `two`', ...two], related: twoRelated },
    { at: 'weak-kdf(high)@src/app.rs:5:5', message: pwMsg('two', 'Aes256Gcm::new_from_slice', 7), flow: ['src/app.rs:5:5 password passed to `two`', ...two], related: pwRelated(7, 14, 6, 12) },
    // Two keys on one line: one finding.
    {
      at: 'hardcoded-key(critical)@src/app.rs:6:5',
      message: KEY_MSG(LIT, 'pair', 11),
      flow: ['src/app.rs:6:5 passed to `pair`', 'src/seal.rs:10:13 parameter `k1` of `pair`', 'src/seal.rs:11:14 reaches `Aes256Gcm::new_from_slice` here'],
      related: ['src/seal.rs:11:14 the value reaches `Aes256Gcm::new_from_slice` here', 'src/seal.rs:10:13 through this parameter'],
    },
    // ring's `UnboundKey` is a cipher key, not a MAC key.
    {
      at: 'weak-kdf(high)@src/app.rs:8:5',
      message: pwMsg('ring_key', 'UnboundKey::new', 18),
      flow: ['src/app.rs:8:5 password passed to `ring_key`', 'src/seal.rs:17:17 parameter `k` of `ring_key`', 'src/seal.rs:18:14 reaches `UnboundKey::new` here'],
      related: pwRelated(18, 14, 17, 17),
    },
    // A constant defined above or below the call: its definition is the first step.
    { at: 'hardcoded-key(critical)@src/app.rs:10:5', message: KEY_MSG('&DEFAULT', 'two', 7), flow: ['src/app.rs:2:1 the constant is defined here', 'src/app.rs:10:5 passed to `two`', ...two], related: twoRelated },
    { at: 'hardcoded-key(critical)@src/app.rs:11:5', message: KEY_MSG('&LATER', 'two', 7), flow: ['src/app.rs:23:1 the constant is defined here', 'src/app.rs:11:5 passed to `two`', ...two], related: twoRelated },
    {
      at: 'nonce-reuse(critical)@src/app.rs:18:9',
      message: 'Nonce `&nonce` is made once (line 16) before the loop at line 17 and passed to `seal_with` on every iteration, where it becomes the nonce of `encrypt` (src/seal.rs:30): every message after the first is encrypted under the same key and nonce. Make a fresh nonce per message (inside the loop, or inside `seal_with`).',
      flow: ['src/app.rs:16:5 made once', 'src/app.rs:18:9 passed to `seal_with` in the loop', 'src/seal.rs:29:18 parameter `nonce` of `seal_with`', 'src/seal.rs:30:5 reaches `encrypt` here'],
      related: ['src/app.rs:16:5 the nonce is made here, once', 'src/seal.rs:30:5 it becomes the nonce here'],
    },
    // `salted` is not a salt.
    {
      at: 'hardcoded-key(critical)@src/app.rs:21:5',
      message: KEY_MSG(LIT, 'salted_key', 38),
      flow: ['src/app.rs:21:5 passed to `salted_key`', 'src/seal.rs:37:19 parameter `salted` of `salted_key`', 'src/seal.rs:38:14 reaches `Aes256Gcm::new_from_slice` here'],
      related: ['src/seal.rs:38:14 the value reaches `Aes256Gcm::new_from_slice` here', 'src/seal.rs:37:19 through this parameter'],
    },
    { at: 'hardcoded-key(low)@src/app.rs:28:9', message: `${KEY_MSG(LIT, 'two', 7)} (in test, example or demo code, so reported at lower severity)`, flow: ['src/app.rs:28:9 passed to `two`', ...two], related: twoRelated },
    // (The password finding in test code is lowered too; its message does not say so: docs/mutation.md.)
    { at: 'weak-kdf(low)@src/app.rs:29:9', message: pwMsg('two', 'Aes256Gcm::new_from_slice', 7), flow: ['src/app.rs:29:9 password passed to `two`', ...two], related: pwRelated(7, 14, 6, 12) },
    {
      at: 'constant-nonce(critical)@src/seal.rs:27:5',
      message: 'Constant nonce `Nonce::from_slice(&[0u8; 12])` passed to `encrypt`: every message under this key reuses it, and with AES-256-GCM a repeated nonce reveals the XOR of the plaintexts and lets an attacker forge authentication tags. Generate a fresh random nonce for each message (e.g. `Aes256Gcm::generate_nonce(&mut OsRng)`) or use a counter that never repeats.',
      flow: ['src/seal.rs:27:34 the constant nonce is defined here', 'src/seal.rs:27:5 used here'],
      related: ['src/seal.rs:27:34 the constant nonce is defined here'],
    },
  ]);
  // Without the rules the flow reports into (disabled in a config), nothing of theirs and no error.
  const few = new Engine(parser, rules.filter((r) => !['weak-kdf', 'nonce-reuse', 'hardcoded-key'].includes(r.id)), models);
  assert.deepEqual(scanFiles({ 'src/lib.rs': 'pub mod seal;\npub mod app;\n', 'src/seal.rs': SEAL_RS, 'src/app.rs': APP_RS }, { e: few }).map(brief), ['constant-nonce(critical)@src/seal.rs:27:5']);
});

test('settleFlows: an integer handed to a nonce parameter of an integer type is a counter\'s start, not a fixed nonce; bytes are', () => {
  const seal = (name: string, ty: string) => `pub fn ${name}(counter: ${ty}, c: &Aes256Gcm, m: &[u8]) -> Vec<u8> {
    c.encrypt(Nonce::from_slice(&counter.to_be_bytes()), m).unwrap()
}
`;
  const files = {
    'src/lib.rs': 'pub mod seal;\npub mod app;\n',
    'src/seal.rs': `use aes_gcm::{aead::Aead, Aes256Gcm, KeyInit, Nonce};\n${seal('by_u64', 'u64')}${seal('by_ref', '&u64')}${seal('by_bytes', '[u8; 12]')}`,
    'src/app.rs': 'use crate::seal::*;\npub fn run(c: &aes_gcm::Aes256Gcm) {\n    by_u64(0, c, b"m");\n    by_ref(&0, c, b"m");\n    by_bytes([0u8; 12], c, b"m");\n}\n',
  };
  assert.deepEqual(scanFiles(files).map(brief), ['constant-nonce(critical)@src/app.rs:5:5']);
});

const SEAL_FN = 'use aes_gcm::{Aes256Gcm, KeyInit};\npub fn seal(key: &[u8]) -> Aes256Gcm {\n    Aes256Gcm::new_from_slice(key).unwrap()\n}\n';

test('settleFlows: a call reaches a function of its own crate or of a crate it depends on, not of another crate', () => {
  const call = `use keys::seal;\nfn main() {\n    let _c = seal(${LIT});\n}\n`;
  const files = { 'keys/src/lib.rs': SEAL_FN, 'app/src/main.rs': call, 'tool/src/main.rs': call };
  const crates: Crates = {
    'keys/src/lib.rs': { manifest: 'keys/Cargo.toml', name: 'keys', dependencies: ['aes-gcm'] },
    'app/src/main.rs': { manifest: 'app/Cargo.toml', name: 'app', dependencies: ['keys'] },
    'tool/src/main.rs': { manifest: 'tool/Cargo.toml', name: 'tool', dependencies: ['aes-gcm'] },
  };
  assert.deepEqual(scanFiles(files, { crates }).map((f) => `${brief(f)} ${f.flow?.map(step).join(' ; ')}`), [
    'hardcoded-key(critical)@app/src/main.rs:3:14 app/src/main.rs:3:14 passed to `seal` ; keys/src/lib.rs:2:13 parameter `key` of `seal` ; keys/src/lib.rs:3:5 reaches `Aes256Gcm::new_from_slice` here',
  ]);
  // A library without a package name cannot be depended on by name.
  assert.deepEqual(scanFiles(files, { crates: { ...crates, 'keys/src/lib.rs': { manifest: 'keys/Cargo.toml', dependencies: [] } } }), []);
});

test('settleFlows: each round follows the callers one call further (three by default); a file only read for context is not a caller', () => {
  const chain = {
    'src/lib.rs': 'pub mod a;\npub mod b;\npub mod c;\npub mod d;\n',
    'src/a.rs': SEAL_FN,
    'src/b.rs': 'pub fn wrap(k: &[u8]) {\n    let _c = crate::a::seal(k);\n}\n',
    'src/c.rs': 'pub fn outer(k: &[u8]) {\n    crate::b::wrap(k);\n}\n',
    'src/d.rs': `pub fn run() {\n    crate::c::outer(${LIT});\n}\n`,
  };
  const found = ['hardcoded-key(critical)@src/d.rs:2:5 src/d.rs:2:5 passed to `outer` ; src/c.rs:1:14 parameter of `outer` ; src/c.rs:2:5 passed to `wrap` ; src/b.rs:1:13 parameter of `wrap` ; src/b.rs:2:14 passed to `seal` ; src/a.rs:2:13 parameter `key` of `seal` ; src/a.rs:3:5 reaches `Aes256Gcm::new_from_slice` here'];
  const view = (fs: Finding[]) => fs.map((f) => `${brief(f)} ${f.flow?.map(step).join(' ; ')}`);
  assert.deepEqual(view(scanFiles(chain)), found);
  // Only a.rs has a rule's trigger (analyzed); each of the three rounds parses again the two files
  // that mention its target (`seal(`, `wrap(`, `outer(`): the caller and the target's own file.
  const counted = new Engine(parser, rules, models);
  assert.deepEqual(view(scanFiles(chain, { e: counted })), found);
  assert.deepEqual([counted.parses.callers, counted.parses.analyze, counted.parses.skipped], [6, 1, 4]);
  assert.deepEqual(view(scanFiles(chain, { rounds: 3 })), found);
  assert.deepEqual(view(scanFiles(chain, { rounds: 2 })), []);
  assert.deepEqual(view(scanFiles(chain, { rounds: 1 })), []);
  assert.deepEqual(view(scanFiles(chain, { context: ['src/d.rs'] })), []);
  // The message says the parameter is handed on.
  assert.match(scanFiles(chain)[0].message, /^Hard-coded key: `b"0123456789abcdef0123456789abcdef"` is passed to `outer`, whose parameter is handed on until it reaches `Aes256Gcm::new_from_slice` \(src\/a.rs:3\)\./);
});

test('settleFlows and finalize: an iteration count defined in another file, chased through an alias, compared with 600,000 at its value; the same by name when the `mod` tree is unknown', () => {
  const files = {
    'src/lib.rs': 'pub mod cfg;\npub mod kdf;\npub mod app;\n',
    'src/cfg.rs': 'pub const WEAK: u32 = 1_000;\npub const STRONG: u32 = 600_000;\npub const CHAINED: u32 = WEAK;\npub const HEX: u32 = 0x3e8;\n',
    'src/kdf.rs': 'use sha2::Sha256;\npub fn derive(pw: &[u8], salt: &[u8], rounds: u32) -> [u8; 32] {\n    let mut out = [0u8; 32];\n    pbkdf2::pbkdf2_hmac::<Sha256>(pw, salt, rounds, &mut out);\n    out\n}\n',
    'src/app.rs': 'use crate::cfg::{CHAINED, HEX, STRONG, WEAK};\npub fn run(pw: &[u8], salt: &[u8]) {\n    crate::kdf::derive(pw, salt, WEAK);\n    crate::kdf::derive(pw, salt, STRONG);\n    crate::kdf::derive(pw, salt, CHAINED);\n    crate::kdf::derive(pw, salt, HEX);\n    crate::kdf::derive(pw, salt, 1000);\n    crate::kdf::derive(pw, salt, 600_000);\n}\n',
  };
  const msg = (arg: string) => `PBKDF2 with 1,000 iterations: \`${arg}\` is passed to \`derive\`, whose parameter reaches \`pbkdf2::pbkdf2_hmac\` (src/kdf.rs:4); OWASP recommends at least 600,000 for HMAC-SHA256. Raise the count, or move to Argon2id.`;
  const tail = ['src/kdf.rs:2:39 parameter `rounds` of `derive`', 'src/kdf.rs:4:5 reaches `pbkdf2::pbkdf2_hmac` here'];
  const related = ['src/kdf.rs:4:5 the value reaches `pbkdf2::pbkdf2_hmac` here', 'src/kdf.rs:2:39 through this parameter'];
  const expected = [
    { at: 'weak-kdf-cost(medium)@src/app.rs:3:5', message: msg('WEAK'), flow: ['src/cfg.rs:1:1 `WEAK` is a constant defined here', 'src/app.rs:3:5 passed to `derive`', ...tail], related: [...related, 'src/cfg.rs:1:1 `WEAK` is a constant defined here'] },
    {
      at: 'weak-kdf-cost(medium)@src/app.rs:5:5',
      message: msg('CHAINED'),
      flow: ['src/cfg.rs:1:1 `WEAK` holds the value', 'src/cfg.rs:3:1 `CHAINED` is a constant defined here', 'src/app.rs:5:5 passed to `derive`', ...tail],
      related: [...related, 'src/cfg.rs:1:1 `WEAK` holds the value', 'src/cfg.rs:3:1 `CHAINED` is a constant defined here'],
    },
    { at: 'weak-kdf-cost(medium)@src/app.rs:6:5', message: msg('HEX'), flow: ['src/cfg.rs:4:1 `HEX` is a constant defined here', 'src/app.rs:6:5 passed to `derive`', ...tail], related: [...related, 'src/cfg.rs:4:1 `HEX` is a constant defined here'] },
    { at: 'weak-kdf-cost(medium)@src/app.rs:7:5', message: msg('1000'), flow: ['src/app.rs:7:5 passed to `derive`', ...tail], related },
  ];
  assert.deepEqual(scanFiles(files).map(full), expected);
  assert.deepEqual(scanFiles(files, { withText: false }).map(full), expected);
});

test('settleFlows: a field a constructor stores is joined only with the reads of the same type, by module: `a::Vault` and `b::Vault` are two types', () => {
  const files = {
    "src/lib.rs": "pub mod a;\npub mod b;\npub mod app;\n",
    "src/a.rs": "pub struct Vault { key: [u8; 32] }\nimpl Vault {\n    pub fn new(key: [u8; 32]) -> Self { Vault { key } }\n}\n",
    "src/b.rs": "use aes_gcm::{Aes256Gcm, KeyInit};\npub struct Vault { key: [u8; 32] }\nimpl Vault {\n    pub fn new(key: [u8; 32]) -> Self { Vault { key } }\n    pub fn cipher(&self) -> Aes256Gcm { Aes256Gcm::new(&self.key.into()) }\n}\n",
    "src/app.rs": "pub fn run() {\n    let _a = crate::a::Vault::new([1u8; 32]);\n    let _b = crate::b::Vault::new([2u8; 32]);\n}\n",
  };
  assert.deepEqual(scanFiles(files).map((f) => `${brief(f)} ${f.flow?.map(step).join(' ; ')}`), ['hardcoded-key(critical)@src/app.rs:3:14 src/app.rs:3:14 passed to `new` ; src/b.rs:4:49 stored into `Vault.key` ; src/b.rs:5:41 `self.key` reaches `Aes256Gcm::new` here']);
});

test('finalize: a const of another file by name (no `mod` tree): an alias chain over at most four files and eight steps within one, no chase into a cycle or a name defined nowhere', () => {
  const use = 'use aes_gcm::{Aes256Gcm, KeyInit};\nuse crate::k1::A1;\npub fn f() -> Aes256Gcm {\n    Aes256Gcm::new(&A1.into())\n}\n';
  const view = (fs: Finding[]) => fs.map((f) => `${brief(f)} ${f.flow?.map(step).join(' ; ')}`);
  const overFiles = (n: number) => Object.fromEntries([['src/use.rs', use], ...Array.from({ length: n }, (_, i) => [`src/k${i + 1}.rs`, i + 1 < n ? `pub const A${i + 1}: [u8; 32] = crate::k${i + 2}::A${i + 2};\n` : `pub const A${n}: [u8; 32] = [7u8; 32];\n`])]);
  assert.deepEqual(view(scanFiles(overFiles(4), { withText: false })), ['hardcoded-key(critical)@src/use.rs:4:5 src/k4.rs:1:1 `A4` holds the value ; src/k1.rs:1:1 `A1` is a constant defined here ; src/use.rs:4:5 used here']);
  assert.deepEqual(view(scanFiles(overFiles(5), { withText: false })), []);
  const inOneFile = (n: number) => ({ 'src/use.rs': use, 'src/k1.rs': Array.from({ length: n }, (_, i) => (i + 1 < n ? `pub const A${i + 1}: [u8; 32] = A${i + 2};\n` : `pub const A${n}: [u8; 32] = [7u8; 32];\n`)).join('') });
  assert.deepEqual(view(scanFiles(inOneFile(9), { withText: false })), ['hardcoded-key(critical)@src/use.rs:4:5 src/k1.rs:9:1 `A9` holds the value ; src/k1.rs:1:1 `A1` is a constant defined here ; src/use.rs:4:5 used here']);
  assert.deepEqual(view(scanFiles(inOneFile(10), { withText: false })), []);
  assert.deepEqual(view(scanFiles({ 'src/use.rs': use, 'src/k1.rs': 'pub const A1: [u8; 32] = A2;\npub const A2: [u8; 32] = A1;\n' }, { withText: false })), []);
  assert.deepEqual(view(scanFiles({ 'src/use.rs': use, 'src/k1.rs': 'pub const A1: [u8; 32] = NOWHERE;\n' }, { withText: false })), []);
});

test('finalize: `{:?}` of a struct of another file with a secret field, named from an inline module\'s `use` or by path, within the crate that defines it', () => {
  const model = '#[derive(Debug)]\npub struct Creds {\n    pub user: String,\n    pub password: String,\n}\n';
  const api = 'mod inner {\n    use crate::model::Creds;\n    pub fn log(creds: &Creds) {\n        println!("{:?}", creds);\n    }\n}\npub fn top(creds: &crate::model::Creds) {\n    println!("{:?}", creds);\n}\n';
  const msg = '`creds.password` is written out by `println!`: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself.';
  assert.deepEqual(scanFiles({ 'src/lib.rs': 'pub mod model;\npub mod api;\n', 'src/model.rs': model, 'src/api.rs': api }).map((f) => `${brief(f)} ${f.message}`), [
    `secret-logged(medium)@src/api.rs:4:9 ${msg}`,
    `secret-logged(medium)@src/api.rs:8:5 ${msg}`,
  ]);
  // Another crate's `Creds` without a secret field: nothing, though the first crate's has one.
  const crates: Crates = {
    'a/src/lib.rs': { manifest: 'a/Cargo.toml', name: 'a', dependencies: [] },
    'a/src/model.rs': { manifest: 'a/Cargo.toml', name: 'a', dependencies: [] },
    'b/src/lib.rs': { manifest: 'b/Cargo.toml', name: 'b', dependencies: [] },
    'b/src/api.rs': { manifest: 'b/Cargo.toml', name: 'b', dependencies: [] },
    'b/src/model.rs': { manifest: 'b/Cargo.toml', name: 'b', dependencies: [] },
  };
  const two = {
    'a/src/lib.rs': 'pub mod model;\n',
    'a/src/model.rs': model,
    'b/src/lib.rs': 'pub mod model;\npub mod api;\n',
    'b/src/api.rs': api,
    'b/src/model.rs': '#[derive(Debug)]\npub struct Creds {\n    pub user: String,\n}\n',
  };
  assert.deepEqual(scanFiles(two, { crates }).map(brief), []);
});

test('finalize: a once-per-crate finding is kept in the first file by path; suppressions with and without a reason; without the suppression rule a reasonless one is only not applied', () => {
  const once = scanFiles({ 'src/z.rs': 'use crypto::aes;\n', 'src/a.rs': 'use crypto::sha2::Sha256;\n' });
  assert.deepEqual(once.map((f) => `${brief(f)} ${f.fingerprint.length}`), ['broken-cipher(high)@src/a.rs:1:1 18']);
  const text = 'use md5::Md5;\npub fn f(d: &[u8]) {\n    // rust-crypto-gate: ignore[weak-hash]\n    let _ = md5::compute(d);\n    // rust-crypto-gate: ignore[weak-hash] checksums of public files\n    let _ = md5::compute(d);\n}\n';
  const view = (f: Finding) => `${brief(f)} ${f.suppression?.justification ?? '-'} ${f.fingerprint.slice(-2)}`;
  assert.deepEqual(scanFiles({ 'src/lib.rs': text }).map(view), ['suppression-without-reason(low)@src/lib.rs:3:5 - :1', 'weak-hash(low)@src/lib.rs:4:13 - :1', 'weak-hash(low)@src/lib.rs:6:13 checksums of public files :2']);
  assert.equal(scanFiles({ 'src/lib.rs': text })[0].message, 'This suppression of weak-hash gives no reason, so it is not applied. Write why after the bracket: `// rust-crypto-gate: ignore[weak-hash] <reason>`.');
  const few = new Engine(parser, rules.filter((r) => r.id !== 'suppression-without-reason'), models);
  assert.deepEqual(scanFiles({ 'src/lib.rs': text }, { e: few }).map(view), ['weak-hash(low)@src/lib.rs:4:13 - :1', 'weak-hash(low)@src/lib.rs:6:13 checksums of public files :2']);
});

test('settleFlows: a parameter that reaches a sink only through a later round makes its function a target again; another rule\'s finding on the call line does not hide the password finding; an external constant that reaches two sinks is one finding', () => {
  const later = {
    'src/lib.rs': 'pub mod a;\npub mod b;\npub mod c;\n',
    'src/a.rs': SEAL_FN,
    'src/b.rs': 'use aes_gcm::{Aes256Gcm, KeyInit};\npub fn both(k: &[u8], j: &[u8]) {\n    let _x = Aes256Gcm::new_from_slice(k);\n    let _y = crate::a::seal(j);\n}\n',
    'src/c.rs': `pub fn run(k: &[u8]) {\n    crate::b::both(k, ${LIT});\n}\n`,
  };
  assert.deepEqual(scanFiles(later).map((f) => `${brief(f)} ${f.flow?.map(step).join(' ; ')}`), [
    'hardcoded-key(critical)@src/c.rs:2:5 src/c.rs:2:5 passed to `both` ; src/b.rs:2:23 parameter of `both` ; src/b.rs:4:14 passed to `seal` ; src/a.rs:2:13 parameter `key` of `seal` ; src/a.rs:3:5 reaches `Aes256Gcm::new_from_slice` here',
  ]);
  const line = { 'src/lib.rs': 'pub mod a;\npub mod app;\n', 'src/a.rs': SEAL_FN, 'src/app.rs': 'pub fn run(password: &str) {\n    let _c = crate::a::seal(password.as_bytes()); let _d = md5::compute(b"etag");\n}\n' };
  assert.deepEqual(scanFiles(line).map(brief), ['weak-kdf(high)@src/app.rs:2:14', 'weak-hash(low)@src/app.rs:2:60']);
  const external = {
    'src/lib.rs': 'pub mod cfg;\npub mod two;\npub mod app;\n',
    'src/cfg.rs': 'pub const SHARED: [u8; 32] = [7u8; 32];\n',
    'src/two.rs': 'use aes_gcm::{Aes256Gcm, KeyInit};\nuse chacha20poly1305::ChaCha20Poly1305;\npub fn two(k: &[u8]) {\n    let _a = Aes256Gcm::new_from_slice(k);\n    let _b = ChaCha20Poly1305::new_from_slice(k);\n}\n',
    'src/app.rs': 'use crate::cfg::SHARED;\npub fn run() {\n    crate::two::two(&SHARED);\n}\n',
  };
  assert.deepEqual(scanFiles(external).map((f) => `${brief(f)} ${f.flow?.map(step).join(' ; ')}`), [
    'hardcoded-key(critical)@src/app.rs:3:5 src/cfg.rs:1:1 `SHARED` is a constant defined here ; src/app.rs:3:5 passed to `two` ; src/two.rs:3:12 parameter `k` of `two` ; src/two.rs:4:14 reaches `Aes256Gcm::new_from_slice` here',
  ]);
  // Iteration counts the resolver cannot read as a number are not reported (no `{{value}}` in a message).
  const kdf = {
    'src/lib.rs': 'pub mod kdf;\npub mod app;\n',
    'src/kdf.rs': 'use sha2::Sha256;\npub fn derive(pw: &[u8], salt: &[u8], rounds: u32) -> [u8; 32] {\n    let mut out = [0u8; 32];\n    pbkdf2::pbkdf2_hmac::<Sha256>(pw, salt, rounds, &mut out);\n    out\n}\n',
    'src/app.rs': 'const SCALED: u32 = 10 * 1000;\npub fn run(pw: &[u8], salt: &[u8]) {\n    crate::kdf::derive(pw, salt, 10 * 1000);\n    crate::kdf::derive(pw, salt, u32::MAX);\n    crate::kdf::derive(pw, salt, SCALED);\n    crate::kdf::derive(pw, salt, 1_000u32);\n}\n',
  };
  assert.deepEqual(scanFiles(kdf).map((f) => `${brief(f)} ${f.message.slice(0, 40)}`), ['weak-kdf-cost(medium)@src/app.rs:6:5 PBKDF2 with 1,000 iterations: `1_000u32`']);
});

test("finalize: `{:?}` in an inline module names the struct its own `use` brings in, not the file's", () => {
  const files = {
    'src/lib.rs': 'pub mod model;\npub mod plain;\npub mod api;\n',
    'src/model.rs': '#[derive(Debug)]\npub struct Creds {\n    pub user: String,\n    pub password: String,\n}\n',
    'src/plain.rs': '#[derive(Debug)]\npub struct Creds {\n    pub user: String,\n}\n',
    'src/api.rs': 'use crate::model::Creds;\nmod inner {\n    use crate::plain::Creds;\n    pub fn log(creds: &Creds) {\n        println!("{:?}", creds);\n    }\n}\npub fn top(creds: &Creds) {\n    println!("{:?}", creds);\n}\n',
  };
  assert.deepEqual(scanFiles(files).map(brief), ['secret-logged(medium)@src/api.rs:9:5']);
});
