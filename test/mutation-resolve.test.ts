import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitPath, typeName, typePath, useMap } from '../src/analyzer/resolve.ts';
import { fileLayers } from './in-process.ts';

// What a call names (src/analyzer/resolve.ts), on real Rust: the `use` table, the type a type's
// text is about, a path split at `::`, a call's shape (path resolved, receiver type), the impl
// around an offset, and where a type is imported from. Pinned where the rule fixtures leave a
// mutant alive (`npm run mutate`; this file is in UNIT_TEST_FILES of
// scripts/stryker-fixtures-runner.ts). The equivalent mutants are in docs/mutation.md.


const layers = await fileLayers();
function resolverOf(text: string) {
  const { model, resolver: r, call, at, ident } = layers(text);
  return { model, r, call, at, ident };
}

test('useMap: names, aliases, `self` in a list, `as _`, globs, a leading `::`, `extern crate`, and every root', () => {
  const { model } = resolverOf(`use aes_gcm::{Aes256Gcm, aead::{Aead, KeyInit as Init}};
use ::sha2::Sha256;
use ring::{aead::{self}, digest};
use rand::prelude::*;
use hmac::Mac as _;
use crate::keys::Vault;
use super::util;
use std :: collections :: HashMap;
extern crate md5 as m5;
extern crate blake3;
fn main() {}
`);
  const u = useMap(model);
  assert.deepEqual(Object.fromEntries(u.names), {
    Aes256Gcm: 'aes_gcm::Aes256Gcm',
    Aead: 'aes_gcm::aead::Aead',
    Init: 'aes_gcm::aead::KeyInit',
    Sha256: 'sha2::Sha256',
    aead: 'ring::aead',
    digest: 'ring::digest',
    Vault: 'crate::keys::Vault',
    util: 'super::util',
    HashMap: 'std::collections::HashMap',
    m5: 'md5',
  });
  assert.deepEqual(u.globs, ['rand::prelude']);
  assert.deepEqual([...u.roots].sort(), ['aes_gcm', 'blake3', 'crate', 'hmac', 'md5', 'rand', 'ring', 'sha2', 'std', 'super']);
});

test('useMap: a glob inside a list joins its prefix, a top-level `self`/`crate` import, and a nested `as`', () => {
  const { model } = resolverOf(`use openssl::{hash::*, symm::{self as sym}};
use self::inner;
use crate::x::{y as z};
mod inner {}
fn main() {}
`);
  const u = useMap(model);
  assert.deepEqual(u.globs, ['openssl::hash']);
  assert.equal(u.names.get('sym'), 'openssl::symm');
  assert.equal(u.names.get('inner'), 'self::inner');
  assert.equal(u.names.get('z'), 'crate::x::y');
  assert.deepEqual([...u.roots].sort(), ['crate', 'openssl', 'self']);
});

