import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileModel, contains, identifiersIn, implTypeOf, isTestPath, span } from '../src/analyzer/model.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { SourceText } from '../src/analyzer/source.ts';

// What src/analyzer/model.ts (the per-file index the checks read) and src/analyzer/engine.ts (the
// per-file analysis, the crate-wide steps, finalize) give on real Rust source, pinned where the
// rule fixtures leave a mutant alive (`npm run mutate`; this file is in UNIT_TEST_FILES of
// scripts/stryker-fixtures-runner.ts). The equivalent mutants of the two files are in docs/mutation.md.

const parser = await loadRustParser();
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
  const text = `fn f(t: (u8, u8), p: P, o: Option<u8>, n: ((u8, u8), u8)) {
    let mut x = 1;
    let (mut a, b) = t;
    let ((c, d), e) = n;
    let P { y: py, .. } = p;
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
  assert.deepEqual([...f.params.keys()], ['t', 'p', 'o', 'n']);
  assert.deepEqual([...f.paramTypes.entries()], [['t', '(u8, u8)'], ['p', 'P'], ['o', 'Option<u8>'], ['n', '((u8, u8), u8)']]);
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
