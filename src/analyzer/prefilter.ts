import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node as ReNode } from '@eslint-community/regexpp/ast';
import { bundledData } from '../yaml-doc.ts';
import { isIdentChar as isIdent } from './source.ts';

/** What a piece of a name cannot be next to: a letter, a digit, or a quote (a name is not in a string: `r#"iv"#`). NaN, before the start or past the end of the text, is none. */
const nameBound = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 34;

// The rules' text prefilter: which rules can match a file, decided from its text before it is
// parsed. Every literal the rules need — their trigger words, and the literals a `re:` trigger
// cannot match without — is found in ONE pass over the text by a multi-pattern automaton
// (Aho–Corasick, compiled into a table of transitions); a `re:` trigger's regex then runs only on
// the files that hold the literals it requires, which on a big tree are few.

/** A rule as the prefilter sees it (the engine hands its RuleDefs). */
export interface Triggered {
  triggers: string[];
}


/**
 * Many literals found in one pass: `scan(text, onMatch)` calls back with the pattern's index and
 * the offset where it starts, for every occurrence (overlapping ones too). npm's Aho–Corasick
 * packages look characters up in a Map per step and return match objects, which is slower than
 * V8's regex engine on this workload; a flat Int32Array of transitions over the few character
 * classes the patterns use does the pass in about a nanosecond per character.
 */
export class LiteralAutomaton {
  readonly patterns: readonly string[];
  private readonly classOf: Uint16Array;
  private readonly delta: Int32Array;
  /** By a state's row offset: the patterns that end there (through failure links too), or undefined. */
  private readonly out: (number[] | undefined)[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    // (Built once per process, mostly before the JIT has warmed up: flat typed arrays and child
    // lists, no Map per state, and states kept as row offsets from the start.)
    const classOf = new Uint16Array(65536);
    let classes = 1;
    for (const p of patterns) for (let i = 0; i < p.length; i++) if (!classOf[p.charCodeAt(i)]) classOf[p.charCodeAt(i)] = classes++;
    // The trie: a state's row offset → its children as [class, child offset] pairs.
    const bound = patterns.reduce((n, p) => n + p.length, 1);
    const trie = new Int32Array(bound * classes);
    const children: number[][] = [[]];
    const ends: number[][] = [[]];
    let rows = 1;
    for (let id = 0; id < patterns.length; id++) {
      const p = patterns[id];
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = classOf[p.charCodeAt(i)];
        let t = trie[s + c];
        if (t === 0) {
          t = rows++ * classes;
          trie[s + c] = t;
          children[s / classes].push(c, t);
          children.push([]);
          ends.push([]);
        }
        s = t;
      }
      ends[s / classes].push(id);
    }
    // Failure links in breadth-first order, folded into a full transition table: each state's row
    // starts as its failure state's row (a native copy), then its own children are written over it.
    // A transition into a state where patterns end is stored complemented (negative), so the scan
    // tests a sign instead of looking every character's state up in `out`. Whether patterns end in
    // a state is known when the transition into it is written: its own patterns, or its failure
    // state's (shallower, so already linked).
    const delta = new Int32Array(rows * classes);
    const fail = new Int32Array(rows);
    const ending = new Int8Array(rows);
    const enc = (t: number) => (ending[t / classes] ? ~t : t);
    const queue: number[] = [];
    for (let k = 0; k < children[0].length; k += 2) {
      const t = children[0][k + 1];
      ending[t / classes] = ends[t / classes].length ? 1 : 0;
      delta[children[0][k]] = enc(t);
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const f = fail[s / classes];
      if (ends[f / classes].length) ends[s / classes] = ends[s / classes].concat(ends[f / classes]);
      delta.copyWithin(s, f, f + classes);
      const kids = children[s / classes];
      for (let k = 0; k < kids.length; k += 2) {
        const t = kids[k + 1];
        const v = delta[f + kids[k]];
        const ft = v < 0 ? ~v : v;
        fail[t / classes] = ft;
        ending[t / classes] = ends[t / classes].length || ending[ft / classes] ? 1 : 0;
        delta[s + kids[k]] = enc(t);
        queue.push(t);
      }
    }
    this.classOf = classOf;
    this.delta = delta;
    this.out = new Array(delta.length);
    for (let state = 0; state < rows; state++) if (ends[state].length) this.out[state * classes] = ends[state];
  }

  /** With `done`, a pattern whose entry is set is not reported again (the caller has learnt all it needs of it). */
  scan(text: string, onMatch: (pattern: number, start: number) => void, done?: Uint8Array): void {
    const { classOf, delta, out, patterns } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = delta[s + classOf[text.charCodeAt(i)]];
      if (s < 0) {
        s = ~s;
        for (const p of out[s]!) if (done === undefined || done[p] === 0) onMatch(p, i + 1 - patterns[p].length);
      }
    }
  }
}

