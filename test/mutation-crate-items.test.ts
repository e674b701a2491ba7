import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrateTypes, constByPath, derivedSecretField, handWrittenDebug, isSecretField, returnsType, secretStructField } from '../src/analyzer/crate-items.ts';
import { Engine } from '../src/analyzer/engine.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { CrateIndex } from '../src/analyzer/modules.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { loadRuleSet } from '../src/scan/scan.ts';

// What src/analyzer/crate-items.ts answers about another file's items (the const a path names and
// what it holds; a struct's derived Debug over a secret field) on real crate layouts, through its
// exported functions, with the engine's own reading of a file's consts (Engine.constsIn) as the
// lookup. Pinned where the rule fixtures left mutants alive (`npm run mutate`; this file is in
// UNIT_TEST_FILES of scripts/stryker-fixtures-runner.ts). Equivalent mutants: docs/mutation.md,
// seventh pass.

const engine = new Engine(await loadRustParser(), loadRuleSet({}), loadModels());

/** One crate (one Cargo.toml) of the given files: its index, and the engine's consts of a file. */
function crateOf(files: Record<string, string>, name = 'vault') {
  const index = new CrateIndex(
    Object.keys(files).map((file) => ({ file, crate: { manifest: 'Cargo.toml', name } })),
    (f) => files[f],
  );
  const lookup = (f: string) => (files[f] === undefined ? [] : engine.constsIn(f, files[f]));
  return { index, lookup };
}
/** What constByPath finds for `written` (a name written in `file`, inside inline modules `inline`): `def -> holder` as `file:line NAME`. */
function constAt(files: Record<string, string>, file: string, written: string, inline: string[] = []): string | null | undefined {
  const { index, lookup } = crateOf(files);
  const segs = written.split('::');
  const r = constByPath(index, lookup, file, { written, inline }, segs[segs.length - 1]);
  if (!r) return r;
  const where = (c: { file: string; name: string; region: { startLine: number } }) => `${c.file}:${c.region.startLine} ${c.name}`;
  return `${where(r.def)} -> ${where(r.holder)}`;
}

test('constByPath: the const a path names, by the mod tree, chased through the consts it is defined as (by path, by name)', () => {
  const files = {
    'src/lib.rs': 'pub mod keys;\npub mod base;\npub mod app;\n',
    'src/base.rs': 'pub const SEED: [u8; 32] = [7u8; 32];\n',
    // Defined as another const by path, and as another of the same file by name.
    'src/keys.rs':
      'pub const ROOT: [u8; 32] = crate::base::SEED;\npub const LOCAL: [u8; 32] = ROOT;\nconst PLAIN: [u8; 32] = [1u8; 32];\npub const NAMED: [u8; 32] = PLAIN;\n',
    'src/app.rs': 'pub fn run() {}\n',
  };
  assert.equal(constAt(files, 'src/app.rs', 'crate::base::SEED'), 'src/base.rs:1 SEED -> src/base.rs:1 SEED');
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::ROOT'), 'src/keys.rs:1 ROOT -> src/base.rs:1 SEED', 'chased by the path it is written with');
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::NAMED'), 'src/keys.rs:4 NAMED -> src/keys.rs:3 PLAIN', 'chased by name from the top of its own file');
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::LOCAL'), 'src/keys.rs:2 LOCAL -> src/base.rs:1 SEED', 'two steps');
  // The path names a module the tree knows, but no const of that name is there; a path the tree cannot follow.
  assert.equal(constAt(files, 'src/app.rs', 'crate::base::MISSING'), undefined);
  assert.equal(constAt(files, 'src/app.rs', 'hex::SEED'), undefined);
});