test('typeName and typePath: references, lifetimes, wrappers, generic types, impl/dyn, arrays and tuples', () => {
  assert.equal(typeName('&mut Arc<Aes256Gcm>'), 'Aes256Gcm');
  assert.equal(typeName('aes_gcm::Key<Aes256Gcm>'), 'Key');
  assert.equal(typeName("&'a mut Cow<'_, Parcel>"), 'Parcel');
  assert.equal(typeName("Arc<&'a mut Vault>"), 'Vault');
  assert.equal(typeName("Rc<RefCell<&'static Vault>>"), 'Vault');
  assert.equal(typeName('Option<Box<Mutex<sealed::Vault>>>'), 'Vault');
  assert.equal(typeName('Zeroizing<Vec<u8>>'), 'Vec');
  assert.equal(typeName('Self'), 'Self');
  assert.equal(typeName('  &  Aes256Gcm '), 'Aes256Gcm');
  assert.equal(typeName('impl Aead'), undefined);
  assert.equal(typeName('&dyn Aead'), undefined);
  assert.equal(typeName('Box<dyn Aead>'), undefined);
  assert.equal(typeName('Implementor'), 'Implementor');
  assert.equal(typeName('dynamo::Table'), 'Table');
  assert.equal(typeName('[u8; 32]'), undefined);
  assert.equal(typeName('(u8, u8)'), undefined);
  assert.equal(typeName('Zeroizing<[u8; 32]>'), undefined);
  assert.equal(typeName(''), undefined);
  assert.deepEqual(typePath('&mut crate::a::Vault'), ['crate', 'a', 'Vault']);
  assert.deepEqual(typePath('Option<Box<sealed::Vault>>'), ['sealed', 'Vault']);
  assert.deepEqual(typePath('Vec<u8>'), ['Vec']);
  assert.deepEqual(typePath("&'a plain::Vault"), ['plain', 'Vault']);
  assert.equal(typePath('impl Fn()'), undefined);
  assert.equal(typePath('[u8]'), undefined);
  assert.equal(typePath('<T as Trait>::Out'), undefined);
  // A constructor's path with a turbofish (`Hmac::<Sha256>::new_from_slice`): the type before it.
  assert.equal(typeName('Hmac::<Sha256>'), 'Hmac');
  assert.equal(typeName('Hmac :: < Sha256 >'), 'Hmac');
  assert.deepEqual(typePath('hmac::Hmac::<sha2::Sha256>'), ['hmac', 'Hmac']);
  assert.equal(typeName('Arc::<Mutex<Vault>>'), 'Vault');
});

test('the receiver type of a value made by a turbofish constructor is the constructed type', () => {
  const { r, call } = resolverOf(`use hmac::{Hmac, Mac};
use sha2::Sha256;
fn f(k: &[u8], d: &[u8]) -> Result<(), E> {
    let h = Hmac::<Sha256>::new_from_slice(k)?;
    h.update(d);
    let c = aes_gcm::AesGcm::<Aes256, U12>::new(key).clone();
    c.encrypt(n, m);
    Ok(())
}
`);
  const rt = (t: string) => r.shape(call(t)).method?.receiverType;
  assert.equal(rt('h.update(d)'), 'Hmac');
  assert.equal(rt('c.encrypt(n, m)'), 'AesGcm');
});

test('splitPath: splits at `::` outside angle brackets, a turbofish joins the segment before, a qualified self type stays whole', () => {
  assert.deepEqual(splitPath('a::<B<C>>::f'), ['a<B<C>>', 'f']);
  assert.deepEqual(splitPath('Key::<Aes256Gcm>::from_slice'), ['Key<Aes256Gcm>', 'from_slice']);
  assert.deepEqual(splitPath('<Aes256Gcm as KeyInit>::new'), ['<Aes256Gcm as KeyInit>', 'new']);
  assert.deepEqual(splitPath('::sha2::Sha256::digest'), ['sha2', 'Sha256', 'digest']);
  assert.deepEqual(splitPath('hash'), ['hash']);
  assert.deepEqual(splitPath('Hmac::<Sha256>::new_from_slice'), ['Hmac<Sha256>', 'new_from_slice']);
  assert.deepEqual(splitPath('a::b:c'), ['a', 'b:c']);
  assert.deepEqual(splitPath(''), []);
});

const SHAPES = `use aes_gcm::{Aes256Gcm, Key};
use aes_gcm::aead::KeyInit;
use ring::aead as ra;
use crate::util::Helper;
struct Encryptor { cipher: Aes256Gcm }
type Cipher = Aes256Gcm;
fn hash(x: &[u8]) -> u8 { 0 }
impl Encryptor {
    fn make() -> Self {
        let k = Key::<Aes256Gcm>::from_slice(&[0u8; 32]);
        let c = <Aes256Gcm as KeyInit>::new(k);
        let d = Cipher::new(k);
        let e = Self::build();
        let s = ra::UnboundKey::new(&ra::AES_256_GCM, &[0u8; 32]);
        let h = hash(b"x");
        let l = Encryptor::new();
        let f = ::sha2::Sha256::digest(b"x");
        let g = Helper::run();
        let m = md5::compute(b"x");
        let q = std::mem::take(&mut x);
        let z = crate::util::hash(b"x");
        let w = Encryptor::helpers::make();
        let v = Vec::<u8>::with_capacity(3);
        let t = transform(b"y");
        Encryptor { cipher: c }
    }
}
`;

