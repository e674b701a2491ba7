import type { Node, Query, Tree } from 'web-tree-sitter';
import { type Finding, type Note, type Region, type RelatedLocation, type Severity, compareFindings, severityRank } from '../finding.ts';
import type { RuleDef } from '../rules/catalog.ts';
import { CHECKS } from './checks/index.ts';
import { SECRET_NAMED, isPasswordParam } from './checks/keys.ts';
import { unwrapItemMacros } from './item-macros.ts';
import { type ItemScope, partialRanges } from './partial.ts';
import { blankComments } from './lexical.ts';
import { assignFingerprints } from './fingerprint.ts';
import { FileModel, type Span } from './model.ts';
import type { RustParser } from './parser.ts';
import { CONST_KEYWORDS, SourceText } from './source.ts';
import { type Suppression, parseSuppressions, suppressionFor } from './suppress.ts';
import { Prefilter, queryRequiredLiterals } from './prefilter.ts';
import { Values, escapeRe, integerLiteral, isLiteralValue } from './values.ts';

export { integerLiteral } from './values.ts';
import type { Models } from './models.ts';
import { Resolver } from './resolve.ts';
import { type CryptoUse, cryptoUses } from './uses.ts';
import { type CallFact, type FieldReach, type FieldWrite, type FlowSummary, type HashReturn, type PathScope, type Reach, type SinkKind, callFacts, mentionOf, propagate, reachTable, reachesOf, summarize, targetsOf } from './flow.ts';
import { indexFor, inlinePathAt, placeFn, scopeOf } from './modules.ts';
import { CrateTypes, type PathRef, constByPath, secretStructField } from './crate-items.ts';

export type { Check, CheckContext, CrateContext, ExternalCondition, ReportOptions } from './check-context.ts';
import type { CheckContext, CrateContext, ReportOptions, SecretStructCondition } from './check-context.ts';

export interface ExportedConst {
  name: string;
  file: string;
  region: Finding['region'];
  isConst: boolean;
  /** The literal, when the value is one (`13`, `600_000`, `b"key"`). */
  literal?: string;
  /** The UPPER_CASE const it is defined as (`const A: u32 = B;`), to chase. */
  alias?: string;
  /** That const as written (`crate::store::FACTORY_KEY`), for the `mod` tree. */
  aliasPath?: string;
  /** The inline modules (`mod x { .. }`) around the item in its file. */
  inline?: string[];
}

interface PendingFinding {
  finding: Finding;
  name: string;
  below?: number;
  /** Where the name is written, for the `mod` tree (crate-items.ts). */
  ref?: PathRef;
  /** Waits on a struct of another file instead of a const (secret-logged's `{:?}`). */
  struct?: SecretStructCondition;
  /** Waits on a function of another file that writes its argument out (secret-logged's wrappers). */
  logWrapper?: true;
}

export interface FileAnalysis {
  file: string;
  findings: Finding[];
  pending: PendingFinding[];
  /** What the file's function parameters and fields reach (for findings across functions and files). */
  flow?: FlowSummary;
  /** The crate the file belongs to, when known: calls are followed only within a crate and into its dependencies. */
  crate?: CrateContext;
  /** Findings kept once per key across the scan (see ReportOptions.oncePer). */
  once: { key: string; finding: Finding }[];
  notes: Note[];
  /** Names of the file's UPPER_CASE consts/statics (from the text), to find definitions for other files. */
  constNames: string[];
  suppressions: Suppression[];
  /** The crypto API calls the models recognise (only when the engine's `collectUses` is on): for the crypto inventory. */
  uses?: CryptoUse[];
  /** Read for what other files need from it (its consts), not analyzed: a file of the crate outside a PR's reach. */
  contextOnly?: boolean;
}

/** A file of the crate that is only context: its text is known, it is parsed only when a const of it is needed. */
export function contextAnalysis(file: string, text: string, crate?: CrateContext): FileAnalysis {
  return { file, findings: [], pending: [], once: [], notes: [], constNames: new SourceText(text).declaredConsts.filter((n) => CONST_NAME.test(n)), suppressions: [], crate, contextOnly: true };
}

/** Reads a file again and returns the consts it defines: used only for names other files need. */
export type ConstLookup = (file: string) => ExportedConst[];

export const SUPPRESSION_RULE = 'suppression-without-reason';
/** The rules whose sinks the crate-wide dataflow follows, by the kind of sink. */
const FLOW_RULE_OF: Record<SinkKind, string> = { key: 'hardcoded-key', nonce: 'constant-nonce', salt: 'weak-kdf', iterations: 'weak-kdf-cost', memory: 'weak-kdf-cost', 'kdf-ikm': 'weak-kdf' };
/** The cost below which a constant count is reported: PBKDF2 iterations (OWASP, HMAC-SHA256), Argon2 memory in KiB (below 7 MiB no number of passes reaches OWASP's minimum). */
const COST_FLOOR: Partial<Record<SinkKind, number>> = { iterations: 600_000, memory: 7_168 };
const FLOW_RULES = new Set(Object.values(FLOW_RULE_OF));
const DATAFLOW_RULES = new Set([...FLOW_RULES, 'weak-rng', 'weak-password-hash']);
/** A const's name as other files refer to it (SCREAMING_CASE). */
const CONST_NAME = /^[A-Z][A-Z0-9_]*$/;

/** Rules compiled against the grammar, ready to run on many files. */
/**
 * A rule's prefilter triggers: its own, and the words its API models give. Model-derived words are
 * whole words (`Des` must not fire on `Deserialize`; `Key::` ends at `::` anyway); a conjunction
 * (`w:open&w:secretbox|…`) says its words' kinds itself.
 */
export function ruleTriggers(r: RuleDef, models: Models): string[] {
  return [...r.triggers, ...[...models.triggers(new Set(r.sinks)), ...models.sourceNames(new Set(r.sources))].map((t) => (/\w$/.test(t) && !t.includes('&') && !t.startsWith('re:') ? `w:${t}` : t))];
}

