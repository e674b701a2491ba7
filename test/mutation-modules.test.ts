import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrateIndex, CrateModules, fileItems, indexFor, inlinePathAt, pathSegments, placeFn, scopeOf, useTree } from '../src/analyzer/modules.ts';

// What src/analyzer/modules.ts (the crate's `mod` tree, read from the files' text) gives on real
// crate layouts, pinned where test/modules.test.ts and the rule fixtures left mutants alive
// (`npm run mutate`; this file is in UNIT_TEST_FILES of scripts/stryker-fixtures-runner.ts).
// Equivalent mutants and the defects found: docs/mutation.md, seventh pass.

const crate = (files: Record<string, string>, name?: string, loose = false, targets: string[] = [], libPath?: string) =>
  new CrateModules(Object.entries(files).map(([file, text]) => ({ file, text })), name, loose, targets, libPath);
const names = (it: ReturnType<typeof fileItems>, scope = 0) => it.items.filter((i) => i.scope === scope).map((i) => `${i.kind}:${i.name}`);
const uses = (it: ReturnType<typeof fileItems>) => it.uses.map((u) => `${u.scope}:${u.name}=${u.path.join('::')}`);

// --- fileItems: the text scanner ---

test('fileItems: a raw string is stepped over as raw (a trailing backslash ends it, a quote inside does not), a normal string by its escapes', () => {
  const src = [
    'pub const DIR: &str = r"C:\\temp\\";',
    'pub mod after_raw;',
    'pub const QUOTED: &str = r#"a "quote mod fake_in_raw;"#;',
    'pub mod after_hashes;',
    'pub const SEP: &str = "\\\\";',
    'pub mod after_escape;',
    'pub const LONG: &str = "first \\',
    '    second";',
    'pub mod after_continuation;',
    'pub const B: &[u8] = br"\\x";',
    'pub mod after_bytes;',
    'pub const LAST: &str = "end";',
  ].join('\n');
  assert.deepEqual(fileItems(src).mods.map((m) => m.name), ['after_raw', 'after_hashes', 'after_escape', 'after_continuation', 'after_bytes']);
});

test('fileItems: a char literal with an escape or outside the BMP (`\'\\u{7b}\'`, `\'\\x7b\'`, `\'🔑\'`) is one literal; line and block comments, nested or not, hide what they hold', () => {
  const src = [
    "pub const OPEN: char = '\\u{7b}';",
    "pub const QUOTE: char = '\\'';",
    "pub const MARKS: [char; 4] = ['🔑','{','\\x7b','{'];",
    'pub mod after_chars;',
    '// mod in_line_comment;',
    '/* mod in_block; /* nested */ mod still_in_block; */',
    'pub mod after_comments;',
    '/* fn legacy() { */',
    '// The one in use.',
    'pub fn real() {}',
    "pub const A: u8 = 'a' as u8;",
    'extern "C" fn callback() {}',
  ].join('\n');
  const it = fileItems(src);
  assert.deepEqual(it.mods.map((m) => m.name), ['after_chars', 'after_comments']);
  assert.deepEqual(names(it), ['value:OPEN', 'value:QUOTE', 'value:MARKS', 'mod:after_chars', 'mod:after_comments', 'fn:real', 'value:A', 'fn:callback']);
  assert.deepEqual(it.uses, []);
  // An unterminated block comment hides the rest of the file.
  assert.deepEqual(fileItems('pub mod a;\n/* mod b;\nmod c;\n').mods.map((m) => m.name), ['a']);
});

test('fileItems: item names after any spacing; fn pointers, const fns, `r#` params and union params are not items; a union item is a type', () => {
  const src = [
    'pub type Callback = fn(&[u8]) -> Vec<u8>;',
    'pub const fn with_len(len: usize) -> usize { len }',
    'pub const VERSION : u8 = 1;',
    'pub static',
    '    TABLE: [u8; 4] = [0; 4];',
    'static mut  COUNTER: u64 = 0;',
    'pub struct',
    '    Wide { a: u8 }',
    'pub fn get(r#type: &str, union: &[u8]) -> u8 { 0 }',
    '#[repr(C)]',
    'pub union Bits { i: u32, f: f32 }',
    'pub union Pair<A: Copy, B: Copy> { a: A, b: B }',
    'pub mod',
    '    sys;',
  ].join('\n');
  assert.deepEqual(names(fileItems(src)), ['type:Callback', 'fn:with_len', 'value:VERSION', 'value:TABLE', 'value:COUNTER', 'type:Wide', 'fn:get', 'type:Bits', 'type:Pair', 'mod:sys']);
});

