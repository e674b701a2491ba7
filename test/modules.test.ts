import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrateIndex, CrateModules, fileItems, useTree } from '../src/analyzer/modules.ts';
import { join } from 'node:path';
import { CrateFinder } from '../src/scan/crates.ts';
import { tempTree } from './helpers.ts';

test('fileItems: comments, strings, raw strings and char literals hide nothing and add nothing; lifetimes are not chars', () => {
  const src = `fn a<'a>(x: &'a str) -> char { // mod fake1;\n  let s = "mod y; {"; /* mod z { /* nested } */ } */ let r = r#"} mod w;"#; let c = '{'; 'x' }\nmod real;\nfn after<'b>(y: &'b u8) {}\nconst Q: char = '\\'';\nmod also;\n`;
  const it = fileItems(src);
  assert.deepEqual(it.mods.map((m) => m.name), ['real', 'also']);
  assert.deepEqual(it.items.filter((i) => i.kind === 'fn').map((i) => i.name), ['a', 'after']);
  assert.deepEqual(it.scopes.map((s) => s.path.join('::')), ['']);
});

test('fileItems: top-level items per inline module, not items inside functions or impls; #[path] read from the text', () => {
  const src = `
use crate::a::{b, c as d, e::*};
pub const KEY: [u8; 4] = *b"abcd";
static mut COUNT: u32 = 0;
pub(crate) fn top() { fn inner() {} }
impl Foo { fn method(&self) {} const ASSOC: u8 = 1; }
pub struct Foo;
#[path = "other/place.rs"]
mod placed;
#[cfg(test)]
mod tests {
    use super::*;
    fn helper() {}
    mod deeper;
}
const fn also_fn() -> u8 { 1 }
`;
  const it = fileItems(src);
  const at = (scope: number) => it.items.filter((i) => i.scope === scope).map((i) => `${i.kind}:${i.name}`).sort();
  assert.deepEqual(it.scopes.map((s) => s.path.join('::')), ['', 'tests']);
  assert.deepEqual(at(0), ['fn:also_fn', 'fn:top', 'mod:placed', 'mod:tests', 'type:Foo', 'value:COUNT', 'value:KEY']);
  assert.deepEqual(at(1), ['fn:helper', 'mod:deeper']);
  assert.deepEqual(it.mods, [
    { scope: 0, name: 'placed', pathAttr: 'other/place.rs' },
    { scope: 1, name: 'deeper' },
  ]);
  assert.deepEqual(
    it.uses.map((u) => `${u.scope}:${u.name}=${u.path.join('::')}`),
    ['0:b=crate::a::b', '0:d=crate::a::c', '0:*=crate::a::e', '1:*=super'],
  );
});

test('useTree: groups, renames, self, globs and nested lists', () => {
  assert.deepEqual(
    useTree(' crate::{store::{self, Store as S}, cipher::*, _x as _}').map((u) => `${u.name}=${u.path.join('::')}`),
    ['store=crate::store', 'S=crate::store::Store', '*=crate::cipher'],
  );
  assert.deepEqual(useTree(' ::std::fmt'), [{ name: 'fmt', path: ['std', 'fmt'] }]);
});

const crate = (files: Record<string, string>, name?: string) => new CrateModules(Object.entries(files).map(([file, text]) => ({ file, text })), name);

test('the mod tree: foo.rs, foo/mod.rs, nested a/b.rs, #[path], inline modules and their `mod x;` files, bin roots', () => {
  const c = crate({
    'app/src/lib.rs': 'pub mod a;\nmod b;\n#[path = "gen/c_impl.rs"]\nmod c;\nmod inl { pub mod d; }\n',
    'app/src/a.rs': 'pub mod nested;',
    'app/src/a/nested.rs': 'pub fn f() {}',
    'app/src/b/mod.rs': 'pub fn f() {}',
    'app/src/gen/c_impl.rs': 'pub fn f() {}',
    'app/src/inl/d.rs': 'pub fn f() {}',
    'app/src/bin/tool/main.rs': 'mod helper;\nfn main() {}',
    'app/src/bin/tool/helper.rs': 'pub fn f() {}',
    'app/src/bin/other.rs': 'fn main() {}',
    'app/src/orphan.rs': 'pub fn f() {}',
  });
  assert.deepEqual(c.modulesOf('app/src/a/nested.rs'), ['app/src/|a::nested']);
  assert.deepEqual(c.modulesOf('app/src/b/mod.rs'), ['app/src/|b']);
  assert.deepEqual(c.modulesOf('app/src/gen/c_impl.rs'), ['app/src/|c']);
  assert.deepEqual(c.modulesOf('app/src/inl/d.rs'), ['app/src/|inl::d']);
  assert.deepEqual(c.modulesOf('app/src/bin/tool/helper.rs'), ['app/src/bin/tool/main.rs|helper']);
  assert.deepEqual(c.modulesOf('app/src/bin/other.rs'), ['app/src/bin/other.rs|']);
});