export class Engine {
  readonly rules: RuleDef[];
  private readonly parser: RustParser;
  private readonly constQuery: Query;
  /** Each rule's query patterns, with the literals the file's text must hold for the query to match (its text predicates). */
  private readonly patternQueries = new Map<RuleDef, { query: Query; needs: string[][] }[]>();
  private readonly prefilter: Prefilter<RuleDef>;
  /** The rules the tree-sitter engine runs (build/* findings come from the compiler). */
  private readonly syntaxRules: RuleDef[];
  /** Rules with a query that names a comment node: their triggers count in comments too. */
  private readonly readsComments: Set<RuleDef>;
  private readonly scopes = new Map<RuleDef, ItemScope>();

  readonly models: Models;
  /** Off only to prove that the prefilter changes no finding (the parity test). */
  usePrefilter = true;
  /** Files parsed by this engine so far (analysis, call sites for the crate-wide flow, consts), for the benchmark. */
  parses = { analyze: 0, partial: 0, skipped: 0, callers: 0, consts: 0, inventory: 0 };
  /** Also list each file's crypto API uses (FileAnalysis.uses), for the crypto inventory; changes no finding. */
  collectUses = false;
  private cryptoMention?: RegExp;

  constructor(parser: RustParser, rules: RuleDef[], models: Models) {
    this.parser = parser;
    this.rules = rules;
    this.models = models;
    this.constQuery = parser.query('(const_item) @item (static_item) @item');
    this.syntaxRules = rules.filter((r) => r.check !== 'cargo');
    this.readsComments = new Set(rules.filter((r) => r.patterns.some((p) => /comment/.test(p.query))));
    // Model-derived triggers are whole words (`Des` must not fire on `Deserialize`); `Key::` ends at `::` anyway.
    this.prefilter = new Prefilter(this.syntaxRules, (r) => ruleTriggers(r, models), CONST_KEYWORDS);
    for (const rule of rules) {
      this.patternQueries.set(
        rule,
        rule.patterns.map((p, i) => {
          try {
            const query = parser.query(p.query);
            return { query, needs: queryRequiredLiterals(p.query, query.patternCount()) };
          } catch (e) {
            throw new Error(`${rule.file}: patterns[${i}] is not a valid tree-sitter query: ${(e as Error).message}`);
          }
        }),
      );
    }
  }

  /**
   * The rules the prefilter lets run on this text: those whose triggers occur in its code. A
   * trigger that occurs only in comments (a doc comment's example, `// use Instant::now()`) runs
   * nothing, since no check reads comments; a rule whose query names a comment node is the
   * exception and is judged on the whole text. (The comments are blanked only where a trigger
   * occurs at all, which on a big tree is a few files; the cheap pass over the text stays one.)
   */
  prefilterFor(text: string): RuleDef[] {
    return this.triggered(text).rules;
  }

  /** prefilterFor's answer, with the text's comments blanked where that was needed to give it. */
  private triggered(text: string): { rules: RuleDef[]; code?: string; constAt?: number[] } {
    // (The same pass finds every `const` and `static` of the text, for the file's const names.)
    const constAt: number[] = [];
    // (Where a word trigger occurs, the regex triggers run once, on the code, not also on the text:
    // the first answer is then a superset, and only the code's is believed. A rule that reads
    // comments is believed from the text, so it needs the first answer exact.)
    const anywhere = this.prefilter.active(text, this.syntaxRules, constAt, this.readsComments.size === 0);
    if (anywhere.length === 0) return { rules: anywhere, constAt };
    const code = blankComments(text);
    // (Without comments the text is the code, and asking again only runs the regexes the first answer assumed.)
    const inCode = new Set(this.prefilter.active(code, anywhere));
    return { rules: anywhere.filter((r) => inCode.has(r) || this.readsComments.has(r)), code, constAt };
  }

