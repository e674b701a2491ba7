import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import * as Validation from '@cyclonedx/cyclonedx-library/Validation';
import { type InventoryChange, buildInventory, cbomText, changeOf } from '../src/inventory/index.ts';
import { renderReport } from '../src/report/markdown.ts';
import { scanPaths } from '../src/scan/scan.ts';
import { REPO, runCli, tempTree } from './helpers.ts';

// The crypto inventory (CBOM): every fixture's and a workspace's CBOM is valid CycloneDX 1.6 by the
// official schema in strict mode (the CycloneDX library's schemas and its ajv validator), and the
// algorithms, parameters, occurrences, providers, keys and findings are the ones the code shows.

const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function assertValid(text: string, what: string): Promise<void> {
  const errors = await validator.validate(text);
  assert.equal(errors, null, `${what}: ${JSON.stringify(errors, null, 1)}`);
}

const assets = (bom: Json) => new Map<string, Json>((bom.components ?? []).filter((c: Json) => c.type === 'cryptographic-asset').map((c: Json) => [c.name, c]));
const depsOf = (bom: Json, ref: string): string[] => bom.dependencies.find((d: Json) => d.ref === ref)?.dependsOn ?? [];

test('the CBOM of every rule fixture is valid CycloneDX 1.6 (strict schema) and lists algorithms with occurrences', { timeout: 300_000 }, async () => {
  const dirs = readdirSync(join(REPO, 'rules')).filter((d) => statSync(join(REPO, 'rules', d)).isDirectory());
  assert.ok(dirs.length >= 15, 'all rule fixture folders');
  let algorithms = 0;
  for (const d of dirs) {
    const root = join(REPO, 'rules', d);
    // In-process (the CLI path is the next tests'): the scan with the inventory on, as `--format cbom` runs it.
    const r = await scanPaths([root], { root, inventory: true, threads: 1 });
    const text = cbomText(buildInventory(r.uses ?? [], r.findings, { relativize: (abs) => relative(root, abs), defaultCrate: d }), { name: d, toolVersion: '0.1.0' });
    await assertValid(text, d);
    const bom = JSON.parse(text);
    assert.equal(bom.specVersion, '1.6');
    const algs = [...assets(bom).values()].filter((c) => c.cryptoProperties.assetType === 'algorithm');
    assert.ok(algs.length > 0, `${d} uses cryptography the inventory sees`);
    for (const a of algs) assert.ok(a.evidence.occurrences.every((o: Json) => o.location.endsWith('.rs') && o.line > 0), `${d}: ${a.name} occurrences have file and line`);
    algorithms += algs.length;
  }
  assert.ok(algorithms > 40, `${algorithms} algorithm assets across the fixtures`);
});

const APP_TOML = `[package]
name = "vault"
version = "0.3.0"
edition = "2021"

[dependencies]
aes-gcm = "0.10"
hmac = "0.12"
sha2 = "0.10"
pbkdf2 = "0.12"
rsa = "0.9"
cbc = "0.1"
aes = "0.8"
`;

const APP_LOCK = `version = 3

[[package]]
name = "aes-gcm"
version = "0.10.3"

[[package]]
name = "rsa"
version = "0.9.6"

[[package]]
name = "vault"
version = "0.3.0"
`;

const APP_RS = `use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use rsa::{Oaep, RsaPrivateKey, RsaPublicKey};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;
type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;

const KEY: [u8; 32] = [7u8; 32];

pub fn seal(msg: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(&KEY).unwrap();
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    cipher.encrypt(&nonce, msg).unwrap()
}

pub fn tag(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut mac = HmacSha256::new_from_slice(key).unwrap();
    mac.update(msg);
    mac.finalize().into_bytes().to_vec()
}

pub fn derive(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, 600_000, &mut out);
    out
}

pub fn wrap(data: &[u8]) -> Vec<u8> {
    let mut rng = rand::thread_rng();
    let private = RsaPrivateKey::new(&mut rng, 2048).unwrap();
    let public = RsaPublicKey::from(&private);
    public.encrypt(&mut rng, Oaep::new::<Sha256>(), data).unwrap()
}

pub fn legacy(key: &[u8; 16], iv: &[u8; 16]) -> Aes128CbcEnc {
    Aes128CbcEnc::new(key.into(), iv.into())
}
`;