/**
 * What a regex cannot match without: a conjunction of clauses, each a set of literals one of which
 * every match contains. Derived from the regex's syntax tree (parsed with regexpp), conservatively:
 * whatever is not understood (classes, `\w`, unbounded repeats, flags) contributes no clause, so a
 * missing clause only costs a regex run, never a match. Empty when nothing is required.
 */
export function requiredLiterals(source: string, flags = ''): string[][] {
  if (/[iv]/.test(flags)) return [];
  // The built-in triggers' answers are computed at bundle time (dist/builtin-data.json).
  if (!flags) {
    const known = bundledData().regexLiterals.get(source);
    if (known) return known.map((c) => [...c]);
  }
  return deriveRequiredLiterals(source, flags);
}

/**
 * What a tree-sitter query cannot match without, from its text predicates: `(#eq? @c "Hmac")` needs
 * the file to hold `Hmac`, `(#match? @c "re")` what the regex requires, `(#any-of? @c "a" "b")` one
 * of its strings (a captured node's text is part of the file's text). Only for a query of one
 * pattern (a predicate binds its own pattern); empty when nothing is required.
 */
export function queryRequiredLiterals(query: string, patternCount: number): string[][] {
  if (patternCount !== 1) return [];
  const clauses: string[][] = [];
  for (const { op, strings } of queryPredicates(query)) {
    if (op === 'match') clauses.push(...requiredLiterals(strings[0]));
    else if (op === 'eq' && strings.length === 1 && strings[0]) clauses.push([strings[0]]);
    else if (op === 'any-of' && strings.every((x) => x)) clauses.push(strings);
  }
  return clauses;
}

/** The regexes of a query's `#match?` predicates (the bundle script computes their literals ahead). */
export function queryRegexes(query: string): string[] {
  return queryPredicates(query).flatMap((p) => (p.op === 'match' ? [p.strings[0]] : []));
}

/** A query's `#eq?`, `#match?` and `#any-of?` predicates that compare a capture with strings, the strings unquoted. */
function queryPredicates(query: string): { op: string; strings: string[] }[] {
  // A query string's escapes: backslash and n, t, r or 0 is that control character; before anything else, the character itself.
  const unquote = (s: string) => s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' })[c] ?? c);
  return [...query.matchAll(/\(#(eq|match|any-of)\?\s+@[\w.-]+((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)/g)].map((m) => ({ op: m[1], strings: [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => unquote(x[1])) }));
}

/** requiredLiterals without the bundle-time table (the bundle script fills the table with it). */
export function deriveRequiredLiterals(source: string, flags = ''): string[][] {
  let pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: false });
  } catch {
    return [];
  }
  const { clauses } = alternatives(pattern.alternatives);
  // A clause is worth testing when each of its literals is at least two characters long.
  const useful = new Map<string, string[]>();
  for (const c of clauses) if (c.length && c.every((s) => s.length >= 2)) useful.set(JSON.stringify(minimal(c)), minimal(c));
  // The most selective first (longest shortest literal); a few are enough.
  const shortest = (c: string[]) => Math.min(...c.map((s) => s.length));
  return [...useful.values()].sort((a, b) => shortest(b) - shortest(a) || a.length - b.length).slice(0, 4);
}