  /** Analyzes one file. `path` is relative to the scanned root, with forward slashes. */
  analyze(path: string, original: string, crate?: CrateContext): FileAnalysis {
    const out: FileAnalysis = { file: path, findings: [], pending: [], once: [], notes: [], constNames: [], suppressions: [], crate };
    // The cheap text prefilter decides which rules run at all; most files of a big tree meet none.
    // (It reads the text as written: a trigger in a macro body is in it either way.)
    const { rules: active, code, constAt } = this.usePrefilter ? this.triggered(original) : { rules: this.syntaxRules, code: undefined, constAt: undefined };
    const inventory = this.collectUses && (this.cryptoMention ??= cryptoMentionRe(this.models)).test(original);
    // Items in cfg_if!/lazy_static!/thread_local! as the file's own, at the same offsets (only in a file that is parsed).
    const text = active.length === 0 && !inventory ? original : unwrapItemMacros(original);
    const source = new SourceText(text, original, constAt);
    // (Without the marker there is nothing to parse, and the line table is not built.)
    if (text.includes('rust-crypto-gate:')) out.suppressions = parseSuppressions((n) => source.line(n), source.lineCount, text);
    out.constNames = source.declaredConsts.filter((n) => CONST_NAME.test(n));
    // A file that no rule's trigger occurs in is not parsed at all: nothing could be found in it, and
    // whatever another file needs from it (a const, a caller) is parsed on demand. Its syntax
    // errors are cargo's to report. (The inventory reads every file that names a crypto API.)
    if (active.length === 0 && !inventory) {
      this.parses.skipped++;
      return out;
    }
    this.parses.analyze++;
    // (The items are read from the text the parser reads: the item macros unwrapped.)
    const tree = this.parse(text, source, active, inventory, () => (text === original ? (code ?? blankComments(original)) : blankComments(text)));
    if (!tree) {
      out.notes.push({ level: 'error', file: path, message: 'the parser returned no tree; file skipped' });
      return out;
    }
    try {
      if (tree.rootNode.hasError) out.notes.push(syntaxNote(path, tree.rootNode, source));
      // The model (one query over the whole tree) is built only when a check or a report needs it.
      let model: FileModel | undefined;
      let values: Values | undefined;
      let resolver: Resolver | undefined;
      const getModel = () => (model ??= new FileModel(path, source, tree));
      for (const rule of active) {
        const report = (at: Span, message: string, options: ReportOptions = {}) => {
          let severity = options.severity ?? rule.severity;
          if (rule.testSeverity && getModel().inTestCode(at.start) && severityRank(rule.testSeverity) > severityRank(severity)) {
            severity = rule.testSeverity;
            message += ' (in test, example or demo code, so reported at lower severity)';
          }
          const region = source.region(at.start, at.end);
          const finding: Finding = {
            ruleId: rule.id,
            severity,
            cwe: rule.cwe,
            file: path,
            region,
            message,
            related: (options.related ?? []).map((r): RelatedLocation => ({ file: path, region: source.region(r.at.start, r.at.end), message: r.message })),
            // A dataflow finding's path within the file: where the value is made, then where it is used.
            ...(DATAFLOW_RULES.has(rule.id) && options.related?.length ? { flow: [...options.related.map((r) => ({ file: path, region: source.region(r.at.start, r.at.end), message: r.message })), { file: path, region, message: 'used here' }] } : {}),
            lineText: source.line(region.startLine),
            fingerprint: '',
          };
          const refAt = (s?: Span): PathRef | undefined => (s ? { written: source.text.slice(s.start, s.end), inline: inlinePathAt(tree.rootNode.descendantForIndex(s.start)) } : undefined);
          if (options.oncePer) out.once.push({ key: options.oncePer, finding });
          else if (options.ifExternalConst) out.pending.push({ finding, name: options.ifExternalConst.name, below: options.ifExternalConst.below, ref: refAt(options.ifExternalConst.at) });
          else if (options.ifLogWrapper) out.pending.push({ finding, name: options.ifLogWrapper.name, logWrapper: true });
          else if (options.ifSecretStruct) out.pending.push({ finding, name: options.ifSecretStruct.type, struct: options.ifSecretStruct, ref: refAt(options.ifSecretStruct.at) ?? { written: options.ifSecretStruct.type, inline: [] } });
          else out.findings.push(finding);
        };
        if (rule.check) {
          values ??= new Values(getModel(), this.models);
          resolver ??= new Resolver(getModel(), values, this.models);
          CHECKS[rule.check]({ rule, model: getModel(), values, resolver, models: this.models, crate, report });
        }
        this.runPatterns(rule, tree.rootNode, text, report);
      }
      // Function summaries for the crate-wide dataflow, in files where a dataflow rule ran.
      if (values && resolver && active.some((r) => FLOW_RULES.has(r.id))) out.flow = summarize(path, source, getModel(), values, resolver);
      if (inventory) {
        values ??= new Values(getModel(), this.models);
        out.uses = cryptoUses(getModel(), values, (resolver ??= new Resolver(getModel(), values, this.models)), this.models);
      }
      dedupe(out.findings);
    } finally {
      tree.delete();
    }
    return out;
  }

  /**
   * A file's tree for the rules that run on it: where every one of them looks only at some items
   * (`items-with`), the others are left out of the parse (partial.ts). If the part parsed has a
   * syntax error, the whole file is parsed (the error may be an item the text misled us about, and
   * a real one is reported as usual). `code` gives the text with its comments blanked.
   */
  private parse(text: string, source: SourceText, active: RuleDef[], inventory: boolean, code: () => string): Tree | null {
    const scopes = this.usePrefilter && !inventory && active.length > 0 && active.every((r) => r.itemsWith) ? active.map((r) => this.scopeOf(r)) : undefined;
    // (Where every function is read, only consts could be left out: none declared, nothing to leave out.)
    const ranges = scopes && (scopes.some((s) => s.functions) || source.declaredConsts.length > 0) ? partialRanges(source, code(), scopes) : undefined;
    if (ranges) {
      const tree = this.parser.parser.parse(text, null, { includedRanges: ranges });
      if (tree && !tree.rootNode.hasError) {
        this.parses.partial++;
        return tree;
      }
      tree?.delete();
    }
    return this.parser.parser.parse(text);
  }

  /**
   * A rule's `items-with`, its `sink:<kind>` needs written out as the call names the models give the
   * kind (whole words), and the literals its `patterns:` queries compare with added to both lists (a
   * query matches wherever they are; one that compares with none looks at every item).
   */
  private scopeOf(rule: RuleDef): ItemScope {
    let scope = this.scopes.get(rule);
    if (!scope) {
      const queries = this.patternQueries.get(rule) ?? [];
      if (queries.some((q) => q.needs.length === 0)) scope = {};
      else {
        const literals = queries.flatMap((q) => q.needs.flat());
        const { functions, consts, macros, types } = rule.itemsWith!;
        scope = {
          functions: functions && [...functions.flatMap((n) => (n.startsWith('sink:') ? [...this.models.names(new Set([n.slice(5)]))].map((name) => `w:${name}`) : [n])), ...literals],
          consts: consts && [...consts, ...literals],
          macros: macros && [...macros, ...literals],
          types: types && [...types, ...literals],
        };
      }
      this.scopes.set(rule, scope);
    }
    return scope;
  }

  /** Parses a file once more, for one question about it, and frees the tree after. */
  private withModel<T>(path: string, original: string, none: T, ask: (m: { source: SourceText; model: FileModel; values: Values; resolver: Resolver }) => T): T {
    const text = unwrapItemMacros(original);
    const tree = this.parser.parser.parse(text);
    if (!tree) return none;
    try {
      const source = new SourceText(text, original);
      const model = new FileModel(path, source, tree);
      const values = new Values(model, this.models);
      return ask({ source, model, values, resolver: new Resolver(model, values, this.models) });
    } finally {
      tree.delete();
    }
  }

  /** Call sites in a file that hand values to the targets' parameters (parses the file; used for caller files only). */
  callFactsIn(path: string, text: string, targets: { fn: { name: string; owner?: string }; params: Set<number> }[], scope?: PathScope, hashers?: ReadonlyMap<string, HashReturn>): CallFact[] {
    this.parses.callers++;
    return this.withModel(path, text, [], ({ source, model, values, resolver }) => callFacts(path, source, model, values, resolver, targets, scope, hashers));
  }

