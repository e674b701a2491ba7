import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { COMMON_NAMES, ModelError, Models, builtinModelsDir, loadModelFiles, loadModels, parseModel } from '../src/analyzer/models.ts';
import type { CallShape } from '../src/analyzer/models.ts';
import { LiteralAutomaton, Prefilter, deriveRequiredLiterals, queryRegexes, queryRequiredLiterals, requiredLiterals } from '../src/analyzer/prefilter.ts';

// The rules' text prefilter (src/analyzer/prefilter.ts) and the API models' lookups
// (src/analyzer/models.ts), pinned case by case where the rule fixtures only see their sum: the
// automaton's matches against a naive search, the literals a regex requires, the rules a text turns
// on. In-process; `npm run mutate` runs this file against every mutant it reaches
// (scripts/stryker-fixtures-runner.ts, UNIT_TEST_FILES).

// --- LiteralAutomaton ---

/** Every occurrence of every pattern, overlapping ones too, as `pattern@start`, the slow way. */
function naive(patterns: readonly string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p) => {
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) out.push(`${p}@${i}`);
  });
  return out.sort();
}
function scanned(a: LiteralAutomaton, text: string, done?: Uint8Array): string[] {
  const out: string[] = [];
  a.scan(text, (p, start) => out.push(`${a.patterns[p]}@${start}`), done);
  return out.sort();
}
/** A deterministic pseudo-random text over a few characters (a linear congruential generator). */
function noise(seed: number, length: number, alphabet: string): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += alphabet[x % alphabet.length];
  }
  return s;
}

test('literal automaton: every occurrence, through long failure chains, as a naive search finds them', () => {
  // Suffixes of suffixes (`abcd` → `bcd` → `cd` → `d`), a pattern inside another (`bc` in `abcd`),
  // patterns that only a failure link reaches (`bce` after `abc`), repeats (`aa`, `aaa`), and
  // characters outside ASCII, one UTF-16 unit and two (`😀` is a surrogate pair).
  const patterns = ['abcd', 'bcd', 'cd', 'd', 'bc', 'bce', 'abx', 'xa', 'aa', 'aaa', 'é:', 'ü😀', 'dab'];
  const a = new LiteralAutomaton(patterns);
  const fixed = ['abcd', 'aaaa', 'abce', 'xabxabcd', 'é:é:ü😀', 'ddd', 'dabcd', 'zzz', ''];
  for (const text of fixed) assert.deepEqual(scanned(a, text), naive(patterns, text), text);
  assert.deepEqual(scanned(a, 'xabcdd'), ['abcd@1', 'bc@2', 'bcd@2', 'cd@3', 'd@4', 'd@5', 'xa@0'].sort());
  let total = 0;
  for (let seed = 1; seed <= 30; seed++) {
    const text = noise(seed, 300, 'abcdexé:ü😀 ');
    const want = naive(patterns, text);
    total += want.length;
    assert.deepEqual(scanned(a, text), want, `seed ${seed}`);
  }
  assert.ok(total > 1000, `${total} occurrences compared`);
});

test('literal automaton: many patterns over many characters, and none at all', () => {
  // More patterns than characters, of every length up to 6, sharing prefixes and suffixes.
  const patterns = [...new Set(Array.from({ length: 60 }, (_, i) => noise(i + 7, 1 + (i % 6), 'abcdefg')))];
  const a = new LiteralAutomaton(patterns);
  for (let seed = 100; seed < 110; seed++) {
    const text = noise(seed, 400, 'abcdefgh');
    assert.deepEqual(scanned(a, text), naive(patterns, text), `seed ${seed}`);
  }
  const none = new LiteralAutomaton([]);
  assert.deepEqual(scanned(none, 'abc'), []);
  assert.deepEqual(none.patterns, []);
});

test('literal automaton: a pattern marked done is not reported again, the others still are', () => {
  const patterns = ['key', 'ey', 'y', 'keys'];
  const a = new LiteralAutomaton(patterns);
  const text = 'key keys monkey';
  const done = new Uint8Array(patterns.length);
  done[1] = 1; // `ey`
  assert.deepEqual(scanned(a, text, done), naive(['key', 'y', 'keys'], text));
  // Marked during the scan: the pattern is reported once, the others every time.
  const seen: string[] = [];
  const live = new Uint8Array(patterns.length);
  a.scan(
    text,
    (p, start) => {
      seen.push(`${patterns[p]}@${start}`);
      if (patterns[p] === 'key') live[p] = 1;
    },
    live,
  );
  assert.deepEqual(seen.filter((s) => s.startsWith('key@')), ['key@0']);
  assert.equal(seen.filter((s) => s.startsWith('y@')).length, 3);
  // Without `done` (and with an all-zero one) every occurrence is reported.
  assert.deepEqual(scanned(a, text), naive(patterns, text));
  assert.deepEqual(scanned(a, text, new Uint8Array(patterns.length)), naive(patterns, text));
});

// --- requiredLiterals / deriveRequiredLiterals ---

test('required literals: characters, runs and the clauses a sequence gives', () => {
  // A run of characters is one literal; a part matching anything (`.`, `\w+`) ends the run.
  assert.deepEqual(deriveRequiredLiterals('abc'), [['abc']]);
  assert.deepEqual(deriveRequiredLiterals('ab.cd'), [['ab'], ['cd']]);
  // Most selective first (the longest shortest literal), and at most four.
  assert.deepEqual(deriveRequiredLiterals('ab\\w+cd\\w+efg\\w+hijk\\w+lmnop\\w+q'), [['lmnop'], ['hijk'], ['efg'], ['ab']]);
  assert.deepEqual(deriveRequiredLiterals('abcd\\w+xy\\w+efg'), [['abcd'], ['efg'], ['xy']]);
  // Equal shortest literals: the clause of fewer literals first.
  assert.deepEqual(deriveRequiredLiterals('(?:ab|cd)\\w(?:ef)'), [['ef'], ['ab', 'cd']]);
  // One-character literals select nothing: no clause from them.
  assert.deepEqual(deriveRequiredLiterals('a.b.c'), []);
  assert.deepEqual(deriveRequiredLiterals('a\\w+bc'), [['bc']]);
  assert.deepEqual(deriveRequiredLiterals(''), []);
  // Zero-width assertions join the run (`\bkey\b` needs `key`).
  assert.deepEqual(deriveRequiredLiterals('\\bkey\\b'), [['key']]);
  assert.deepEqual(deriveRequiredLiterals('^key$'), [['key']]);
  assert.deepEqual(deriveRequiredLiterals('(?=look)abc'), [['abc']]);
  assert.deepEqual(deriveRequiredLiterals('(?<!nope)abc'), [['abc']]);
  assert.deepEqual(deriveRequiredLiterals('(?!nope)abc'), [['abc']]);
  // A backreference matches what its group did: nothing known of it.
  assert.deepEqual(deriveRequiredLiterals('(ab)\\1cd'), [['ab'], ['cd']]);
});