test('shape of path calls: written and resolved paths, the self type (turbofish, qualified, alias, `Self`), and the file\'s own types and functions', () => {
  const { r, call } = resolverOf(SHAPES);
  const p = (t: string) => {
    const s = r.shape(call(t));
    assert.equal(s.method, undefined);
    return s.path;
  };
  assert.deepEqual(p('Key::<Aes256Gcm>::from_slice(&[0u8; 32])'), { written: 'Key::<Aes256Gcm>::from_slice', resolved: 'aes_gcm::Key::from_slice', selfType: 'Key', local: false });
  assert.deepEqual(p('<Aes256Gcm as KeyInit>::new(k)'), { written: '<Aes256Gcm as KeyInit>::new', resolved: 'new', selfType: 'Aes256Gcm', local: false });
  assert.deepEqual(p('Cipher::new(k)'), { written: 'Cipher::new', resolved: 'Cipher::new', selfType: 'Aes256Gcm', local: false });
  assert.deepEqual(p('Self::build()'), { written: 'Self::build', resolved: 'Self::build', selfType: 'Encryptor', local: true });
  assert.deepEqual(p('ra::UnboundKey::new(&ra::AES_256_GCM, &[0u8; 32])'), { written: 'ra::UnboundKey::new', resolved: 'ring::aead::UnboundKey::new', selfType: 'UnboundKey', local: false });
  assert.deepEqual(p('hash(b"x")'), { written: 'hash', resolved: 'hash', selfType: undefined, local: true });
  assert.deepEqual(p('transform(b"y")'), { written: 'transform', resolved: 'transform', selfType: undefined, local: false });
  assert.deepEqual(p('Encryptor::new()'), { written: 'Encryptor::new', resolved: 'Encryptor::new', selfType: 'Encryptor', local: true });
  assert.deepEqual(p('Encryptor::helpers::make()'), { written: 'Encryptor::helpers::make', resolved: 'Encryptor::helpers::make', selfType: 'helpers', local: false });
  assert.deepEqual(p('::sha2::Sha256::digest(b"x")'), { written: '::sha2::Sha256::digest', resolved: 'sha2::Sha256::digest', selfType: 'Sha256', local: false });
  // (A type imported from this crate's own module is the crate's own, wherever it is defined.)
  assert.deepEqual(p('Helper::run()'), { written: 'Helper::run', resolved: 'crate::util::Helper::run', selfType: 'Helper', local: true });
  assert.deepEqual(p('crate::util::hash(b"x")'), { written: 'crate::util::hash', resolved: 'crate::util::hash', selfType: 'util', local: true });
  assert.deepEqual(p('Vec::<u8>::with_capacity(3)'), { written: 'Vec::<u8>::with_capacity', resolved: 'Vec::with_capacity', selfType: 'Vec', local: false });
  const m = r.shape(call('md5::compute(b"x")'));
  assert.equal(m.name, 'compute');
  assert.equal(m.args, 1);
  assert.deepEqual(m.globs, []);
  assert.equal(m.imports(['md5']), true);
  assert.equal(m.imports(['openssl']), false);
  // The shape is remembered: the same object for the same call.
  assert.equal(r.shape(call('hash(b"x")')), r.shape(call('hash(b"x")')));
});