  /**
   * Module-level consts and statics of a file, for findings in other files that name them. Only
   * the top levels of the tree are searched (items in modules and impls), so this stays cheap.
   */
  constsIn(path: string, original: string): ExportedConst[] {
    this.parses.consts++;
    const text = unwrapItemMacros(original);
    const tree = this.parser.parser.parse(text);
    if (!tree) return [];
    try {
      const source = new SourceText(text);
      const out: ExportedConst[] = [];
      for (const { node } of this.constQuery.captures(tree.rootNode, { maxStartDepth: 4 })) {
        const name = node.childForFieldName('name')?.text ?? '';
        if (!/^[A-Z][A-Z0-9_]*$/.test(name)) continue;
        const mutable = node.children.some((c) => c?.type === 'mutable_specifier');
        const value = node.childForFieldName('value');
        const literal = value && /^(integer_literal|string_literal|raw_string_literal|float_literal)$/.test(value.type) ? value.text : undefined;
        const alias = value?.type === 'identifier' && /^[A-Z][A-Z0-9_]*$/.test(value.text) ? value.text : value?.type === 'scoped_identifier' && /^[A-Z][A-Z0-9_]*$/.test(value.childForFieldName('name')?.text ?? '') ? value.childForFieldName('name')!.text : undefined;
        const inline = inlinePathAt(node);
        out.push({ name, file: path, region: source.region(node.startIndex, node.endIndex), isConst: !mutable && (isLiteralValue(value) || !!alias), literal, alias, ...(alias ? { aliasPath: value!.text } : {}), ...(inline.length ? { inline } : {}) });
      }
      return out;
    } finally {
      tree.delete();
    }
  }

  private runPatterns(rule: RuleDef, root: Node, text: string, report: CheckContext['report']): void {
    const queries = this.patternQueries.get(rule) ?? [];
    queries.forEach(({ query, needs }, i) => {
      // A query walks the whole tree: not when the text lacks what its predicates compare against.
      if (this.usePrefilter && !needs.every((clause) => clause.some((lit) => text.includes(lit)))) return;
      const pattern = rule.patterns[i];
      for (const match of query.matches(root)) {
        const at = match.captures.find((c) => c.name === 'finding')?.node ?? match.captures[0]?.node;
        if (!at) continue;
        const message = pattern.message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => match.captures.find((c) => c.name === name)?.node.text ?? name);
        report({ start: at.startIndex, end: at.endIndex }, message, { severity: pattern.severity });
      }
    });
  }
}

/** The module names of the crates with modelled calls or types (not the generic `hash`, `digest`, `cipher`): a file naming none has no crypto use to list. */
export function cryptoMentionRe(models: Models): RegExp {
  const modules = new Set(models.all.filter((m) => m.sinks.length || m.types.length).flatMap((m) => m.modules));
  for (const generic of ['hash', 'digest', 'cipher', 'std']) modules.delete(generic);
  return new RegExp(`\\b(${[...modules].map(escapeRe).join('|')})\\b`);
}

function syntaxNote(path: string, root: Node, source: SourceText): Note {
  const errors = root.descendantsOfType('ERROR');
  let first: Node | undefined = errors[0] ?? undefined;
  if (!first) {
    // A MISSING node (e.g. a `;` the parser had to invent) has no ERROR node around it.
    const cursor = root.walk();
    const visit = (): Node | undefined => {
      do {
        const n = cursor.currentNode;
        if (n.isMissing) return n;
        if (n.hasError && cursor.gotoFirstChild()) {
          const found = visit();
          if (found) return found;
          cursor.gotoParent();
        }
      } while (cursor.gotoNextSibling());
      return undefined;
    };
    first = visit();
    cursor.delete();
  }
  const line = first ? source.lineOf(first.startIndex) : 1;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return { level: 'warning', file: path, line, message: `syntax error at line ${line}${more}; analyzed the parts that parse` };
}

