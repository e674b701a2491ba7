import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import type { Inventory, Occurrence } from './inventory.ts';

// The inventory as a CycloneDX 1.6 CBOM (JSON). The CycloneDX library builds what its model
// covers — the BOM, metadata and tool, components and their dependencies, properties, and the
// findings as vulnerabilities that affect the assets; what it does not model yet (cryptoProperties,
// evidence.occurrences, a dependency's `provides`) is added to its normalized JSON by bom-ref.

export interface CbomOptions {
  /** The BOM's subject: the scanned folder's crate or name. */
  name: string;
  toolVersion: string;
  /** Locked versions of provider crates (from Cargo.lock), by crate name. */
  versions?: Map<string, string>;
  timestamp?: Date;
}

type Json = Record<string, unknown>;

const SEVERITY: Record<string, Enums.Vulnerability.Severity> = { critical: Enums.Vulnerability.Severity.Critical, high: Enums.Vulnerability.Severity.High, medium: Enums.Vulnerability.Severity.Medium, low: Enums.Vulnerability.Severity.Low };

export function toCbom(inv: Inventory, options: CbomOptions): Json {
  const bom = new Models.Bom();
  bom.metadata.timestamp = options.timestamp ?? new Date();
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, 'rust-crypto-gate', { version: options.toolVersion, bomRef: 'tool:rust-crypto-gate' }));
  const single = inv.crates.length === 1 && inv.crates[0].name === options.name ? inv.crates[0] : undefined;
  const root = new Models.Component(Enums.ComponentType.Application, options.name, { bomRef: single?.ref ?? 'crate:root' });
  bom.metadata.component = root;
  const byRef = new Map<string, Models.Component>();
  const crateRefs = new Map(inv.crates.map((c) => [c.name, c.ref]));
  for (const c of inv.crates) {
    if (c === single) {
      byRef.set(c.ref, root);
      continue;
    }
    const comp = new Models.Component(Enums.ComponentType.Library, c.name, { bomRef: c.ref });
    if (c.manifest) comp.properties.add(new Models.Property('rust-crypto-gate:manifest', c.manifest));
    bom.components.add(comp);
    root.dependencies.add(comp.bomRef);
    byRef.set(c.ref, comp);
  }
  for (const p of inv.providers) {
    const version = options.versions?.get(p.name);
    const comp = new Models.Component(Enums.ComponentType.Library, p.name, { bomRef: p.ref, version, purl: `pkg:cargo/${p.name}${version ? `@${version}` : ''}` as never });
    bom.components.add(comp);
    byRef.set(p.ref, comp);
  }
  const providerRef = new Map(inv.providers.map((p) => [p.name, p.ref]));
  for (const a of inv.algorithms) {
    const comp = new Models.Component(Enums.ComponentType.CryptographicAsset, a.name, { bomRef: a.ref });
    for (const p of a.providers) comp.dependencies.add(byRef.get(providerRef.get(p)!)!.bomRef);
    if (a.info.quantumVulnerable) comp.properties.add(new Models.Property('rust-crypto-gate:quantum-vulnerable', 'true'));
    if (a.info.weak) comp.properties.add(new Models.Property('rust-crypto-gate:weak', a.info.weak));
    bom.components.add(comp);
    byRef.set(a.ref, comp);
    for (const c of a.usedBy) byRef.get(crateRefs.get(c)!)!.dependencies.add(comp.bomRef);
  }
  for (const m of inv.materials) {
    const comp = new Models.Component(Enums.ComponentType.CryptographicAsset, m.name, { bomRef: m.ref });
    comp.properties.add(new Models.Property('rust-crypto-gate:origin', m.origin));
    comp.dependencies.add(byRef.get(m.algorithmRef)!.bomRef);
    bom.components.add(comp);
    byRef.set(m.ref, comp);
    for (const c of m.usedBy) byRef.get(crateRefs.get(c)!)!.dependencies.add(comp.bomRef);
  }
  const source = new Models.Vulnerability.Source({ name: 'rust-crypto-gate' });
  const taken = new Set<string>();
  for (const { finding: f, refs } of inv.findings) {
    let ref = `finding:${f.ruleId}:${f.fingerprint || `${f.file}:${f.region.startLine}`}`;
    for (let n = 2; taken.has(ref); n++) ref = `finding:${f.ruleId}:${f.fingerprint}:${n}`;
    taken.add(ref);
    const v = new Models.Vulnerability.Vulnerability({
      bomRef: ref,
      id: f.ruleId,
      source,
      description: f.message,
      detail: `${f.file}:${f.region.startLine}:${f.region.startColumn}`,
    });
    v.ratings.add(new Models.Vulnerability.Rating({ severity: SEVERITY[f.severity], method: Enums.Vulnerability.RatingMethod.Other, source }));
    for (const c of f.cwe) v.cwes.add(c as never);
    for (const r of refs) v.affects.add(new Models.Vulnerability.Affect(byRef.get(r)!.bomRef));
    v.properties.add(new Models.Property('rust-crypto-gate:location', `${f.file}:${f.region.startLine}`));
    if (f.isNew !== undefined) v.properties.add(new Models.Property('rust-crypto-gate:new', String(f.isNew)));
    bom.vulnerabilities.add(v);
  }
  const json = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6).makeForBom().normalize(bom, { sortLists: true }) as unknown as Json;
  // What the library does not model yet, by bom-ref.
  const components = new Map(((json.components as Json[] | undefined) ?? []).map((c) => [c['bom-ref'] as string, c]));
  const evidence = (occ: Occurrence[]) => ({ occurrences: occ.map((o) => ({ location: o.file, line: o.line, symbol: o.api, additionalContext: `${o.role}${o.inTest ? ' (test code)' : ''}` })) });
  for (const a of inv.algorithms) {
    const c = components.get(a.ref)!;
    const i = a.info;
    const props: Json = { primitive: i.primitive };
    for (const k of ['parameterSetIdentifier', 'curve', 'mode', 'padding'] as const) if (i[k] !== undefined) props[k] = i[k];
    props.executionEnvironment = 'software-plain-ram';
    props.implementationPlatform = 'generic';
    if (a.functions.length) props.cryptoFunctions = a.functions;
    if (i.classicalSecurityLevel !== undefined) props.classicalSecurityLevel = i.classicalSecurityLevel;
    if (i.nistQuantumSecurityLevel !== undefined) props.nistQuantumSecurityLevel = i.nistQuantumSecurityLevel;
    Object.assign(c, { cryptoProperties: { assetType: 'algorithm', algorithmProperties: props, ...(i.oid ? { oid: i.oid } : {}) }, evidence: evidence(a.occurrences) });
  }
  for (const m of inv.materials) {
    const c = components.get(m.ref)!;
    // Never the value: a CBOM names where a key is, not what it is.
    Object.assign(c, { cryptoProperties: { assetType: 'related-crypto-material', relatedCryptoMaterialProperties: { type: m.type, algorithmRef: m.algorithmRef, ...(m.size ? { size: m.size } : {}) } }, evidence: evidence(m.occurrences) });
  }
  // A provider crate `provides` the algorithms it implements (CycloneDX 1.6).
  const deps = new Map(((json.dependencies as Json[] | undefined) ?? []).map((d) => [d.ref as string, d]));
  for (const p of inv.providers) {
    const provided = inv.algorithms.filter((a) => a.providers.includes(p.name)).map((a) => a.ref).sort();
    const d = deps.get(p.ref);
    if (d && provided.length) d.provides = provided;
  }
  // Key order as CycloneDX documents show it: the library puts components' fields in its order already.
  return json;
}

export function cbomText(inv: Inventory, options: CbomOptions): string {
  return `${JSON.stringify(toCbom(inv, options), null, 2)}\n`;
}
