import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHECK_NAMES } from '../src/analyzer/checks/index.ts';
import { ruleTriggers } from '../src/analyzer/engine.ts';
import { loadModels } from '../src/analyzer/models.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { LiteralAutomaton, Prefilter, queryRequiredLiterals, requiredLiterals } from '../src/analyzer/prefilter.ts';
import { builtinRulesDir, loadRules } from '../src/rules/catalog.ts';
import { REPO } from './helpers.ts';

const rules = loadRules([builtinRulesDir()], CHECK_NAMES).filter((r) => r.check !== 'cargo');
const models = loadModels();
// The triggers exactly as the engine builds them (model words are whole words).
const triggersOf = (r: (typeof rules)[number]) => ruleTriggers(r, models);
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.rs') ? [join(d, n)] : []));
// Real Rust: every rule fixture and the fixture crates of the tests.
const texts = [...walk(builtinRulesDir()), ...walk(join(REPO, 'test/fixtures'))].map((f) => readFileSync(f, 'utf8'));

/** The prefilter as its documentation states it, written the slow, obvious way. */
function reference(text: string): Set<string> {
  const ident = /[A-Za-z0-9_]/;
  const whole = new Set(rules.flatMap((r) => triggersOf(r).filter((t) => t.startsWith('w:')).map((t) => t.slice(2))));
  const hit = new Set<string>();
  for (const rule of rules) {
    const triggers = triggersOf(rule);
    if (triggers.length === 0) hit.add(rule.id);
    // A word where an identifier starts (and, for a `w:` word of a conjunction, where one ends).
    const occurs = (word: string, whole: boolean) => {
      for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
        if (i > 0 && ident.test(text[i - 1])) continue;
        if (whole && ident.test(text[i + word.length] ?? '')) continue;
        return true;
      }
      return false;
    };
    for (const raw of triggers) {
      // `a&b|c`: a, and b or c.
      if (!raw.startsWith('re:') && /[&|]/.test(raw)) {
        if (raw.split('&').every((clause) => clause.split('|').some((w) => occurs(w.replace(/^w:/, ''), w.startsWith('w:'))))) hit.add(rule.id);
        continue;
      }
      // `n:piece`: no letter, digit or quote on either side.
      if (raw.startsWith('n:')) {
        const piece = raw.slice(2);
        for (let i = text.indexOf(piece); i !== -1; i = text.indexOf(piece, i + 1)) {
          if (/[A-Za-z0-9"]/.test(text[i - 1] ?? '') || /[A-Za-z0-9"]/.test(text[i + piece.length] ?? '')) continue;
          hit.add(rule.id);
          break;
        }
        continue;
      }
      const t = raw.replace(/^w:/, '');
      if (t.startsWith('re:')) {
        if (new RegExp(t.slice(3)).test(text)) hit.add(rule.id);
        continue;
      }
      for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + 1)) {
        if (i > 0 && ident.test(text[i - 1])) continue;
        if (whole.has(t) && ident.test(text[i + t.length] ?? '')) continue;
        hit.add(rule.id);
        break;
      }
    }
  }
  return hit;
}

test('the literal automaton finds every occurrence of every pattern, overlapping ones too', () => {
  const patterns = ['he', 'she', 'his', 'hers', 'encrypt', 'encrypt_in_place', 'crypt', '::', 'Key::', 'a', 'aa'];
  const automaton = new LiteralAutomaton(patterns);
  const samples = ['ushers', 'aaaa', 'cipher.encrypt_in_place(nonce)', 'Key::<Aes>::from_slice(k)', 'héllo she:: ünïcode hers', '', ...texts.slice(0, 40)];
  for (const text of samples) {
    const found: string[] = [];
    automaton.scan(text, (p, start) => found.push(`${patterns[p]}@${start}`));
    const expected: string[] = [];
    patterns.forEach((p) => {
      for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) expected.push(`${p}@${i}`);
    });
    assert.deepEqual(found.sort(), expected.sort(), JSON.stringify(text.slice(0, 60)));
  }
  // Sanity: the samples did contain matches, so the comparison above was not vacuous.
  const count: number[] = [];
  automaton.scan('ushers', (p) => count.push(p));
  assert.deepEqual(count.map((p) => patterns[p]).sort(), ['he', 'hers', 'she']);
});

