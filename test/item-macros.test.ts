import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unwrapItemMacros } from '../src/analyzer/item-macros.ts';

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
  const out = unwrapItemMacros(text);
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
  assert.deepEqual(lines(unwrapItemMacros(text)).map((l) => l.trim()).filter(Boolean), ['fn also_shipped() {}', 'fn shipped() {}']);
});

test('cfg_if!: a macro of another shape, or one never closed, is left as it is', () => {
  for (const text of ['cfg_if! { fn f() {} }\n', 'cfg_if::cfg_if! {\n  if #[cfg(unix)] { fn f() {}\n', 'cfg_if! { if cfg(unix) { fn f() {} } }\n', 'my_cfg_if! { if #[cfg(unix)] { fn f() {} } }\n']) {
    assert.equal(unwrapItemMacros(text), text);
  }
});

test('lazy_static! and thread_local!: each entry becomes a static with its initializer, at its place', () => {
  const text = `lazy_static::lazy_static! {
    /// doc
    #[allow(dead_code)]
    pub static ref KEY: Vec<u8> = b"static ref in a string".to_vec();
    static ref N: u32 = 3;
}
thread_local! { static C: Cell<u8> = Cell::new(0); }
lazy_static! { fn not_an_entry() {} }
`;
  const out = unwrapItemMacros(text);
  assert.equal(out.length, text.length);
  assert.deepEqual(lines(out), [
    '',
    '    /// doc',
    '    #[allow(dead_code)]',
    '    pub static     KEY: Vec<u8> = b"static ref in a string".to_vec();',
    '    static     N: u32 = 3;',
    '',
    '                static C: Cell<u8> = Cell::new(0);',
    'lazy_static! { fn not_an_entry() {} }',
    '',
  ]);
});

test('lazy_static!: an entry ends at its own `;`, past brackets, closures, strings, raw strings, chars and comments', () => {
  const text = `lazy_static! {
    pub(crate) static ref MAP: HashMap<&'static str, u8> = {
        let mut m = HashMap::new(); // a comment; with a semicolon
        m.insert("a;b}", 1); /* ; } */
        m.insert(r#"c";}"#, 2);
        m.insert(['}', '\\'', ';'].len().to_string().leak(), 3);
        m
    };
    static ref F: fn(u8) -> u8 = |x| { x + 1 };
}
`;
  const out = unwrapItemMacros(text);
  assert.equal(out.length, text.length);
  const l = lines(out);
  assert.equal(l[0], '');
  assert.equal(l[1], "    pub(crate) static     MAP: HashMap<&'static str, u8> = {");
  assert.equal(l[8], '    static     F: fn(u8) -> u8 = |x| { x + 1 };');
  assert.equal(l[9], '');
  // Everything between is kept as written.
  assert.deepEqual(l.slice(2, 8), lines(text).slice(2, 8));
});

test('lazy_static!/thread_local!: the path forms; another crate\'s macro of the name, an entry with no `;` or a body never closed is left as it is', () => {
  assert.equal(lines(unwrapItemMacros('::lazy_static::lazy_static! { static ref A: u8 = 1; }\n'))[0].trim(), 'static     A: u8 = 1;');
  assert.equal(lines(unwrapItemMacros('std::thread_local! { static B: u8 = 2; }\n'))[0].trim(), 'static B: u8 = 2;');
  // A `;` in a char literal does not end the entry.
  assert.equal(lines(unwrapItemMacros("lazy_static! { static ref SEP: char = ';'; static ref N: u8 = 1; }\n"))[0].trim(), "static     SEP: char = ';'; static     N: u8 = 1;");
  for (const text of [
    'other::thread_local! { static B: u8 = 2; }\n',
    'lazy_static! { static ref A: u8 = 1 }\n',
    'lazy_static! { static ref A: u8 = 1;\n',
    'lazy_static! {}\n',
    'thread_local!(static C: u8 = 3);\n',
  ]) {
    assert.equal(unwrapItemMacros(text), text, text);
  }
});

test('cfg_if!: braces in chars, lifetimes, block comments and raw strings inside a branch; comments between branches', () => {
  const text = `cfg_if::cfg_if! {
    // which backend
    if #[cfg(feature = "a")] /* the fast one */ {
        fn a<'x>(s: &'x str) -> char { let _ = r"}"; '}' }
    } /* else comes */ else {
        fn b() -> char { '\\u{7d}' }
    }
}
`;
  const out = unwrapItemMacros(text);
  assert.equal(out.length, text.length);
  assert.deepEqual(lines(out).map((l) => l.trim()).filter(Boolean), ['// which backend', "fn a<'x>(s: &'x str) -> char { let _ = r\"}\"; '}' }", '/* else comes */', "fn b() -> char { '\\u{7d}' }"]);
});
