import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, calleeNameIn, calleePath, quickCalleeName, receiverOf, surelyNot } from '../src/analyzer/calls.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';

// How a call is written (src/analyzer/calls.ts), on real Rust: the callee's name read from the
// text alone (the shortcut every check takes before the tree), and from the tree. The shortcut's
// contract: undefined where the text is not simple enough, and otherwise the tree's answer; it is
// what lets a check skip most calls of a file without a walk into each. `npm run mutate` runs this
// file (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

const parser = await loadRustParser();

const SOURCE = `fn f(cipher: Aes256Gcm, data: &[u8], s: &str) {
    let a = cipher.encrypt(nonce, data);
    let b = Key::<Aes256Gcm>::from_slice(data);
    let c = aes_gcm::Aes256Gcm::new_from_slice ( &key );
    let d = s.parse::<u32>();
    let e = Vec::<u8>::with_capacity(12);
    let g = identity::<u8>(7);
    let h = hex::decode("00ff");
    let i = compute(/* the key */ key);
    let j = outer(inner(x), (y));
    let k = (self.handler)(event);
    let l = sha2_256(data);
    let m = data.split_at(12);
    let n = rng.gen_range(0..10);
    let o = f(x);
    let q = Foo::bar::<u8>(1);
}
`;

/** The calls of the file, outermost first, each named by its text. */
function calls(): Map<string, Node> {
  const tree = parser.parser.parse(SOURCE)!;
  const out = new Map<string, Node>();
  for (const c of tree.rootNode.descendantsOfType('call_expression')) if (c) out.set(c.text, c);
  return out;
}

test('the callee name read from the text is the name the tree gives, or undefined where quotes, comments or a parenthesized callee make the text unsafe to read', () => {
  const all = calls();
  const expected: [string, string | undefined, string][] = [
    ['cipher.encrypt(nonce, data)', 'encrypt', 'encrypt'],
    ['Key::<Aes256Gcm>::from_slice(data)', 'from_slice', 'from_slice'],
    ['aes_gcm::Aes256Gcm::new_from_slice ( &key )', 'new_from_slice', 'new_from_slice'],
    ['s.parse::<u32>()', 'parse', 'parse'],
    ['Vec::<u8>::with_capacity(12)', 'with_capacity', 'with_capacity'],
    ['identity::<u8>(7)', 'identity', 'identity'],
    ['hex::decode("00ff")', undefined, 'decode'],
    ['compute(/* the key */ key)', undefined, 'compute'],
    ['outer(inner(x), (y))', 'outer', 'outer'],
    ['inner(x)', 'inner', 'inner'],
    ['(self.handler)(event)', undefined, '(self.handler)'],
    ['sha2_256(data)', 'sha2_256', 'sha2_256'],
    ['data.split_at(12)', 'split_at', 'split_at'],
    ['rng.gen_range(0..10)', 'gen_range', 'gen_range'],
    // A one-letter name, and a turbofish after a path.
    ['f(x)', 'f', 'f'],
    ['Foo::bar::<u8>(1)', 'bar', 'bar'],
  ];
  assert.deepEqual([...all.keys()].sort(), expected.map(([t]) => t).sort());
  for (const [text, quick, name] of expected) {
    const call = all.get(text)!;
    assert.equal(quickCalleeName(call), quick, `quick name of ${text}`);
    // Asked twice (the second answer comes from the node): the same.
    assert.equal(quickCalleeName(call), quick, `quick name of ${text}, asked again`);
    assert.equal(calleeName(call), name, `callee name of ${text}`);
    assert.equal(calleeName(call), name, `callee name of ${text}, asked again`);
  }
});

test('surelyNot and calleeNameIn skip a call only when its name is surely not among the names', () => {
  const all = calls();
  const names = new Set(['decode', 'encrypt', 'from_slice']);
  assert.equal(surelyNot(all.get('cipher.encrypt(nonce, data)')!, names), false);
  assert.equal(surelyNot(all.get('data.split_at(12)')!, names), true);
  // Unreadable text: not skipped, the tree decides.
  assert.equal(surelyNot(all.get('hex::decode("00ff")')!, names), false);
  assert.equal(surelyNot(all.get('compute(/* the key */ key)')!, names), false);
  assert.equal(calleeNameIn(all.get('hex::decode("00ff")')!, names), 'decode');
  assert.equal(calleeNameIn(all.get('compute(/* the key */ key)')!, names), undefined);
  assert.equal(calleeNameIn(all.get('Key::<Aes256Gcm>::from_slice(data)')!, names), 'from_slice');
  assert.equal(calleeNameIn(all.get('s.parse::<u32>()')!, names), undefined);
});

test('receiver, path and arguments of a call, through a turbofish', () => {
  const all = calls();
  assert.equal(receiverOf(all.get('cipher.encrypt(nonce, data)')!)?.text, 'cipher');
  assert.equal(receiverOf(all.get('s.parse::<u32>()')!)?.text, 's');
  assert.equal(receiverOf(all.get('Key::<Aes256Gcm>::from_slice(data)')!), null);
  assert.equal(receiverOf(all.get('identity::<u8>(7)')!), null);
  assert.equal(calleePath(all.get('Key::<Aes256Gcm>::from_slice(data)')!), 'Key::<Aes256Gcm>');
  assert.equal(calleePath(all.get('aes_gcm::Aes256Gcm::new_from_slice ( &key )')!), 'aes_gcm::Aes256Gcm');
  assert.equal(calleePath(all.get('Vec::<u8>::with_capacity(12)')!), 'Vec::<u8>');
  assert.equal(calleePath(all.get('cipher.encrypt(nonce, data)')!), '');
  assert.equal(calleePath(all.get('identity::<u8>(7)')!), '');
  assert.equal(calleePath(all.get('Foo::bar::<u8>(1)')!), 'Foo');
  assert.equal(receiverOf(all.get('Foo::bar::<u8>(1)')!), null);
  assert.deepEqual(argumentsOf(all.get('compute(/* the key */ key)')!).map((a) => a.text), ['key']);
  assert.deepEqual(argumentsOf(all.get('outer(inner(x), (y))')!).map((a) => a.text), ['inner(x)', '(y)']);
  assert.deepEqual(argumentsOf(all.get('s.parse::<u32>()')!).map((a) => a.text), []);
});