test('on real code: algorithm names, parameters, security levels, occurrences, providers with locked versions, keys and findings', { timeout: 60_000 }, async () => {
  const dir = tempTree({ 'Cargo.toml': APP_TOML, 'Cargo.lock': APP_LOCK, 'src/lib.rs': APP_RS });
  const r = runCli(['scan', dir, '--format', 'cbom', '--fail-on', 'none']);
  assert.equal(r.status, 0, r.stderr);
  await assertValid(r.stdout, 'vault');
  const bom = JSON.parse(r.stdout);
  const a = assets(bom);
  const line = (needle: string) => APP_RS.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const algorithms = [...a.values()].filter((c) => c.cryptoProperties.assetType === 'algorithm').map((c) => c.name).sort();
  assert.deepEqual(algorithms, ['AES-128-CBC', 'AES-256-GCM', 'HMAC-SHA-256', 'PBKDF2-HMAC-SHA-256', 'RSA-2048', 'RSA-OAEP']);

  const gcm = a.get('AES-256-GCM');
  assert.deepEqual(gcm.cryptoProperties.algorithmProperties, { primitive: 'ae', parameterSetIdentifier: '256', mode: 'gcm', executionEnvironment: 'software-plain-ram', implementationPlatform: 'generic', cryptoFunctions: ['encrypt', 'generate'], classicalSecurityLevel: 256, nistQuantumSecurityLevel: 5 });
  assert.equal(gcm.cryptoProperties.oid, '2.16.840.1.101.3.4.1.46');
  assert.deepEqual(gcm.evidence.occurrences.map((o: Json) => [o.location, o.line, o.symbol]), [
    ['src/lib.rs', line('new_from_slice(&KEY)'), 'Aes256Gcm::new_from_slice'],
    ['src/lib.rs', line('generate_nonce'), 'Aes256Gcm::generate_nonce'],
    ['src/lib.rs', line('cipher.encrypt'), 'encrypt'],
  ]);
  // The crate that provides it, with the version Cargo.lock pins, as a dependency that also `provides` it.
  assert.deepEqual(depsOf(bom, gcm['bom-ref']), ['pkg:cargo/aes-gcm']);
  const provider = bom.components.find((c: Json) => c['bom-ref'] === 'pkg:cargo/aes-gcm');
  assert.equal(provider.purl, 'pkg:cargo/aes-gcm@0.10.3');
  assert.deepEqual(bom.dependencies.find((d: Json) => d.ref === 'pkg:cargo/aes-gcm').provides, [gcm['bom-ref']]);
  assert.equal(bom.metadata.component.name, 'vault');
  assert.ok(depsOf(bom, bom.metadata.component['bom-ref']).includes(gcm['bom-ref']), 'the crate depends on the algorithm it uses');

  assert.equal(a.get('HMAC-SHA-256').cryptoProperties.algorithmProperties.primitive, 'mac');
  assert.deepEqual(depsOf(bom, a.get('HMAC-SHA-256')['bom-ref']), ['pkg:cargo/hmac']);
  assert.equal(a.get('PBKDF2-HMAC-SHA-256').cryptoProperties.algorithmProperties.primitive, 'kdf');
  assert.equal(a.get('PBKDF2-HMAC-SHA-256').evidence.occurrences[0].line, line('pbkdf2_hmac::<Sha256>'));
  const cbc = a.get('AES-128-CBC').cryptoProperties.algorithmProperties;
  assert.deepEqual([cbc.primitive, cbc.mode, cbc.parameterSetIdentifier, cbc.nistQuantumSecurityLevel], ['block-cipher', 'cbc', '128', 1]);

  // RSA: the key size where the code shows it, the padding, quantum-vulnerable (level 0).
  const rsa = a.get('RSA-2048');
  assert.deepEqual([rsa.cryptoProperties.algorithmProperties.parameterSetIdentifier, rsa.cryptoProperties.algorithmProperties.classicalSecurityLevel, rsa.cryptoProperties.algorithmProperties.nistQuantumSecurityLevel], ['2048', 112, 0]);
  assert.deepEqual(rsa.cryptoProperties.algorithmProperties.cryptoFunctions, ['keygen']);
  const oaep = a.get('RSA-OAEP');
  assert.equal(oaep.cryptoProperties.algorithmProperties.padding, 'oaep');
  assert.equal(oaep.evidence.occurrences[0].line, line('public.encrypt'));
  assert.ok(oaep.properties.some((p: Json) => p.name === 'rust-crypto-gate:quantum-vulnerable' && p.value === 'true'));
  assert.equal(bom.components.find((c: Json) => c['bom-ref'] === 'pkg:cargo/rsa').purl, 'pkg:cargo/rsa@0.9.6');

  // Keys and nonces at the calls, with their origin; never their value.
  const key = a.get('AES-256-GCM key (hard-coded)');
  assert.deepEqual(key.cryptoProperties, { assetType: 'related-crypto-material', relatedCryptoMaterialProperties: { type: 'secret-key', algorithmRef: gcm['bom-ref'], size: 256 } });
  assert.deepEqual(key.properties, [{ name: 'rust-crypto-gate:origin', value: 'hard-coded' }]);
  assert.equal(key.evidence.occurrences[0].line, line('new_from_slice(&KEY)'));
  assert.ok(!r.stdout.includes('7u8'), 'the key bytes are not in the CBOM');
  assert.equal(a.get('AES-256-GCM nonce (random)').cryptoProperties.relatedCryptoMaterialProperties.size, 96);
  assert.ok(a.has('PBKDF2-HMAC-SHA-256 salt (unknown)'));

  // The hard-coded key finding references the algorithm and the key it concerns.
  const hk = bom.vulnerabilities.find((v: Json) => v.id === 'hardcoded-key');
  assert.deepEqual(hk.affects.map((x: Json) => x.ref).sort(), [gcm['bom-ref'], key['bom-ref']].sort());
  assert.deepEqual(hk.cwes, [321, 798]);
  assert.equal(hk.ratings[0].severity, 'critical');
});