test('a type the file defines, named by a path of this crate, is local; another crate\'s type of that name is not', () => {
  const { r, call } = resolverOf(`use self::cipher::Encryptor;
use self::cipher::Encryptor as Enc;
mod cipher {
    pub struct Encryptor { k: [u8; 32] }
}
fn f(k: &[u8; 32]) {
    let a = Encryptor::new(k, b"a");
    let b = self::cipher::Encryptor::new(k, b"b");
    let c = crate::cipher::Encryptor::new(k, b"c");
    let d = Enc::new(k, b"d");
    let e = cbc::Encryptor::<aes::Aes256>::new(k, b"e");
    let h = crate::cipher::Decryptor::new(k, b"h");
}
`);
  const local = (t: string) => r.shape(call(t)).path?.local;
  assert.equal(local('Encryptor::new(k, b"a")'), true);
  assert.equal(local('self::cipher::Encryptor::new(k, b"b")'), true);
  assert.equal(local('crate::cipher::Encryptor::new(k, b"c")'), true);
  assert.equal(local('Enc::new(k, b"d")'), true);
  assert.equal(local('cbc::Encryptor::<aes::Aes256>::new(k, b"e")'), false);
  // A type of the crate defined in another file is the crate's own too: its path says so.
  assert.equal(local('crate::cipher::Decryptor::new(k, b"h")'), true);
});

test('shape of a path call spaced out and with a generic function: the written path normalized', () => {
  const { r, call } = resolverOf(`use sha2::Sha256;
use hmac::Hmac;
fn f(key: &[u8]) {
    let a = Hmac :: < Sha256 > :: new_from_slice(key);
    let b = sha2 :: Sha256 :: digest(key);
}
`);
  assert.deepEqual(r.shape(call('Hmac :: < Sha256 > :: new_from_slice(key)')).path, { written: 'Hmac::< Sha256 >::new_from_slice', resolved: 'hmac::Hmac::new_from_slice', selfType: 'Hmac', local: false });
  assert.deepEqual(r.shape(call('sha2 :: Sha256 :: digest(key)')).path, { written: 'sha2::Sha256::digest', resolved: 'sha2::Sha256::digest', selfType: 'Sha256', local: false });
});

const RECEIVERS = `use aes_gcm::Aes256Gcm;
use std::sync::{Arc, Mutex};
type Cipher = Aes256Gcm;
struct Vault { cipher: Aes256Gcm, shared: Arc<Mutex<Aes256Gcm>>, name: String }
fn make() -> Aes256Gcm { todo!() }
fn twice() -> u8 { 0 }
fn twice() -> u16 { 0 }
impl Vault {
    fn seal(&self, p: &Arc<Aes256Gcm>, g: impl Aead) {
        self.cipher.encrypt(n1, m);
        self.shared.lock().unwrap().encrypt(n2, m);
        p.encrypt(n3, m);
        g.encrypt(n4, m);
        let a: Cipher = Cipher::new(&k);
        a.encrypt(n5, m);
        let b = Aes256Gcm::new_from_slice(&k).unwrap();
        b.encrypt(n6, m);
        let c = make();
        c.encrypt(n7, m);
        let d: _ = make();
        d.encrypt(n8, m);
        (&c).encrypt(n9, m);
        Vault { cipher: c, shared: s, name: n }.touch();
        self.name.len();
        self.missing.encrypt(n10, m);
        let e = twice();
        e.encrypt(n11, m);
        let f = Aes256Gcm::new(&k)?;
        f.encrypt(n12, m);
        let h = Self::default();
        h.touch();
        let (i, j) = pair();
        i.encrypt(n13, m);
        let o = other::Thing::open_cipher(&k);
        o.encrypt(n14, m);
        unknown.encrypt(n15, m);
        let q = b.clone();
        q.encrypt(n16, m);
        let r = Aes256Gcm::generate::<u8>(&k);
        r.encrypt(n17, m);
        self.encrypt(n18, m);
    }
    fn generic<C: Aead>(&self, c: C) {
        c.encrypt(n19, m);
    }
}
`;