test('required literals: alternatives', () => {
  // Each branch's strings; a clause when every branch has one of two characters or more.
  assert.deepEqual(deriveRequiredLiterals('ab|cd|ef|gh'), [['ab', 'cd', 'ef', 'gh']]);
  assert.deepEqual(deriveRequiredLiterals('(?:foo|b)'), []);
  assert.deepEqual(deriveRequiredLiterals('foo|b\\w'), []);
  assert.deepEqual(deriveRequiredLiterals('x(?:ab|c)y'), [['xcy', 'xaby']]);
  assert.deepEqual(deriveRequiredLiterals('(?:a|bc)x'), [['ax', 'bcx']]);
  // A branch that is not all exact strings gives its clauses to the disjunction.
  assert.deepEqual(deriveRequiredLiterals('(?:ab\\w+cd|efg)'), [
    ['ab', 'efg'],
    ['cd', 'efg'],
  ]);
  assert.deepEqual(deriveRequiredLiterals('ab\\w+|cd\\w+'), [['ab', 'cd']]);
  // A branch with no clause makes the disjunction require nothing.
  assert.deepEqual(deriveRequiredLiterals('ab\\w+|\\w+'), []);
  // Per branch at most three options, and at most nine joined clauses.
  assert.deepEqual(deriveRequiredLiterals('(?:ab\\wcd\\wef\\wgh|ij\\wkl\\wmn)'), [
    ['ab', 'ij'],
    ['ab', 'kl'],
    ['ab', 'mn'],
    ['cd', 'ij'],
  ]);
  // A run of exact strings grows to 64 at most: the six first pairs' 64 combinations are one
  // clause (the longest, so first), the seventh pair starts a new run; the group as a whole is then
  // not exact, so `zz` is a run of its own (one literal: before the pairs' clauses).
  const combos = deriveRequiredLiterals('(?:(?:aa|bb)(?:cc|dd)(?:ee|ff)(?:gg|hh)(?:ii|jj)(?:kk|ll)(?:mm|nn))zz');
  assert.equal(combos[0].length, 64);
  assert.ok(combos[0].every((s) => s.length === 12) && combos[0].includes('aacceeggiikk') && combos[0].includes('bbddffhhjjll'));
  assert.deepEqual(combos.slice(1), [['zz'], ['aa', 'bb'], ['cc', 'dd']]);
  assert.deepEqual(deriveRequiredLiterals('(?:aa|bb)(?:cc|dd)(?:ee|ff)'), [
    ['aaccee', 'aaccff', 'aaddee', 'aaddff', 'bbccee', 'bbccff', 'bbddee', 'bbddff'],
    ['aa', 'bb'],
    ['cc', 'dd'],
    ['ee', 'ff'],
  ]);
  // The literals of a clause are minimal: one that contains another is dropped, duplicates once.
  assert.deepEqual(deriveRequiredLiterals('(?:ab|xaby|ab)c'), [['abc', 'xabyc'], ['ab']]);
  assert.deepEqual(deriveRequiredLiterals('(?:ab|ab)'), [['ab']]);
  assert.deepEqual(deriveRequiredLiterals('(?:abc|zabcz|ab\\w)'), [['ab']]);
});

test('required literals: how the clauses of alternatives are joined', () => {
  // Sorted by the shortest literal of a clause, not the longest: `xyz` (3) before `ab|cdefg` (2).
  assert.deepEqual(deriveRequiredLiterals('(?:ab|cdefg)\\w+xyz'), [['xyz'], ['ab', 'cdefg']]);
  // A branch of exact strings joins as that one set, not as its parts' clauses too (`ab|cd` would
  // add the weaker clause `ab|cd|gh`).
  assert.deepEqual(deriveRequiredLiterals('(?:(?:ab|cd)ef|gh)'), [['gh', 'abef', 'cdef']]);
  // A branch's clauses with a one-character literal take no place among its three options.
  assert.deepEqual(deriveRequiredLiterals('a\\wb\\wc\\wde|fg'), [['de', 'fg']]);
  assert.deepEqual(deriveRequiredLiterals('(?:a|bc)\\w(?:d|ef)\\w(?:g|hi)\\wjk|lm'), [['jk', 'lm']]);
  // At most three options of a branch: of `ab`, `cd`, `ef`, `gh`, the first three.
  assert.deepEqual(deriveRequiredLiterals('ab\\wcd\\wef\\wgh|ij'), [
    ['ab', 'ij'],
    ['cd', 'ij'],
    ['ef', 'ij'],
  ]);
  // At most nine joined clauses: those of the first branch's first option (`ab`); the combinations
  // with its longer options (`cdefg`, `hijkl`), which would sort first, are not made.
  const nine = deriveRequiredLiterals('ab\\wcdefg\\whijkl|mnopq\\wrstuv\\wwxyza|bcdef\\wghijk\\wlmnop');
  assert.deepEqual(nine, [
    ['ab', 'mnopq', 'bcdef'],
    ['ab', 'mnopq', 'ghijk'],
    ['ab', 'mnopq', 'lmnop'],
    ['ab', 'rstuv', 'bcdef'],
  ]);
  // Exactly 64 strings are still exact: the run goes on into `zz` (64 strings of four characters).
  const sixtyFour = deriveRequiredLiterals('(?:[a-h]1|[a-h]2|[a-h]3|[a-h]4|[a-h]5|[a-h]6|[a-h]7|[a-h]8)zz');
  assert.equal(sixtyFour[0].length, 64);
  assert.ok(sixtyFour[0].every((x) => x.length === 4 && x.endsWith('zz')) && sixtyFour[0].includes('h8zz'));
  // A run that would pass 64 strings ends there, and the next run starts with the part's own strings.
  const restart = deriveRequiredLiterals('[a-h][a-h](?:ab|cd)ef');
  assert.deepEqual(restart.slice(0, 2), [
    ['abef', 'cdef'],
    ['ab', 'cd'],
  ]);
  assert.equal(restart[2].length, 64);
  assert.equal(restart.length, 3);
});

test('required literals: classes and quantifiers', () => {
  // A small class is its characters; a negated, a large, or a class with a set in it is anything.
  assert.deepEqual(deriveRequiredLiterals('a[bc]d'), [['abd', 'acd']]);
  assert.deepEqual(deriveRequiredLiterals('a[b-d]e'), [['abe', 'ace', 'ade']]);
  assert.deepEqual(deriveRequiredLiterals('a[a-h]e'), [['aae', 'abe', 'ace', 'ade', 'aee', 'afe', 'age', 'ahe']]);
  assert.deepEqual(deriveRequiredLiterals('ab[a-i]cd'), [['ab'], ['cd']]);
  assert.deepEqual(deriveRequiredLiterals('ab[abcdefgh]'), [['aba', 'abb', 'abc', 'abd', 'abe', 'abf', 'abg', 'abh']]);
  assert.deepEqual(deriveRequiredLiterals('ab[abcdefghi]'), [['ab']]);
  assert.deepEqual(deriveRequiredLiterals('ab[^c]de'), [['ab'], ['de']]);
  assert.deepEqual(deriveRequiredLiterals('ab[c\\d]de'), [['ab'], ['de']]);
  assert.deepEqual(deriveRequiredLiterals('ab[]de'), [['ab'], ['de']]);
  // Optional parts: `?` is the part or nothing; `*` and `{0,n}` anything.
  assert.deepEqual(deriveRequiredLiterals('ab(?:cd)?ef'), [['abef', 'abcdef']]);
  assert.deepEqual(deriveRequiredLiterals('ab(?:cd)*ef'), [['ab'], ['ef']]);
  assert.deepEqual(deriveRequiredLiterals('ab(?:cd){0,2}ef'), [['ab'], ['ef']]);
  assert.deepEqual(deriveRequiredLiterals('ab(?:c\\w)?ef'), [['ab'], ['ef']]);
  // Repeated parts: at least once, so what the part requires is required; exactly once is the part itself.
  assert.deepEqual(deriveRequiredLiterals('(ab)+cd'), [['ab'], ['cd']]);
  assert.deepEqual(deriveRequiredLiterals('(ab){2}cd'), [['ab'], ['cd']]);
  assert.deepEqual(deriveRequiredLiterals('(ab){1}cd'), [['abcd'], ['ab']]);
  assert.deepEqual(deriveRequiredLiterals('(?:ab|cd)+'), [['ab', 'cd']]);
  assert.deepEqual(deriveRequiredLiterals('(?:ab\\w+cd)+'), [['ab'], ['cd']]);
  assert.deepEqual(deriveRequiredLiterals('x{3}'), []);
});