/** Two rules' checks may reach the same call twice (e.g. through two arguments); keep one. */
function dedupe(findings: Finding[]): void {
  const seen = new Set<string>();
  let w = 0;
  for (const f of findings) {
    const key = `${f.ruleId}:${f.region.startLine}:${f.region.startColumn}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings[w++] = f;
  }
  findings.length = w;
}

/** A sink's API that is a block mode's IV (`cbc::Encryptor::new_from_slices`, rust-crypto's `cbc_encryptor`, openssl's `aes_128_cbc`) or a stream cipher's nonce, for what a constant one does. */
const BLOCK_MODE_API = /(^|[^A-Za-z])(cbc|cfb\d*|ofb|ecb)([^a-z]|$)|Cbc|Cfb|Ofb|Ecb|CBC|CFB|OFB|BlockEncryptMut/;
const STREAM_API = /(^|[^a-z])ctr([^a-z]|$)|Ctr|^(X?ChaCha20|Salsa20|XSalsa20|Rc4|ChaCha20Legacy)(::|$)|StreamCipher/;

/** Keys of a MAC or a JWT, not a cipher: made from a password or a hash by the protocol's design (SCRAM's Hi is HMAC keyed by the password). */
const MAC_KEY = /^(Hmac|SimpleHmac|Cmac|EncodingKey|DecodingKey|Key|hmac|PKey)\b/;

/**
 * Findings across functions and files: a constant handed to a crate function whose parameter
 * reaches a key, nonce, salt or iteration-count sink — directly, through the fields its
 * constructor fills, or through further calls. The callers are found by name in the files' text
 * first; only those files are parsed again. Adds the findings to the callers' analyses.
 */
export function settleFlows(engine: Engine, analyses: FileAnalysis[], textOf: (file: string) => string | undefined, maxRounds = 3): void {
  const crateOf = new Map(analyses.map((a) => [a.file, a.crate]));
  // The crate's `mod` tree (from the files' text, built on first question) says which module each
  // function and type is in, and which one a call's path names.
  const index = indexFor(analyses, textOf);
  const sameType = (w: FieldWrite, fr: FieldReach) => {
    const a = placeFn(index, w.fn, w.at.file);
    const b = placeFn(index, { owner: fr.owner, ownerPath: fr.ownerPath, inline: fr.inline }, fr.at.file);
    return !a || !b || a.some((m) => b.includes(m));
  };
  const table = reachTable(analyses.flatMap((a) => (a.flow ? [a.flow] : [])), (a, b) => crateOf.get(a)?.manifest === crateOf.get(b)?.manifest, sameType);
  const byFile = new Map(analyses.map((a) => [a.file, a]));
  const reported = new Set<string>();
  // The crate functions that return one fast hash, by name (a name two of them share says nothing).
  const hashers = new Map<string, HashReturn>();
  const hasherNames = new Map<string, number>();
  for (const a of analyses) for (const h of a.flow?.hashReturns ?? []) (hasherNames.set(h.fn.name, (hasherNames.get(h.fn.name) ?? 0) + 1), hashers.set(h.fn.name, h));
  for (const [name, n] of hasherNames) if (n > 1) hashers.delete(name);
  /**
   * What a crate function that returns one fast hash gave becomes a cipher's key: the weak KDF is
   * that function, reported there once (every caller that keys a cipher with it is the same flaw).
   */
  const hashedKey = (by: HashReturn, via: RelatedLocation[], sink: { file: string; region: Region; api: string }, steps: RelatedLocation[], how: string) => {
    const home = byFile.get(by.at.file);
    const rule = engine.rules.find((r) => r.id === 'weak-kdf');
    const id = `weak-kdf:hash:${by.at.file}:${by.at.region.startLine}`;
    if (MAC_KEY.test(sink.api) || !home || !rule || reported.has(id)) return;
    reported.add(id);
    home.findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      cwe: rule.cwe,
      file: by.at.file,
      region: by.at.region,
      message: `\`${by.fn.name}\` returns one fast hash of what it is given (line ${by.hash.region.startLine}), and ${how} the key of \`${sink.api}\` (${sink.file}:${sink.region.startLine}): a key made by one fast hash of a phrase falls to guessing at billions of tries per second. Derive the key with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.`,
      related: [{ ...by.hash, message: 'the single hash' }, ...via, { file: sink.file, region: sink.region, message: 'it becomes the key here' }],
      flow: [{ ...by.hash, message: 'one fast hash, returned' }, ...via, ...steps],
      lineText: textOf(by.at.file)?.split('\n')[by.at.region.startLine - 1] ?? '',
      fingerprint: '',
    });
  };
  // A key sink fed by such a function's result directly (`Aes256Gcm::new(&derive_key(pw))` in another file).
  for (const a of analyses) {
    for (const k of a.flow?.keysFromCalls ?? []) {
      const by = hashers.get(k.name);
      if (by && by.at.file !== a.file && crateOf.get(a.file)?.manifest === crateOf.get(by.at.file)?.manifest) hashedKey(by, [{ ...k.call, message: `called here` }], k.sink, [{ ...k.sink, message: `its result is the key of \`${k.sink.api}\`` }], `${k.call.file}:${k.call.region.startLine} makes it`);
    }
  }
  if (table.size === 0) return;
  const place = () => {
    for (const list of table.values()) for (const r of list as Reach[]) if (!r.fn.modules && !placed.has(r.fn)) (placed.add(r.fn), (r.fn.modules = placeFn(index, r.fn, r.at.file)));
  };
  const placed = new WeakSet<object>();
  place();
  // A call reaches a function of its own crate, or of a crate it depends on (a workspace library).
  // And a call on a type imported from a crate (`use acme_vault::Vault`) reaches only that crate's.
  const sees = (caller: string, callee: string, from?: string) => {
    const a = crateOf.get(caller);
    const b = crateOf.get(callee);
    if (from !== undefined && b?.name?.replace(/-/g, '_') !== from) return false;
    return a?.manifest === b?.manifest || (!!a && !!b?.name && a.dependencies.includes(b.name));
  };
  const facts: CallFact[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < maxRounds; round++) {
    const targets = targetsOf(table).filter((t) => !seen.has(`${t.fn.owner ?? ''}::${t.fn.name}#${[...t.params].join(',')}`));
    if (targets.length === 0) break;
    for (const t of targets) seen.add(`${t.fn.owner ?? ''}::${t.fn.name}#${[...t.params].join(',')}`);
    // Callers are looked for where they can be: in the crates that see a target's crate, by the
    // way a call of it is written (`Owner::new(` rather than every `new(`).
    const targetCrates = new Set(targets.flatMap((t) => [...(table.values())].flat().filter((r) => r.fn.name === t.fn.name && r.fn.owner === t.fn.owner).map((r) => r.at.file)));
    const mention = new RegExp([...new Set(targets.map((t) => mentionOf(t.fn)))].join('|'));
    const round_facts: CallFact[] = [];
    for (const a of analyses) {
      if (a.contextOnly || ![...targetCrates].some((f) => sees(a.file, f))) continue;
      const text = textOf(a.file);
      if (!text || !mention.test(text)) continue;
      round_facts.push(...engine.callFactsIn(a.file, text, targets, scopeOf(index, a.file), hashers));
    }
    facts.push(...round_facts);
    const grew = propagate(table, round_facts, sees);
    place();
    if (!grew) break;
  }
  /**
   * Whether a finding of the rule at this severity may go on the call's line: not when the line has
   * one of the rule at this severity or above; one below it (a literal judged only by the callee's
   * name, at medium) gives way to what the flow shows, where the call is known to be to this
   * function (not a method matched by name on a receiver of unknown type).
   */
  const makeRoom = (a: FileAnalysis, ruleId: string, f: CallFact, severity: Severity): boolean => {
    const same = a.findings.findIndex((x) => x.ruleId === ruleId && x.region.startLine === f.region.startLine);
    if (same < 0) return true;
    if (f.callee.untyped || severityRank(a.findings[same].severity) <= severityRank(severity)) return false;
    a.findings.splice(same, 1);
    return true;
  };
  /** A finding at a call site of the caller's file, where `makeRoom` lets it. */
  const pushAtCall = (ruleId: string, f: CallFact, message: string, related: RelatedLocation[], flow: RelatedLocation[]) => {
    const rule = engine.rules.find((r) => r.id === ruleId);
    const a = byFile.get(f.file);
    const severity = rule && (f.inTest && rule.testSeverity ? rule.testSeverity : rule.severity);
    if (!rule || !a || !severity || !makeRoom(a, rule.id, f, severity)) return;
    a.findings.push({ ruleId: rule.id, severity, cwe: rule.cwe, file: f.file, region: f.region, message, related, flow, lineText: f.lineText, fingerprint: '' });
  };
  const firstNonce = new Map<string, Finding>();
  for (const f of facts) {
    if (f.value.kind === 'param') continue;
    for (const reach of reachesOf(table, f.callee, f.arg)) {
      if (!sees(f.file, reach.at.file, f.callee.from)) continue;
      // A field of a struct literal reaches through that field of the parameter only; a value
      // handed over whole does not reach what only one of its fields does.
      if (reach.field !== f.field) continue;
      if (f.value.kind === 'password') {
        // A password handed to the crate's function that uses it as a key, or as HKDF's input.
        // HMAC and JWT keys from a password are protocol choices (SCRAM's Hi is HMAC keyed by the password), not this finding.
        const macKey = MAC_KEY.test(reach.sink.api);
        if ((reach.sink.kind !== 'key' && reach.sink.kind !== 'kdf-ikm') || (reach.sink.kind === 'key' && macKey)) continue;
        // A parameter named for a password that becomes the key is reported at the key, once (weak-kdf).
        if (reach.sink.kind === 'key' && reach.steps.length === 2 && isPasswordParam(reach.paramName ?? '')) continue;
        // One call that hands the password over in several fields (`key:` and `password:`) is one finding, at the first.
        const call = f.call && `weak-kdf:${f.file}:${f.call.startLine}:${f.call.startColumn}:${f.arg}`;
        if (call && reported.has(call)) continue;
        if (call) reported.add(call);
        pushAtCall(
          'weak-kdf',
          f,
          `Password \`${f.value.text}\` is passed to \`${f.callee.name}\`${f.field ? ` as the \`${f.field}\` field of its argument` : ''}, which ${reach.sink.kind === 'kdf-ikm' ? `derives a key from it with one HKDF pass (\`${reach.sink.api}\`, ${reach.sink.file}:${reach.sink.region.startLine}): HKDF does no work per guess, so every password guess costs an attacker one hash` : `uses it directly as the key of \`${reach.sink.api}\` (${reach.sink.file}:${reach.sink.region.startLine})`}. Derive keys from passwords with Argon2id (or scrypt, or PBKDF2 with ≥ 600 000 iterations) and a random salt.`,
          [{ file: reach.sink.file, region: reach.sink.region, message: 'the password becomes key material here' }, { ...reach.at, message: 'through this parameter' }],
          [{ file: f.file, region: f.region, message: `password passed to \`${f.callee.name}\`` }, ...reach.steps],
        );
        continue;
      }
      if (f.value.kind === 'hashed') {
        if (reach.sink.kind === 'key' && sees(f.file, f.value.by.at.file)) hashedKey(f.value.by, [{ file: f.file, region: f.region, message: `its result is passed to \`${f.callee.name}\`` }], reach.sink, reach.steps, `${f.file}:${f.region.startLine} passes its result to \`${f.callee.name}\`, where it becomes`);
        continue;
      }
      if (reach.sink.kind === 'kdf-ikm') continue;
      // HKDF-Extract keys its HMAC with the salt: a constant salt there is a domain separator, not a key.
      if (reach.sink.kind === 'key' && /(^|_)salt$/.test(reach.paramName ?? '')) continue;
      if (f.value.kind === 'loop') {
        // A nonce made once before the loop and handed to the helper that encrypts, every iteration.
        if (reach.sink.kind !== 'nonce') continue;
        pushAtCall(
          'nonce-reuse',
          f,
          `Nonce \`${f.argText}\` is made once (line ${f.value.madeAt.startLine}) before the loop at line ${f.value.loopAt.startLine} and passed to \`${f.callee.name}\` on every iteration, where it becomes the nonce of \`${reach.sink.api}\` (${reach.sink.file}:${reach.sink.region.startLine}): every message after the first is encrypted under the same key and nonce. Make a fresh nonce per message (inside the loop, or inside \`${f.callee.name}\`).`,
          [{ file: f.file, region: f.value.madeAt, message: 'the nonce is made here, once' }, { file: reach.sink.file, region: reach.sink.region, message: 'it becomes the nonce here' }],
          [{ file: f.file, region: f.value.madeAt, message: 'made once' }, { file: f.file, region: f.region, message: `passed to \`${f.callee.name}\` in the loop` }, ...reach.steps],
        );
        continue;
      }
      const rule = engine.rules.find((r) => r.id === FLOW_RULE_OF[reach.sink.kind]);
      const a = byFile.get(f.file);
      if (!rule || !a) continue;
      const id = `${rule.id}:${f.file}:${f.region.startLine}:${f.region.startColumn}:${f.arg}`;
      // (An external value is settled later and may come to nothing: it takes no other finding's place.)
      if (reported.has(id) || (f.value.kind === 'external' && a.findings.some((x) => x.ruleId === rule.id && x.region.startLine === f.region.startLine))) continue;
      const literal = f.value.kind === 'const' ? f.value.literal : undefined;
      const n = integerLiteral(literal);
      const floor = COST_FLOOR[reach.sink.kind];
      if (floor !== undefined && f.value.kind === 'const' && (n === undefined || n >= floor)) continue;
      // An integer handed to a nonce parameter is a counter's starting value (`to_be_bytes()` inside), not a fixed nonce.
      if (reach.sink.kind === 'nonce' && /^&?\s*(u|i)(8|16|32|64|128|size)$/.test(reach.paramType?.trim() ?? '')) continue;
      reported.add(id);
      // One constant nonce handed to one helper at several places of a file (both layers of a
      // two-layer encryption) is one root cause: one finding, at the first call, the others beside it.
      const sameNonce = reach.sink.kind === 'nonce' && f.value.kind === 'const' && f.value.origin ? `nonce:${f.file}:${f.value.origin.startLine}:${f.value.origin.startColumn}:${f.callee.owner ?? ''}::${f.callee.name}` : undefined;
      const first = sameNonce ? firstNonce.get(sameNonce) : undefined;
      if (first) {
        first.related.push({ file: f.file, region: f.region, message: `the same constant nonce is passed to \`${f.callee.name}\` here too` });
        continue;
      }
      const where = `${reach.sink.file}:${reach.sink.region.startLine}`;
      const via = `is passed to \`${f.callee.owner ? `${f.callee.owner}::` : ''}${f.callee.name}\`, whose parameter ${reach.steps.length > 2 ? 'is handed on until it ' : ''}reaches \`${reach.sink.api}\` (${where})`;
      const message = {
        key: `Hard-coded key: \`${f.argText}\` ${via}. Anyone with the source or the binary can decrypt and forge every message. Load the key at run time (a secrets manager, the environment, a key file) or derive it with a KDF.`,
        nonce: BLOCK_MODE_API.test(`${reach.sink.api} ${reach.sink.written ?? ''}`)
          ? `Constant IV \`${f.argText}\` ${via} as the IV: every message under this key reuses it, and with a block mode a fixed IV makes equal plaintexts (and equal first blocks) give equal ciphertexts. Generate a fresh random IV per message inside the function and store it beside the ciphertext.`
          : STREAM_API.test(`${reach.sink.api} ${reach.sink.written ?? ''}`)
            ? `Constant nonce \`${f.argText}\` ${via} as the nonce: every message under this key reuses it, and a stream cipher's repeated nonce repeats its keystream, so the XOR of two ciphertexts is the XOR of their plaintexts. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.`
            : `Constant nonce \`${f.argText}\` ${via} as the nonce: every message under this key reuses it, and a repeated AEAD nonce reveals the XOR of the plaintexts and lets an attacker forge tags. Generate a fresh random nonce per message inside the function, or use a counter that never repeats.`,
        salt: `Constant salt \`${f.argText}\` ${via}: the same password gives the same key everywhere. Generate a random salt per password and store it beside the hash.`,
        iterations: `PBKDF2 with ${n === undefined ? '{{value}}' : n.toLocaleString('en-US')} iterations: \`${f.argText}\` ${via}; OWASP recommends at least 600,000 for HMAC-SHA256. Raise the count, or move to Argon2id.`,
        memory: `Argon2 with ${n === undefined ? '{{value}}' : n.toLocaleString('en-US')} KiB of memory: \`${f.argText}\` ${via}; below 7 MiB no number of passes reaches OWASP's minimum (19 MiB with 2 passes, or 7 MiB with 5), so a GPU tests guesses cheaply. Use at least 19,456 KiB (m_cost) with t_cost 2, or Argon2's defaults.`,
      }[reach.sink.kind as Exclude<SinkKind, 'kdf-ikm'>];
      const severity = reach.sink.kind === 'salt' ? 'medium' : rule.severity;
      const lowered = f.inTest && rule.testSeverity && severityRank(rule.testSeverity) > severityRank(severity);
      if (f.value.kind !== 'external' && !makeRoom(a, rule.id, f, lowered ? rule.testSeverity! : severity)) continue;
      const steps = [
        ...(f.value.kind === 'const' && f.value.origin && !(f.value.origin.startLine >= f.region.startLine && f.value.origin.endLine <= f.region.endLine) ? [{ file: f.file, region: f.value.origin, message: 'the constant is defined here' }] : []),
        { file: f.file, region: f.region, message: `passed to \`${f.callee.name}\`` },
        ...reach.steps,
      ];
      const finding: Finding = {
        ruleId: rule.id,
        severity: lowered ? rule.testSeverity! : severity,
        cwe: rule.cwe,
        file: f.file,
        region: f.region,
        message: lowered ? `${message} (in test, example or demo code, so reported at lower severity)` : message,
        related: [{ file: reach.sink.file, region: reach.sink.region, message: `the value reaches \`${reach.sink.api}\` here` }, { ...reach.at, message: 'through this parameter' }],
        flow: steps,
        lineText: f.lineText,
        fingerprint: '',
      };
      if (f.value.kind === 'external') a.pending.push({ finding, name: f.value.name, below: COST_FLOOR[reach.sink.kind], ...(f.value.written ? { ref: { written: f.value.written, inline: f.value.inline ?? [] } } : {}) });
      else {
        a.findings.push(finding);
        if (sameNonce) firstNonce.set(sameNonce, finding);
        // The secret-named const this key is (`static ref KEY: Vec<u8> = ..`) was reported as a
        // literal "not seen reaching a sink": now it is seen, and this finding says so. One key, one finding.
        const def = f.value.kind === 'const' && reach.sink.kind === 'key' ? f.value.origin : undefined;
        if (def) a.findings = a.findings.filter((x) => !(x.ruleId === rule.id && x !== finding && x.region.startLine === def.startLine && x.message.startsWith(SECRET_NAMED)));
      }
    }
  }
}