test('the receiver type of method calls: fields through the struct, wrappers and unwrap/lock, params, annotated lets, constructors, local functions, aliases, `Self`, generics and `_` unknown', () => {
  const { r, call } = resolverOf(RECEIVERS);
  const rt = (t: string) => {
    const s = r.shape(call(t));
    assert.equal(s.path, undefined);
    return s.method?.receiverType;
  };
  assert.equal(rt('self.cipher.encrypt(n1, m)'), 'Aes256Gcm');
  assert.equal(rt('self.shared.lock().unwrap().encrypt(n2, m)'), 'Aes256Gcm');
  assert.equal(rt('p.encrypt(n3, m)'), 'Aes256Gcm');
  assert.equal(rt('g.encrypt(n4, m)'), undefined);
  assert.equal(rt('a.encrypt(n5, m)'), 'Aes256Gcm');
  assert.equal(rt('b.encrypt(n6, m)'), 'Aes256Gcm');
  assert.equal(rt('c.encrypt(n7, m)'), 'Aes256Gcm');
  assert.equal(rt('d.encrypt(n8, m)'), undefined);
  assert.equal(rt('(&c).encrypt(n9, m)'), 'Aes256Gcm');
  assert.equal(rt('Vault { cipher: c, shared: s, name: n }.touch()'), 'Vault');
  assert.equal(rt('self.name.len()'), 'String');
  assert.equal(rt('self.missing.encrypt(n10, m)'), undefined);
  assert.equal(rt('e.encrypt(n11, m)'), undefined);
  assert.equal(rt('f.encrypt(n12, m)'), 'Aes256Gcm');
  assert.equal(rt('h.touch()'), 'Vault');
  assert.equal(rt('i.encrypt(n13, m)'), undefined);
  assert.equal(rt('o.encrypt(n14, m)'), undefined);
  assert.equal(rt('unknown.encrypt(n15, m)'), undefined);
  assert.equal(rt('q.encrypt(n16, m)'), 'Aes256Gcm');
  assert.equal(rt('r.encrypt(n17, m)'), 'Aes256Gcm');
  assert.equal(rt('self.encrypt(n18, m)'), 'Vault');
  assert.equal(rt('c.encrypt(n19, m)'), undefined);
});

test('a generic parameter of the impl or trait is unknown, a same-named concrete type elsewhere is not', () => {
  const { r, call } = resolverOf(`struct Wrap<C> { c: C }
struct K;
impl<K: Aead> Wrap<K> {
    fn f(&self, k: K) { k.encrypt(n1, m); }
}
fn g(k: K, t: T) { k.encrypt(n2, m); t.encrypt(n3, m); }
fn h<T>(t: T) { t.encrypt(n4, m); }
fn i<A, T: Aead>(t: T) { t.encrypt(n5, m); }
trait Sealer<C: Aead> {
    fn seal(&self, c: &C) { c.encrypt(n6, m); }
}
fn j(c: C) { c.encrypt(n7, m); }
`);
  const rt = (t: string) => r.shape(call(t)).method?.receiverType;
  assert.equal(rt('k.encrypt(n1, m)'), undefined);
  assert.equal(rt('k.encrypt(n2, m)'), 'K');
  assert.equal(rt('t.encrypt(n3, m)'), 'T');
  assert.equal(rt('t.encrypt(n4, m)'), undefined);
  assert.equal(rt('t.encrypt(n5, m)'), undefined);
  // A trait's generic parameter, in a default method: unknown too (it read `C` before).
  assert.equal(rt('c.encrypt(n6, m)'), undefined);
  assert.equal(rt('c.encrypt(n7, m)'), 'C');
});

test('canonical follows type aliases (generic ones too) and `use … as` renames of types, a few steps deep', () => {
  const { r } = resolverOf(`use aes_gcm::Aes256Gcm as Cipher;
use sha2::Sha256;
use hmac::Hmac as H;
use crate::helpers::encode as enc;
type A = B;
type B = C;
type C = Aes256Gcm;
type HmacSha256<D> = Hmac<D>;
type Raw = [u8; 32];
fn main() {}
`);
  assert.equal(r.canonical('Cipher'), 'Aes256Gcm');
  assert.equal(r.canonical('A'), 'Aes256Gcm');
  assert.equal(r.canonical('HmacSha256'), 'Hmac');
  assert.equal(r.canonical('H'), 'Hmac');
  assert.equal(r.canonical('Sha256'), 'Sha256');
  assert.equal(r.canonical('enc'), 'enc');
  assert.equal(r.canonical('Raw'), 'Raw');
  assert.equal(r.canonical(undefined), undefined);
});

