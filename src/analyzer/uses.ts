import type { Node } from 'web-tree-sitter';
import type { Region } from '../finding.ts';
import { apiLabel } from './apis.ts';
import { argumentsOf, calleeName, quickCalleeName, receiverOf } from './calls.ts';
import type { FileModel } from './model.ts';
import type { ModelRow, Models } from './models.ts';
import type { Resolver } from './resolve.ts';
import type { Values } from './values.ts';

// Every crypto API call the models recognise in a file, as plain data: what the crypto inventory
// (src/inventory/, the CBOM) is a view of. Read only; it changes no finding. A call counts when a
// model row matches it (any kind, also the inventory-only kind `use`), or when it is an associated
// function of a modelled type imported from that type's crate (`Argon2::default()`).

export interface CryptoUse {
  file: string;
  region: Region;
  /** The call as messages name it: `Aes256Gcm::new_from_slice`, `encrypt`, `pbkdf2::pbkdf2_hmac`. */
  api: string;
  /** The model row's kind (`key`, `nonce`, `decrypt`, `rsa-bits`, `use`, …), or `type` for a call on a modelled type. */
  kind: string;
  /** The modelled type the call is on or builds, with aliases followed (`Aes256Gcm`), when known. */
  type?: string;
  /** The algorithm the model gives (the type's, else the row's `algorithm`), and the type's primitive. */
  algorithm?: string;
  primitive?: string;
  /** Text naming the type, with generics and the paths the file's `use`s give each name (`Hmac<Sha256> hmac::Hmac sha2::Sha256`). */
  typeText: string;
  /** The call's arguments as written, and, for an identifier, the `let` value it names (each cut to 160 characters). */
  args: string[];
  /** Algorithms, paddings and modes that names in `typeText` and `args` stand for in the models (`Sha256` → SHA-256 hash, `Oaep` → oaep padding). */
  mentions: { name: string; algorithm?: string; primitive?: string; padding?: string; mode?: string }[];
  /** The argument the row is about (key, nonce, salt, bits): what it evaluates to. */
  value?: { kind: string; literal?: string; from?: string };
  /** The crate module the call's path or type comes from (`aes_gcm`), when the file shows it. */
  module?: string;
  /** The model the call matched: its crates and modules. */
  model: { name: string; crates: string[]; modules: string[] };
  inTest: boolean;
  /** The crate the file belongs to (set by the scan). */
  crate?: { name?: string; manifest: string; dependencies: string[] };
}

const cut = (s: string, n = 160) => (s.length > n ? s.slice(0, n) : s).replace(/\s+/g, ' ').trim();

