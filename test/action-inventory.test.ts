import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import * as Validation from '@cyclonedx/cyclonedx-library/Validation';
import { makePrRepo, pullRequestPayload, runAction } from './action-harness.ts';
import { BASE_FILES, BASE_MAIN } from './fixtures-crate.ts';
import { FakeGitHub } from './github-server.ts';

// The action's crypto inventory: the CBOM beside the SARIF (`cbom-file`), and the PR report's
// "Cryptography this change adds or removes", against the local GitHub server.

let server: FakeGitHub;
before(async () => {
  server = await new FakeGitHub().start();
});
after(async () => {
  await server.stop();
});

/** The same program, with RSA-OAEP where the base has AES-256-GCM. */
const RSA_MAIN = `use rsa::{Oaep, RsaPrivateKey, RsaPublicKey};
use sha2::Sha256;

fn seal(key: &RsaPublicKey, msg: &[u8]) -> Vec<u8> {
    let mut rng = rand::thread_rng();
    key.encrypt(&mut rng, Oaep::new::<Sha256>(), msg).unwrap_or_default()
}

fn main() {
    let mut rng = rand::thread_rng();
    let private = RsaPrivateKey::new(&mut rng, 3072).unwrap();
    let public = RsaPublicKey::from(&private);
    println!("{}", seal(&public, b"hello").len());
}
`;

function prRun(repo: ReturnType<typeof makePrRepo>, number: number, inputs: Record<string, string> = {}, payload: object = pullRequestPayload(repo, { number })) {
  server.files = repo.files;
  return runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    payload,
    apiUrl: server.url,
    sha: 'f'.repeat(40),
    ref: `refs/pull/${number}/merge`,
    // The rsa crate is not in the offline registry: this test is about the inventory, not the build.
    inputs: { build: 'never', 'upload-sarif': 'false', 'inline-comments': 'false', ...inputs },
  });
}

test('a PR that swaps AES-GCM for RSA-OAEP: the report shows what it adds (quantum-vulnerable) and removes; the CBOM is written beside the SARIF', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': RSA_MAIN, 'Cargo.toml': BASE_FILES['Cargo.toml'].replace('aes-gcm = "0.10"', 'rsa = "0.9"\nsha2 = "0.10"\nrand = "0.8"') });
  const run = await prRun(repo, 21, { 'cbom-file': 'out/crypto.cdx.json' });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.deepEqual(server.violations, []);

  const comment = server.issueComments.find((c) => c.html_url.includes('/pull/21#'))?.body as string;
  assert.ok(comment, 'a comment was written');
  const section = comment.slice(comment.indexOf('### Cryptography this change adds or removes'));
  assert.ok(comment.includes('### Cryptography this change adds or removes'), comment);
  const encrypt = RSA_MAIN.split('\n').findIndex((l) => l.includes('key.encrypt')) + 1;
  const keygen = RSA_MAIN.split('\n').findIndex((l) => l.includes('RsaPrivateKey::new')) + 1;
  assert.match(section, new RegExp(`➕ \\*\\*RSA-OAEP\\*\\* \\(pke\\) — \\[src/main\\.rs:${encrypt}\\]\\(https://github\\.com/octo-org/crypto-app/blob/${repo.headSha}/src/main\\.rs#L${encrypt}\\) — ⚠️ \\*\\*quantum-vulnerable\\*\\*`));
  assert.match(section, new RegExp(`➕ \\*\\*RSA-3072\\*\\* \\(pke\\) — \\[src/main\\.rs:${keygen}\\]`));
  const baseLine = (needle: string) => BASE_MAIN.split('\n').findIndex((l) => l.includes(needle)) + 1;
  assert.match(section, new RegExp(`➖ AES-256-GCM \\(ae\\) — no longer used in the changed files \\(was at src/main\\.rs:${baseLine('generate_nonce')}, src/main\\.rs:${baseLine('cipher.encrypt')}, src/main\\.rs:${baseLine('cipher.decrypt')} and 2 more\\)`));
  assert.ok(run.summary.includes('### Cryptography this change adds or removes'), 'the job summary has it too');

  // The CBOM: where the input says, named by the output, valid CycloneDX 1.6, with the head's algorithms.
  const cbomPath = join(repo.dir, 'out/crypto.cdx.json');
  assert.equal(run.outputs['cbom-file'], cbomPath);
  const text = readFileSync(cbomPath, 'utf8');
  assert.equal(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text), null);
  const bom = JSON.parse(text);
  const names = bom.components.filter((c: { type: string }) => c.type === 'cryptographic-asset').map((c: { name: string }) => c.name);
  assert.ok(names.includes('RSA-OAEP') && names.includes('RSA-3072') && !names.includes('AES-256-GCM'), names.join(', '));
  assert.equal(bom.metadata.component.name, 'crypto-app');
});

test('a PR that changes no cryptography gets no such section; the CBOM is still written, by default beside the SARIF', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': BASE_MAIN.replace('fn main() {', '/// Entry point.\nfn main() {') });
  const run = await prRun(repo, 22);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const comment = server.issueComments.find((c) => c.html_url.includes('/pull/22#'))?.body as string;
  assert.ok(comment, 'the pre-existing finding is still reported');
  assert.ok(!comment.includes('Cryptography this change'), 'no crypto change, no section');
  assert.equal(run.outputs['cbom-file'], join(repo.dir, 'rust-crypto-gate.cdx.json'));
  assert.ok(existsSync(join(repo.dir, 'rust-crypto-gate.cdx.json')) && existsSync(run.sarifPath));
  assert.match(readFileSync(join(repo.dir, 'rust-crypto-gate.cdx.json'), 'utf8'), /"name": "AES-256-GCM"/);
});

test('a shallow clone without the base commit: the CBOM is written, and the report says why the change section is missing', { timeout: 120_000 }, async () => {
  const repo = makePrRepo(BASE_FILES, { 'src/main.rs': RSA_MAIN });
  const payload = pullRequestPayload(repo, { number: 23 });
  payload.pull_request.base.sha = 'e'.repeat(40);
  const run = await prRun(repo, 23, {}, payload);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.summary, /The base commit eeeeeeeeeeee is not in the checkout, so the cryptography this change adds or removes is not shown; check out with <code>fetch-depth: 0<\/code>/);
  assert.ok(!run.summary.includes('### Cryptography this change'));
  assert.match(readFileSync(run.outputs['cbom-file'], 'utf8'), /"name": "RSA-OAEP"/);
});