test('constByPath: the const of the inline module the path names, not a namesake of the same file; a const held in an inline module is chased from there', () => {
  const files = {
    'src/lib.rs': 'pub mod keys;\npub mod app;\n',
    'src/keys.rs':
      '#[cfg(test)]\npub mod tests {\n    pub const KEY: [u8; 32] = [0u8; 32];\n}\npub const KEY: [u8; 32] = [9u8; 32];\npub mod nested {\n    const BASE: [u8; 32] = [5u8; 32];\n    pub const DERIVED: [u8; 32] = BASE;\n}\n',
    'src/app.rs': 'pub fn run() {}\n',
  };
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::KEY'), 'src/keys.rs:5 KEY -> src/keys.rs:5 KEY');
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::tests::KEY'), 'src/keys.rs:3 KEY -> src/keys.rs:3 KEY');
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::nested::DERIVED'), 'src/keys.rs:8 DERIVED -> src/keys.rs:7 BASE', 'BASE is found in `nested`, where DERIVED is');
});

test('constByPath: a module made of two files (`#[cfg_attr(.., path)]` beside the usual one): the const is looked for in each', () => {
  const files = {
    'src/lib.rs': '#[cfg_attr(unix, path = "sys/unix.rs")]\npub mod sys;\npub mod app;\n',
    'src/sys/unix.rs': 'pub fn open() {}\n',
    'src/sys.rs': 'pub const DEFAULT_KEY: [u8; 16] = [4u8; 16];\n',
    'src/app.rs': 'pub fn run() {}\n',
  };
  assert.equal(constAt(files, 'src/app.rs', 'crate::sys::DEFAULT_KEY'), 'src/sys.rs:1 DEFAULT_KEY -> src/sys.rs:1 DEFAULT_KEY');
});

test('constByPath: null for a value that is not constant (a `static mut`, a computed one, at the start or down the chain); undefined when the chain breaks or is longer than eight steps', () => {
  const files = {
    'src/lib.rs': 'pub mod keys;\npub mod app;\n',
    'src/keys.rs':
      'pub static mut COUNTER: u64 = 0;\npub const COMPUTED: [u8; 32] = expand(b"seed");\npub const VIA_COMPUTED: [u8; 32] = COMPUTED;\npub const BROKEN: [u8; 32] = NOWHERE;\npub const CYCLE_A: [u8; 32] = CYCLE_B;\npub const CYCLE_B: [u8; 32] = CYCLE_A;\n',
    'src/app.rs': 'pub fn run() {}\n',
  };
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::COUNTER'), null);
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::COMPUTED'), null);
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::VIA_COMPUTED'), null, 'what it is defined as is computed');
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::BROKEN'), undefined);
  assert.equal(constAt(files, 'src/app.rs', 'crate::keys::CYCLE_A'), undefined);
  // A chain of n consts, each defined as the next, the last one a literal: eight steps are chased, not nine.
  const chain = (n: number) => ({
    'src/lib.rs': 'pub mod keys;\npub mod app;\n',
    'src/keys.rs': Array.from({ length: n }, (_, i) => (i + 1 < n ? `pub const K${i + 1}: [u8; 32] = K${i + 2};\n` : `pub const K${n}: [u8; 32] = [7u8; 32];\n`)).join(''),
    'src/app.rs': 'pub fn run() {}\n',
  });
  assert.equal(constAt(chain(9), 'src/app.rs', 'crate::keys::K1'), 'src/keys.rs:1 K1 -> src/keys.rs:9 K9');
  assert.equal(constAt(chain(10), 'src/app.rs', 'crate::keys::K1'), undefined);
});

test('isSecretField: secret-named fields, whole names only', () => {
  for (const f of ['password', 'passwd', 'pw', 'pwd', 'token', 'access_token', 'refresh_token', 'secret', 'secrets', 'api_key', 'db_password']) assert.equal(isSecretField(f), true, f);
  for (const f of ['user', 'user_token', 'token_count', 'pw_hint_len', 'username', 'key_len']) assert.equal(isSecretField(f), false, f);
});