/** A clause with no literal that contains another of its literals (if `ab` occurs, `xaby`'s clause holds anyway). */
function minimal(clause: string[]): string[] {
  const set = [...new Set(clause)].sort((a, b) => a.length - b.length);
  return set.filter((s, i) => !set.slice(0, i).some((t) => s.includes(t)));
}

/** What is known of a part of a regex: all the strings it matches (when few), and the clauses every match satisfies. */
interface Info {
  exact?: string[];
  clauses: string[][];
}

const MAX_EXACT = 64;
const ANY: Info = { clauses: [] };

function alternatives(alts: Alternative[]): Info {
  const infos = alts.map(sequence);
  if (infos.length === 1) return infos[0];
  const exact = infos.every((i) => i.exact) ? infos.flatMap((i) => i.exact!) : undefined;
  // A disjunction holds when one of its branches does: a clause from each branch, joined.
  const branchClause = (i: Info) => (i.exact && i.exact.every((s) => s.length >= 2) ? [i.exact] : i.clauses.filter((c) => c.every((s) => s.length >= 2)));
  const per = infos.map(branchClause);
  let joined: string[][] = [];
  if (per.every((c) => c.length)) {
    joined = [[]];
    for (const options of per) {
      const grown: string[][] = [];
      for (const j of joined) for (const o of options.slice(0, 3)) grown.push([...j, ...o]);
      joined = grown.slice(0, 9);
    }
  }
  return { exact: exact && exact.length <= MAX_EXACT ? exact : undefined, clauses: joined };
}

function sequence(alt: Alternative): Info {
  const clauses: string[][] = [];
  let run: string[] | undefined = [''];
  let whole = true;
  const flush = () => {
    if (run && !run.includes('')) clauses.push(run);
    run = [''];
  };
  for (const el of alt.elements) {
    const info = element(el);
    clauses.push(...info.clauses);
    if (info.exact && run && run.length * info.exact.length <= MAX_EXACT) {
      const grown: string[] = [];
      for (const a of run) for (const b of info.exact) grown.push(a + b);
      run = grown;
    } else {
      whole = false;
      flush();
      if (info.exact) run = [...info.exact];
    }
  }
  const exact = whole ? run : undefined;
  flush();
  return { exact, clauses };
}

function element(el: Element | ReNode): Info {
  switch (el.type) {
    case 'Character':
      return { exact: [String.fromCodePoint(el.value)], clauses: [] };
    case 'Assertion': {
      // Zero-width: `\b`, `^`, lookarounds match the empty string. What a positive lookbehind
      // requires is in the text just before (a trigger written from its operator, `==(?<=token\s*==)`):
      // the file must hold it, which is what the prefilter asks.
      if (el.kind === 'lookbehind' && !el.negate) {
        const inner = alternatives(el.alternatives);
        const required = inner.exact && inner.exact.every((x) => x.length >= 2) ? [inner.exact, ...inner.clauses] : inner.clauses;
        return { exact: [''], clauses: required };
      }
      return { exact: [''], clauses: [] };
    }
    case 'Group':
    case 'CapturingGroup':
      return alternatives(el.alternatives);
    case 'CharacterClass': {
      if (el.negate || el.unicodeSets) return ANY;
      const chars: string[] = [];
      for (const e of el.elements) {
        if (e.type === 'Character') chars.push(String.fromCodePoint(e.value));
        else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 8) for (let c = e.min.value; c <= e.max.value; c++) chars.push(String.fromCodePoint(c));
        else return ANY;
      }
      return chars.length && chars.length <= 8 ? { exact: chars, clauses: [] } : ANY;
    }
    case 'Quantifier': {
      const inner = element(el.element);
      if (el.min === 0) return el.max === 1 && inner.exact ? { exact: ['', ...inner.exact], clauses: [] } : ANY;
      const clauses = inner.exact ? [inner.exact, ...inner.clauses] : inner.clauses;
      if (el.min === 1 && el.max === 1) return inner;
      return { clauses };
    }
    default:
      // Backreferences, `.`, `\w`, `\s` and the like: nothing known.
      return ANY;
  }
}

