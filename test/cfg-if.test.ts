import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unwrapCfgIf } from '../src/analyzer/cfg-if.ts';

const lines = (t: string) => t.split('\n').map((l) => l.trimEnd());

test('cfg_if!: the branches become the file\'s items at the same offsets; the macro\'s own syntax becomes spaces', () => {
  const text = `use x::y;
cfg_if::cfg_if! {
    if #[cfg(unix)] {
        fn a() -> char { '{' }
    } else if #[cfg(windows)] {
        fn b() -> &'static str { r#"}"# }
    } else {
        fn c() -> &'static str { "\\"}" } // }
    }
}
fn d() {}
`;
  const out = unwrapCfgIf(text);
  assert.equal(out.length, text.length);
  assert.deepEqual(lines(out), [
    'use x::y;',
    '',
    '',
    "        fn a() -> char { '{' }",
    '',
    '        fn b() -> &\'static str { r#"}"# }',
    '',
    '        fn c() -> &\'static str { "\\"}" } // }',
    '',
    '',
    'fn d() {}',
    '',
  ]);
  assert.equal(out.indexOf('fn b'), text.indexOf('fn b'));
});

test('cfg_if!: a branch only tests compile is left out; not(test), any(test, ..) and a bare cfg_if! are kept', () => {
  const text = `cfg_if! {
    if #[cfg(all(test, unix))] {
        fn only_tests() {}
    } else if #[cfg(any(test, feature = "x"))] {
        fn also_shipped() {}
    } else if #[cfg(not(test))] {
        fn shipped() {}
    }
}
`;
  assert.deepEqual(lines(unwrapCfgIf(text)).map((l) => l.trim()).filter(Boolean), ['fn also_shipped() {}', 'fn shipped() {}']);
});

test('cfg_if!: a macro of another shape, or one never closed, is left as it is', () => {
  for (const text of ['cfg_if! { fn f() {} }\n', 'cfg_if::cfg_if! {\n  if #[cfg(unix)] { fn f() {}\n', 'cfg_if! { if cfg(unix) { fn f() {} } }\n', 'my_cfg_if! { if #[cfg(unix)] { fn f() {} } }\n']) {
    assert.equal(unwrapCfgIf(text), text);
  }
});