test('fileItems: scopes and their body spans; items inside a function of an inline module are not its items; a `use` list ending in `}` does not close the module', () => {
  const src = 'pub fn top() {}\nmod outer {\n    use super::{a, b};\n    pub fn helper() { fn nested() {} mod local { pub fn hidden() {} } }\n    pub mod inner {\n        pub fn deep() {}\n    }\n    pub fn last() {}\n}\npub fn after() {}\n';
  const it = fileItems(src);
  assert.deepEqual(it.scopes.map((s) => [s.path.join('::'), src.slice(s.start - 1, s.start), src.slice(s.end, s.end + 1)]), [
    ['', '', ''],
    ['outer', '{', '}'],
    ['outer::inner', '{', '}'],
  ]);
  assert.equal(it.scopes[0].end, src.length);
  assert.ok(src.slice(0, it.scopes[1].end).endsWith('pub fn last() {}\n'));
  assert.equal(src.slice(it.scopes[2].start, it.scopes[2].end).trim(), 'pub fn deep() {}');
  assert.deepEqual(names(it, 0), ['fn:top', 'mod:outer', 'fn:after']);
  assert.deepEqual(names(it, 1), ['fn:helper', 'mod:inner', 'fn:last']);
  assert.deepEqual(names(it, 2), ['fn:deep']);
  assert.deepEqual(uses(it), ['1:a=super::a', '1:b=super::b']);
});

test('fileItems: the braces of a macro called at module level hold its items (a path, no space, at the start of the file, a one-letter name), and do not end the file scope', () => {
  const at = (src: string) => fileItems(src).mods.map((m) => `${m.scope}:${m.name}`);
  assert.deepEqual(at('cfg_rt! {\n    pub mod runtime;\n}\n'), ['0:runtime']);
  assert.deepEqual(at('pub mod a;\ncrate::cfg_net!{\n    pub mod net;\n}\n'), ['0:a', '0:net']);
  assert.deepEqual(at('pub mod a;\nm! {\n    pub mod gen;\n}\n'), ['0:a', '0:gen']);
  assert.deepEqual(at('pub mod a;\ncfg_rt!\n{\n    pub mod io;\n}\nfn f() {\n    mod local;\n}\n'), ['0:a', '0:io']);
  const src = 'cfg_rt! {\n    pub fn spawn() {}\n}\npub fn after() {}\n';
  const it = fileItems(src);
  assert.equal(it.scopes[0].end, src.length);
  assert.deepEqual(names(it), ['fn:spawn', 'fn:after']);
});

test('fileItems: `mod` declarations: only at module level, not in functions or `macro_rules` bodies (`mod $m;`)', () => {
  const src = 'macro_rules! declare {\n    ($m:ident) => {\n        pub mod $m;\n    };\n}\nfn f() {\n    mod local {\n        fn g() {}\n    }\n}\npub mod real;\n';
  const it = fileItems(src);
  assert.deepEqual(it.mods.map((m) => m.name), ['real']);
  assert.deepEqual(it.items, [
    { scope: 0, kind: 'fn', name: 'f' },
    { scope: 0, kind: 'mod', name: 'real' },
  ]);
  assert.deepEqual(it.scopes.map((s) => s.path.join('::')), ['']);
});

test('fileItems: `use` declarations: comments inside are dropped, `$crate` and macro fragments are stepped over; a `use` without `;` ends the scan', () => {
  const src = 'use crate::keys::{\n    // old_key,\n    Key, /* Legacy */ Nonce,\n};\nmacro_rules! k {\n    () => { use $crate::keys::Key; };\n}\npub fn f() {}\n';
  const it = fileItems(src);
  assert.deepEqual(uses(it), ['0:Key=crate::keys::Key', '0:Nonce=crate::keys::Nonce', '0:Key=crate::keys::Key']);
  assert.deepEqual(names(it), ['fn:f']);
  // The fragments of a macro's `use` (`$($m),*`) read as names of their own, but the scan goes on after it.
  const macro = fileItems('macro_rules! reexport {\n    ($($m:ident),*) => { pub use self::{$($m),*}; };\n}\nuse crate::keys::Key;\npub fn g() {}\n');
  assert.deepEqual([uses(macro).at(-1), names(macro)], ['0:Key=crate::keys::Key', ['fn:g']]);
  const cut = fileItems('pub fn before() {}\npub use crate::keys');
  assert.deepEqual([names(cut), cut.uses], [['fn:before'], []]);
});