test('required literals: a positive lookbehind requires the text before the match', () => {
  assert.deepEqual(deriveRequiredLiterals('abcd(?<=xyz\\s*abcd)'), [['abcd'], ['xyz']]);
  assert.deepEqual(deriveRequiredLiterals('==(?<=token\\s*==)'), [['token'], ['==']]);
  // All exact strings of two characters or more: that set is a clause; else only its clauses.
  // (Equal shortest literals: the clause of one literal first.)
  assert.deepEqual(deriveRequiredLiterals('==(?<=(?:ab|cd))'), [['=='], ['ab', 'cd']]);
  assert.deepEqual(deriveRequiredLiterals('==(?<=(?:ab|c))'), [['==']]);
  assert.deepEqual(deriveRequiredLiterals('==(?<!token)'), [['==']]);
});

test('required literals: flags, unicode mode, parse errors, and the bundle-time table', () => {
  // `i` and `v` change what a literal matches: nothing is required. Other flags do not.
  for (const flags of ['i', 'v', 'gi', 'iu', 'dv']) assert.deepEqual(requiredLiterals('Secret', flags), [], flags);
  for (const flags of ['g', 'u', 'm', 's', 'y', 'd']) assert.deepEqual(requiredLiterals('Secret', flags), [['Secret']], flags);
  // In unicode mode `\p{L}` is a property (anything); without it, the letters `p{L}`.
  assert.deepEqual(deriveRequiredLiterals('ab\\p{L}cd', 'u'), [['ab'], ['cd']]);
  assert.deepEqual(deriveRequiredLiterals('ab\\p{L}cd'), [['abp{L}cd']]);
  assert.deepEqual(requiredLiterals('ab\\p{L}cd', 'u'), [['ab'], ['cd']]);
  assert.deepEqual(deriveRequiredLiterals('ab\\u{1F600}', 'u'), [['ab😀']]);
  // Not in unicode-sets mode: `(` and `|` in a class are characters (`v` would reject them).
  assert.deepEqual(deriveRequiredLiterals('ab[(|]cd'), [['ab(cd', 'ab|cd']]);
  assert.deepEqual(deriveRequiredLiterals('ab[(|]cd', 'u'), [['ab(cd', 'ab|cd']]);
  // A regex that does not parse requires nothing (its own error comes later, from RegExp).
  assert.deepEqual(deriveRequiredLiterals('(unclosed'), []);
  assert.deepEqual(deriveRequiredLiterals('ab\\', ''), []);
  assert.deepEqual(deriveRequiredLiterals('a{2,1}', ''), []);
  // Without flags the answer may come from the table; it is the derived one, and a fresh copy.
  const source = '(const|static)\\s+(mut\\s+)?[A-Z0-9_]*(KEY|SECRET)[A-Z0-9_]*\\s*:';
  const first = requiredLiterals(source);
  assert.deepEqual(first, [['const', 'static'], ['KEY', 'SECRET']]);
  first[0].push('changed');
  first.push(['changed']);
  assert.deepEqual(requiredLiterals(source), deriveRequiredLiterals(source));
  assert.deepEqual(requiredLiterals('abc'), [['abc']]);
});

// --- queryRequiredLiterals / queryRegexes ---

test("query literals: each predicate's strings, unquoted", () => {
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a "Hmac"))', 1), [['Hmac']]);
  // Two patterns (or none): a predicate binds its own pattern only.
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a "Hmac"))', 2), []);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a "Hmac"))', 0), []);
  // An empty string is in every file: no clause.
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a ""))', 1), []);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#any-of? @a "Md5" ""))', 1), []);
  // `#eq?` with two strings is not a comparison of a capture with a string.
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a "Hm" "ac"))', 1), []);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#any-of? @a "Md5"  "Sha1"   ))', 1), [['Md5', 'Sha1']]);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a "Hmac" ) )', 1), [['Hmac']]);
  // The escapes: \t \r \0 \n are control characters, any other escaped character is itself.
  assert.deepEqual(queryRequiredLiterals('((identifier) @a.b-c (#eq?   @a.b-c "x\\ty\\rz\\0w\\\\v\\"u\\q\\n"))', 1), [['x\ty\rz\0w\\v"uq\n']]);
  // Unquoted strings, a capture without `@`, no space after the operator: not predicates we read.
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a Hmac))', 1), []);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq?@a "Hmac"))', 1), []);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? a "Hmac"))', 1), []);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#eq? @a"Hmac"))', 1), []);
  assert.deepEqual(queryRequiredLiterals('((identifier) @a (#match? @a))', 1), []);
  // `#match?`: what its regex requires, in the order of the predicates.
  const q = '((identifier) @a (#match? @a "^(md5|sha1)_\\\\w+$") (#eq? @a "Cbc") (#match? @a "cd"))';
  assert.deepEqual(queryRequiredLiterals(q, 1), [['md5_', 'sha1_'], ['md5', 'sha1'], ['Cbc'], ['cd']]);
  assert.deepEqual(queryRegexes(q), ['^(md5|sha1)_\\w+$', 'cd']);
  assert.deepEqual(queryRegexes('((identifier) @a (#eq? @a "Hmac") (#any-of? @a "x" "y"))'), []);
});

// --- Prefilter ---

type R = { id: string; triggers: string[] };
const rule = (id: string, ...triggers: string[]): R => ({ id, triggers });
const ids = (rs: R[]) => rs.map((r) => r.id);

test('prefilter: a word where an identifier starts; a w: word also where one ends', () => {
  const rules = [rule('md5', 'Md5'), rule('des', 'w:Des'), rule('ring', 'ring::'), rule('none')];
  const p = new Prefilter(rules);
  const on = (text: string) => ids(p.active(text, rules));
  // A rule without triggers runs on every file.
  assert.deepEqual(on(''), ['none']);
  assert.deepEqual(on('let h = Md5::new();'), ['md5', 'none']);
  assert.deepEqual(on('Md5'), ['md5', 'none']);
  // Inside an identifier: not there. A word start after a non-identifier character (or at 0): there.
  assert.deepEqual(on('let h = myMd5::new(); let s = String::new();'), ['none']);
  assert.deepEqual(on('x_Md5 9Md5'), ['none']);
  assert.deepEqual(on('(Md5x)'), ['md5', 'none']);
  // A later occurrence at a word start counts after an earlier one inside a word.
  assert.deepEqual(on('myMd5 Md5'), ['md5', 'none']);
  // `w:Des` must end a word too (`Deserialize` is not `Des`), also at the end of the text.
  assert.deepEqual(on('#[derive(Deserialize)]'), ['none']);
  assert.deepEqual(on('Deserialize Des::new(k)'), ['des', 'none']);
  assert.deepEqual(on('let c: Des'), ['des', 'none']);
  assert.deepEqual(on('Des_x Des9 DesZ'), ['none']);
  assert.deepEqual(on('Des_x Des9 Des-'), ['des', 'none']);
  assert.deepEqual(on('use ring::aead; Des'), ['des', 'ring', 'none']);
  // The order is the caller's.
  assert.deepEqual(ids(p.active('ring:: Md5 Des', [rules[2], rules[0], rules[3], rules[1]])), ['ring', 'md5', 'none', 'des']);
  assert.deepEqual(ids(p.active('ring:: Md5 Des', [rules[1]])), ['des']);
});