test('imports: a `use` root, a module path named in the text, a path head, and no match inside a longer name', () => {
  const { r } = resolverOf(`use std::io;
fn f() {
    let c = aes_gcm::Aes256Gcm::new(&k);
    let u = myring::aead::UnboundKey::new(&a, &b);
    let h = crate::openssl::hash(x);
    let s = "md5::compute";
}
`);
  assert.equal(r.imports(['std']), true);
  assert.equal(r.imports(['aes_gcm']), true);
  assert.equal(r.imports(['ring']), false);
  assert.equal(r.imports(['ring::aead']), false);
  assert.equal(r.imports(['myring::aead']), true);
  assert.equal(r.imports(['aead']), true);
  assert.equal(r.imports(['openssl']), true);
  assert.equal(r.imports(['ring', 'aes_gcm']), true);
  assert.equal(r.imports(['sha2']), false);
  assert.equal(r.imports(['ing']), false);
  assert.equal(r.imports(['md5']), true);
  assert.equal(r.imports(['aes_gcm::Aes256Gcm']), true);
  assert.equal(r.imports(['es_gcm::Aes256Gcm']), false);
  assert.equal(r.imports([]), false);
});

test('imports: path heads at the start of the file, after digits and underscores in names', () => {
  const { r } = resolverOf(`sha2::Sha256::digest(b"x");
fn f() { let a = x_2::f(); let b = blake3 ::hash(b"y"); }
`);
  assert.equal(r.imports(['sha2']), true);
  assert.equal(r.imports(['x_2']), true);
  assert.equal(r.imports(['_2']), false);
  assert.equal(r.imports(['2']), false);
  assert.equal(r.imports(['blake3']), false);
  assert.equal(r.imports(['sha2::Sha256']), true);
});

test('importedFromOtherCrate: a `use` from another crate, not from crate/self/super, a declared module, or a type the file defines', () => {
  const { r } = resolverOf(`use acme_vault::Vault;
use crate::store::Store;
use self::inner::Inner;
use super::up::Up;
use keys::Keyring;
use other::Local;
use acme_keys::Keymod;
mod keys;
mod keysx;
struct Local;
fn main() {}
`);
  assert.equal(r.importedFromOtherCrate('Vault'), 'acme_vault');
  assert.equal(r.importedFromOtherCrate('Store'), undefined);
  assert.equal(r.importedFromOtherCrate('Inner'), undefined);
  assert.equal(r.importedFromOtherCrate('Up'), undefined);
  assert.equal(r.importedFromOtherCrate('Keyring'), undefined);
  assert.equal(r.importedFromOtherCrate('Local'), undefined);
  assert.equal(r.importedFromOtherCrate('Keymod'), 'acme_keys');
  assert.equal(r.importedFromOtherCrate('Missing'), undefined);
});

test('implType: the innermost impl around an offset, `impl Trait for T`, generic impls, and none outside', () => {
  const src = `struct A; struct B<T>(T);
impl Drop for A {
    fn drop(&mut self) {
        struct Inner;
        impl Inner { fn g(&self) { let marker_inner = 1; } }
        let marker_a = 1;
    }
}
impl<T> B<T> { fn h(&self) { let marker_b = 1; } }
fn free() { let marker_free = 1; }
`;
  const { r, at } = resolverOf(src);
  assert.equal(r.implType(at('marker_inner')), 'Inner');
  assert.equal(r.implType(at('marker_a')), 'A');
  assert.equal(r.implType(at('marker_b')), 'B');
  assert.equal(r.implType(at('marker_free')), undefined);
  assert.equal(r.implType(at('impl Drop')), 'A');
  assert.equal(r.implType(at('impl<T>') - 1), undefined);
});

