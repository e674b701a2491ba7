import { makePrRepo, pullRequestPayload, runAction } from '../test/action-harness.ts';
import { FakeGitHub } from '../test/github-server.ts';

/** A crate with 50 modules, all changed by the PR; a few of them with findings. */
export async function actionOn50Files(inputs: Record<string, string> = {}): Promise<{ seconds: number; findings: number; requests: number; exitCode: number | null }> {
  const base: Record<string, string> = { 'Cargo.toml': '[package]\nname = "big"\nversion = "0.1.0"\nedition = "2021"\n' };
  const head: Record<string, string> = {};
  const mods: string[] = [];
  for (let i = 0; i < 50; i++) {
    mods.push(`mod m${i};`);
    const body = Array.from({ length: 40 }, (_, j) => `pub fn f${j}(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {\n    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);\n    cipher.encrypt(&nonce, msg).unwrap_or_default()\n}\n`).join('\n');
    base[`src/m${i}.rs`] = `use aes_gcm::aead::{Aead, AeadCore, OsRng};\nuse aes_gcm::Aes256Gcm;\n\n${body}`;
    head[`src/m${i}.rs`] = `${base[`src/m${i}.rs`]}\npub fn changed(cipher: &Aes256Gcm, msg: &[u8]) -> Vec<u8> {\n    let nonce = aes_gcm::Nonce::from_slice(${i % 10 === 0 ? 'b"unique nonce"' : '&Aes256Gcm::generate_nonce(&mut OsRng)'});\n    cipher.encrypt(nonce, msg).unwrap_or_default()\n}\n`;
  }
  base['src/main.rs'] = `${mods.join('\n')}\nfn main() {}\n`;
  const repo = makePrRepo(base, head);
  const server = await new FakeGitHub().start();
  server.files = repo.files;
  const t = performance.now();
  const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo), apiUrl: server.url, sha: 'f'.repeat(40), ref: 'refs/pull/7/merge', inputs: { build: 'never', ...inputs }, env: { RUST_CRYPTO_GATE_SARIF_POLL_MS: '0' } });
  const seconds = +((performance.now() - t) / 1000).toFixed(2);
  await server.stop();
  return { seconds, findings: Number(run.outputs.findings), requests: server.requests.length, exitCode: run.code };
}
