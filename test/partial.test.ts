import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine } from '../src/analyzer/engine.ts';
import { blankComments } from '../src/analyzer/lexical.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { type TextItem, partialRanges, textItems } from '../src/analyzer/partial.ts';
import { SourceText } from '../src/analyzer/source.ts';
import { loadRuleSet } from '../src/scan/scan.ts';

const parser = await loadRustParser();
const rules = loadRuleSet({});
const models = loadModels();
const only = (id: string) => rules.filter((r) => r.id === id);

/** `n` functions that hold no comparison and name no nonce: what a partial parse leaves out. */
const helpers = (n: number, body = 'v.iter().map(|b| *b as usize).sum()') => Array.from({ length: n }, (_, i) => `fn helper${i}(v: &[u8]) -> usize {\n    ${body}\n}`).join('\n');
/** `n` struct macros as libc writes them (`s! { pub struct .. }`). */
const structMacros = (n: number) => Array.from({ length: n }, (_, i) => `s! {\n    pub struct stat${i} { pub st_dev: u64, pub st_ino: u64 }\n}`).join('\n');

/** One rule's analysis of a file with the prefilter (and so partial parses) and without: the findings must be the same. */
function againstWhole(id: string, path: string, text: string) {
  const e = new Engine(parser, only(id), models);
  const whole = new Engine(parser, only(id), models);
  whole.usePrefilter = false;
  const a = e.analyze(path, text);
  const b = whole.analyze(path, text);
  assert.equal(whole.parses.partial, 0);
  assert.deepEqual(a.findings, b.findings);
  return { a, b, engine: e };
}

/** Each item as `kind name-ish text`, a container's items indented under it. */
const outline = (text: string, items: TextItem[], indent = ''): string[] =>
  items.flatMap((it) => {
    const first = text.slice(it.start, it.end).trim().split('\n').pop()!.trim().slice(0, 20);
    const line = `${indent}${it.kind}${it.constName ? `:${it.constName}` : ''} ${first}`;
    return it.body ? [line, ...outline(text, it.body.items, `${indent}  `)] : [line];
  });

