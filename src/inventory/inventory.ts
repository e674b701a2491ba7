import type { CryptoUse } from '../analyzer/uses.ts';
import type { Finding } from '../finding.ts';
import { type AlgorithmInfo, algorithmName, describe } from './catalog.ts';

// The crypto inventory: which algorithms the code uses, where, from which crate, with the keys,
// nonces and salts visible at those calls and the findings that concern them. A view of what the
// analyzer recognised (src/analyzer/uses.ts); the CBOM (cbom.ts) and the PR report's change
// section (diff.ts) are views of this.

export type CryptoFunction = 'generate' | 'keygen' | 'encrypt' | 'decrypt' | 'digest' | 'tag' | 'keyderive' | 'sign' | 'verify' | 'encapsulate' | 'decapsulate' | 'other' | 'unknown';
export type MaterialType = 'secret-key' | 'key' | 'nonce' | 'initialization-vector' | 'salt';
/** Where a key, nonce or salt comes from, as far as the code at the call shows. */
export type Origin = 'hard-coded' | 'random' | 'weak-random' | 'password' | 'derived' | 'unknown';

export interface Occurrence {
  file: string;
  line: number;
  column: number;
  /** The call (`Aes256Gcm::new_from_slice`, `encrypt`). */
  api: string;
  /** What the call does with the algorithm (`key setup`, `encrypt`, …), for people. */
  role: string;
  inTest: boolean;
}

export interface AlgorithmAsset {
  ref: string;
  name: string;
  info: AlgorithmInfo;
  functions: CryptoFunction[];
  occurrences: Occurrence[];
  /** The crates that implement it (`aes-gcm`), as the code imports them. */
  providers: string[];
  /** The scanned crates that use it. */
  usedBy: string[];
}

export interface MaterialAsset {
  ref: string;
  name: string;
  type: MaterialType;
  origin: Origin;
  algorithmRef: string;
  /** In bits, when the algorithm fixes it (an AES-256 key, a 96-bit GCM nonce). */
  size?: number;
  occurrences: Occurrence[];
  usedBy: string[];
}

export interface FindingLink {
  finding: Finding;
  /** The assets (algorithms, keys, nonces) the finding is about. */
  refs: string[];
}

export interface ScannedCrate {
  ref: string;
  name: string;
  /** The manifest, relative to the scanned root. */
  manifest?: string;
}

export interface Inventory {
  algorithms: AlgorithmAsset[];
  materials: MaterialAsset[];
  findings: FindingLink[];
  crates: ScannedCrate[];
  /** Provider crate name → bom-ref. */
  providers: { name: string; ref: string }[];
}

const ROLE: Record<string, string> = { key: 'key setup', nonce: 'encrypt', 'encrypt-iv': 'encrypt', decrypt: 'decrypt', 'hash-input': 'digest', 'hash-new': 'digest', iterations: 'key derivation', salt: 'key derivation', 'kdf-ikm': 'key derivation', 'bcrypt-cost': 'password hash', 'scrypt-log-n': 'key derivation', 'argon2-m-cost': 'key derivation', 'argon2-t-cost': 'key derivation', 'rsa-bits': 'key generation', 'rsa-encrypt-padding': 'encrypt', use: 'use', type: 'use' };

function functionOf(u: CryptoUse, info: AlgorithmInfo): CryptoFunction | undefined {
  if (u.kind === 'rsa-encrypt-padding') return /decrypt/.test(u.api) ? 'decrypt' : 'encrypt';
  if (/generate_key|generate_pkcs8|::generate$|::random|random_from_rng|keypair/.test(u.api) || u.kind === 'rsa-bits') return 'keygen';
  if (/generate_nonce/.test(u.api)) return 'generate';
  switch (u.kind) {
    case 'nonce':
    case 'encrypt-iv':
      return 'encrypt';
    case 'decrypt':
      return 'decrypt';
    case 'hash-input':
    case 'hash-new':
      return 'digest';
    case 'key':
      return info.primitive === 'mac' ? 'tag' : undefined;
    case 'iterations':
    case 'salt':
    case 'kdf-ikm':
    case 'bcrypt-cost':
    case 'scrypt-log-n':
    case 'argon2-m-cost':
    case 'argon2-t-cost':
      return 'keyderive';
  }
  return undefined;
}

const BARE_FAMILIES = new Set(['RSA', 'ECDSA', 'ECDH', 'HMAC', 'PBKDF2', 'HKDF', 'CMAC']);
const KDF_TEXT = /\b(pbkdf2\w*|argon2|Argon2|hkdf|Hkdf|scrypt|hash_password\w*|derive\w*|expand|kdf)\b/;

/** Where a key, nonce or salt at a call comes from, by what the analyzer saw of the value. */
export function originOf(value: CryptoUse['value']): Origin {
  switch (value?.kind) {
    case 'const':
      return 'hard-coded';
    case 'random':
      return 'random';
    case 'weak-random':
      return 'weak-random';
    case 'string-bytes':
      return 'password';
    case 'fast-hash':
      return 'derived';
  }
  if (value?.from && KDF_TEXT.test(value.from)) return 'derived';
  if (value?.from && /\b(OsRng|thread_rng|rand::rng|getrandom|generate_key|generate_nonce|SystemRandom|rand_bytes)\b/.test(value.from)) return 'random';
  return 'unknown';
}

function materialType(kind: string, info: AlgorithmInfo): MaterialType | undefined {
  if (kind === 'key') return 'secret-key';
  if (kind === 'kdf-ikm') return 'key';
  if (kind === 'salt') return 'salt';
  if (kind === 'nonce' || kind === 'encrypt-iv') return info.mode && /cbc|cfb|ofb/.test(info.mode) ? 'initialization-vector' : 'nonce';
  return undefined;
}

