import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankComments, commentEnd, literalEnd } from '../src/analyzer/lexical.ts';
import { unwrapItemMacros } from '../src/analyzer/item-macros.ts';

test('blankComments: every comment becomes spaces (line breaks kept); strings, raw strings, chars and lifetimes stay code', () => {
  const text = [
    '//! A crate doc: Instant::now() in a comment',
    'const URL: &str = "https://example.com/a//b"; // trailing',
    'const RAW: &str = r#"a "quoted" // not a comment"#;',
    'const PATH: &[u8] = br"C:\\"; const Q: char = \'"\'; const S: char = \'/\'; const E: char = \'\\\'\';',
    "fn f<'a>(x: &'a str) -> &'static str { /* a /* nested */ still a comment */ x }",
    '/// let key = [0u8; 32]; // a doc example',
    "fn g() -> char { '\\u{1F600}' } // after a char",
    'fn h() { let x = 1 / 2; } /* unclosed',
    'so this is comment too',
  ].join('\r\n');
  const out = blankComments(text);
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  assert.equal(out.length, text.length);
  assert.deepEqual(out.split('\r\n'), [
    blank('//! A crate doc: Instant::now() in a comment'),
    `const URL: &str = "https://example.com/a//b"; ${blank('// trailing')}`,
    'const RAW: &str = r#"a "quoted" // not a comment"#;',
    'const PATH: &[u8] = br"C:\\"; const Q: char = \'"\'; const S: char = \'/\'; const E: char = \'\\\'\';',
    `fn f<'a>(x: &'a str) -> &'static str { ${blank('/* a /* nested */ still a comment */')} x }`,
    blank('/// let key = [0u8; 32]; // a doc example'),
    `fn g() -> char { '\\u{1F600}' } ${blank('// after a char')}`,
    `fn h() { let x = 1 / 2; } ${blank('/* unclosed')}`,
    blank('so this is comment too'),
  ]);
  // No comment: the very same string back.
  const code = 'fn main() { let s = "//"; }';
  assert.equal(blankComments(code), code);
});

test('blankComments: a string never closed ends the blanking there (what follows may be in it)', () => {
  const text = 'let a = 1; // one\nlet s = "abc // x\n// y';
  assert.equal(blankComments(text), `let a = 1; ${' '.repeat(6)}\nlet s = "abc // x\n// y`);
});

test('literalEnd and commentEnd: where a literal or comment that starts at an index ends', () => {
  const t = `x = 'a'; y = '\\n'; z = '\\x7f'; w = '\\u{41}'; fn f<'b>() {} r##"q"#"## "e\\"s" /* c */ // d`;
  const at = (s: string) => t.indexOf(s);
  assert.equal(literalEnd(t, at("'a'")), at("'a'") + 3);
  assert.equal(literalEnd(t, at("'\\n'")), at("'\\n'") + 4);
  assert.equal(literalEnd(t, at("'\\x7f'")), at("'\\x7f'") + 6);
  assert.equal(literalEnd(t, at("'\\u{41}'")), at("'\\u{41}'") + 8);
  assert.equal(literalEnd(t, at("'b>")), at("'b>"), 'a lifetime is no literal');
  // A raw string is found at its quote (a scan steps over `r##` as code).
  assert.equal(literalEnd(t, at('"q"')), at('"q"') + '"q"#"##'.length);
  assert.equal(literalEnd(t, at('"e\\"s"')), at('"e\\"s"') + '"e\\"s"'.length);
  assert.equal(literalEnd(t, at('x =')), at('x ='), 'no literal starts at x');
  assert.equal(literalEnd('"open', 0), -1);
  assert.equal(commentEnd(t, at('/* c */')), at('/* c */') + 7);
  assert.equal(commentEnd(t, at('// d')), t.length);
  assert.equal(commentEnd(t, at('x =')), at('x ='));
});

test('item macros are unwrapped past nested block comments and byte raw strings, which an earlier scan misread', () => {
  // A `}` in a nested comment's tail, or in a `br"…"` string, does not close the lazy_static! body.
  const text = 'lazy_static! {\n    static ref KEY: Vec<u8> = /* a /* b */ } */ br"}".to_vec();\n}\nfn after() {}\n';
  const out = unwrapItemMacros(text);
  assert.equal(out.length, text.length);
  assert.match(out, /^\s+static\s+KEY: Vec<u8> = \/\* a \/\* b \*\/ \} \*\/ br"\}"\.to_vec\(\);\n \nfn after\(\) \{\}\n$/);
});