test('prefilter: a word is whole-word if any rule asks for it so; rules share words', () => {
  const rules = [rule('a', 'Des'), rule('b', 'w:Des'), rule('c', 'Des', 'Aes')];
  const p = new Prefilter(rules);
  // Both rules' `Des` is then a whole word (as before the automaton).
  assert.deepEqual(ids(p.active('Deserialize', rules)), []);
  assert.deepEqual(ids(p.active('Des', rules)), ['a', 'b', 'c']);
  assert.deepEqual(ids(p.active('Aes128', rules)), ['c']);
  // No rule asks for a whole word: `Des` at the start of `Deserialize` is enough, for both rules.
  const shared = [rule('x', 'Des'), rule('y', 'Des')];
  const q = new Prefilter(shared);
  assert.deepEqual(ids(q.active('Deserialize', shared)), ['x', 'y']);
  assert.deepEqual(ids(q.active('xDeserialize', shared)), []);
});

test('prefilter: triggers from a function instead of the rules', () => {
  const rules = [rule('r', 'never')];
  const p = new Prefilter(rules, (r) => (r.id === 'r' ? ['Sha1'] : []));
  assert.deepEqual(ids(p.active('Sha1::digest(x)', rules)), ['r']);
  assert.deepEqual(ids(p.active('never', rules)), []);
});

test('prefilter: conjunctions', () => {
  const rules = [rule('open', 'w:open&w:secretbox|w:sodiumoxide'), rule('two', 'w:open&w:secretbox|w:sodiumoxide'), rule('starts', 'Key&aes|chacha'), rule('plain', 'open')];
  const p = new Prefilter(rules);
  const on = (text: string) => ids(p.active(text, rules));
  assert.deepEqual(on('secretbox::open(&c, &n, &k)'), ['open', 'two', 'plain']);
  assert.deepEqual(on('use sodiumoxide; open(x)'), ['open', 'two', 'plain']);
  // One clause missing: not on.
  assert.deepEqual(on('open(x)'), ['plain']);
  assert.deepEqual(on('secretbox::seal(x)'), []);
  // Whole words: `opener` is not `open`, `secretboxes` not `secretbox`, and inside a word is nothing.
  assert.deepEqual(on('opener secretbox'), ['plain']);
  assert.deepEqual(on('open secretboxes'), ['plain']);
  assert.deepEqual(on('reopen secretbox'), []);
  assert.deepEqual(on('x.open secretbox'), ['open', 'two', 'plain']);
  // A whole occurrence after occurrences that are not.
  assert.deepEqual(on('opener reopen secretbox open'), ['open', 'two', 'plain']);
  assert.deepEqual(on('open secretboxes secretbox'), ['open', 'two', 'plain']);
  // Start-only words of a conjunction: `Keys` starts with `Key`, `xKey` does not.
  assert.deepEqual(on('Keys aes_gcm'), ['starts']);
  assert.deepEqual(on('Key chacha20'), ['starts']);
  assert.deepEqual(on('xKey aes'), []);
  assert.deepEqual(on('Key xaes'), []);
  assert.deepEqual(on('Key'), []);
  // A word only inside identifiers is not there for the conjunction either (no plain `open` rule here).
  const only = [rule('c', 'w:open&w:secretbox')];
  const qo = new Prefilter(only);
  assert.deepEqual(ids(qo.active('reopen secretbox', only)), []);
  assert.deepEqual(ids(qo.active('open secretbox', only)), ['c']);
  assert.deepEqual(ids(qo.active('xopen secretbox_ open', only)), []);
  // A word of a conjunction is taken as written after its leading `w:` (`new::` keeps its `w:`).
  const inner = [rule('n', 'Key&new::')];
  const qn = new Prefilter(inner);
  assert.deepEqual(ids(qn.active('Key::from(x); Box::new::<u8>(1)', inner)), ['n']);
  assert.deepEqual(ids(qn.active('Key ne:', inner)), []);
});

test('prefilter: a conjunction word that is also a trigger word of another rule', () => {
  // `Aes` is a start-only word of `plain` and a whole word of the conjunction.
  const rules = [rule('plain', 'Aes'), rule('conj', 'w:Aes&w:type')];
  const p = new Prefilter(rules);
  const on = (text: string) => ids(p.active(text, rules));
  assert.deepEqual(on('Aes128 type'), ['plain']);
  assert.deepEqual(on('Aes128 type X = Aes;'), ['plain', 'conj']);
  assert.deepEqual(on('type X = Aes;'), ['plain', 'conj']);
  assert.deepEqual(on('xAes type'), []);
  // A whole-word trigger word that is also in a conjunction: its rule needs the whole word.
  const r2 = [rule('w', 'w:Des'), rule('c', 'Des&cbc')];
  const p2 = new Prefilter(r2);
  assert.deepEqual(ids(p2.active('Deser cbc', r2)), ['c']);
  assert.deepEqual(ids(p2.active('Deser cbc Des', r2)), ['w', 'c']);
});

test('prefilter: regex triggers run when the file holds their literals, once per distinct regex', () => {
  const rules = [rule('k1', 're:(const|static)\\s+[A-Z_]*KEY\\s*:'), rule('k2', 're:(const|static)\\s+[A-Z_]*KEY\\s*:'), rule('w', 'w:re:abc'), rule('tok', 're:==(?<=token\\s*==)'), rule('any', 're:\\d{3}')];
  const p = new Prefilter(rules);
  const on = (text: string) => ids(p.active(text, rules));
  assert.deepEqual(on('const API_KEY: &str = "x";'), ['k1', 'k2']);
  assert.deepEqual(on('static KEY : u8 = 1;'), ['k1', 'k2']);
  // The literals are there but the regex does not match.
  assert.deepEqual(on('const x = KEY;'), []);
  assert.deepEqual(on('let KEY: u8 = 1; // const'), []);
  // `w:re:` is a regex too (the `w:` does not apply).
  assert.deepEqual(on('xabcx'), ['w']);
  assert.deepEqual(on('if token == b"x" {}'), ['tok']);
  assert.deepEqual(on('if a == b {} // token'), []);
  // A regex that requires no literal runs on every file.
  assert.deepEqual(on('let x = 123;'), ['any']);
  assert.deepEqual(on('let x = 12;'), []);
  // A rule already on (by a word) needs no regex; the regex's other rules still get theirs.
  const mixed = [rule('a', 'Hmac', 're:Hm[a]c'), rule('b', 're:Hm[a]c')];
  const q = new Prefilter(mixed);
  assert.deepEqual(ids(q.active('Hmac', mixed)), ['a', 'b']);
  assert.deepEqual(ids(q.active('xHmac', mixed)), ['a', 'b']);
  assert.deepEqual(ids(q.active('Hmax', mixed)), []);
});

test('prefilter: a literal a regex needs is seen anywhere, inside identifiers too', () => {
  // `KEY` is both a trigger word (start only) and a literal the regex needs.
  const rules = [rule('word', 'KEY'), rule('re', 're:_KEY\\s*=')];
  const p = new Prefilter(rules);
  assert.deepEqual(ids(p.active('API_KEY = 1', rules)), ['re']);
  assert.deepEqual(ids(p.active('KEY API_KEY = 1', rules)), ['word', 're']);
  // A literal needed by a regex and also a conjunction word.
  const r2 = [rule('c', 'w:open&box'), rule('re', 're:reopen\\(')];
  const p2 = new Prefilter(r2);
  assert.deepEqual(ids(p2.active('reopen(box)', r2)), ['re']);
  assert.deepEqual(ids(p2.active('open(box)', r2)), ['c']);
});

// --- parseModel ---

const fails = (yaml: string, message: string) => assert.throws(() => parseModel(yaml, 'm.yml'), (e: unknown) => e instanceof ModelError && e.message === `m.yml: ${message}`, message);