/**
 * The crate's constants that pending findings name, each with its value: a const defined as
 * another const (in a third file) is chased to the one that holds the literal. Only files whose
 * text defines a wanted name are read again.
 */
function crateConsts(analyses: FileAnalysis[], wanted: Set<string>, lookup: ConstLookup): Map<string, { def: ExportedConst; holder: ExportedConst }> {
  const found = new Map<string, ExportedConst>();
  const read = new Set<string>();
  for (let round = 0; round < 4 && wanted.size; round++) {
    const more = new Set<string>();
    for (const a of analyses) {
      if (read.has(a.file) || !a.constNames.some((n) => wanted.has(n))) continue;
      read.add(a.file);
      for (const c of lookup(a.file)) {
        if (!c.isConst || found.has(c.name)) continue;
        found.set(c.name, c);
        if (c.alias && !found.has(c.alias)) more.add(c.alias);
      }
    }
    wanted = more;
  }
  // Names defined as other names resolve to the constant that holds the value.
  const out = new Map<string, { def: ExportedConst; holder: ExportedConst }>();
  for (const [name, c] of found) {
    let cur: ExportedConst | undefined = c;
    for (let i = 0; cur?.alias && i < 8; i++) cur = found.get(cur.alias);
    if (cur && !cur.alias) out.set(name, { def: c, holder: cur });
  }
  return out;
}