test('fileItems: `#[path]` and `#[cfg_attr(.., path)]` however spaced, after other attributes, before `pub(crate)`, in an inline module, far into a file; only the mod they sit on', () => {
  const filler = `// ${'x'.repeat(500)}\n`;
  const src = [
    '# [ path="gen/a.rs" ]',
    '#[cfg(unix)]',
    'pub(crate) mod a;',
    '#[path = "gen/b.rs"]#[cfg(unix)]',
    'pub (crate) mod b;',
    '#[ cfg_attr (unix,path="sys/unix.rs" ) ]',
    'mod sys;',
    'mod plain;',
    '#[cfg_attr(windows, path = "w.rs")]',
    '#[cfg_attr(unix, path = "u.rs")]',
    'pub(crate) mod two;',
    '#[path = "gen/d.rs"]',
    '# [cfg(unix)]',
    'pub (crate)',
    '    mod d;',
    '# [cfg_attr(unix, path = "gen/e.rs")]',
    'pub (crate)',
    '    mod e;',
    'mod inl {',
    '    #[path = "x.rs"]',
    '    #[cfg(unix)]',
    '    mod x;',
    '    #[cfg_attr(unix, path = "y.rs")]',
    '    #[allow(dead_code)]',
    '    mod y;',
    '}',
    'pub mod c;',
    '#[path = "far.rs"]',
    'mod far;',
  ].join('\n');
  const it = fileItems(`${src.split('pub mod c;')[0]}pub mod c;\n${filler}${src.split('pub mod c;\n')[1]}`);
  assert.deepEqual(it.mods, [
    { scope: 0, name: 'a', pathAttr: 'gen/a.rs' },
    { scope: 0, name: 'b', pathAttr: 'gen/b.rs' },
    { scope: 0, name: 'sys', cfgPaths: ['sys/unix.rs'] },
    { scope: 0, name: 'plain' },
    { scope: 0, name: 'two', cfgPaths: ['w.rs', 'u.rs'] },
    { scope: 0, name: 'd', pathAttr: 'gen/d.rs' },
    { scope: 0, name: 'e', cfgPaths: ['gen/e.rs'] },
    { scope: 1, name: 'x', pathAttr: 'x.rs' },
    { scope: 1, name: 'y', cfgPaths: ['y.rs'] },
    { scope: 0, name: 'c' },
    { scope: 0, name: 'far', pathAttr: 'far.rs' },
  ]);
});

// --- useTree and pathSegments ---

test('useTree: an unclosed list, a trailing `::`, a list with a macro fragment', () => {
  assert.deepEqual(useTree(' crate::keys::{Key, Nonce'), [
    { name: 'Key', path: ['crate', 'keys', 'Key'] },
    { name: 'Nonce', path: ['crate', 'keys', 'Nonce'] },
  ]);
  assert.deepEqual(useTree(' crate::keys::'), []);
  assert.deepEqual(useTree(''), []);
  // (`$x` of a macro reads as a name `x`: what matters is that the list goes on.)
  assert.deepEqual(useTree(' crate::{$x, keys::Key}').filter((u) => u.name !== 'x'), [{ name: 'Key', path: ['crate', 'keys', 'Key'] }]);
});

test('pathSegments: generics (with paths inside) dropped, white space and `r#` removed', () => {
  assert.deepEqual(pathSegments('crate::keys\n    ::KEY'), ['crate', 'keys', 'KEY']);
  assert.deepEqual(pathSegments('Vec::<crate::keys::Key>::new'), ['Vec', 'new']);
  assert.deepEqual(pathSegments('crate::r#type::Kind'), ['crate', 'type', 'Kind']);
  assert.deepEqual(pathSegments('::std::fmt'), ['std', 'fmt']);
});

// --- the mod tree ---

test('the mod tree: roots tests/, examples/, benches/ and build.rs; `mod` files below them', () => {
  const c = crate({
    'app/src/lib.rs': 'pub mod keys;\n',
    'app/src/keys.rs': 'pub fn f() {}\n',
    'app/tests/integration.rs': 'mod common;\n',
    'app/tests/common/mod.rs': 'pub fn setup() {}\n',
    'app/examples/demo/main.rs': 'mod util;\n',
    'app/examples/demo/util.rs': 'pub fn show() {}\n',
    'app/benches/seal.rs': 'fn main() {}\n',
    'app/build.rs': 'fn main() {}\n',
  });
  assert.deepEqual(c.modulesOf('app/tests/common/mod.rs'), ['app/tests/integration.rs|common']);
  assert.deepEqual(c.modulesOf('app/examples/demo/util.rs'), ['app/examples/demo/|util'], 'main.rs shares its folder with a lib.rs there');
  assert.deepEqual(c.modulesOf('app/benches/seal.rs'), ['app/benches/seal.rs|']);
  assert.deepEqual(c.modulesOf('app/build.rs'), ['app/build.rs|']);
});