test('models: every row is checked as it is read, with the message naming the row', () => {
  fails('modules: []', "'modules' must name the crate's module names as code writes them (`aes_gcm`)");
  fails('name: x', "'modules' must name the crate's module names as code writes them (`aes_gcm`)");
  fails('modules: x', "'modules' must be a list");
  fails('modules: [m]\ntypes: {name: A}', "'types' must be a list");
  fails('modules: [m]\nsources: [{name: OsRng, kind: random}, {name: X, kind: bogus}]', "sources[1] needs 'name' and a 'kind' of random, weak-random or clock");
  fails('modules: [m]\nsources: [{kind: random}]', "sources[0] needs 'name' and a 'kind' of random, weak-random or clock");
  fails('modules: [m]\nsources: [x]', "sources[0] needs 'name' and a 'kind' of random, weak-random or clock");
  fails('modules: [m]\nsteps: [{call: .into, kind: other}]', "steps[0] needs 'call' and kind 'pass-through'");
  fails('modules: [m]\nsteps: [{kind: pass-through}]', "steps[0] needs 'call' and kind 'pass-through'");
  fails('modules: [m]\ntypes: [{name: A, algorithm: AES}, {name: B}]', "types[1] needs 'name' and 'algorithm'");
  fails('modules: [m]\ntypes: [{algorithm: AES}]', "types[0] needs 'name' and 'algorithm'");
  for (const call of ['f', 'a::', '::a', '.a.b', '.1a', '1a::b', 'a::1b', 'a b::c', 'a::b::', '.', 'a::b.c', 'x.a', '.a::b']) {
    fails(`modules: [m]\nsinks: [{call: ${JSON.stringify(call)}, kind: key}]`, `sinks[0]: 'call' must be 'a::b::f', 'Type::f' or '.method' (got ${JSON.stringify(call)})`);
  }
  fails('modules: [m]\nsinks: [{kind: key}]', "sinks[0]: 'call' must be 'a::b::f', 'Type::f' or '.method' (got undefined)");
  // Not a string, though its text would be a path.
  fails('modules: [m]\nsinks: [{call: [a::b], kind: key}]', `sinks[0]: 'call' must be 'a::b::f', 'Type::f' or '.method' (got ["a::b"])`);
  fails('modules: [m]\nsinks: [{call: .f, kind: key}, {call: .g}]', "sinks[1]: 'kind' is required");
  fails('modules: [m]\nsinks: [{call: .f, kind: key, arg: 1.5}]', "sinks[0]: 'arg' must be an argument index");
  fails("modules: [m]\nsinks: [{call: .f, kind: key, arg: '1'}]", "sinks[0]: 'arg' must be an argument index");
  fails('modules: [m]\nfields: [{struct: P, field: rounds}]', "fields[0] needs 'struct', 'field' and 'kind'");
  fails('modules: [m]\nfields: [{struct: P, kind: iterations}]', "fields[0] needs 'struct', 'field' and 'kind'");
  fails('modules: [m]\nfields: [{field: rounds, kind: iterations}]', "fields[0] needs 'struct', 'field' and 'kind'");
  fails('modules: [m]\nvalues: [{name: Oaep}]', "values[0] needs 'name' and 'kind'");
  fails('modules: [m]\nvalues: [{kind: padding}]', "values[0] needs 'name' and 'kind'");
  // An empty row (`- ~`) is a row without its keys, not a crash.
  fails('modules: [m]\nsources: [~]', "sources[0] needs 'name' and a 'kind' of random, weak-random or clock");
  fails('modules: [m]\nsteps: [~]', "steps[0] needs 'call' and kind 'pass-through'");
  fails('modules: [m]\ntypes: [~]', "types[0] needs 'name' and 'algorithm'");
  fails('modules: [m]\nsinks: [~]', "sinks[0]: 'call' must be 'a::b::f', 'Type::f' or '.method' (got undefined)");
  fails('modules: [m]\nfields: [~]', "fields[0] needs 'struct', 'field' and 'kind'");
  fails('modules: [m]\nvalues: [~]', "values[0] needs 'name' and 'kind'");
});

test('models: what a row keeps, and the defaults', () => {
  const m = parseModel(
    `crates: [aes-gcm, 7]
modules: [aes_gcm, 8]
types:
  - {name: Aes256Gcm, algorithm: AES-256-GCM, primitive: ae, misuse-resistant: true}
  - {name: Des, algorithm: DES, weak: broken, misuse-resistant: yes}
  - {name: Key, algorithm: key}
sinks:
  - {call: .encrypt, arg: 0, kind: nonce, args: 2, on: [Aes256Gcm], min: 3, algorithm: AES}
  - {call: a::b::f, kind: key, algorithm: 5}
  - {call: _::new, kind: key}
  - {call: Key::from_slice, kind: key, arg: 0}
fields:
  - {struct: Params, field: rounds, kind: iterations}
values:
  - {name: Padding::PKCS1, kind: rsa-padding, padding: PKCS1, mode: x, algorithm: RSA}
  - {name: Oaep, kind: rsa-padding, padding: 3}
sources:
  - {name: OsRng, kind: random}
  - {name: SmallRng, kind: weak-random}
  - {name: SystemTime::now, kind: clock}
steps:
  - {call: .into, kind: pass-through}
  - {call: new, kind: pass-through, on: [Box]}
`,
    'dir/aead.yml',
  );
  // No name: the file's.
  assert.equal(m.name, 'dir/aead.yml');
  assert.equal(m.file, 'dir/aead.yml');
  assert.deepEqual(m.crates, ['aes-gcm', '7']);
  assert.deepEqual(m.modules, ['aes_gcm', '8']);
  assert.deepEqual(m.types, [
    { name: 'Aes256Gcm', algorithm: 'AES-256-GCM', primitive: 'ae', weak: undefined, misuseResistant: true },
    { name: 'Des', algorithm: 'DES', primitive: '', weak: 'broken', misuseResistant: false },
    { name: 'Key', algorithm: 'key', primitive: '', weak: undefined, misuseResistant: false },
  ]);
  const [enc, f, anyNew, fromSlice] = m.sinks;
  assert.deepEqual({ ...enc, model: undefined }, { call: '.encrypt', arg: 0, kind: 'nonce', args: 2, on: ['Aes256Gcm'], min: 3, algorithm: 'AES', model: undefined });
  assert.equal(enc.model, m);
  // An algorithm that is not a string is not kept (not even as a key).
  assert.equal('algorithm' in f, false);
  assert.deepEqual({ ...anyNew, model: undefined }, { call: '_::new', arg: undefined, kind: 'key', args: undefined, on: undefined, min: undefined, model: undefined });
  assert.equal(fromSlice.arg, 0);
  assert.deepEqual(m.fields, [{ struct: 'Params', field: 'rounds', kind: 'iterations', model: m }]);
  assert.deepEqual(m.values, [
    { name: 'Padding::PKCS1', kind: 'rsa-padding', algorithm: 'RSA', padding: 'PKCS1', mode: 'x', model: m },
    { name: 'Oaep', kind: 'rsa-padding', model: m },
  ]);
  assert.deepEqual(m.sources, [
    { name: 'OsRng', kind: 'random' },
    { name: 'SmallRng', kind: 'weak-random' },
    { name: 'SystemTime::now', kind: 'clock' },
  ]);
  assert.deepEqual(m.steps, [
    { call: '.into', kind: 'pass-through', on: undefined },
    { call: 'new', kind: 'pass-through', on: ['Box'] },
  ]);
  assert.equal(parseModel('name: Mine\nmodules: [x]', 'f.yml').name, 'Mine');
  // Every list may be left out.
  const bare = parseModel('modules: [x]', 'f.yml');
  assert.deepEqual([bare.crates, bare.types, bare.sinks, bare.fields, bare.values, bare.sources, bare.steps], [[], [], [], [], [], [], []]);
});

// --- Models ---

const model = (yaml: string, file = 'm.yml') => parseModel(yaml, file);

