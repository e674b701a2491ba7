import { isPasswordHashName, isSecretName } from './names.ts';
import { type CrateIndex, pathSegments } from './modules.ts';
import type { ExportedConst } from './engine.ts';
import type { SecretStructCondition } from './check-context.ts';

// Crate-wide answers about items, for findings that wait on another file (layer 2 over the `mod`
// tree of modules.ts): which const a path names and what it holds, and whether a struct printed
// with `{:?}` elsewhere derives Debug over a secret field. Consts are read from the defining file
// (one parse, memoized per run); structs from the text alone.

/** Where a name is written: its path as written and the inline modules around it. */
export interface PathRef {
  written: string;
  inline: string[];
}

const sameInline = (a: string[] | undefined, b: string[]) => (a ?? []).join('::') === b.join('::');

/**
 * The const or static a path names, by the `mod` tree, with the one holding the value when it is
 * defined as another (chased through the paths those are written with). `null`: the path names an
 * item that is not a constant value (a `static mut`, a computed value); undefined: the tree cannot
 * tell (the caller falls back to the name).
 */
export function constByPath(index: CrateIndex, lookup: (file: string) => ExportedConst[], file: string, ref: PathRef, name: string): { def: ExportedConst; holder: ExportedConst } | null | undefined {
  const find = (from: string, inline: string[], written: string, want: string): ExportedConst | undefined => {
    const m = index.resolve(from, inline, written, 'value');
    if (!m) return undefined;
    for (const part of index.crateOf(from)?.partsOf(m) ?? []) {
      const c = lookup(part.file).find((x) => x.name === want && sameInline(x.inline, part.inline));
      if (c) return c;
    }
    return undefined;
  };
  const def = find(file, ref.inline, ref.written, name);
  if (!def) return undefined;
  if (!def.isConst) return null;
  let holder = def;
  for (let i = 0; holder.alias && i < 8; i++) {
    const next = find(holder.file, holder.inline ?? [], holder.aliasPath ?? holder.alias, holder.alias);
    if (!next) return undefined;
    if (!next.isConst) return null;
    holder = next;
  }
  return holder.alias ? undefined : { def, holder };
}

/** A field that names a secret (`password`, `api_key`, `pw`, `token`) or a password's hash (`password_hash`). */
export function isSecretField(name: string): boolean {
  return isSecretName(name) || isPasswordHashName(name) || /^(password|passwd|pw|pwd|token|access_token|refresh_token|secrets?)$/.test(name);
}

/** A secret-named field of `type` as defined in this text, when its Debug is derived (`#[derive(.., Debug, ..)] struct T { .. }`). */
export function derivedSecretField(text: string, type: string): string | undefined {
  const m = new RegExp(`#\\[derive\\([^)]*\\bDebug\\b[^)]*\\)\\][^{;]*?\\bstruct\\s+${type}\\b[^{;]*\\{([^}]*)\\}`).exec(text);
  if (!m) return undefined;
  for (const f of m[1].matchAll(/(?:pub(?:\([^)]*\))?\s+)?([a-z_]\w*)\s*:/g)) if (isSecretField(f[1])) return f[1];
  return undefined;
}

/** Whether the text writes `Debug` for `type` by hand (`impl fmt::Debug for T`), typically to redact. */
export function handWrittenDebug(text: string, type: string): boolean {
  return new RegExp(`\\bimpl(?:\\s*<[^>{]*>)?\\s+(?:::)?(?:std::|core::)?(?:fmt::)?Debug\\s+for\\s+(?:[\\w:]*::)?${type}\\b`).test(text);
}

/** The types a crate's files define, write Debug for by hand, or have an impl of: read from the text once per crate. */
export class CrateTypes {
  private readonly definers = new Map<string, string[]>();
  private readonly handDebug = new Set<string>();
  private readonly implFiles = new Map<string, string[]>();
  readonly textOf: (file: string) => string | undefined;

  private readonly files: string[];
  private readonly logging = new Map<string, string[]>();