test('required literals: what every match of a regex must contain', () => {
  assert.deepEqual(requiredLiterals('(const|static)\\s+(mut\\s+)?[A-Z0-9_]*(KEY|SECRET)[A-Z0-9_]*\\s*:'), [['const', 'static'], ['KEY', 'SECRET']]);
  assert.deepEqual(requiredLiterals('(?:foo|ba)r'), [['bar', 'foor'], ['ba', 'foo']]);
  assert.deepEqual(requiredLiterals('[Pp]assw(?:or)?d'), [['Passwd', 'passwd', 'Password', 'password']]);
  // Nothing is required where a part may be absent, is a class, or the flags change matching.
  assert.deepEqual(requiredLiterals('x*|abc'), []);
  assert.deepEqual(requiredLiterals('\\w+\\s*=='), [['==']]);
  assert.deepEqual(requiredLiterals('\\w+'), []);
  assert.deepEqual(requiredLiterals('Secret', 'i'), []);
  assert.deepEqual(requiredLiterals('(unclosed'), []);
});

test("a rule query's text predicates give the literals a file must hold for it to match", () => {
  const q = '((generic_type type: (type_identifier) @mac type_arguments: (type_arguments (type_identifier) @alg)) @finding (#eq? @mac "Hmac") (#any-of? @alg "Md5" "Sha1"))';
  assert.deepEqual(queryRequiredLiterals(q, 1), [['Hmac'], ['Md5', 'Sha1']]);
  // A `#match?` regex gives what the regex requires; the query string's escapes are undone first.
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#match? @a "^des_\\\\d+\\"x"))', 1), [['des_'], ['"x']]);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#match? @a "cbc\\n"))', 1), [['cbc\n']]);
  // Nothing from negated predicates, captures compared with captures, or a query of two patterns.
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#not-eq? @a "Hmac") (#eq? @a @b))', 1), []);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a "Hmac")) ((identifier) @b)', 2), []);
});

test("the built-in rules' queries: every file a query matches in holds the literals of its predicates", async () => {
  const parser = await loadRustParser();
  const queries = rules.flatMap((r) => r.patterns.map((p) => ({ id: r.id, source: p.query, query: parser.query(p.query) })));
  assert.ok(queries.length >= 2, `${queries.length} queries`);
  let matched = 0;
  for (const { id, source, query } of queries) {
    const needs = queryRequiredLiterals(source, query.patternCount());
    assert.ok(needs.length >= 1, `${id}: its query gives no literal to skip files by`);
    for (const text of texts) {
      const tree = parser.parser.parse(text)!;
      if (query.matches(tree.rootNode).length) {
        matched++;
        for (const clause of needs) assert.ok(clause.some((lit) => text.includes(lit)), `${id}: a match in a file without any of ${JSON.stringify(clause)}`);
      }
      tree.delete();
    }
  }
  assert.ok(matched >= 2, `the queries matched in ${matched} fixture files`);
});

test("required literals are sound: every match of every rule's regex trigger has a literal of each clause in it, or (a lookbehind's) just before it", () => {
  const regexes = [...new Set(rules.flatMap((r) => r.triggers.filter((t) => t.startsWith('re:')).map((t) => t.slice(3))))];
  assert.ok(regexes.length >= 8, `${regexes.length} regex triggers`);
  let matches = 0;
  for (const source of regexes) {
    const clauses = requiredLiterals(source);
    const re = new RegExp(source, 'g');
    for (const text of texts) {
      for (const m of text.matchAll(re)) {
        matches++;
        // What a lookbehind requires ends where the match starts or inside it; 200 characters before is ample for the built-in triggers.
        const seen = text.slice(Math.max(0, m.index! - 200), m.index! + m[0].length);
        for (const clause of clauses) assert.ok(clause.some((lit) => seen.includes(lit)), `${source}: ${JSON.stringify(m[0])} has none of ${JSON.stringify(clause)}`);
      }
    }
  }
  assert.ok(matches >= 50, `${matches} matches checked`);
  // And the clauses do filter: most regex triggers require something.
  assert.ok(regexes.filter((r) => requiredLiterals(r).length > 0).length >= regexes.length - 1);
});

