// Tenth pass (mutation testing of item-macros.ts and prefilter.ts): the exact text each macro
// unwraps to, on real Rust. Every character of the macro's own syntax becomes a space (line breaks,
// \r included, kept); everything else, and every macro of another shape, stays as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unwrapItemMacros as unwrap } from '../src/analyzer/item-macros.ts';
import { blanked } from './in-process.ts';


test('cfg_if!: a test-only branch right before `else{` (no space between) is blanked, the else branch unwrapped', () => {
  const text = 'cfg_if! {\n    if #[cfg(test)] {\n        fn t() {}\n    }else{\n        fn s() {}\n    }\n}\n';
  assert.equal(unwrap(text), blanked(text, 'cfg_if! {\n    if #[cfg(test)] {\n        fn t() {}\n    }else{', '}\n}'));
});

test('cfg_if!: CRLF line breaks are kept, only the macro syntax becomes spaces', () => {
  const text = 'cfg_if! {\r\n    if #[cfg(unix)] {\r\n        fn a() {}\r\n    }\r\n}\r\n';
  const out = unwrap(text);
  assert.equal(out, '         \r\n                     \r\n        fn a() {}\r\n     \r\n \r\n');
});

test('cfg_if!: tabs, block and line comments between the name, `!` and `{`', () => {
  const a = 'cfg_if\t!\t/* c */\n{ if #[cfg(unix)] { fn a() {} } }\n';
  assert.equal(unwrap(a), blanked(a, 'cfg_if\t!\t/* c */\n{ if #[cfg(unix)] {', '} }\n'));
  const b = 'cfg_if! // c\n{ if #[cfg(unix)] { fn a() {} } }\n';
  assert.equal(unwrap(b), blanked(b, 'cfg_if! // c\n{ if #[cfg(unix)] {', '} }\n'));
});

test('cfg_if!: bodies of another shape are left as they are', () => {
  for (const text of [
    'cfg_if! { iffy #[cfg(unix)] { fn a() {} } }\n',
    'cfg_if! { if [cfg(unix)] { fn a() {} } }\n',
    'cfg_if! { if # cfg(unix) { fn a() {} } }\n',
    'cfg_if! { if #[cfg(unix)] { fn a() {} } elsewhere { fn b() {} } }\n',
    'cfg_if! { if #[cfg(unix)] { fn a() {} } if #[cfg(windows)] { fn b() {} } }\n',
    'cfg_if! { if #[cfg(unix)] fn a() {} }\n',
    'cfg_if! { if #[cfg(unix) { fn a() {} } }\n',
    'foo::cfg_if! { if #[cfg(unix)] { fn a() {} } }\n',
    'cfg_if::cfg_if!(if #[cfg(unix)] { fn a() {} });\n',
    'cfg_if! /* never closed',
    'cfg_if! { if #[cfg(unix)] { fn a() -> &\'static str { "never closed } } } }\n',
  ]) {
    assert.equal(unwrap(text), text, text);
  }
});

test('cfg_if!: cfg(testing), not (test) and any (test, x) are not test-only: all three branches kept', () => {
  const text = 'cfg_if! { if #[cfg(testing)] { fn a() {} } else if #[cfg(not (test))] { fn b() {} } else if #[cfg(any (test, x))] { fn c() {} } }\n';
  assert.equal(unwrap(text), blanked(text, 'cfg_if! { if #[cfg(testing)] {', '} else if #[cfg(not (test))] {', '} else if #[cfg(any (test, x))] {', '} }\n'));
});

test('cfg_if!: a lazy_static! inside a test-only branch goes with the branch; the path form at the start and later in a file', () => {
  const a = 'cfg_if! { if #[cfg(test)] { lazy_static! { static ref A: u8 = 1; } } else { fn b() {} } }\n';
  assert.equal(unwrap(a), blanked(a, 'cfg_if! { if #[cfg(test)] { lazy_static! { static ref A: u8 = 1; } } else {', '} }\n'));
  const tail = 'fn z() {}\n'.repeat(10);
  const b = '::cfg_if::cfg_if! { if #[cfg(unix)] { fn a() {} } }\n' + tail;
  assert.equal(unwrap(b), blanked(b, '::cfg_if::cfg_if! { if #[cfg(unix)] {', '} }\n'));
  const c = 'x\n'.repeat(30) + '::cfg_if::cfg_if! { if #[cfg(unix)] { fn a() {} } }\n';
  assert.equal(unwrap(c), blanked(c, '::cfg_if::cfg_if! { if #[cfg(unix)] {', '} }\n'));
});

test('the three macros in one file', () => {
  const text = 'cfg_if! { if #[cfg(unix)] { fn a() {} } }\nlazy_static! { static ref A: u8 = 1; }\nthread_local! { static B: u8 = 1; }\n';
  assert.equal(unwrap(text), blanked(text, 'cfg_if! { if #[cfg(unix)] {', '} }\n', 'lazy_static! {', 'ref', '}', 'thread_local! {', '}'));
});

test('lazy_static!: a spaced attribute, a comment, `pub (crate)`, `ref` on the next line, an array type and a parenthesized value', () => {
  const text = 'lazy_static! {\n    #  [doc = "x"] // note\n    pub (crate) static\n    ref A: [u8; 32] = [0u8; 32];\n    pub static B: u8 = (1);\n}\n';
  assert.equal(unwrap(text), blanked(text, 'lazy_static! {', 'ref', '}'));
});

test('lazy_static!: an entry that is not a static, or one whose brackets never close, leaves the macro as it is', () => {
  for (const text of ['lazy_static! { static ref A: u8 = 1; fn f() {} }\n', 'lazy_static! { static ref A: u8 = 1; static ref B: (u8 = 1; }\n']) {
    assert.equal(unwrap(text), text, text);
  }
});

test('lazy_static!: `;` in escaped strings, byte chars, \\u chars, raw strings with hashes and byte raw strings do not end an entry', () => {
  for (const text of [
    "lazy_static! { static ref A: &str = \"a\\\\\"; static ref B: u8 = b';'; static ref C: char = '\\u{3b}'; static ref D: char = '\\\\'; }\n",
    'lazy_static! { static ref A: &str = r##"a"#;"##; static ref B: u8 = 2; }\n',
    'lazy_static! { static ref A: &str = br"a;"; static ref B: u8 = 2; }\n',
    'lazy_static! { static ref A: &str = "x;\\"y;"; static ref B: u8 = 2; }\n',
  ]) {
    const n = text.split('static ref').length - 1;
    assert.equal(unwrap(text), blanked(text, 'lazy_static! {', ...Array(n).fill('ref'), ' }'), text);
  }
  const end = 'lazy_static! { static ref A: u8 = 1; } // end';
  assert.equal(unwrap(end), blanked(end, 'lazy_static! {', 'ref', '}'));
});