test('the mod tree: `#[cfg_attr(pred, path = "..")]` names the file a build may take, beside the usual one', () => {
  const c = crate({
    'src/lib.rs': '#[cfg_attr(unix, path = "sys/unix.rs")]\n#[cfg_attr(windows, path = "sys/windows.rs")]\npub mod sys;\n#[cfg_attr(docsrs, doc(cfg(feature = "x")))]\npub mod plain;\n',
    'src/sys/unix.rs': 'pub fn open() {}',
    'src/sys/windows.rs': 'pub fn open() {}',
    'src/sys.rs': 'pub fn open() {}',
    'src/plain.rs': 'pub fn f() {}',
  });
  assert.deepEqual(c.modulesOf('src/sys/unix.rs'), ['src/|sys']);
  assert.deepEqual(c.modulesOf('src/sys/windows.rs'), ['src/|sys']);
  assert.deepEqual(c.modulesOf('src/sys.rs'), ['src/|sys']);
  assert.deepEqual(c.modulesOf('src/plain.rs'), ['src/|plain']);
  assert.equal(c.resolve('src/|', ['sys', 'open'], 'fn'), 'src/|sys');
});

test('the mod tree: `mod x;` inside a macro called at module level (`cfg_rt! { .. }`), not inside macro_rules or functions', () => {
  const c = crate({
    'src/lib.rs': 'macro_rules! cfg_rt { ($($i:item)*) => { $($i)* } }\ncfg_rt! {\n    pub mod runtime;\n}\nmacro_rules! m { () => { mod fake; } }\nfn f() { mod local { } }\n',
    'src/runtime.rs': 'pub fn spawn() {}',
    'src/fake.rs': 'pub fn f() {}',
  });
  assert.deepEqual(c.modulesOf('src/runtime.rs'), ['src/|runtime']);
  assert.equal(c.modulesOf('src/fake.rs'), undefined);
  assert.equal(c.resolve('src/|', ['runtime', 'spawn'], 'fn'), 'src/|runtime');
  assert.equal(c.modulesOf('app/src/orphan.rs'), undefined);
});

test('resolution: crate::, super::, self::, a use, a pub use re-export, a glob, the crate name from a binary; unknown stays unknown', () => {
  const c = crate(
    {
      'src/lib.rs': 'pub mod vault;\npub mod cache;\npub mod keys;\npub use vault::make_cipher;\n',
      'src/vault/mod.rs': 'mod build;\npub use self::build::make_cipher;\npub const KEY: [u8; 2] = [1, 2];\n',
      'src/vault/build.rs': 'pub fn make_cipher(key: &[u8]) {}\nfn uses() { make_cipher(&super::KEY) }\n',
      'src/cache.rs': 'pub fn make_cipher(key: &[u8]) {}\nmod tests { use super::*; }\n',
      'src/keys.rs': 'use crate::cache::make_cipher;\nuse crate::vault::*;\n',
      'src/bin/cli.rs': 'use my_app::vault;\nfn main() {}',
    },
    'my-app',
  );
  const lib = 'src/|';
  assert.equal(c.resolve(lib, ['make_cipher'], 'fn'), 'src/|vault::build');
  assert.equal(c.resolve(lib, ['crate', 'vault', 'make_cipher'], 'fn'), 'src/|vault::build');
  assert.equal(c.resolve('src/|cache', ['super', 'vault', 'make_cipher'], 'fn'), 'src/|vault::build');
  assert.equal(c.resolve('src/|cache', ['make_cipher'], 'fn'), 'src/|cache');
  assert.equal(c.resolve('src/|cache', ['self', 'make_cipher'], 'fn'), 'src/|cache');
  assert.equal(c.resolve('src/|cache::tests', ['make_cipher'], 'fn'), 'src/|cache', 'through `use super::*`');
  assert.equal(c.resolve('src/|keys', ['make_cipher'], 'fn'), 'src/|cache', 'a named use wins over a glob');
  assert.equal(c.resolve('src/|keys', ['KEY'], 'value'), 'src/|vault', 'through the glob');
  assert.equal(c.resolve('src/|vault::build', ['super', 'KEY'], 'value'), 'src/|vault');
  assert.equal(c.resolve('src/bin/cli.rs|', ['vault', 'make_cipher'], 'fn'), 'src/|vault::build');
  assert.equal(c.resolve('src/bin/cli.rs|', ['my_app', 'cache', 'make_cipher'], 'fn'), 'src/|cache');
  assert.equal(c.resolve(lib, ['hex', 'encode'], 'fn'), undefined, 'an external crate');
  assert.equal(c.resolve(lib, ['missing'], 'fn'), undefined);
  assert.equal(c.resolve('src/|vault', ['KEY'], 'fn'), undefined, 'a const is not a function');
});