test('typePathOf: the written path of a param, an annotated let, a constructor, a local function\'s return type; unknown otherwise', () => {
  const src = `fn make_plain() -> plain::Vault { todo!() }
fn no_type() { }
fn f(v: &mut crate::a::Vault, w: impl Seal) {
    v.seal(m1);
    w.seal(m2);
    let a: sealed::Vault = get();
    a.seal(m3);
    let b = sealed::Vault::new();
    b.seal(m4);
    let c = make_plain()?;
    c.seal(m5);
    let d = sealed::Vault::open_with(x);
    d.seal(m6);
    let e = x.build();
    e.seal(m7);
    let g = (sealed::Vault::from_key(k)).await;
    g.seal(m8);
    let h = no_type();
    h.seal(m9);
    let i = 5;
    i.seal(m10);
    self.v.seal(m11);
    let j = Vault::<u8>::new();
    j.seal(m12);
}
`;
  const { r, call } = resolverOf(src);
  const tp = (t: string) => {
    const recv = call(t).childForFieldName('function')!.childForFieldName('value')!;
    return r.typePathOf(recv);
  };
  assert.deepEqual(tp('v.seal(m1)'), ['crate', 'a', 'Vault']);
  assert.equal(tp('w.seal(m2)'), undefined);
  assert.deepEqual(tp('a.seal(m3)'), ['sealed', 'Vault']);
  assert.deepEqual(tp('b.seal(m4)'), ['sealed', 'Vault']);
  assert.deepEqual(tp('c.seal(m5)'), ['plain', 'Vault']);
  assert.equal(tp('d.seal(m6)'), undefined);
  assert.equal(tp('e.seal(m7)'), undefined);
  assert.deepEqual(tp('g.seal(m8)'), ['sealed', 'Vault']);
  assert.equal(tp('h.seal(m9)'), undefined);
  assert.equal(tp('i.seal(m10)'), undefined);
  assert.equal(tp('self.v.seal(m11)'), undefined);
  // A turbofish constructor names its type as the plain path does (it read `Vault::`, no type, before).
  assert.deepEqual(tp('j.seal(m12)'), ['Vault']);
});

test('sinks: a modelled call gives its rows with the argument each is about; an unmodelled name gives none', () => {
  const { r, call } = resolverOf(`use md5;
fn f(data: &[u8]) {
    let a = md5::compute(data);
    let b = frobnicate(data);
}
`);
  const s = r.sinks(call('md5::compute(data)'));
  assert.ok(s.length > 0);
  assert.ok(s.some((x) => x.arg?.text === 'data' || x.arg === undefined));
  assert.deepEqual(r.sinks(call('frobnicate(data)')), []);
});

test('typeName: a type broken over lines, a fn-pointer type, and a `static` lifetime in a Cow', () => {
  assert.equal(typeName('Arc<\n    Aes256Gcm>'), 'Aes256Gcm');
  assert.equal(typeName("Cow<'static, Parcel>"), 'Parcel');
  assert.equal(typeName('fn() -> Arc<Aes256Gcm>'), undefined);
  assert.equal(typePath('fn(u8) -> Vault'), undefined);
  assert.equal(typePath('fn() -> Arc<sealed::Vault>'), undefined);
});

test('canonical: a generic alias with a longer parameter name, and a lowercase-first rename is no type alias', () => {
  const { r } = resolverOf(`use base64::encode as b64Encode;
type HmacOf<Hash> = Hmac<Hash>;
fn main() {}
`);
  assert.equal(r.canonical('HmacOf'), 'Hmac');
  assert.equal(r.canonical('b64Encode'), 'b64Encode');
});

test('shape: a qualified path with a generic self type, a generic function\'s written path, and imported names that start or end like `self`/`super`', () => {
  const { r, call } = resolverOf(`use hmac::{Hmac, Mac};
use vault::SuperKey;
use sha2::Sha256;
fn hash<T>(x: &[u8]) -> u8 { 0 }
fn f(key: &[u8]) {
    let a = <Hmac<Sha256> as Mac>::new_from_slice(key);
    let b = hash::<u8>(key);
    let c = SuperKey::new(key);
    let d = Hmac::new_from_slice::<u8>(key);
}
`);
  assert.equal(r.shape(call('<Hmac<Sha256> as Mac>::new_from_slice(key)')).path?.selfType, 'Hmac');
  assert.deepEqual(r.shape(call('hash::<u8>(key)')).path, { written: 'hash', resolved: 'hash', selfType: undefined, local: true });
  assert.equal(r.shape(call('SuperKey::new(key)')).path?.resolved, 'vault::SuperKey::new');
  assert.equal(r.shape(call('Hmac::new_from_slice::<u8>(key)')).path?.written, 'Hmac::new_from_slice');
});