test('models: source regexes match whole names, longest first, and nothing when there are none', () => {
  const ms = new Models([
    model('modules: [rand]\nsources: [{name: OsRng, kind: random}, {name: rand::rng, kind: random}, {name: SmallRng, kind: weak-random}, {name: SystemTime, kind: clock}, {name: SystemTime::now, kind: clock}]'),
    model('modules: [x]\nsources: [{name: a.b, kind: weak-random}, {name: f(x), kind: weak-random}]', 'n.yml'),
  ]);
  assert.ok(ms.random.test('let mut rng = OsRng;'));
  assert.ok(ms.random.test('let r = rand::rng();'));
  assert.ok(!ms.random.test('let mut rng = MyOsRng;'));
  assert.ok(!ms.random.test('OsRngs'));
  assert.ok(!ms.random.test('SmallRng'));
  assert.ok(ms.weakRandom.test('SmallRng::seed_from_u64(1)'));
  // The names' special characters are themselves.
  assert.ok(ms.weakRandom.test('a.b'));
  assert.ok(!ms.weakRandom.test('axb'));
  assert.ok(!ms.weakRandom.test('fx'));
  assert.equal(ms.clock.exec('let t = SystemTime::now();')?.[1], 'SystemTime::now');
  assert.equal(ms.clock.exec('let t: SystemTime = x;')?.[1], 'SystemTime');
  // No source of a kind: a regex that matches nothing.
  const none = new Models([model('modules: [x]')]);
  // (`/$^/` does match the empty text; no expression's text is empty.)
  for (const re of [none.random, none.weakRandom, none.clock]) {
    assert.ok(!re.test('OsRng thread_rng SystemTime::now'));
  }
  assert.deepEqual(ms.sourceNames(new Set(['random', 'clock'])), ['OsRng', 'rand::rng', 'SystemTime', 'SystemTime::now']);
  assert.deepEqual(ms.sourceNames(new Set(['weak-random'])), ['SmallRng', 'a.b', 'f(x)']);
  assert.deepEqual(ms.sourceNames(new Set()), []);
});

test('models: pass-through steps', () => {
  const ms = new Models([model('modules: [x]\nsteps: [{call: .into, kind: pass-through}, {call: .clone, kind: pass-through}, {call: Nonce, kind: pass-through, on: [Wrapper]}, {call: new, kind: pass-through, on: [Box, Arc]}, {call: new, kind: pass-through, on: [a.b]}]')]);
  assert.deepEqual([...ms.passMethods], ['into', 'clone']);
  assert.deepEqual([...ms.passCalls], ['Nonce', 'new']);
  for (const path of ['Box', 'std::boxed::Box', 'Arc<[u8]>', 'Arc']) assert.ok(ms.passNewTypes.test(path), path);
  // Only the types of `new` steps (not the `on` of another step).
  for (const path of ['MyBox', 'Boxed', 'Box::x', 'Vec', 'axb', 'Box<u8>x', 'Wrapper']) assert.ok(!ms.passNewTypes.test(path), path);
  assert.ok(ms.passNewTypes.test('a.b'));
  // No `new` step: nothing passes through a constructor.
  // (A `new` step without `on` names no type either.)
  const none = new Models([model('modules: [x]\nsteps: [{call: .into, kind: pass-through}, {call: new, kind: pass-through}]')]);
  for (const path of ['Box', 'x', 'Box<u8>', 'Box::', '<u8>']) assert.ok(!none.passNewTypes.test(path), path);
});

test('models: types, values and the crypto modules', () => {
  const ms = new Models([
    model('modules: [aes_gcm, std]\ntypes: [{name: Aes256Gcm, algorithm: AES-256-GCM, primitive: ae}]\nvalues: [{name: Padding::PKCS1, kind: rsa-padding}, {name: Oaep, kind: rsa-padding}, {name: PKCS1, kind: other}]'),
    model('modules: [ring, hashes, hash]\ntypes: [{name: SystemRandom, algorithm: CSPRNG, primitive: drbg}, {name: Md5, algorithm: MD5, primitive: hash}]', 'b.yml'),
    model('modules: [rand_core, cipher]\ntypes: [{name: OsRng, algorithm: CSPRNG, primitive: drbg}]', 'c.yml'),
    model('modules: [digest, aes_gcm, ciphers, block_cipher]\ntypes: [{name: X, algorithm: x}]', 'd.yml'),
    model('modules: [notypes]', 'e.yml'),
  ]);
  assert.equal(ms.type('Aes256Gcm')?.algorithm, 'AES-256-GCM');
  assert.equal(ms.type('Aes256Gcm')?.model, ms.all[0]);
  assert.equal(ms.type('Aes256Gcm<Aes>')?.name, 'Aes256Gcm');
  assert.equal(ms.type('Aes256Gcm<Aes<X>>')?.name, 'Aes256Gcm');
  assert.equal(ms.type('Y<Aes256Gcm>'), undefined);
  assert.equal(ms.type('Aes256'), undefined);
  assert.equal(ms.type(undefined), undefined);
  assert.equal(ms.type(''), undefined);
  assert.equal(ms.isModelType('Md5'), true);
  assert.equal(ms.isModelType('Md6'), false);
  assert.equal(ms.isModelType(undefined), false);
  // A value by its last two segments, else its last one, white space ignored.
  assert.equal(ms.value('rsa::Padding::PKCS1')?.name, 'Padding::PKCS1');
  assert.equal(ms.value('Padding :: PKCS1')?.name, 'Padding::PKCS1');
  assert.equal(ms.value('Other::PKCS1')?.name, 'PKCS1');
  assert.equal(ms.value('PKCS1')?.name, 'PKCS1');
  assert.equal(ms.value('rsa::Oaep')?.name, 'Oaep');
  assert.equal(ms.value('Oaep::new')?.name, undefined);
  assert.equal(ms.value('Padding'), undefined);
  // The modules of models with a type that is not only a random generator, without the generic
  // std/hash/digest/cipher, each once, in model order.
  assert.deepEqual(ms.cryptoModules(), ['aes_gcm', 'ring', 'hashes', 'ciphers', 'block_cipher']);
  assert.equal(ms.cryptoModules(), ms.cryptoModules());
});

test('models: the names of the sinks, by kind', () => {
  const ms = new Models([
    model('modules: [aes_gcm]\nsinks: [{call: .encrypt, kind: nonce}, {call: _::new, kind: key}, {call: Key::from_slice, kind: key}, {call: a::b::derive, kind: iterations}]'),
    model('modules: [x]\nsinks: [{call: .encrypt, kind: key}]\nfields: [{struct: Params, field: rounds, kind: iterations}, {struct: Config, field: cost, kind: cost}]', 'x.yml'),
  ]);
  const key = new Set(['key']);
  assert.deepEqual([...ms.names(key)].sort(), ['encrypt', 'from_slice', 'new']);
  assert.equal(ms.names(key), ms.names(key));
  assert.deepEqual([...ms.names(new Set(['nonce']))], ['encrypt']);
  assert.deepEqual([...ms.names(new Set(['iterations']))], ['derive']);
  assert.deepEqual([...ms.names(new Set(['none']))], []);
  assert.ok(ms.hasName('from_slice') && ms.hasName('derive') && ms.hasName('encrypt'));
  assert.ok(!ms.hasName('Key') && !ms.hasName('a') && !ms.hasName('rounds'));
  assert.deepEqual(ms.fieldSinks(new Set(['iterations', 'key'])).map((f) => `${f.struct}.${f.field}`), ['Params.rounds']);
  assert.deepEqual(ms.fieldSinks(new Set(['cost', 'iterations'])).map((f) => `${f.struct}.${f.field}`), ['Params.rounds', 'Config.cost']);
});