test("the mod tree: the crate's folder is the shallowest before src/, tests/, ..: not a folder whose name ends so, not a file outside, not a deeper src/", () => {
  const files = {
    'app/src/lib.rs': 'pub mod keys;\n',
    'app/src/keys.rs': 'pub fn f() {}\n',
    'app/fuzz_tests/corpus.rs': 'fn main() {}\n',
    'app/tools/src/gen.rs': 'fn main() {}\n',
    'app/build.rs': 'fn main() {}\n',
  };
  assert.deepEqual(crate(files).modulesOf('app/src/keys.rs'), ['app/src/|keys']);
  // The same files in another order.
  const reversed = Object.fromEntries(Object.entries(files).reverse());
  assert.deepEqual(crate(reversed).modulesOf('app/src/keys.rs'), ['app/src/|keys']);
  assert.equal(crate(files).modulesOf('app/tools/src/gen.rs'), undefined);
});

test('the mod tree: targets the manifest places below a src/ crate ([lib] path, [[bin]] path); without a src/, the shortest file ending with the path, also at the scan root', () => {
  const c = crate(
    {
      'pkg/src/core.rs': 'pub mod aead;\n',
      'pkg/src/aead.rs': 'pub fn seal() {}\n',
      'pkg/src/lib.rs': 'pub fn stray() {}\n',
      'pkg/tools/cli.rs': 'mod args;\nfn main() {}\n',
      'pkg/tools/args.rs': 'pub fn parse() {}\n',
    },
    'my-lib',
    false,
    ['src/core.rs', 'tools/cli.rs'],
    'src/core.rs',
  );
  assert.deepEqual(c.modulesOf('pkg/src/aead.rs'), ['pkg/src/core.rs|aead']);
  assert.deepEqual(c.modulesOf('pkg/tools/args.rs'), ['pkg/tools/cli.rs|args']);
  assert.equal(c.resolve('pkg/tools/cli.rs|', ['my_lib', 'aead', 'seal'], 'fn'), 'pkg/src/core.rs|aead', 'the placed [lib], not src/lib.rs');
  const vendored = crate(
    { 'pkg/vendor/old/crypto/root.rs': 'pub mod aead;\n', 'pkg/crypto/root.rs': 'pub mod aead;\n', 'pkg/crypto/aead.rs': 'pub fn seal() {}\n', 'pkg/vendor/old/crypto/aead.rs': 'pub fn seal() {}\n' },
    'my-lib',
    false,
    ['crypto/root.rs'],
    'crypto/root.rs',
  );
  assert.deepEqual(vendored.modulesOf('pkg/crypto/aead.rs'), ['pkg/crypto/root.rs|aead']);
  assert.equal(vendored.modulesOf('pkg/vendor/old/crypto/aead.rs'), undefined);
  // A target the manifest names but the scan does not hold is not looked for elsewhere.
  const absent = crate({ 'pkg/src/lib.rs': 'pub mod keys;\n', 'pkg/src/keys.rs': 'pub fn f() {}\n', 'pkg/examples/tools/cli.rs': 'fn main() {}\n' }, 'my-lib', false, ['tools/cli.rs']);
  assert.equal(absent.modulesOf('pkg/examples/tools/cli.rs'), undefined);
  assert.deepEqual(absent.modulesOf('pkg/src/keys.rs'), ['pkg/src/|keys']);
  const atRoot = crate({ 'crypto/root.rs': 'pub mod aead;\n', 'crypto/aead.rs': 'pub fn seal() {}\n' }, 'my-lib', false, ['crypto/root.rs'], 'crypto/root.rs');
  assert.deepEqual(atRoot.modulesOf('crypto/aead.rs'), ['crypto/root.rs|aead']);
});

test('the mod tree: without a manifest (loose), lib.rs and main.rs anywhere are roots, at the scan root too, and share one namespace', () => {
  const c = crate({ 'lib.rs': 'mod keys;\n', 'main.rs': 'mod keys;\nfn main() {}\n', 'keys.rs': 'pub fn f() {}\n' }, undefined, true);
  assert.deepEqual(c.modulesOf('keys.rs'), ['./|keys']);
  assert.deepEqual(c.partsOf('./|keys'), [{ file: 'keys.rs', inline: [] }]);
  // Through CrateIndex: a file without a crate is loose.
  const texts: Record<string, string> = { 'snippets/lib.rs': 'pub mod keys;\n', 'snippets/keys.rs': 'pub fn f() {}\n' };
  const index = new CrateIndex(Object.keys(texts).map((file) => ({ file })), (f) => texts[f]);
  assert.deepEqual(index.modulesOf('snippets/keys.rs'), ['snippets/|keys']);
});