/**
 * The rules' prefilters, run as one pass over the text. A word trigger must start where an
 * identifier starts (`ring::` is not in `String::`), and a `w:word` must also end where one ends
 * (`Des` is not in `Deserialize`); `re:` triggers are regexes, each run at most once per file and
 * only when the file holds the literals it requires. `n:piece` is a piece of a name: it occurs with
 * no letter, digit or quote on either side (`nonce` in `cipher_nonce`, `nonce_len` or `nonce[..12]`,
 * not in `nonces`, `Nonce` or `"nonce"`), the way snake_case names are made. `a&b|c` is a conjunction of word triggers:
 * `a`, and `b` or `c` (`w:open&w:secretbox|w:sodiumoxide`: a name the resolver takes for an API
 * only where the file names the API's crate or type).
 */
export class Prefilter<R extends Triggered> {
  private readonly always: R[] = [];
  private readonly automaton: LiteralAutomaton;
  /** Per pattern of the automaton: the rules a word trigger turns on, and whether it must end a word. */
  private readonly wordRules: (R[] | undefined)[] = [];
  private readonly wholeWord: boolean[] = [];
  private readonly regexes: { re: RegExp; rules: R[]; needs: number[][] }[] = [];
  /** Conjunctions: every clause needs one of its words (pattern, whole word or start only). */
  private readonly conjunctions: { rules: R[]; clauses: { p: number; whole: boolean }[][] }[] = [];
  /** Patterns some conjunction asks for (their occurrences are recorded, at word start / as whole words). */
  private readonly inConjunction: boolean[] = [];
  /** Per pattern of the automaton: the rules it turns on where it occurs as a piece of a name (`n:`). */
  private readonly pieceRules: (R[] | undefined)[] = [];
  /** Patterns whose every occurrence `active` reports (`tracked`), whatever the rules need of them. */
  private readonly trackedPattern: boolean[] = [];

  /** `tracked`: literals whose every occurrence is wanted too, found in the same pass (the engine's `const` and `static`). */
  constructor(rules: R[], triggersOf: (r: R) => string[] = (r) => r.triggers, tracked: readonly string[] = []) {
    const index = new Map<string, number>();
    const patterns: string[] = [];
    const patternOf = (lit: string) => {
      let i = index.get(lit);
      if (i === undefined) {
        i = patterns.length;
        index.set(lit, i);
        patterns.push(lit);
      }
      return i;
    };
    const byRegex = new Map<string, { re: RegExp; rules: R[]; needs: number[][] }>();
    const words = new Map<string, { rules: R[]; whole: boolean }>();
    const byConjunction = new Map<string, { rules: R[]; clauses: { p: number; whole: boolean }[][] }>();
    for (const rule of rules) {
      const triggers = triggersOf(rule);
      if (triggers.length === 0) this.always.push(rule);
      for (const raw of triggers) {
        if (!raw.startsWith('re:') && /[&|]/.test(raw)) {
          const clauses = raw.split('&').map((c) => c.split('|').map((w) => ({ p: patternOf(w.replace(/^w:/, '')), whole: w.startsWith('w:') })));
          for (const c of clauses) for (const { p } of c) this.inConjunction[p] = true;
          const key = raw;
          let entry = byConjunction.get(key);
          if (!entry) {
            entry = { rules: [], clauses };
            byConjunction.set(key, entry);
            this.conjunctions.push(entry);
          }
          entry.rules.push(rule);
          continue;
        }
        if (raw.startsWith('n:')) {
          const p = patternOf(raw.slice(2));
          (this.pieceRules[p] ??= []).push(rule);
          continue;
        }
        const whole = raw.startsWith('w:');
        const t = whole ? raw.slice(2) : raw;
        if (t.startsWith('re:')) {
          // Rules share regexes (the key constructors): each distinct one is run once per file.
          let entry = byRegex.get(t);
          if (!entry) {
            entry = { re: new RegExp(t.slice(3)), rules: [], needs: [] };
            byRegex.set(t, entry);
            this.regexes.push(entry);
          }
          entry.rules.push(rule);
        } else {
          const w = words.get(t) ?? { rules: [], whole: false };
          w.rules.push(rule);
          // As before: a word is whole-word if any rule asked for it so.
          w.whole ||= whole;
          words.set(t, w);
        }
      }
    }
    for (const [t, w] of words) {
      const i = patternOf(t);
      this.wordRules[i] = w.rules;
      this.wholeWord[i] = w.whole;
    }
    for (const entry of this.regexes) entry.needs = requiredLiterals(entry.re.source, entry.re.flags).map((clause) => clause.map(patternOf));
    for (const t of tracked) this.trackedPattern[patternOf(t)] = true;
    this.automaton = new LiteralAutomaton(patterns);
  }