test("models: a rule's trigger words from its sinks' calls", () => {
  const ms = new Models([
    model('modules: [aes_gcm, aead]\ntypes: [{name: Aes256Gcm, algorithm: A}, {name: Key, algorithm: key}]\nsinks: [{call: .encrypt, kind: nonce}, {call: .seal, kind: nonce, on: [Sealer, "a.b"]}, {call: Key::from_slice, kind: key}, {call: Key::from, kind: key, on: [GenericArray]}, {call: _::new, kind: key, on: [Aes256Gcm, ChaCha]}, {call: _::new_from_slice, kind: key}, {call: aes_gcm::derive_key, kind: kdf}, {call: md5::compute, kind: hash}]\nfields: [{struct: Params, field: rounds, kind: kdf}]'),
    model('modules: [x-y]\nsinks: [{call: lower::Upper::f, kind: lower}, {call: lower::g, kind: lower}, {call: Outer::inner::h, kind: upper}, {call: _impl::seal, kind: upper}, {call: mixedCase::k, kind: upper}, {call: x::md5::compute, kind: hash3}]', 'x.yml'),
  ]);
  // `.method`: the name, and a type of the row (`on`, else the model's) or a module of the model.
  assert.deepEqual(ms.triggers(new Set(['nonce'])), ['w:encrypt&w:Aes256Gcm|w:Key|w:aead|w:aes_gcm', 'w:seal&w:Sealer|w:aead|w:aes_gcm']);
  // `T::f`: `T::`, `T` in a file with a type alias, `T as `; for `on` types as well.
  assert.deepEqual(ms.triggers(new Set(['key'])), [
    'Aes256Gcm',
    'ChaCha',
    'GenericArray as ',
    'GenericArray::',
    'Key as ',
    'Key::',
    'Key',
    'w:GenericArray&w:type',
    'w:Key&w:type',
  ].sort());
  // `a::b::f`: the name with a segment of its path or a module; a field with a module.
  assert.deepEqual(ms.triggers(new Set(['kdf'])), ['w:derive_key&w:aead|w:aes_gcm', 'w:rounds&w:aead|w:aes_gcm']);
  // A common name stays qualified.
  assert.ok(COMMON_NAMES.has('compute'));
  assert.ok(ms.triggers(new Set(['hash'])).includes('md5::compute'));
  assert.ok(!ms.triggers(new Set(['hash'])).includes('compute'));
  // A lower-case first segment is a path, not a type; a module that is not a word is no qualifier.
  assert.deepEqual(ms.triggers(new Set(['lower'])), ['w:f&w:Upper|w:lower', 'w:g&w:lower']);
  // Only a path of two segments whose first is a type name (capitalised, or `_`) is `T::f`.
  assert.deepEqual(ms.triggers(new Set(['upper'])), ['w:h&w:Outer|w:inner', 'w:k&w:mixedCase', 'w:seal&w:_impl']);
  // A common name keeps its last two segments.
  assert.ok(ms.triggers(new Set(['hash3'])).includes('md5::compute'));
  assert.ok(!ms.triggers(new Set(['hash3'])).some((t) => t.startsWith('w:compute&w:') || t === 'x::md5::compute'));
  assert.deepEqual(ms.triggers(new Set(['none'])), []);
});

test('models: every common call name is a trigger only in its qualified form', () => {
  const names = ['hash', 'digest', 'compute', 'derive', 'new', 'from', 'encrypt', 'decrypt', 'update', 'generate', 'verify', 'sign'];
  const ms = new Models([model(`modules: [lib]\nsinks: [${names.map((n) => `{call: lib::${n}, kind: ${n}}, {call: lib::${n}_all, kind: ${n}}`).join(', ')}]`)]);
  for (const n of names) {
    assert.ok(COMMON_NAMES.has(n), n);
    const t = ms.triggers(new Set([n]));
    // `lib::hash` (never the bare word), and for a name that is not common, `hash_all` with its crate.
    assert.ok(t.includes(`lib::${n}`), `${n}: ${t}`);
    assert.ok(!t.some((x) => x.startsWith(`w:${n}&w:`)), `${n}: ${t}`);
    assert.ok(t.includes(`w:${n}_all&w:lib`), `${n}: ${t}`);
  }
});