test('the mod tree: lib.rs and main.rs of one folder are one namespace, walked once; a file reached by a binary too is two modules, in root order', () => {
  const c = crate({
    'src/lib.rs': 'pub mod util;\npub fn lib_only() {}\n',
    'src/main.rs': 'mod util;\nfn main() {}\n',
    'src/util.rs': 'pub fn f() {}\n',
    'src/bin/tool.rs': '#[path = "../util.rs"]\nmod util;\nfn main() {}\n',
  });
  assert.deepEqual(c.modulesOf('src/util.rs'), ['src/bin/tool.rs|util', 'src/|util']);
  assert.deepEqual(c.partsOf('src/|util'), [{ file: 'src/util.rs', inline: [] }]);
  assert.deepEqual(c.partsOf('src/|'), [
    { file: 'src/lib.rs', inline: [] },
    { file: 'src/main.rs', inline: [] },
  ]);
  assert.equal(c.resolve('src/|', ['lib_only'], 'fn'), 'src/|');
});

test('the mod tree: the library is the shortest lib.rs root (src/lib.rs over tests/lib.rs and benches/lib.rs); a binary-only crate has none', () => {
  const c = crate(
    {
      'src/lib.rs': 'pub mod keys;\n',
      'src/keys.rs': 'pub fn f() {}\n',
      'tests/lib.rs': 'mod keys;\n',
      'tests/keys.rs': 'pub fn f() {}\n',
      'benches/lib.rs': 'mod keys;\n',
      'benches/keys.rs': 'pub fn f() {}\n',
    },
    'vault',
  );
  assert.equal(c.resolve('tests/|', ['vault', 'keys', 'f'], 'fn'), 'src/|keys');
  assert.equal(c.resolve('benches/|', ['vault', 'keys', 'f'], 'fn'), 'src/|keys');
  assert.equal(c.resolve('tests/|', ['keys', 'f'], 'fn'), 'tests/|keys');
  const bins = crate({ 'src/main.rs': 'mod util;\nfn main() {}\n', 'src/util.rs': 'pub fn f() {}\n', 'src/bin/tool.rs': 'fn main() {}\n' }, 'my-tool');
  assert.equal(bins.resolve('src/bin/tool.rs|', ['my_tool', 'util', 'f'], 'fn'), undefined);
  // A placed [lib] is the library, though a src/lib.rs is a root too.
  const placed = crate({ 'src/lib.rs': 'pub mod keys;\n', 'src/keys.rs': 'pub fn f() {}\n', 'core/root.rs': 'pub mod aead;\n', 'core/aead.rs': 'pub fn seal() {}\n', 'src/bin/cli.rs': 'fn main() {}\n' }, 'vault', false, ['core/root.rs'], 'core/root.rs');
  assert.equal(placed.resolve('src/bin/cli.rs|', ['vault', 'aead', 'seal'], 'fn'), 'core/root.rs|aead');
});

test('the mod tree: a module split over two files (`cfg_attr` path and the usual one) has the items of both', () => {
  const c = crate({
    'src/lib.rs': '#[cfg_attr(unix, path = "sys/unix.rs")]\npub mod sys;\n',
    'src/sys/unix.rs': 'pub fn open_unix() {}\n',
    'src/sys.rs': 'pub fn open() {}\n',
  });
  assert.equal(c.resolve('src/|', ['sys', 'open_unix'], 'fn'), 'src/|sys');
  assert.equal(c.resolve('src/|', ['sys', 'open'], 'fn'), 'src/|sys');
  assert.deepEqual(c.partsOf('src/|sys'), [
    { file: 'src/sys/unix.rs', inline: [] },
    { file: 'src/sys.rs', inline: [] },
  ]);
  assert.equal(c.has('src/|sys'), true);
  assert.equal(c.has('src/|ghost'), false);
  assert.deepEqual(c.partsOf('src/|ghost'), []);
});