test('CrateIndex: one tree per crate; a file reached by two roots agrees or answers undefined', () => {
  const texts: Record<string, string> = {
    'a/src/main.rs': 'mod util;\nfn main() { util::f() }',
    'a/src/util.rs': 'pub fn f() {}',
    'b/src/main.rs': 'mod util;\nfn main() {}',
    'b/src/util.rs': 'pub fn g() {}',
  };
  const index = new CrateIndex(
    Object.keys(texts).map((file) => ({ file, crate: { manifest: `/x/${file.split('/')[0]}/Cargo.toml` } })),
    (f) => texts[f],
  );
  assert.equal(index.resolve('a/src/main.rs', [], 'util::f', 'fn'), 'a/src/|util');
  assert.equal(index.resolve('b/src/main.rs', [], 'util::f', 'fn'), undefined, "crate b's util has no f");
  assert.equal(index.resolve('b/src/main.rs', [], 'util::g', 'fn'), 'b/src/|util');
});

test('the mod tree: roots the manifest places ([lib] path, [[bin]] path), read from Cargo.toml, with the crate name naming the library', () => {
  const dir = tempTree({
    'pkg/Cargo.toml': '[package]\nname = "my-lib"\nversion = "0.1.0"\n\n[lib]\npath = "crypto/root.rs"\n\n[[bin]]\nname = "cli"\npath = "./tools/cli.rs"\n',
    'pkg/crypto/root.rs': 'pub mod aead;\n',
  });
  const info = new CrateFinder().crateOf(join(dir, 'pkg/crypto/root.rs'));
  assert.deepEqual([info?.name, info?.targets, info?.libPath], ['my-lib', ['crypto/root.rs', 'tools/cli.rs'], 'crypto/root.rs']);
  const c = new CrateModules(
    [
      { file: 'pkg/crypto/root.rs', text: 'pub mod aead;\n' },
      { file: 'pkg/crypto/aead.rs', text: 'pub fn seal() {}\n' },
      { file: 'pkg/tools/cli.rs', text: 'mod args;\nuse my_lib::aead;\nfn main() {}\n' },
      { file: 'pkg/tools/args.rs', text: 'pub fn parse() {}\n' },
      { file: 'pkg/crypto/lib.rs', text: 'pub fn stray() {}\n' },
    ],
    'my-lib',
    false,
    info!.targets,
    info!.libPath,
  );
  assert.deepEqual(c.modulesOf('pkg/crypto/aead.rs'), ['pkg/crypto/root.rs|aead']);
  assert.deepEqual(c.modulesOf('pkg/tools/args.rs'), ['pkg/tools/cli.rs|args']);
  assert.equal(c.resolve('pkg/tools/cli.rs|', ['my_lib', 'aead', 'seal'], 'fn'), 'pkg/crypto/root.rs|aead');
  assert.equal(c.resolve('pkg/tools/cli.rs|', ['aead', 'seal'], 'fn'), 'pkg/crypto/root.rs|aead');
});