test('models: which rows a call matches', () => {
  const aead = model(
    'modules: [aes_gcm, aead]\ntypes: [{name: Aes256Gcm, algorithm: A}, {name: Key, algorithm: key}]\nsinks: [{call: .encrypt, kind: nonce, args: 2}, {call: .seal, kind: nonce, on: [Sealer]}, {call: Key::from_slice, kind: key}, {call: Key::from, kind: key, on: [GenericArray]}, {call: _::new, kind: key, on: [Aes256Gcm]}, {call: _::new_from_slice, kind: key}, {call: aes_gcm::kdf::derive_key, kind: kdf}]',
  );
  const free = model('modules: [free]\nsinks: [{call: .open, kind: open}, {call: _::new, kind: any}, {call: Outer::inner::h, kind: upper}, {call: _impl::seal, kind: upper}, {call: mixedCase::k, kind: upper}]', 'free.yml');
  const ms = new Models([aead, free]);
  type S = Omit<CallShape, 'imports'> & { imports?: string[] };
  const rows = (s: S, kinds?: string[]) => {
    const imported = s.imports ?? [];
    const shape: CallShape = { ...s, imports: (mods) => mods.some((m) => imported.includes(m)) };
    return ms.match(shape, kinds && new Set(kinds)).map((r) => `${r.model.file}:${r.call}`);
  };
  // A method: its receiver's type is a type of the row (`on`, else the model's) ...
  assert.deepEqual(rows({ name: 'encrypt', method: { receiverType: 'Aes256Gcm' }, args: 2 }), ['m.yml:.encrypt']);
  assert.deepEqual(rows({ name: 'encrypt', method: { receiverType: 'Key' }, args: 3 }), ['m.yml:.encrypt']);
  assert.deepEqual(rows({ name: 'encrypt', method: { receiverType: 'MyCipher' }, args: 2, imports: ['aes_gcm'] }), []);
  assert.deepEqual(rows({ name: 'seal', method: { receiverType: 'Sealer' }, args: 2 }), ['m.yml:.seal']);
  assert.deepEqual(rows({ name: 'seal', method: { receiverType: 'Aes256Gcm' }, args: 2, imports: ['aead'] }), []);
  // ... or, of an unknown type, in a file that imports a module of the model.
  assert.deepEqual(rows({ name: 'encrypt', method: {}, args: 2, imports: ['aead'] }), ['m.yml:.encrypt']);
  assert.deepEqual(rows({ name: 'encrypt', method: {}, args: 2, imports: ['free'] }), []);
  // A model without types: a known receiver type counts only with the model's modules imported.
  assert.deepEqual(rows({ name: 'open', method: { receiverType: 'Box' }, args: 1, imports: ['free'] }), ['free.yml:.open']);
  assert.deepEqual(rows({ name: 'open', method: { receiverType: 'Box' }, args: 1, imports: ['aead'] }), []);
  // Too few arguments; another kind; not a method call; no row of the name.
  assert.deepEqual(rows({ name: 'encrypt', method: { receiverType: 'Aes256Gcm' }, args: 1 }), []);
  assert.deepEqual(rows({ name: 'encrypt', method: { receiverType: 'Aes256Gcm' }, args: 2 }, ['key']), []);
  assert.deepEqual(rows({ name: 'encrypt', method: { receiverType: 'Aes256Gcm' }, args: 2 }, ['key', 'nonce']), ['m.yml:.encrypt']);
  assert.deepEqual(rows({ name: 'encrypt', path: { written: 'encrypt', resolved: 'encrypt' }, args: 2, imports: ['aead'] }), []);
  assert.deepEqual(rows({ name: 'decrypt', method: {}, args: 2, imports: ['aead'] }), []);

  // `T::f`: the path's type is T (or an `on` type), not a local one ...
  const path = (written: string, resolved: string, selfType?: string, local?: boolean) => ({ written, resolved, selfType, local });
  assert.deepEqual(rows({ name: 'from_slice', path: path('Key::from_slice', 'Key::from_slice', 'Key'), args: 1 }), ['m.yml:Key::from_slice']);
  assert.deepEqual(rows({ name: 'from_slice', path: path('Key::from_slice', 'Key::from_slice', 'Key', true), args: 1 }), []);
  assert.deepEqual(rows({ name: 'from_slice', path: path('from_slice', 'from_slice'), args: 1, imports: ['aead'] }), []);
  assert.deepEqual(rows({ name: 'from_slice', path: path('Nonce::from_slice', 'Nonce::from_slice', 'Nonce'), args: 1, imports: ['aead'] }), []);
  assert.deepEqual(rows({ name: 'from', path: path('GenericArray::from', 'GenericArray::from', 'GenericArray'), args: 1, imports: ['aead'] }), ['m.yml:Key::from']);
  // ... and a path through a module of the model, if the path has one before the type.
  assert.deepEqual(rows({ name: 'from_slice', path: path('aes_gcm::Key::from_slice', 'aes_gcm::Key::from_slice', 'Key'), args: 1 }), ['m.yml:Key::from_slice']);
  assert.deepEqual(rows({ name: 'from_slice', path: path('other::Key::from_slice', 'other::Key::from_slice', 'Key'), args: 1, imports: ['aead'] }), []);
  assert.deepEqual(rows({ name: 'from_slice', path: path('a::aead::Key::from_slice', 'a::aead::Key::from_slice', 'Key'), args: 1 }), ['m.yml:Key::from_slice']);
  // Without a module before it: the type is the model's, or the file imports the model's modules.
  assert.deepEqual(rows({ name: 'from', path: path('GenericArray::from', 'GenericArray::from', 'GenericArray'), args: 1 }), []);
  // `_::f`: any type of the row.
  assert.deepEqual(rows({ name: 'new', path: path('Aes256Gcm::new', 'Aes256Gcm::new', 'Aes256Gcm'), args: 1 }), ['m.yml:_::new']);
  assert.deepEqual(rows({ name: 'new', path: path('Key::new', 'Key::new', 'Key'), args: 1, imports: ['aead'] }), []);
  assert.deepEqual(rows({ name: 'new', path: path('Thing::new', 'free::Thing::new', 'Thing'), args: 1 }), []);
  // Without `on`, `_::f` is any type of the model.
  assert.deepEqual(rows({ name: 'new_from_slice', path: path('Key::new_from_slice', 'Key::new_from_slice', 'Key'), args: 1 }), ['m.yml:_::new_from_slice']);
  assert.deepEqual(rows({ name: 'new_from_slice', path: path('Other::new_from_slice', 'Other::new_from_slice', 'Other'), args: 1, imports: ['aead'] }), []);
  // A method call never matches a path row.
  assert.deepEqual(rows({ name: 'from_slice', method: { receiverType: 'Key' }, args: 1, imports: ['aead'] }), []);
  assert.deepEqual(rows({ name: 'derive_key', method: {}, args: 1, imports: ['aes_gcm'] }), []);
  // Paths that are not `T::f`: three segments, or a first segment that is not a type's name.
  for (const [name, p] of [['h', 'Outer::inner::h'], ['seal', '_impl::seal'], ['k', 'mixedCase::k']]) {
    assert.deepEqual(rows({ name, path: path(p, p), args: 0 }), [`free.yml:${p}`], p);
  }

  // `a::b::f`: the resolved path ends with the row's (or the row's with the call's), not a local function.
  assert.deepEqual(rows({ name: 'derive_key', path: path('aes_gcm::kdf::derive_key', 'aes_gcm::kdf::derive_key'), args: 0 }), ['m.yml:aes_gcm::kdf::derive_key']);
  assert.deepEqual(rows({ name: 'derive_key', path: path('kdf::derive_key', 'kdf::derive_key'), args: 0 }), ['m.yml:aes_gcm::kdf::derive_key']);
  assert.deepEqual(rows({ name: 'derive_key', path: path('x::aes_gcm::kdf::derive_key', 'x::aes_gcm::kdf::derive_key'), args: 0 }), ['m.yml:aes_gcm::kdf::derive_key']);
  assert.deepEqual(rows({ name: 'derive_key', path: path('other::derive_key', 'other::derive_key'), args: 0, imports: ['aes_gcm'] }), []);
  assert.deepEqual(rows({ name: 'derive_key', path: path('x::kdf::derive_key', 'x::kdf::derive_key'), args: 0 }), []);
  assert.deepEqual(rows({ name: 'derive_key', path: path('aes_gcm::kdf::derive_key', 'aes_gcm::kdf::derive_key', undefined, true), args: 0 }), []);
  // A bare call: where the file globs the row's module in (`use aes_gcm::kdf::*`, or through a longer path ending in it).
  assert.deepEqual(rows({ name: 'derive_key', path: path('derive_key', 'derive_key'), args: 0, globs: ['aes_gcm::kdf'] }), ['m.yml:aes_gcm::kdf::derive_key']);
  assert.deepEqual(rows({ name: 'derive_key', path: path('derive_key', 'derive_key'), args: 0, globs: ['vendored::aes_gcm::kdf'] }), ['m.yml:aes_gcm::kdf::derive_key']);
  assert.deepEqual(rows({ name: 'derive_key', path: path('derive_key', 'derive_key'), args: 0, imports: ['aes_gcm'] }), []);
  assert.deepEqual(rows({ name: 'derive_key', path: path('derive_key', 'derive_key'), args: 0, globs: ['aes_gcm', 'my_aes_gcm::kdf'] }), []);
  assert.deepEqual(rows({ name: 'derive_key', path: path('derive_key', 'derive_key', undefined, true), args: 0, globs: ['aes_gcm::kdf'] }), []);
});

test('models: a folder of models is read in name order, its YAML files only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcg-models-'));
  try {
    for (const name of ['z.yml', 'b.yaml', 'a.yml']) writeFileSync(join(dir, name), `name: ${name}\nmodules: [m]\n`);
    // Not models: a backup, a note; their text would not parse as a model.
    writeFileSync(join(dir, 'c.yml.orig'), 'not: [a, model');
    writeFileSync(join(dir, 'README.md'), '# notes');
    assert.deepEqual(loadModelFiles([dir]).map((m) => m.name), ['a.yml', 'b.yaml', 'z.yml']);
    assert.deepEqual(loadModels([dir]).all.slice(-3).map((m) => m.name), ['a.yml', 'b.yaml', 'z.yml']);
    // A file where a folder is expected.
    const file = join(dir, 'a.yml');
    assert.throws(() => loadModelFiles([file]), (e: unknown) => e instanceof ModelError && e.message === `models directory not found: ${file}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const builtin = loadModelFiles([builtinModelsDir()]).map((m) => basename(m.file));
  assert.deepEqual(builtin, [...builtin].sort());
  assert.ok(builtin.includes('rustcrypto-aead.yml'));
});

test('models: the built-in models load, and a missing folder is an error', () => {
  const ms = loadModels();
  assert.ok(ms.all.length >= 10);
  assert.ok(ms.all.every((m) => m.modules.length > 0));
  assert.ok(ms.isModelType('Aes256Gcm'));
  assert.throws(() => loadModels(['/nonexistent/models']), (e: unknown) => e instanceof ModelError && e.message === 'models directory not found: /nonexistent/models');
});
