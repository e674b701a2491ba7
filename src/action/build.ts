import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cargoAvailable, cargoCheck, packageRoot, workspaceManifest } from '../build/cargo.ts';
import { diagnosticsToFindings } from '../build/diagnostics.ts';
import type { Finding } from '../finding.ts';
import type { BuildReport } from '../report/markdown.ts';
import type { Config } from './config.ts';
import type { EventPlan } from './event.ts';

export interface BuildResult extends BuildReport {
  findings: Finding[];
}

/** Builds every workspace that holds a changed file with real `cargo check`. */
export async function buildCrates(config: Config, plan: EventPlan, workspace: string, files: string[], env: NodeJS.ProcessEnv): Promise<BuildResult> {
  if (config.build === 'never') return { status: 'skipped', detail: 'the build is turned off (`build: never`).', findings: [] };
  if (plan.privileged && !config.allowUntrustedBuild) {
    return {
      status: 'skipped',
      detail: `not built: under \`${plan.eventName}\` the workflow has a write token and secrets, and \`cargo check\` runs the pull request's build scripts and proc macros. Set \`allow-untrusted-build: true\` only if you accept that.`,
      findings: [],
    };
  }
  const cargo = cargoAvailable(env);
  if (!cargo) {
    const detail = 'cargo is not installed on this runner, so the crate was not built (add `dtolnay/rust-toolchain@stable` before this step); the analysis ran anyway.';
    return { status: config.build === 'always' ? 'failed' : 'skipped', detail, findings: [] };
  }
  const manifests = new Set<string>();
  for (const f of files) {
    const pkg = packageRoot(dirname(join(workspace, f)), workspace);
    if (pkg) manifests.add(workspaceManifest(pkg, env));
  }
  if (manifests.size === 0) return { status: 'skipped', detail: 'no Cargo.toml found above the changed files.', findings: [] };
  const findings: Finding[] = [];
  const failures: string[] = [];
  let seconds = 0;
  for (const manifest of [...manifests].sort()) {
    const run = await cargoCheck(manifest, config.cargoArgs, config.cargoTimeoutMinutes * 60_000, env);
    seconds += run.durationMs / 1000;
    const found = diagnosticsToFindings(run.diagnostics, {
      root: workspace,
      workspaceRoot: dirname(manifest),
      lineText: (file, line) => readLine(join(workspace, file), line),
    });
    findings.push(...found);
    const name = relative(workspace, manifest) || 'Cargo.toml';
    if (!run.success) failures.push(`${name}: ${found.length ? `${found.length} error${found.length === 1 ? '' : 's'}` : (run.otherErrors[0] ?? 'failed')}`);
  }
  const what = `\`cargo check --all-targets\` on ${manifests.size} workspace${manifests.size === 1 ? '' : 's'} (${seconds.toFixed(1)} s, ${cargo})`;
  if (failures.length) return { status: 'failed', detail: `${what} failed — ${failures.join('; ')}.`, findings };
  return { status: 'passed', detail: `${what} succeeded.`, findings };
}

function readLine(file: string, line: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n')[line - 1]?.replace(/\r$/, '') ?? '';
  } catch {
    return '';
  }
}