test('derivedSecretField and handWrittenDebug: the secret field of a struct deriving Debug, private or pub(crate), spaced or not', () => {
  const text = '#[derive(Clone, Debug)]\npub struct Login {\n    user: String,\n    password : String,\n}\n#[derive(Debug, Default)]\npub(crate) struct Session {\n    pub(crate) id: u64,\n    pub(in crate::auth) token: String,\n}\n#[derive(Clone)]\npub struct Hidden {\n    pub password: String,\n}\n#[derive(Debug)]\npub struct Plain {\n    pub user: String,\n}\n';
  assert.equal(derivedSecretField(text, 'Login'), 'password');
  assert.equal(derivedSecretField(text, 'Session'), 'token');
  assert.equal(derivedSecretField(text, 'Hidden'), undefined, 'no Debug derived');
  assert.equal(derivedSecretField(text, 'Plain'), undefined, 'no secret field');
  assert.equal(derivedSecretField(text, 'Missing'), undefined);
  assert.equal(handWrittenDebug('impl fmt::Debug for Login {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.write_str("Login") }\n}\n', 'Login'), true);
  assert.equal(handWrittenDebug('impl<T: Clone> std::fmt::Debug for crate::auth::Login<T> {}\n', 'Login'), true);
  assert.equal(handWrittenDebug('impl fmt::Display for Login {}\n', 'Login'), false);
  assert.equal(handWrittenDebug('impl fmt::Debug for LoginForm {}\n', 'Login'), false);
});

test('CrateTypes: which files define a type (once each), which types have a hand-written Debug, however the impl is spelled', () => {
  const files: Record<string, string> = {
    'src/model.rs': '#[derive(Debug)]\npub struct\n    Creds {\n    pub password: String,\n}\nmod v2 {\n    #[derive(Debug)]\n    pub struct Creds {\n        pub password: String,\n    }\n}\npub enum Mode { A }\n',
    'src/redact.rs': 'use std::fmt;\nimpl fmt::Debug\n    for crate::model::Creds {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result { f.write_str("Creds(..)") }\n}\nimpl Debug for Mode {}\n',
    'src/other.rs': 'pub struct\n    Token(String);\nimpl std::fmt::Debug for  Token {}\nimpl Clone for Cipher {}\npub struct Cipher;\n',
  };
  const t = new CrateTypes(Object.keys(files), (f) => files[f]);
  assert.deepEqual(t.definersOf('Creds'), ['src/model.rs']);
  assert.deepEqual(t.definersOf('Mode'), ['src/model.rs']);
  assert.deepEqual(t.definersOf('Token'), ['src/other.rs']);
  assert.deepEqual(t.definersOf('Unknown'), []);
  assert.equal(t.hasHandWrittenDebug('Creds'), true);
  assert.equal(t.hasHandWrittenDebug('Mode'), true);
  assert.equal(t.hasHandWrittenDebug('Token'), true);
  assert.equal(t.hasHandWrittenDebug('Cipher'), false);
});

test('returnsType and CrateTypes.returns: `fn f(..)` of an `impl T` returning T, Self, Option<T>, Result<T, _>; not a Vec, not a free function, not a fn without a return type', () => {
  const text = `pub struct Creds { pub password: String }
impl Creds {
    pub(crate) fn from_parts(user: &str, password: &str) -> Self {
        Creds { password: password.into() }
    }
    pub fn pair(parts: (String, String)) -> Creds {
        Creds { password: parts.1 }
    }
    pub fn compact()->Self{ Creds { password: String::new() } }
    pub fn load(path: &std::path::Path) -> io::Result<Self> {
        todo!()
    }
    pub fn find(id: u64) -> Option<Creds> where Self: Sized {
        None
    }
    pub fn all() -> Option<Vec<Creds>> {
        None
    }
    pub fn reset(&mut self) {
        self.password.clear();
    }
    pub fn fresh() -> Self {
        Creds { password: String::new() }
    }
}
`;
  for (const f of ['from_parts', 'pair', 'compact', 'load', 'find', 'fresh']) assert.equal(returnsType(text, 'Creds', f), true, f);
  for (const f of ['all', 'reset', 'missing']) assert.equal(returnsType(text, 'Creds', f), false, f);
  assert.equal(returnsType('pub struct Creds;\npub fn make() -> Creds {\n    Creds\n}\nimpl Other {}\n', 'Creds', 'make'), false, 'a free function, no impl of Creds');
  const files: Record<string, string> = {
    'src/model.rs': 'pub struct Creds { pub password: String }\nimpl Creds {\n    pub fn reset(&mut self) {}\n}\n',
    'src/load.rs': 'use crate::model::Creds;\nimpl Creds {\n    pub fn find(id: u64) -> Option<Self> { None }\n}\n',
  };
  const t = new CrateTypes(Object.keys(files), (f) => files[f]);
  assert.equal(t.returns('Creds', 'find'), true, 'one impl of the two has it');
  assert.equal(t.returns('Creds', 'reset'), false);
  assert.equal(t.returns('Unknown', 'find'), false);
});