  /**
   * The rules whose triggers occur in `text`, in the order of `order`; only the rules of `order` are
   * looked for (a regex no other rule needs is not run). With `tracked`, the start of every
   * occurrence of the tracked literals is pushed onto it, in order. With `maybe`, where a word
   * trigger turns a rule on, the regexes are not run and their rules are answered as if they
   * matched wherever the literals they need are there: a superset, for a caller that asks again
   * (of the text with its comments blanked) before it believes the answer.
   */
  active(text: string, order: R[], tracked?: number[], maybe = false): R[] {
    const hit = new Set<R>(this.always);
    const wanted = new Set(order);
    const open = (rules: R[]) => rules.some((r) => !hit.has(r) && wanted.has(r));
    const n = this.automaton.patterns.length;
    const seen = new Uint8Array(n);
    // 1: starts a word; 2: is a whole word (for the conjunctions' words only).
    const word = this.conjunctions.length ? new Uint8Array(n) : seen;
    // A pattern is done once nothing more can be learnt from it: seen, and (for a trigger word) seen
    // where a word starts, and also as a whole word if anything asks for one.
    const done = new Uint8Array(n);
    const piece = new Uint8Array(n);
    this.automaton.scan(
      text,
      (p, start) => {
        seen[p] = 1;
        // (A tracked literal is never done: every occurrence is wanted.)
        const always = tracked !== undefined && this.trackedPattern[p] === true;
        if (always) tracked.push(start);
        const pieces = this.pieceRules[p];
        if (pieces !== undefined && !piece[p] && !nameBound(text.charCodeAt(start - 1)) && !nameBound(text.charCodeAt(start + this.automaton.patterns[p].length))) {
          piece[p] = 1;
          for (const r of pieces) hit.add(r);
        }
        // (Done only once a name piece, if one is asked for, has been seen too.)
        const pieceDone = pieces === undefined || piece[p] === 1;
        const rules = this.wordRules[p];
        const conj = this.inConjunction[p] === true;
        if (rules === undefined && !conj) {
          if (pieceDone && !always) done[p] = 1;
          return;
        }
        if (start > 0 && isIdent(text.charCodeAt(start - 1))) return;
        const end = start + this.automaton.patterns[p].length;
        const whole = end >= text.length || !isIdent(text.charCodeAt(end));
        if (conj) word[p] |= whole ? 3 : 1;
        if ((whole || (!conj && !this.wholeWord[p])) && pieceDone && !always) done[p] = 1;
        if (rules === undefined || (this.wholeWord[p] && !whole)) return;
        for (const r of rules) hit.add(r);
      },
      done,
    );
    // (The words first: most files hold none of a conjunction's, and testing them is cheaper than the rules.)
    for (const { rules, clauses } of this.conjunctions) {
      if (clauses.every((c) => c.some(({ p, whole }) => word[p] & (whole ? 2 : 1))) && open(rules)) for (const r of rules) hit.add(r);
    }
    // A regex whose literals are all there: run, or only named when the words already turned a rule on.
    const named = maybe && order.some((r) => hit.has(r));
    for (const { re, rules, needs } of this.regexes) {
      if (!open(rules)) continue;
      if (!needs.every((clause) => clause.some((p) => seen[p]))) continue;
      if (named || re.test(text)) for (const r of rules) hit.add(r);
    }
    return order.filter((r) => hit.has(r));
  }
}