test('the mod tree: a `#[path]` cycle is walked once; `#[path]` of a file module is relative to its folder, in an inline module to the inline folder; the usual file is not taken beside it', () => {
  const c = crate({
    'src/lib.rs': 'pub mod a;\n#[path = "lib.rs"]\nmod again;\nmod inl {\n    #[path = "x.rs"]\n    pub mod y;\n}\n#[path = "gen/c_impl.rs"]\npub mod c;\n',
    'src/a.rs': '#[path = "gen/b.rs"]\npub mod b;\n',
    'src/gen/b.rs': 'pub fn f() {}\n',
    'src/a/gen/b.rs': 'pub fn f() {}\n',
    'src/inl/x.rs': 'pub fn f() {}\n',
    'src/x.rs': 'pub fn f() {}\n',
    'src/gen/c_impl.rs': 'pub fn f() {}\n',
    'src/c.rs': 'pub fn f() {}\n',
  });
  assert.deepEqual(c.modulesOf('src/lib.rs'), ['src/|'], 'lib.rs, already walked, is not walked again as `again`');
  assert.deepEqual(c.modulesOf('src/gen/b.rs'), ['src/|a::b']);
  assert.equal(c.modulesOf('src/a/gen/b.rs'), undefined);
  assert.deepEqual(c.modulesOf('src/inl/x.rs'), ['src/|inl::y']);
  assert.equal(c.modulesOf('src/x.rs'), undefined);
  assert.deepEqual(c.modulesOf('src/gen/c_impl.rs'), ['src/|c']);
  assert.equal(c.modulesOf('src/c.rs'), undefined);
});

test('the mod tree: inline modules three deep, siblings with children of their own, a `mod x;` of an inline module not looked for at the file level', () => {
  const c = crate({
    'src/lib.rs': 'pub fn root_fn() {}\npub mod a {\n    pub mod b {\n        pub mod c {\n            pub fn f() {}\n        }\n        pub fn g() {}\n    }\n    pub mod x {\n        pub fn h() {}\n    }\n}\npub mod m {\n    pub mod y {\n        pub fn k() {}\n    }\n}\nmod inl {\n    pub mod d;\n}\n',
    'src/inl/d.rs': 'pub fn f() {}\n',
    'src/d.rs': 'pub fn f() {}\n',
  });
  assert.equal(c.resolve('src/|', ['a', 'b', 'c', 'f'], 'fn'), 'src/|a::b::c');
  assert.equal(c.resolve('src/|a::b::c', ['super', 'g'], 'fn'), 'src/|a::b');
  assert.equal(c.resolve('src/|a::b::c', ['super', 'super', 'x', 'h'], 'fn'), 'src/|a::x');
  assert.equal(c.resolve('src/|a::b', ['self', 'super', 'x', 'h'], 'fn'), 'src/|a::x');
  assert.equal(c.resolve('src/|', ['a', 'y', 'k'], 'fn'), undefined, 'y is a child of m, not of a');
  assert.equal(c.resolve('src/|', ['m', 'y', 'k'], 'fn'), 'src/|m::y');
  assert.equal(c.resolve('src/|', ['super', 'root_fn'], 'fn'), undefined, 'the root has no parent');
  assert.equal(c.resolve('src/|a', ['super', 'root_fn'], 'fn'), 'src/|');
  assert.deepEqual(c.modulesOf('src/inl/d.rs'), ['src/|inl::d']);
  assert.equal(c.modulesOf('src/d.rs'), undefined);
  assert.deepEqual(c.modulesOf('src/lib.rs', ['a', 'b']), ['src/|a::b']);
  assert.deepEqual(c.partsOf('src/|a::b'), [{ file: 'src/lib.rs', inline: ['a', 'b'] }]);
});

// --- resolution ---

test('resolution: the first segment through its own `use` (not another), else a module at the crate root (2015 paths); a later segment only through children', () => {
  const c = crate(
    {
      'src/lib.rs': 'pub mod store;\npub mod util;\npub mod api;\npub fn open() {}\n',
      'src/store.rs': 'pub fn open() {}\n',
      'src/util.rs': 'pub fn f() {}\n',
      'src/api.rs': 'use crate::util::f;\nuse crate::store;\npub mod v1;\n',
      'src/api/v1.rs': 'pub fn g() {}\n',
    },
    'vault',
  );
  assert.equal(c.resolveModule('src/|api', ['store']), 'src/|store');
  assert.equal(c.resolve('src/|api', ['store', 'open'], 'fn'), 'src/|store');
  assert.equal(c.resolve('src/|api::v1', ['util', 'f'], 'fn'), 'src/|util', '2015: a module at the crate root');
  assert.equal(c.resolve('src/|', ['crate', 'api', 'util', 'f'], 'fn'), undefined, 'util is not a child of api');
  assert.equal(c.resolve('src/|', ['crate', 'vault', 'open'], 'fn'), undefined, 'the crate name is a first segment only');
  assert.equal(c.resolve('src/|api', ['open'], 'fn'), undefined, 'a `use` of a module does not bring in its items');
});