test('secretStructField: the struct of another file by the mod tree or, without it, by its one definer; quiet for the same file, two definers, a hand-written Debug or a `via` that does not return it', () => {
  const model = '#[derive(Debug)]\npub struct Creds {\n    pub user: String,\n    pub password: String,\n}\nimpl Creds {\n    pub fn find(id: u64) -> Option<Self> { None }\n    pub fn count() -> usize { 0 }\n}\n';
  const files: Record<string, string> = {
    'src/lib.rs': 'pub mod model;\npub mod api;\n#[cfg_attr(unix, path = "sys/unix.rs")]\npub mod sys;\n',
    'src/model.rs': model,
    'src/api.rs': 'use crate::model::Creds;\npub fn log(c: &Creds) { println!("{:?}", c); }\n',
    'src/sys/unix.rs': '#[derive(Debug)]\npub struct Handle {\n    pub token: String,\n}\n',
    'src/sys.rs': 'pub fn open() {}\n',
  };
  const { index } = crateOf(files);
  const types = new CrateTypes(Object.keys(files), (f) => files[f]);
  assert.equal(secretStructField(index, types, 'src/api.rs', [], { type: 'Creds' }), 'password');
  assert.equal(secretStructField(index, types, 'src/api.rs', [], { type: 'crate::model::Creds' }), 'password');
  assert.equal(secretStructField(undefined, types, 'src/api.rs', [], { type: 'Creds' }), 'password', 'by name without the tree');
  assert.equal(secretStructField(index, types, 'src/api.rs', [], { type: 'Creds', via: 'find' }), 'password');
  assert.equal(secretStructField(index, types, 'src/api.rs', [], { type: 'Creds', via: 'count' }), undefined);
  assert.equal(secretStructField(index, types, 'src/model.rs', [], { type: 'Creds' }), undefined, 'the same file: checked there');
  // `sys` is two files (unix.rs and sys.rs); only unix.rs defines Handle.
  assert.equal(secretStructField(index, types, 'src/api.rs', [], { type: 'crate::sys::Handle' }), 'token');
  // Two definers of one name and no tree to tell them apart: quiet.
  const two: Record<string, string> = { ...files, 'src/legacy.rs': '#[derive(Debug)]\npub struct Creds {\n    pub password: String,\n}\n' };
  const types2 = new CrateTypes(Object.keys(two), (f) => two[f]);
  assert.equal(secretStructField(undefined, types2, 'src/api.rs', [], { type: 'Creds' }), undefined);
  // A hand-written Debug anywhere in the crate.
  const redacted: Record<string, string> = { ...files, 'src/redact.rs': 'impl std::fmt::Debug for crate::model::Creds {\n    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { f.write_str("Creds") }\n}\n' };
  assert.equal(secretStructField(index, new CrateTypes(Object.keys(redacted), (f) => redacted[f]), 'src/api.rs', [], { type: 'Creds' }), undefined);
});