test('a multi-crate workspace: one valid CBOM, each crate depending on what it uses, providers per crate', { timeout: 60_000 }, async () => {
  const dir = tempTree({
    'Cargo.toml': '[workspace]\nmembers = ["store", "sign"]\nresolver = "2"\n',
    'Cargo.lock': 'version = 3\n\n[[package]]\nname = "chacha20poly1305"\nversion = "0.10.1"\n\n[[package]]\nname = "ed25519-dalek"\nversion = "2.1.1"\n',
    'store/Cargo.toml': '[package]\nname = "store"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nchacha20poly1305 = "0.10"\nargon2 = "0.5"\n',
    'store/src/lib.rs': `use argon2::Argon2;
use chacha20poly1305::{aead::{Aead, KeyInit}, ChaCha20Poly1305, Nonce};

pub fn seal(key: &[u8; 32], n: &[u8; 12], msg: &[u8]) -> Vec<u8> {
    let cipher = ChaCha20Poly1305::new(key.into());
    cipher.encrypt(Nonce::from_slice(n), msg).unwrap()
}

pub fn kek(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    Argon2::default().hash_password_into(password, salt, &mut out).unwrap();
    out
}
`,
    'sign/Cargo.toml': '[package]\nname = "sign"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ned25519-dalek = "2"\nsha1 = "0.10"\n',
    'sign/src/main.rs': `use ed25519_dalek::{Signer, SigningKey};
use sha1::{Digest, Sha1};

fn main() {
    let key = SigningKey::generate(&mut rand::rngs::OsRng);
    let sig = key.sign(b"release");
    let id = Sha1::digest(sig.to_bytes());
    println!("{:x}", id);
}
`,
  });
  const r = runCli(['scan', dir, '--format', 'cbom', '--fail-on', 'none', '--output', join(dir, 'out.cdx.json')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /CBOM: 4 algorithms \(Argon2id, ChaCha20-Poly1305, Ed25519 \(quantum-vulnerable\), SHA-1\), \d+ keys\/nonces\/salts, \d+ findings on them → /);
  const text = readFileSync(join(dir, 'out.cdx.json'), 'utf8');
  await assertValid(text, 'workspace');
  const bom = JSON.parse(text);
  const a = assets(bom);
  assert.deepEqual([...a.values()].filter((c) => c.cryptoProperties.assetType === 'algorithm').map((c) => c.name).sort(), ['Argon2id', 'ChaCha20-Poly1305', 'Ed25519', 'SHA-1']);
  const crates = new Map(bom.components.filter((c: Json) => c.properties?.some((p: Json) => p.name === 'rust-crypto-gate:manifest')).map((c: Json) => [c.name, c]));
  assert.deepEqual([...crates.keys()].sort(), ['sign', 'store']);
  const uses = (crate: string) => depsOf(bom, (crates.get(crate) as Json)['bom-ref']).filter((ref) => ref.startsWith('crypto:algorithm:')).sort();
  assert.deepEqual(uses('store'), [a.get('Argon2id')['bom-ref'], a.get('ChaCha20-Poly1305')['bom-ref']].sort());
  assert.deepEqual(uses('sign'), [a.get('Ed25519')['bom-ref'], a.get('SHA-1')['bom-ref']].sort());
  assert.ok(depsOf(bom, bom.metadata.component['bom-ref']).includes((crates.get('store') as Json)['bom-ref']));
  const ed = a.get('Ed25519');
  assert.deepEqual([ed.cryptoProperties.algorithmProperties.primitive, ed.cryptoProperties.algorithmProperties.curve, ed.cryptoProperties.algorithmProperties.nistQuantumSecurityLevel, ed.cryptoProperties.oid], ['signature', 'Ed25519', 0, '1.3.101.112']);
  assert.deepEqual(ed.evidence.occurrences.map((o: Json) => [o.location, o.line]), [['sign/src/main.rs', 5]]);
  assert.equal(bom.components.find((c: Json) => c['bom-ref'] === 'pkg:cargo/ed25519-dalek').purl, 'pkg:cargo/ed25519-dalek@2.1.1');
  assert.deepEqual(depsOf(bom, a.get('SHA-1')['bom-ref']), ['pkg:cargo/sha1']);
  assert.ok(a.get('SHA-1').properties.some((p: Json) => p.name === 'rust-crypto-gate:weak'));
});

test('what a change adds or removes: only the changed files, only when something changed, quantum-vulnerable marked', async () => {
  const dir = tempTree({
    'base/a.rs': 'use aes_gcm::{Aes256Gcm, KeyInit};\nfn k(key: &[u8]) { let _c = Aes256Gcm::new_from_slice(key); }\n',
    'head/a.rs': 'use rsa::{Oaep, RsaPublicKey};\nfn w(k: &RsaPublicKey, d: &[u8]) { let _ = k.encrypt(&mut rand::thread_rng(), Oaep::new::<sha2::Sha256>(), d); }\n',
    'head/b.rs': 'use aes_gcm::{Aes256Gcm, KeyInit};\nfn k(key: &[u8]) { let _c = Aes256Gcm::new_from_slice(key); }\n',
  });
  const inv = async (sub: string) => {
    const r = await scanPaths([join(dir, sub)], { root: join(dir, sub), inventory: true, threads: 1 });
    return buildInventory(r.uses ?? [], r.findings);
  };
  const base = await inv('base');
  const head = await inv('head');
  const change = changeOf(base, head, new Set(['a.rs']));
  assert.deepEqual(change.added.map((x) => [x.name, x.info.quantumVulnerable, x.occurrences.map((o) => `${o.file}:${o.line}`)]), [['RSA-OAEP', true, ['a.rs:2']]]);
  // AES-256-GCM is still used at the head, in b.rs — but not in the changed file a.rs.
  assert.deepEqual(change.removed.map((x) => x.name), ['AES-256-GCM']);
  assert.deepEqual(changeOf(base, head, new Set(['b.rs'])), { added: [{ name: 'AES-256-GCM', info: head.algorithms.find((x) => x.name === 'AES-256-GCM')!.info, occurrences: head.algorithms.find((x) => x.name === 'AES-256-GCM')!.occurrences }], removed: [] });

  const report = (cryptoChange?: InventoryChange) =>
    renderReport({ verdict: { fail: false, reasons: [], highest: undefined } as never, failOn: 'critical', build: { status: 'skipped', detail: 'no build' }, findings: [], notes: [], remarks: [], cryptoChange, repoUrl: 'https://github.com/o/r', headSha: 'abc' }, { forComment: true });
  const shown = report(change);
  assert.match(shown, /### Cryptography this change adds or removes/);
  assert.match(shown, /➕ \*\*RSA-OAEP\*\* \(pke\) — \[a\.rs:2\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/a\.rs#L2\) — ⚠️ \*\*quantum-vulnerable\*\*/);
  assert.match(shown, /➖ AES-256-GCM \(ae\) — no longer used in the changed files/);
  assert.doesNotMatch(report({ added: [], removed: [] }), /Cryptography this change/);
  assert.doesNotMatch(report(undefined), /Cryptography this change/);
});

test('explain inventory documents the CBOM and how to send it to Dependency-Track', () => {
  const r = runCli(['explain', 'inventory']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /CycloneDX 1\.6/);
  assert.match(r.stdout, /nistQuantumSecurityLevel/);
  assert.match(r.stdout, /api\/v1\/bom/);
  const bad = runCli(['scan', '.', '--format', 'cdx']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be text, json, sarif or cbom/);
});

test('listing the crypto uses changes no finding: the rule fixtures give the same findings with the inventory on and off', { timeout: 120_000 }, async () => {
  const root = join(REPO, 'rules');
  const off = await scanPaths([root], { root, threads: 1 });
  const on = await scanPaths([root], { root, threads: 1, inventory: true });
  assert.equal(off.uses, undefined);
  assert.ok((on.uses ?? []).length > 200, `${on.uses?.length} uses listed`);
  assert.ok(off.findings.length > 100);
  assert.deepEqual(on.findings, off.findings);
});