/** The crate that provides a use's API: the one its module names, else the one dependency of the crate the model lists. */
function providerOf(u: CryptoUse): string | undefined {
  const deps = u.crate?.dependencies;
  const byModule = u.module ? u.model.crates.find((c) => c.replace(/-/g, '_') === u.module) : undefined;
  if (byModule && (!deps || deps.includes(byModule) || u.crate?.name === byModule)) return byModule;
  if (deps) {
    const listed = u.model.crates.filter((c) => deps.includes(c));
    if (listed.length === 1) return listed[0];
  }
  return byModule;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '');

export interface InventoryOptions {
  /** Makes manifests relative (the scanned root, absolute). */
  relativize?: (absolute: string) => string;
  /** The name for uses outside any crate (no Cargo.toml above them). */
  defaultCrate?: string;
}

/** The inventory of the uses, with the findings that concern its assets. */
export function buildInventory(uses: CryptoUse[], findings: Finding[], options: InventoryOptions = {}): Inventory {
  const algorithms = new Map<string, AlgorithmAsset>();
  const materials = new Map<string, MaterialAsset>();
  const crates = new Map<string, ScannedCrate>();
  const providers = new Set<string>();
  const crateOf = (u: CryptoUse) => {
    const name = u.crate?.name ?? (u.crate ? (options.relativize?.(u.crate.manifest) ?? u.crate.manifest) : (options.defaultCrate ?? 'code'));
    if (!crates.has(name)) crates.set(name, { ref: `crate:${slug(name)}`, name, manifest: u.crate ? (options.relativize?.(u.crate.manifest) ?? u.crate.manifest) : undefined });
    return name;
  };
  const addOcc = (list: Occurrence[], o: Occurrence) => {
    if (!list.some((x) => x.file === o.file && x.line === o.line && x.api === o.api)) list.push(o);
  };
  for (const u of uses) {
    const name = algorithmName(u);
    // A call on a type that says no more than its family (`RsaPublicKey::from(&private)`) adds nothing the other calls do not.
    if (!name || (u.kind === 'type' && BARE_FAMILIES.has(name))) continue;
    const info = describe(name);
    const crate = crateOf(u);
    const ref = `crypto:algorithm:${slug(name)}`;
    let a = algorithms.get(ref);
    if (!a) algorithms.set(ref, (a = { ref, name, info, functions: [], occurrences: [], providers: [], usedBy: [] }));
    const role = u.kind === 'rsa-encrypt-padding' && /decrypt/.test(u.api) ? 'decrypt' : (ROLE[u.kind] ?? u.kind);
    const occ: Occurrence = { file: u.file, line: u.region.startLine, column: u.region.startColumn, api: u.api, role, inTest: u.inTest };
    addOcc(a.occurrences, occ);
    const fn = functionOf(u, info);
    if (fn && !a.functions.includes(fn)) a.functions.push(fn);
    const provider = providerOf(u);
    if (provider) {
      providers.add(provider);
      if (!a.providers.includes(provider)) a.providers.push(provider);
    }
    if (!a.usedBy.includes(crate)) a.usedBy.push(crate);
    const type = materialType(u.kind, info);
    if (!type || !u.value) continue;
    const origin = originOf(u.value);
    const mref = `crypto:material:${slug(name)}:${type}:${origin}`;
    let m = materials.get(mref);
    const size = type === 'secret-key' ? info.keyBits : type === 'nonce' || type === 'initialization-vector' ? info.nonceBits : undefined;
    const label = { 'secret-key': 'key', key: 'input key material', nonce: 'nonce', 'initialization-vector': 'IV', salt: 'salt' }[type];
    if (!m) materials.set(mref, (m = { ref: mref, name: `${name} ${label} (${origin})`, type, origin, algorithmRef: ref, size, occurrences: [], usedBy: [] }));
    addOcc(m.occurrences, occ);
    if (!m.usedBy.includes(crate)) m.usedBy.push(crate);
  }
  const sortOcc = (l: Occurrence[]) => l.sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line || x.column - y.column);
  for (const a of algorithms.values()) {
    sortOcc(a.occurrences);
    a.functions.sort();
    a.providers.sort();
    a.usedBy.sort();
  }
  for (const m of materials.values()) sortOcc(m.occurrences);
  // A finding concerns the assets used on its line, or on a line its related locations and path point to.
  const at = new Map<string, string[]>();
  for (const asset of [...algorithms.values(), ...materials.values()]) {
    for (const o of asset.occurrences) {
      const k = `${o.file}:${o.line}`;
      at.set(k, [...(at.get(k) ?? []), asset.ref]);
    }
  }
  const links: FindingLink[] = [];
  for (const f of findings) {
    if (f.suppression) continue;
    const refs = new Set<string>();
    for (const loc of [f, ...f.related, ...(f.flow ?? [])]) {
      for (let line = loc.region.startLine; line <= loc.region.endLine; line++) for (const r of at.get(`${loc.file}:${line}`) ?? []) refs.add(r);
    }
    if (refs.size) links.push({ finding: f, refs: [...refs].sort() });
  }
  const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name);
  return {
    algorithms: [...algorithms.values()].sort(byName),
    materials: [...materials.values()].sort(byName),
    findings: links,
    crates: [...crates.values()].sort(byName),
    providers: [...providers].sort().map((name) => ({ name, ref: `pkg:cargo/${name}` })),
  };
}