test('the prefilter turns on exactly the rules whose triggers occur, as the slow reference does', () => {
  const prefilter = new Prefilter(rules, triggersOf);
  const crafted = [
    'fn f() { let s = String::new(); #[derive(Deserialize)] struct A; }',
    'fn f() { let c = Des::new(k); }',
    'const API_TOKEN: &str = "abc";',
    'if token == b"x" {}',
    'let k = Key::<Aes256Gcm>::from_slice(&k);',
    'println!("{}", secret_key);',
    'let x = encrypted_len(); // not a trigger: `encrypt` inside a word',
    'xencrypt(); my_Md5(); Md5x',
    'let cipher_nonce = info[16..40].to_vec();',
    '#[derive(Debug)] struct Nonces { nonces: Vec<u8>, private: u8, iv2: u8, ivory: u8 } const ROMAN: &str = r#"iv"#;',
    'fn header(iv: &[u8]) -> &[u8] { &iv[..16] }',
    '',
  ];
  let active = 0;
  for (const text of [...crafted, ...texts]) {
    const got = prefilter.active(text, rules).map((r) => r.id);
    const want = rules.filter((r) => reference(text).has(r.id)).map((r) => r.id);
    assert.deepEqual(got, want, JSON.stringify(text.slice(0, 80)));
    if (got.length) active++;
  }
  assert.ok(active >= 50, `${active} texts with an active rule`);
  assert.deepEqual(prefilter.active(crafted[0], rules), []);
  // A name piece (`n:nonce`, `n:iv`): in `cipher_nonce` and `iv`, not in `nonces`, `private`, `iv2`, `ivory` or a string `"iv"`.
  const slicing = (t: string) => prefilter.active(t, rules).some((r) => r.id === 'unchecked-slice-length');
  assert.deepEqual([crafted[8], crafted[9], crafted[10]].map(slicing), [true, false, true]);
  assert.ok(prefilter.active(crafted[1], rules).some((r) => r.id === 'broken-cipher'));
});

test("a modelled function with a common name counts where the file imports it by name in a group, not where any group and the word occur", () => {
  const prefilter = new Prefilter(rules, triggersOf);
  const ids = (text: string) => prefilter.active(text, rules).map((r) => r.id);
  // std's Hash trait and an `impl Hash` (`fn hash`) are in most crates: neither names openssl's `hash`.
  const stdHash = 'use std::hash::{Hash, Hasher};\nimpl Hash for Id {\n    fn hash<H: Hasher>(&self, state: &mut H) { self.0.hash(state) }\n}\n';
  assert.ok(!ids(stdHash).includes('weak-hash'), ids(stdHash).join(','));
  assert.ok(!ids(stdHash).includes('weak-password-hash'), ids(stdHash).join(','));
  const opensslHash = 'use openssl::hash::{hash, MessageDigest};\nfn f(d: &[u8]) { let _ = hash(MessageDigest::md5(), d); }\n';
  assert.ok(ids(opensslHash).includes('weak-hash'), ids(opensslHash).join(','));
  const bcryptGroup = 'use bcrypt::{\n    hash,\n    verify,\n};\nfn f(p: &str) { let _ = hash(p, 4); }\n';
  assert.ok(ids(bcryptGroup).includes('weak-kdf-cost'), ids(bcryptGroup).join(','));
});

test('a trigger that occurs only in comments runs no rule and the file is not parsed; in code, or in a string, it does', async () => {
  const { createEngine, loadRuleSet } = await import('../src/scan/scan.ts');
  const { inProcess, of } = await import('./in-process.ts');
  const engine = await createEngine(loadRuleSet({}));
  const { scan } = await inProcess();
  const call = 'let cipher = Aes256Gcm::new_from_slice(b"0123456789abcdef0123456789abcdef").unwrap();';
  const inCode = `use aes_gcm::{Aes256Gcm, KeyInit};\nfn seal() {\n    ${call}\n}\n`;
  const inDocs = `//! use aes_gcm::{Aes256Gcm, KeyInit};\n/// \`\`\`\n/// ${call}\n/// \`\`\`\nfn seal() {}\n/* ${call} /* nested */ ${call} */\nfn open() -> u8 { b'/' }\n`;
  const inString = `fn usage() -> &'static str {\n    "${call.replace(/"/g, '\\"')}"\n}\n`;
  assert.ok(engine.prefilterFor(inCode).some((r) => r.id === 'hardcoded-key'));
  assert.deepEqual(engine.prefilterFor(inDocs).map((r) => r.id), []);
  assert.ok(engine.prefilterFor(inString).some((r) => r.id === 'hardcoded-key'), 'a string is code to the prefilter');
  const before = { ...engine.parses };
  engine.analyze('src/docs.rs', inDocs);
  engine.analyze('src/code.rs', inCode);
  assert.deepEqual([engine.parses.skipped - before.skipped, engine.parses.analyze - before.analyze], [1, 1]);
  assert.equal(of(scan('src/code.rs', inCode), 'hardcoded-key').length, 1);
  assert.deepEqual(scan('src/docs.rs', inDocs), []);
  // A suppression is a comment, and is still read where nothing else is (its reason is missing here).
  const suppressed = `// rust-crypto-gate: ignore[hardcoded-key]\nfn seal() {}\n`;
  assert.deepEqual(engine.prefilterFor(suppressed), []);
  assert.deepEqual(scan('src/s.rs', suppressed).map((f) => [f.ruleId, f.region.startLine]), [['suppression-without-reason', 1]]);
});