test('resolution: a module declared without a file in the scan is not known; from a module the text does not know (in a function), only `crate::` and the crate name lead somewhere', () => {
  const c = crate({ 'src/lib.rs': 'pub mod keys;\npub mod missing;\nfn f() {\n    mod local {}\n}\n', 'src/keys.rs': 'pub const KEY: [u8; 4] = [0; 4];\n' }, 'vault');
  assert.equal(c.resolveModule('src/|', ['missing']), undefined);
  assert.equal(c.resolveModule('src/|', ['keys']), 'src/|keys');
  assert.equal(c.resolve('src/|local', ['vault', 'keys', 'KEY'], 'value'), 'src/|keys');
  assert.equal(c.resolve('src/|local', ['crate', 'keys', 'KEY'], 'value'), 'src/|keys');
  assert.equal(c.resolve('src/|local', ['keys', 'KEY'], 'value'), undefined);
  assert.equal(c.resolve('src/|local', ['KEY'], 'value'), undefined);
});

test('resolution: globs: a named use wins, one glob with the name answers, two are ambiguous; a `use super::*` cycle ends', () => {
  const c = crate({
    'src/lib.rs': 'pub mod a;\npub mod b;\npub mod both;\npub mod one;\npub mod inner;\npub use inner::*;\npub fn top() {}\n',
    'src/a.rs': 'pub fn seal() {}\npub fn only_a() {}\n',
    'src/b.rs': 'pub fn seal() {}\n',
    'src/both.rs': 'use crate::a::*;\nuse crate::b::*;\n',
    'src/one.rs': 'use crate::b::*;\nuse crate::a::*;\n',
    'src/inner.rs': 'use super::*;\npub fn from_inner() {}\n',
  });
  assert.equal(c.resolve('src/|both', ['seal'], 'fn'), undefined, 'two globs bring `seal`');
  assert.equal(c.resolve('src/|one', ['only_a'], 'fn'), 'src/|a', 'one of the two globs brings it');
  assert.equal(c.resolve('src/|', ['from_inner'], 'fn'), 'src/|inner');
  assert.equal(c.resolve('src/|inner', ['top'], 'fn'), 'src/|');
  assert.equal(c.resolve('src/|inner', ['missing'], 'fn'), undefined);
});

test('resolution: re-export chains are followed seven steps deep (each also resolves its path), glob chains eight; `use` cycles (code rustc rejects) end', () => {
  const chain = (n: number, glob: boolean) => {
    const files: Record<string, string> = { 'src/lib.rs': Array.from({ length: n + 1 }, (_, i) => `pub mod m${i};\n`).join('') };
    for (let i = 0; i < n; i++) files[`src/m${i}.rs`] = glob ? `pub use crate::m${i + 1}::*;\n` : `pub use crate::m${i + 1}::f;\n`;
    files[`src/m${n}.rs`] = 'pub fn f() {}\n';
    return crate(files);
  };
  assert.equal(chain(7, false).resolve('src/|m0', ['f'], 'fn'), 'src/|m7');
  assert.equal(chain(8, false).resolve('src/|m0', ['f'], 'fn'), undefined);
  assert.equal(chain(8, true).resolve('src/|m0', ['f'], 'fn'), 'src/|m8');
  assert.equal(chain(9, true).resolve('src/|m0', ['f'], 'fn'), undefined);
  const cycles = crate({
    'src/lib.rs': 'pub mod a;\npub mod b;\nuse x as y;\nuse y as x;\n',
    'src/a.rs': 'pub use crate::b::f;\npub use crate::b::*;\n',
    'src/b.rs': 'pub use crate::a::f;\npub use crate::a::*;\n',
  });
  assert.equal(cycles.resolve('src/|a', ['f'], 'fn'), undefined);
  assert.equal(cycles.resolve('src/|a', ['g'], 'fn'), undefined);
  assert.equal(cycles.resolveModule('src/|', ['y']), undefined);
  assert.equal(cycles.resolve('src/|', ['y', 'f'], 'fn'), undefined);
});

// --- CrateIndex, placeFn, scopeOf, indexFor, inlinePathAt ---

