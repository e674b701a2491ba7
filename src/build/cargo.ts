import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type CargoOutcome, parseCargoOutput } from './diagnostics.ts';

// Running cargo: I/O at the edge. Everything it returns is plain data.

export function cargoAvailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const r = spawnSync('cargo', ['--version'], { encoding: 'utf8', env });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The nearest folder at or above `dir` (and not above `stop`) with a Cargo.toml. */
export function packageRoot(dir: string, stop: string): string | undefined {
  let cur = resolve(dir);
  const top = resolve(stop);
  for (;;) {
    if (existsSync(join(cur, 'Cargo.toml'))) return cur;
    if (cur === top || dirname(cur) === cur) return undefined;
    cur = dirname(cur);
  }
}

/** The workspace manifest a package belongs to (`cargo locate-project --workspace`). */
export function workspaceManifest(packageDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync('cargo', ['locate-project', '--workspace', '--message-format', 'plain'], { cwd: packageDir, encoding: 'utf8', env });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : join(packageDir, 'Cargo.toml');
}

export interface CheckRun extends CargoOutcome {
  manifest: string;
  timedOut: boolean;
  durationMs: number;
}

/** `cargo check --message-format=json --all-targets` with a time limit; never throws for build errors. */
export function cargoCheck(manifest: string, extraArgs: string[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<CheckRun> {
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn('cargo', ['check', '--message-format=json', '--all-targets', '--manifest-path', manifest, ...extraArgs], {
      cwd: dirname(manifest),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      // cargo starts rustc and build scripts: end the whole process group.
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    const finish = (spawnError?: Error) => {
      clearTimeout(timer);
      const outcome = parseCargoOutput(stdout, stderr);
      if (spawnError) outcome.otherErrors.push(`error: could not run cargo: ${spawnError.message}`);
      if (timedOut) outcome.otherErrors.push(`error: cargo check did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`);
      resolvePromise({ ...outcome, success: outcome.success && !timedOut && !spawnError, manifest, timedOut, durationMs: Date.now() - started });
    };
    child.on('error', (e) => finish(e));
    child.on('close', () => finish());
  });
}

/**
 * Removes one package's own build results from the target folder (`cargo clean -p`), leaving its
 * dependencies built. Needed where crates of the same name and version share a target folder (a
 * study's samples): cargo keys a local package's results by name, version and its path inside its
 * workspace, so a second `same 0.1.0` would be taken as fresh and get the first one's verdict.
 */
export function cargoCleanPackage(manifest: string, pkg: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const r = spawnSync('cargo', ['clean', '--manifest-path', manifest, '--package', pkg], { cwd: dirname(manifest), encoding: 'utf8', env, timeout: timeoutMs });
  return r.status === 0;
}