test("a rule whose query names a comment node is judged on the whole text, comments included", async () => {
  const { tempTree } = await import('./helpers.ts');
  const { createEngine, loadRuleSet } = await import('../src/scan/scan.ts');
  const dir = tempTree({
    'todo-key.yml': [
      'id: todo-key',
      'name: TodoKey',
      'severity: low',
      'security-severity: 2.0',
      'cwe: [321]',
      'precision: high',
      'tags: [security]',
      "triggers: ['TODO: real key']",
      'short-description: A placeholder key left for later.',
      'full-description: A comment says the key is a placeholder.',
      'help: Replace the placeholder key.',
      'patterns:',
      '  - query: |',
      '      ((line_comment) @finding (#match? @finding "TODO: real key"))',
      '    message: a placeholder key',
    ].join('\n'),
  });
  const engine = await createEngine(loadRuleSet({ ruleDirs: [dir] }));
  const text = 'fn key() -> [u8; 4] {\n    // TODO: real key\n    [1, 2, 3, 4]\n}\n';
  assert.deepEqual(engine.prefilterFor(text).map((r) => r.id), ['todo-key']);
  assert.deepEqual(engine.analyze('src/k.rs', text).findings.map((f) => [f.ruleId, f.region.startLine]), [['todo-key', 2]]);
});

test('Prefilter.active with `maybe`: where a word trigger turns a rule on, a regex rule whose literals are there is answered without running its regex (a superset); the engine asks again and believes only the code', async () => {
  const rules = [
    { id: 'words', triggers: ['Des'] },
    { id: 'regex', triggers: ['re:secret_\\w+\\s*=='] },
  ];
  const pf = new Prefilter(rules);
  // (`secret_` and `==` are there; the regex does not match.)
  const text = 'fn f(a: u8) -> bool { let c = Des::new(k); let secret_ = 1; secret_ + 1 == a }';
  assert.deepEqual(pf.active(text, rules).map((r) => r.id), ['words']);
  assert.deepEqual(pf.active(text, rules, undefined, true).map((r) => r.id), ['words', 'regex']);
  // No word trigger: the regex is run either way.
  assert.deepEqual(pf.active('fn f() { let secret_ = 1; secret_ + 1 == a }', rules, undefined, true).map((r) => r.id), []);
  assert.deepEqual(pf.active('fn f() { secret_key == a }', rules, undefined, true).map((r) => r.id), ['regex']);
  // The engine: a text without comments still gets the exact answer (the regex rule is not run on it).
  const { Engine } = await import('../src/analyzer/engine.ts');
  const { loadRuleSet } = await import('../src/scan/scan.ts');
  const engine = new Engine(await loadRustParser(), loadRuleSet({}), loadModels());
  // (`hash` and `==` are what the comparison regex needs; it does not match: no secret is compared.)
  const plain = 'fn f(a: u8, b: u8) -> bool { let c = Des::new(k); let hash = 1; a == b }';
  assert.ok(!engine.prefilterFor(plain).some((r) => r.id === 'non-constant-time-compare'));
  assert.ok(engine.prefilterFor(plain.replace('a == b', 'api_token == b')).some((r) => r.id === 'non-constant-time-compare'));
});