/**
 * Settles what needs the whole crate (constants defined in other files), applies suppressions,
 * reports reasonless suppressions, and assigns fingerprints. Deterministic order.
 */
export function finalize(analyses: FileAnalysis[], rules: RuleDef[], constLookup: ConstLookup, textOf?: (file: string) => string | undefined): Finding[] {
  // Each file is read for its consts at most once (by path through the `mod` tree, or by name).
  const constMemo = new Map<string, ExportedConst[]>();
  const lookup: ConstLookup = (file) => constMemo.get(file) ?? constMemo.set(file, constLookup(file)).get(file)!;
  // Only files that define a name some finding waits for are read again (rare: most findings are settled in their own file).
  const consts = crateConsts(analyses, new Set(analyses.flatMap((a) => a.pending.filter((p) => !p.struct && !p.logWrapper).map((p) => p.name))), lookup);
  // With the files' text, the crate's `mod` tree resolves the paths findings name (modules.ts).
  const index = textOf && analyses.some((a) => a.pending.some((p) => p.ref)) ? indexFor(analyses, textOf) : undefined;
  const typesByCrate = new Map<string, CrateTypes>();
  const typesOf = (a: FileAnalysis, read: (file: string) => string | undefined) => {
    const k = a.crate?.manifest ?? '';
    let t = typesByCrate.get(k);
    if (!t) typesByCrate.set(k, (t = new CrateTypes(analyses.filter((b) => (b.crate?.manifest ?? '') === k).map((b) => b.file), read)));
    return t;
  };
  const suppressionRule = rules.find((r) => r.id === SUPPRESSION_RULE);
  const all: Finding[] = [];
  const onceKept = new Set<string>();
  for (const a of [...analyses].sort((x, y) => x.file.localeCompare(y.file))) {
    for (const o of a.once) {
      if (onceKept.has(o.key)) continue;
      onceKept.add(o.key);
      a.findings.push(o.finding);
    }
  }
  for (const a of analyses) {
    const findings = [...a.findings];
    for (const p of a.pending) {
      if (p.logWrapper) {
        if (textOf && typesOf(a, textOf).logsItsParameter(p.name, a.file)) findings.push(p.finding);
        continue;
      }
      if (p.struct) {
        const field = textOf ? secretStructField(index, typesOf(a, textOf), a.file, p.ref?.inline ?? [], p.struct) : undefined;
        if (field) findings.push({ ...p.finding, message: p.finding.message.replaceAll('{{field}}', field) });
        continue;
      }
      // By path where the tree knows it (`null`: the path names a value that is not constant), else by name.
      const byPath = index && p.ref ? constByPath(index, lookup, a.file, p.ref, p.name) : undefined;
      if (byPath === null) continue;
      const found = byPath ?? consts.get(p.name);
      if (!found) continue;
      const { def, holder } = found;
      let message = p.finding.message;
      if (p.below !== undefined) {
        const n = integerLiteral(holder.literal);
        if (n === undefined || n >= p.below) continue;
        message = message.replaceAll('{{value}}', n.toLocaleString('en-US'));
      }
      const steps = [{ file: def.file, region: def.region, message: `\`${p.name}\` is a constant defined here` }];
      if (holder !== def) steps.unshift({ file: holder.file, region: holder.region, message: `\`${holder.name}\` holds the value` });
      const related = [...p.finding.related, ...steps];
      const flow = [...steps, ...(p.finding.flow ?? [{ file: p.finding.file, region: p.finding.region, message: 'used here' }])];
      findings.push({ ...p.finding, message, related, flow });
    }
    for (const f of findings) {
      const s = suppressionFor(a.suppressions, f.ruleId, f.region.startLine);
      if (s) f.suppression = { justification: s.reason };
    }
    if (suppressionRule) {
      for (const s of a.suppressions) {
        if (s.reason) continue;
        findings.push({
          ruleId: suppressionRule.id,
          severity: suppressionRule.severity,
          cwe: suppressionRule.cwe,
          file: a.file,
          region: { startLine: s.line, startColumn: s.column, endLine: s.line, endColumn: s.column + s.length },
          message: `This suppression of ${s.ruleIds.join(', ') || 'no rule'} gives no reason, so it is not applied. Write why after the bracket: \`// rust-crypto-gate: ignore[${s.ruleIds[0] ?? 'rule-id'}] <reason>\`.`,
          related: [],
          lineText: s.text,
          fingerprint: '',
        });
      }
    }
    findings.sort(compareFindings);
    assignFingerprints(findings);
    all.push(...findings);
  }
  return dropSubsumed(all).sort(compareFindings);
}

/**
 * One root cause, one finding: a finding whose location another finding of the same rule points to
 * as a related location (the secret-named const that a reported key is read from) is dropped.
 */
function dropSubsumed(findings: Finding[]): Finding[] {
  const pointedBy = new Map<string, Set<string>>();
  for (const f of findings) {
    for (const r of f.related) {
      const k = `${f.ruleId}\0${r.file}\0${r.region.startLine}`;
      pointedBy.set(k, (pointedBy.get(k) ?? new Set()).add(`${f.file}\0${f.region.startLine}`));
    }
  }
  return findings.filter((f) => {
    if (f.related.length) return true;
    const by = pointedBy.get(`${f.ruleId}\0${f.file}\0${f.region.startLine}`);
    return !by || [...by].every((x) => x === `${f.file}\0${f.region.startLine}`);
  });
}