test('importedFromOtherCrate: crate names that start or end like crate/self/super', () => {
  const { r } = resolverOf(`use super_vault::Vault;
use my_crate::Store;
use self_cell::Cell;
fn main() {}
`);
  assert.equal(r.importedFromOtherCrate('Vault'), 'super_vault');
  assert.equal(r.importedFromOtherCrate('Store'), 'my_crate');
  assert.equal(r.importedFromOtherCrate('Cell'), 'self_cell');
});

test('receiver types: a method result is not its receiver\'s type, unless the method hands the receiver back; a local function named like a method or a path', () => {
  const { r, call } = resolverOf(`use aes_gcm::Aes256Gcm;
fn make() -> Aes256Gcm { todo!() }
fn nothing() {}
enum Mode { A }
impl Mode {
    fn f(&self, b: Aes256Gcm) {
        let n = b.read_exact(&mut buf);
        n.encrypt(n1, m);
        let y = b.make();
        y.encrypt(n2, m);
        let o = other::make();
        o.encrypt(n3, m);
        let z = nothing();
        z.encrypt(n4, m);
        self.inner.encrypt(n5, m);
        let w = b.borrow_mut();
        w.encrypt(n6, m);
    }
}
`);
  const rt = (t: string) => r.shape(call(t)).method?.receiverType;
  assert.equal(rt('n.encrypt(n1, m)'), undefined);
  assert.equal(rt('y.encrypt(n2, m)'), undefined);
  assert.equal(rt('o.encrypt(n3, m)'), undefined);
  assert.equal(rt('z.encrypt(n4, m)'), undefined);
  assert.equal(rt('self.inner.encrypt(n5, m)'), undefined);
  assert.equal(rt('w.encrypt(n6, m)'), 'Aes256Gcm');
});

test('typePathOf: an unbound name and a call of a function the file does not define are unknown', () => {
  const { r, call } = resolverOf(`fn f() {
    z.seal(m1);
    let k = elsewhere();
    k.seal(m2);
}
`);
  const tp = (t: string) => r.typePathOf(call(t).childForFieldName('function')!.childForFieldName('value')!);
  assert.equal(tp('z.seal(m1)'), undefined);
  assert.equal(tp('k.seal(m2)'), undefined);
});

test('references: a `static` lifetime, a reference inside a wrapper, `&mut` of a let; `Self`-like imported names; a typed value in a static\'s closure', () => {
  assert.equal(typeName("&'static Aes256Gcm"), 'Aes256Gcm');
  assert.equal(typeName('Option<&Aes256Gcm>'), 'Aes256Gcm');
  const { r, call } = resolverOf(`use aes_gcm::Aes256Gcm;
use vault::SelfSealed;
static SEALED: Lazy<Vec<u8>> = Lazy::new(|| {
    let c = Aes256Gcm::new(&KEY);
    c.encrypt(n0, m)
});
fn f(mut c: Aes256Gcm) {
    let r = &mut c;
    r.encrypt(n1, m);
    let s = SelfSealed::new(k);
}
`);
  assert.equal(r.shape(call('c.encrypt(n0, m)')).method?.receiverType, 'Aes256Gcm');
  assert.equal(r.shape(call('r.encrypt(n1, m)')).method?.receiverType, 'Aes256Gcm');
  assert.equal(r.shape(call('SelfSealed::new(k)')).path?.resolved, 'vault::SelfSealed::new');
});

test('the type of a let bound to a generic call of a plain function is unknown (no path to read)', () => {
  const { r, call } = resolverOf(`fn f() {
    let v = identity::<u8>(7);
    v.seal(m1);
}
`);
  assert.equal(r.shape(call('v.seal(m1)')).method?.receiverType, undefined);
});