  constructor(files: string[], textOf: (file: string) => string | undefined) {
    this.textOf = textOf;
    this.files = files;
    const add = (m: Map<string, string[]>, k: string, f: string) => {
      const l = m.get(k) ?? [];
      if (!l.includes(f)) l.push(f);
      m.set(k, l);
    };
    for (const f of files) {
      const text = textOf(f) ?? '';
      for (const m of text.matchAll(/\b(?:struct|enum|union|type)\s+([A-Z]\w*)/g)) add(this.definers, m[1], f);
      for (const m of text.matchAll(/\bimpl\b([^{;]*)/g)) {
        const d = /\bDebug\s+for\s+(?:[\w:]*::)?([A-Z]\w*)/.exec(m[1]);
        if (d && handWrittenDebug(m[0], d[1])) this.handDebug.add(d[1]);
        for (const [w] of m[1].matchAll(/[A-Z]\w*/g)) add(this.implFiles, w, f);
      }
    }
  }

  definersOf(type: string): string[] {
    return this.definers.get(type) ?? [];
  }

  hasHandWrittenDebug(type: string): boolean {
    return this.handDebug.has(type);
  }

  /** Whether a file of the crate other than `file` defines `fn name(..)` that writes a parameter out (see `writesParameterOut`). */
  logsItsParameter(name: string, file: string): boolean {
    // (The files that define such a function, found once per name: a crate of many files with many calls reads each file once per name.)
    let definers = this.logging.get(name);
    if (!definers) this.logging.set(name, (definers = this.files.filter((f) => writesParameterOut(this.textOf(f) ?? '', name))));
    return definers.some((f) => f !== file);
  }

  /** Whether some `impl T` of the crate has `fn f(..)` returning `T` (or `Self`, `Option<T>`, `Result<T, _>`). */
  returns(type: string, fn: string): boolean {
    return (this.implFiles.get(type) ?? []).some((f) => returnsType(this.textOf(f) ?? '', type, fn));
  }
}

/**
 * The secret field of the struct a `{:?}` in `file` prints, when the struct is defined in another
 * file of the crate, derives Debug, and no file of the crate writes its Debug by hand. The struct
 * is found by the `mod` tree where it knows the path, else by name when exactly one file of the
 * crate defines it (two definitions: quiet).
 */
export function secretStructField(index: CrateIndex | undefined, types: CrateTypes, file: string, inline: string[], cond: SecretStructCondition): string | undefined {
  const segs = pathSegments(cond.type);
  const name = segs[segs.length - 1];
  if (!name || !/^[A-Z]\w*$/.test(name)) return undefined;
  const all = types.definersOf(name).filter((f) => f !== file);
  if (all.length === 0 || types.hasHandWrittenDebug(name)) return undefined;
  const m = index?.resolve(file, inline, segs, 'type');
  const definers = m ? [...new Set((index!.crateOf(file)?.partsOf(m) ?? []).map((p) => p.file))].filter((f) => all.includes(f)) : all;
  if (definers.length !== 1) return undefined;
  const field = derivedSecretField(types.textOf(definers[0]) ?? '', name);
  if (!field) return undefined;
  if (cond.via && !types.returns(name, cond.via)) return undefined;
  return field;
}

/** Whether the text has `impl T { fn f(..) -> T | Self | Option<T> | Result<T, _> }`. */
export function returnsType(text: string, type: string, fn: string): boolean {
  if (!new RegExp(`\\bimpl\\b[^{;]*\\b${type}\\b`).test(text)) return false;
  for (const m of text.matchAll(new RegExp(`\\bfn\\s+${fn}\\s*(?:<[^>]*>)?\\s*\\(`, 'g'))) {
    // Past the parameter list to the return type.
    let depth = 0;
    let i = m.index! + m[0].length - 1;
    for (; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) break;
    }
    const ret = /^\s*->\s*([^{;]+?)\s*(?:\bwhere\b|\{|;)/.exec(text.slice(i + 1, i + 300))?.[1] ?? '';
    const inner = ret.replace(/^(?:(?:std|core)::(?:option|result)::)?(?:Option|Result|[\w:]*Result)\s*<\s*/, '');
    if (new RegExp(`^(?:Self|(?:[\\w:]*::)?${type})\\b`).test(inner)) return true;
  }
  return false;
}

/** A log or print macro as written (`eprintln!(`, `log::debug!(`, `info!{`). */
const LOG_MACRO_TEXT = /\b(?:(?:std|log|tracing)::)?(?:e?print(?:ln)?|dbg|trace|debug|info|warn|error)!\s*[({[]/g;

/**
 * Whether the text defines a free function `fn name(p: ..)` whose body hands a parameter to a log
 * or print macro (`fn debug(msg: &str) { if *DEBUG { eprintln!("[debug] {}", msg) } }`): a call of
 * it writes its argument out. Read from the text: the body is the braces after the signature.
 */
export function writesParameterOut(text: string, name: string): boolean {
  for (const m of text.matchAll(new RegExp(`\\bfn\\s+${name}\\s*(?:<[^>]*>)?\\s*\\(([^)]*)\\)[^{;]*\\{`, 'g'))) {
    const params = [...m[1].matchAll(/(?:^|,)\s*(?:mut\s+)?([a-z_]\w*)\s*:/g)].map((p) => p[1]);
    if (params.length === 0) continue;
    let depth = 1;
    let i = m.index! + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0 && i - start < 4000; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    const body = text.slice(start, i);
    for (const mac of body.matchAll(LOG_MACRO_TEXT)) {
      const args = body.slice(mac.index! + mac[0].length, body.indexOf(';', mac.index!) >>> 0);
      if (params.some((p) => new RegExp(`\\b${p}\\b`).test(args))) return true;
    }
  }
  return false;
}