test('CrateIndex: modulesOf with and without inline modules; files not in the scan and unreadable files; two roots that disagree answer undefined', () => {
  const texts: Record<string, string | undefined> = {
    'src/lib.rs': 'pub mod shared;\npub mod keys;\n',
    'src/keys.rs': 'pub fn f() {}\n',
    'src/shared.rs': 'use super::helper::run;\npub fn g() { run() }\nmod tests {\n    pub fn t() {}\n}\n',
    'src/bin/tool.rs': '#[path = "../shared.rs"]\nmod shared;\nmod helper;\nfn main() {}\n',
    'src/bin/helper.rs': 'pub fn run() {}\n',
    'src/gone.rs': undefined,
  };
  const index = new CrateIndex(Object.keys(texts).map((file) => ({ file, crate: { manifest: 'Cargo.toml', name: 'vault' } })), (f) => texts[f]);
  assert.deepEqual(index.modulesOf('src/keys.rs'), ['src/|keys']);
  assert.deepEqual(index.modulesOf('src/lib.rs', ['tests']), ['src/|tests']);
  assert.deepEqual(index.modulesOf('src/shared.rs', ['tests']), ['src/bin/tool.rs|shared::tests', 'src/|shared::tests']);
  assert.equal(index.modulesOf('src/elsewhere.rs'), undefined);
  assert.equal(index.resolve('src/elsewhere.rs', [], 'f', 'fn'), undefined);
  assert.equal(index.modulesOf('src/gone.rs'), undefined);
  // From src/shared.rs: `run` is the binary's helper for one root, nothing for the other.
  assert.equal(index.resolve('src/shared.rs', [], 'run', 'fn'), undefined);
  // The crate name names the library from both roots: they agree.
  assert.equal(index.resolve('src/shared.rs', [], 'vault::keys::f', 'fn'), 'src/|keys');
  const scope = scopeOf(index, 'src/shared.rs');
  assert.equal(scope.known, true);
  assert.equal(scope.resolve([], ['vault', 'keys', 'f'], 'fn'), 'src/|keys');
  assert.equal(scopeOf(index, 'src/elsewhere.rs').known, false);
});

test('placeFn: a method is where its type is (by the path written, or the name through the inline module\'s `use`); a function is where its file is', () => {
  const texts: Record<string, string> = {
    'src/lib.rs': 'pub mod cipher;\npub mod app;\n',
    'src/cipher.rs': 'pub struct Cipher;\n',
    'src/app.rs': 'impl crate::cipher::Cipher {\n    pub fn seal(&self) {}\n}\nmod tests {\n    use crate::cipher::Cipher;\n    impl Cipher {\n        fn t(&self) {}\n    }\n}\n',
  };
  const analyses = Object.keys(texts).map((file) => ({ file, crate: { manifest: 'Cargo.toml', name: 'vault' } }));
  const index = indexFor(analyses, (f) => texts[f]);
  assert.equal(indexFor(analyses, (f) => texts[f]), index, 'one index per run');
  assert.notEqual(indexFor([...analyses], (f) => texts[f]), index);
  assert.deepEqual(placeFn(index, { owner: 'Cipher', ownerPath: 'crate::cipher::Cipher' }, 'src/app.rs'), ['src/|cipher']);
  assert.deepEqual(placeFn(index, { owner: 'Cipher', inline: ['tests'] }, 'src/app.rs'), ['src/|cipher']);
  assert.equal(placeFn(index, { owner: 'Cipher' }, 'src/app.rs'), undefined, 'no `use` of Cipher at the top of app.rs');
  assert.deepEqual(placeFn(index, {}, 'src/app.rs'), ['src/|app']);
  assert.deepEqual(placeFn(index, { inline: ['tests'] }, 'src/app.rs'), ['src/|app::tests']);
});

test('inlinePathAt: no node, no inline module', () => {
  assert.deepEqual(inlinePathAt(null), []);
});

// --- defects the seventh mutation pass found, fixed ---

test('useTree: a raw identifier in a `use` path is one segment (`r#async`), also as an alias; the mod tree resolves through it', () => {
  assert.deepEqual(useTree(' crate::net::r#async::Client'), [{ name: 'Client', path: ['crate', 'net', 'async', 'Client'] }]);
  assert.deepEqual(useTree(' crate::kinds::Kind as r#type'), [{ name: 'type', path: ['crate', 'kinds', 'Kind'] }]);
  const c = crate({
    'src/lib.rs': 'mod net;\nmod app;\n',
    'src/net.rs': 'pub mod r#async;\n',
    'src/net/async.rs': 'pub struct Client;\n',
    'src/app.rs': 'use crate::net::r#async::Client;\n',
  });
  assert.equal(c.resolve('src/|app', ['Client'], 'type'), 'src/|net::async');
});

test('a named `use` shadows a glob: `use hex::encode; use crate::util::*;` makes `encode` the other crate\'s, not util\'s; without the named import the glob\'s', () => {
  const files = {
    'src/lib.rs': 'mod util;\nmod keys;\n',
    'src/util.rs': 'pub fn encode(b: &[u8]) -> String { String::new() }\n',
  };
  const shadowed = crate({ ...files, 'src/keys.rs': 'use hex::encode;\nuse crate::util::*;\n' });
  assert.equal(shadowed.resolve('src/|keys', ['encode'], 'fn'), undefined);
  const globbed = crate({ ...files, 'src/keys.rs': 'use crate::util::*;\n' });
  assert.equal(globbed.resolve('src/|keys', ['encode'], 'fn'), 'src/|util');
});