/** The crypto API uses in one file, in source order (one per call and row kind). */
export function cryptoUses(model: FileModel, values: Values, resolver: Resolver, models: Models): CryptoUse[] {
  const out: CryptoUse[] = [];
  const text = model.source.text;
  const aliasOf = (name: string) => new RegExp(`\\btype\\s+${name}\\s*(?:<[^=]*>)?\\s*=\\s*([^;]+);`).exec(text)?.[1] ?? '';
  for (const call of model.calls) {
    // Most calls name nothing modelled: skip them by their text before resolving anything.
    const fnText = call.childForFieldName('function')?.text ?? '';
    if (!models.hasName(quickCalleeName(call) ?? calleeName(call)) && (fnText.includes('.') || !fnText.split('::').slice(0, -1).some((seg) => models.isModelType(resolver.canonical(seg.replace(/<.*$/, '').replace(/^</, '').split(/\s/)[0]))))) continue;
    const sinks = resolver.sinks(call);
    const shape = resolver.shape(call);
    const recv = receiverOf(call);
    const typeName = recv ? shape.method?.receiverType : shape.path?.selfType;
    const type = models.type(typeName);
    // A call on a modelled type that no row is about (`Argon2::default()`, `Aes256Gcm::generate_key`).
    const typeOnly = sinks.length === 0 && !recv && type && !shape.path?.local && resolver.imports(type.model.modules) ? [{ row: undefined, arg: undefined }] : [];
    if (sinks.length === 0 && typeOnly.length === 0) continue;
    const fn = call.childForFieldName('function');
    const written = recv ? (typeName ?? '') : (fn?.type === 'generic_function' ? fn.text : (fn?.childForFieldName('path')?.text ?? fn?.text ?? ''));
    const head = written.replace(/<.*$/, '').split('::').pop() ?? '';
    let alias = head ? aliasOf(head) : '';
    const inner = alias.replace(/<.*$/, '').split('::').pop() ?? '';
    if (inner && inner !== head) alias += ` ${aliasOf(inner)}`;
    const names = resolver.useMap.names;
    const imported = [...`${written} ${alias}`.matchAll(/[A-Za-z_]\w*/g)].map((m) => names.get(m[0]) ?? '').filter(Boolean).join(' ');
    const typeText = cut(`${written} ${alias} ${imported}`, 400);
    const args = argumentsOf(call).map((a) => {
      const b = a.type === 'identifier' ? values.lookup(a.text, a.startIndex) : undefined;
      return cut(b?.kind === 'let' && b.info.value ? `${a.text} = ${b.info.value.text}` : a.text);
    });
    const region = model.source.region(call.startIndex, call.endIndex);
    const mentions: CryptoUse['mentions'] = [];
    for (const [, name] of `${typeText} ${args.join(' ')} ${recv ? '' : (fn?.text ?? '')}`.matchAll(/([A-Za-z_]\w*(?:::[A-Za-z_]\w*)*)/g)) {
      const t = /^[A-Z]/.test(name.split('::').pop()!) ? models.type(name.split('::').pop()) : undefined;
      // `Oaep::new::<Sha256>()` names the value `Oaep`: the path, or the path without its call.
      const val = models.value(name) ?? (name.includes('::') ? models.value(name.slice(0, name.lastIndexOf('::'))) : undefined);
      if (t && t.primitive !== 'key' && t.primitive !== 'nonce') mentions.push({ name, algorithm: t.algorithm, primitive: t.primitive });
      if (val && (val.algorithm || val.padding || val.mode)) mentions.push({ name, algorithm: val.algorithm, padding: val.padding, mode: val.mode });
    }
    const seen = new Set<string>();
    for (const { row, arg } of [...sinks, ...typeOnly] as { row: ModelRow | undefined; arg: Node | undefined }[]) {
      const kind = row?.kind ?? 'type';
      // (What a call encrypts says nothing about the crypto in use: the call is listed by its other rows.)
      if (seen.has(kind) || kind === 'plaintext') continue;
      seen.add(kind);
      const m = row?.model ?? type!.model;
      const mine = type && (m.types.includes(type) || m.types.some((t) => t.name === type.name)) ? type : undefined;
      const v = arg ? values.resolve(arg) : undefined;
      const from = v && v.binding?.kind === 'let' && v.binding.info.value ? cut(v.binding.info.value.text) : undefined;
      out.push({
        file: model.path,
        region,
        api: row ? apiLabel(call, row, resolver) : `${typeName}::${shape.name}`,
        kind,
        type: mine?.name ?? (type && type.primitive !== 'key' && type.primitive !== 'nonce' ? type.name : undefined),
        algorithm: (mine ?? type)?.algorithm ?? row?.algorithm,
        primitive: (mine ?? type)?.primitive,
        typeText,
        args,
        mentions: mentions.filter((x, i) => mentions.findIndex((y) => y.name === x.name && y.algorithm === x.algorithm && y.padding === x.padding) === i),
        value: v ? { kind: v.kind, literal: v.literal, from } : undefined,
        module: moduleOf(shape.path?.resolved, names.get(typeName ?? '') ?? names.get(head), m.modules, resolver),
        model: { name: m.name, crates: m.crates, modules: m.modules },
        inTest: model.inTestCode(call.startIndex),
      });
    }
  }
  return out;
}

/** The crate module a call comes from: its resolved path's root, the import of its type, else the first of the model's modules the file's `use`s name. */
function moduleOf(resolved: string | undefined, importedAs: string | undefined, modules: string[], resolver: Resolver): string | undefined {
  for (const p of [resolved, importedAs]) {
    const root = p?.split('::')[0];
    if (root && modules.includes(root)) return root;
  }
  return modules.find((m) => resolver.useMap.roots.has(m));
}