test('textItems: items with their attributes and comments, kinds, container bodies read as items, brackets in literals and comments ignored', () => {
  const text = [
    '#![allow(dead_code)]',
    'use std::fmt; // a } in a comment',
    'extern crate alloc;',
    'mod other;',
    'pub(crate) const SEP: &str = "}{";',
    'static mut COUNT: u32 = 0;',
    'const C: char = \'}\';',
    'const S: Point = Point { x: 1 };',
    '/// doc',
    '#[inline]',
    "pub const unsafe fn raw<'a>(x: &'a [u8]) -> &'a [u8] { /* { */ x }",
    'extern "C" fn callback() {}',
    'struct Point { x: i32 }',
    'impl<T: Fn() -> u8> Holder<T> where T: Copy {',
    '    const N: usize = 2;',
    '    fn get(&self) -> u8 { (self.0)() }',
    '}',
    '#[cfg(test)]',
    'mod tests {',
    '    use super::*;',
    '    #[test]',
    '    fn t() { assert!(r#"}"# == "}"); }',
    '}',
    'macro_rules! m { () => {} }',
    'm! { fn hidden() {} }',
  ].join('\n');
  const items = textItems(text)!;
  // (A comment after an item's `;` goes with the next item.)
  assert.deepEqual(outline(text, items), [
    'other #![allow(dead_code)]',
    'data use std::fmt;',
    'data extern crate alloc;',
    'data mod other;',
    'data:SEP pub(crate) const SEP',
    'data:COUNT static mut COUNT: u3',
    "data:C const C: char = '}';",
    'data:S const S: Point = Poi',
    'fn pub const unsafe fn ',
    'fn extern "C" fn callba',
    'data struct Point { x: i3',
    'container }',
    '  data:N const N: usize = 2;',
    '  fn fn get(&self) -> u8 ',
    'container }',
    '  data use super::*;',
    '  fn fn t() { assert!(r#"',
    'other macro_rules! m { () ',
    'other m! { fn hidden() {} ',
  ]);
  // The items cover the text: each starts where the one before ended (the attributes and doc comment go with `raw`).
  const raw = items.find((i) => text.slice(i.start, i.end).includes('fn raw'))!;
  assert.match(text.slice(raw.start, raw.end), /^\n\/\/\/ doc\n#\[inline\]\npub const unsafe fn raw/);
  const impl = items.find((i) => i.body && text.slice(i.start, i.body.open).includes('impl'))!;
  assert.equal(text[impl.body!.open], '{');
  assert.equal(text[impl.body!.close], '}');
});

test('textItems: nothing is claimed when the brackets do not balance or a string never closes', () => {
  assert.equal(textItems('fn f() { let x = (1; }'), undefined);
  assert.equal(textItems('fn f() {}\n}'), undefined);
  assert.equal(textItems('impl X { fn f() {}'), undefined);
  assert.equal(textItems('fn f() { let s = "never closed; }'), undefined);
  // An item not ended is kept as it is.
  assert.deepEqual(outline('fn f() {}\nlet x', textItems('fn f() {}\nlet x')!), ['fn fn f() {}', 'other let x']);
});

const ranges = (text: string, scopes: Parameters<typeof partialRanges>[2]) => partialRanges(new SourceText(text), blankComments(text), scopes)?.map((r) => text.slice(r.startIndex, r.endIndex));

test('partialRanges: functions without what the rule looks for are left out; a function with a use, the other items and impl headers are kept', () => {
  const filler = helpers(12);
  const text = [
    'use subtle::ConstantTimeEq;',
    'const TAG_LEN: usize = 16;',
    'fn check(tag: &[u8], expected: &[u8]) -> bool {',
    '    tag == expected',
    '}',
    '// tag == expected in a comment is no comparison',
    'fn commented() {}',
    'fn local_import() { use std::cmp::Ordering; }',
    'impl Verifier {',
    '    fn verify(&self, mac: &[u8]) -> bool { self.mac.eq(mac) }',
    '    fn other(&self) -> usize { 1 }',
    '}',
    filler,
  ].join('\n');
  const kept = ranges(text, [{ functions: ['==', '!=', 'w:eq', 'w:ne'] }])!;
  const all = kept.join('');
  assert.ok(all.includes('tag == expected') && all.includes('use std::cmp::Ordering') && all.includes('self.mac.eq(mac)'));
  assert.ok(all.includes('use subtle::ConstantTimeEq;') && all.includes('const TAG_LEN') && all.includes('impl Verifier {'));
  assert.ok(!all.includes('fn commented') && !all.includes('fn other') && !all.includes('helper'), all);
  // The impl's closing brace is parsed with its header.
  assert.ok(kept.some((r) => r.trim() === '}'));
  // `w:eq` is a whole word: `seq` is not one.
  assert.equal(ranges(`fn a() { seq(); }\n${filler}`, [{ functions: ['w:eq'] }])!.join('').includes('seq'), false);
  // Nearly everything kept, or items unclear: the whole text is parsed.
  assert.equal(ranges('fn a() { x == y }\nfn b() { z == w }\n', [{ functions: ['=='] }]), undefined);
  assert.equal(ranges(`fn a() { (\n${filler}`, [{ functions: ['=='] }]), undefined);
  // A scope that keeps every function (no `functions`) keeps them all.
  assert.equal(ranges(text, [{ functions: ['=='] }, { consts: ['key'] }]), undefined);
});

test('partialRanges: consts named for none of the words are left out, unless what is parsed names them (and what those name)', () => {
  const table = Array.from({ length: 40 }, (_, i) => `pub const __NR_call${i}: u32 = ${i};`).join('\n');
  const text = [
    'pub const FSCRYPT_KEY_DESC_PREFIX: &[u8; 9] = b"fscrypt:\\0";',
    'const BYTES: [u8; LEN] = [7; LEN];',
    'const LEN: usize = 32;',
    'static SESSION_Token: &str = "abc";',
    'fn make() { let c = Aes256Gcm::new(&BYTES.into()); }',
    table,
  ].join('\n');
  const all = ranges(text, [{ consts: ['i:key', 'i:token'] }])!.join('');
  assert.ok(all.includes('FSCRYPT_KEY_DESC_PREFIX') && all.includes('SESSION_Token') && all.includes('fn make'));
  // BYTES is named by `make`, LEN by BYTES.
  assert.ok(all.includes('const BYTES') && all.includes('const LEN'));
  assert.ok(!all.includes('__NR_call'), 'the table is left out');
});

test('partialRanges: `i:` needs in any case; a const more than a plain value is kept; `consts: []` keeps only the consts named', () => {
  const filler = helpers(12);
  const text = [
    'const TABLE: [u8; 4] = [1, 2, 3, 4];',
    'const NAMED: usize = 12;',
    'static CIPHER: Lazy<Aes256Gcm> = Lazy::new(|| Aes256Gcm::new(&MATERIAL.into()));',
    'const MATERIAL: [u8; 32] = [7; 32];',
    'const CHECK: fn(&[u8], &[u8]) -> bool = |a, b| a == b;',
    'fn open(data: &[u8]) { let cipher_IV = &data[..NAMED]; }',
    filler,
  ].join('\n');
  const all = ranges(text, [{ functions: ['i:iv'], consts: [] }])!.join('');
  assert.ok(all.includes('fn open') && all.includes('const NAMED'), 'the function naming an IV (any case), and the const it names');
  assert.ok(all.includes('static CIPHER') && all.includes('const MATERIAL') && all.includes('const CHECK'), 'a call, a closure: kept, and what they name');
  assert.ok(!all.includes('TABLE') && !all.includes('helper'), all);
  // Case matters without `i:`.
  assert.equal(ranges(text, [{ functions: ['iv'], consts: [] }])!.join('').includes('fn open'), false);
});

test('engine: `sink:decrypt` is the models\' decrypt calls; where only unchecked-slice-length runs, the functions that neither decrypt nor name a nonce or IV are not parsed, and the findings are those of a whole parse', () => {
  const filler = helpers(30, 'v[..4].len() + v.split_at(2).0.len()');
  const text = [
    'use aes_gcm::{Aes256Gcm, aead::Aead};',
    'const HEADER_LEN: usize = 12;',
    'pub fn open_message(cipher: &Aes256Gcm, packet: &[u8]) -> Vec<u8> {',
    '    let (n, body) = packet.split_at(HEADER_LEN);',
    '    cipher.decrypt(n.into(), body).unwrap_or_default()',
    '}',
    filler,
  ].join('\n');
  const { a, engine } = againstWhole('unchecked-slice-length', 'src/msg.rs', text);
  assert.equal(engine.parses.partial, 1);
  assert.deepEqual(a.findings.map((f) => [f.ruleId, f.region.startLine]), [['unchecked-slice-length', 4]]);
});

test('partialRanges: `macros` and `types` leave out macros invoked or defined as items, and struct/enum/union/type items, that hold none of their needs', () => {
  const filler = structMacros(12);
  const text = [
    '#![allow(unused)]',
    '#[macro_export]',
    'macro_rules! s { ($($t:tt)*) => { $($t)* } }',
    'bitflags::bitflags! { pub struct Flags: u32 { const A = 1; } }',
    'log_key! { secret_key }',
    '#[derive(Debug)]',
    'pub struct Config { pub api_key: String }',
    'pub(crate) enum Mode { A, B }',
    // (A head after a long doc comment is read as well: the items' heads come from the one pass over the text.)
    `${'/// The hashing window, in bytes, as the table below is built.\n'.repeat(10)}pub struct Window { pub len: usize }`,
    'type Alias = u8;',
    'fn check(api_key: &str, given: &str) -> bool { api_key == given }',
    filler,
  ].join('\n');
  const kept = ranges(text, [{ functions: ['=='], macros: ['i:key'], types: [] }])!.join('');
  assert.ok(kept.includes('fn check') && kept.includes('#![allow(unused)]'));
  assert.ok(kept.includes('log_key!'), 'a macro holding a need');
  assert.ok(!kept.includes('macro_rules!') && !kept.includes('#[macro_export]') && !kept.includes('bitflags') && !kept.includes('stat3'), kept);
  assert.ok(!kept.includes('struct Config') && !kept.includes('#[derive(Debug)]') && !kept.includes('enum Mode') && !kept.includes('type Alias') && !kept.includes('struct Window'), kept);
  // Without `macros` / `types` in a scope, every one of them is kept.
  const all = ranges(text, [{ functions: ['=='] }]);
  assert.equal(all, undefined, 'nearly everything kept: the whole text is parsed');
});

test('engine: where only non-constant-time-compare runs, the macros and types of a file are not parsed either; the item macros (`lazy_static!`) are unwrapped first', () => {
  const filler = structMacros(20);
  const text = [
    'use hmac::Hmac;',
    'lazy_static::lazy_static! { static ref EXPECTED: u32 = 5; }',
    'pub struct Session { pub token: String }',
    filler,
    'pub fn verify(tag: &[u8], expected_tag: &[u8]) -> bool { tag == expected_tag }',
  ].join('\n');
  const { a, engine } = againstWhole('non-constant-time-compare', 'src/mac.rs', text);
  assert.equal(engine.parses.partial, 1);
  assert.deepEqual(a.findings.map((f) => f.region.startLine), [text.split('\n').length]);
});

test('engine: every rule reads consts by name, so plain-valued consts nothing names are not parsed; a `patterns:` query looks wherever its literals are', () => {
  const table = Array.from({ length: 60 }, (_, i) => `pub const ERR_${i}: i32 = ${i};`).join('\n');
  const text = ['use hmac::Hmac;', 'use md5::Md5;', 'pub const DEFAULT_MAC: Option<Hmac<Md5>> = None;', table, 'pub fn code() -> i32 { ERR_3 }'].join('\n');
  const { a, engine } = againstWhole('weak-hash', 'src/mac.rs', text);
  assert.equal(engine.parses.partial, 1);
  // The query's `Hmac`/`Md5` keep the const it matches, though nothing names it.
  assert.deepEqual(a.findings.map((f) => [f.ruleId, f.region.startLine]), [['weak-hash', 3]]);
});

test('engine: where only non-constant-time-compare runs, the functions without a comparison are not parsed, and the findings are those of a whole parse', () => {
  const filler = helpers(30);
  const text = [
    'use hmac::{Hmac, Mac};',
    'pub fn verify(tag: &[u8], expected_tag: &[u8]) -> bool {',
    '    tag == expected_tag',
    '}',
    'fn broken_but_unparsed() { let = ; }',
    filler,
    '#[cfg(test)]',
    'mod tests {',
    '    #[test]',
    '    fn t() { let tag = [0u8; 4]; let expected_tag = [1u8; 4]; if tag == expected_tag { panic!() } }',
    '}',
  ].join('\n');
  const { a, b, engine: partial } = againstWhole('non-constant-time-compare', 'src/mac.rs', text);
  assert.equal(partial.parses.partial, 1);
  const testLine = text.split('\n').findIndex((l) => l.includes('fn t()')) + 1;
  assert.deepEqual(
    a.findings.map((f) => [f.region.startLine, f.severity]),
    [
      [3, 'medium'],
      [testLine, 'low'],
    ],
  );
  // The syntax error is in a function that was not parsed: no note (cargo reports what does not compile); the whole parse has one.
  assert.deepEqual([a.notes.length, b.notes.length], [0, 1]);
  // An error in what is parsed: the whole file is parsed after all, and its error reported.
  const broken = text.replace('tag == expected_tag', 'tag == expected_tag +');
  const c = partial.analyze('src/mac.rs', broken);
  assert.equal(partial.parses.partial, 1, 'not counted as a partial parse');
  assert.deepEqual(c.notes.map((n) => n.level), ['warning']);
  assert.match(c.notes[0].message, /syntax error at line 3/);
});

test('engine: a partial parse leaves the parser as it was (the next file is parsed whole)', () => {
  const e = new Engine(parser, rules, models);
  const filler = Array.from({ length: 30 }, (_, i) => `fn helper${i}() -> u8 { ${i} }`).join('\n');
  e.analyze('src/a.rs', `fn check(tag: &[u8], expected_tag: &[u8]) -> bool { tag == expected_tag }\n${filler}`);
  assert.equal(e.parses.partial, 1);
  // A constant nonce at the end of a file of the same shape: found (the bytes past the first file's ranges are read).
  const b = e.analyze('src/b.rs', `use aes_gcm::{Aes256Gcm, Nonce, aead::{Aead, KeyInit}};\n${filler}\nfn seal(c: &Aes256Gcm, m: &[u8]) -> Vec<u8> { c.encrypt(Nonce::from_slice(&[0u8; 12]), m).unwrap() }\n`);
  assert.equal(e.parses.partial, 1);
  assert.ok(b.findings.some((f) => f.ruleId === 'constant-nonce' && f.region.startLine === 32), JSON.stringify(b.findings.map((f) => [f.ruleId, f.region.startLine])));
});
