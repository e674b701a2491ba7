import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Analysis, analyzeChanges } from './action/analyze.ts';
import { type BuildResult, buildCrates } from './action/build.ts';
import { alignToWorkspace, findChanges, normalizeDir, pathFilter, selectRustChanges } from './action/changes.ts';
import { type Config, ConfigError, readConfig } from './action/config.ts';
import { planFromEvent } from './action/event.ts';
import { assignFingerprints } from './analyzer/fingerprint.ts';
import { headLine } from './diff/align.ts';
import { inHunk, isAddedLine } from './diff/patch.ts';
import type { Finding } from './finding.ts';
import { loadCodeql } from './action/codeql.ts';
import { compareWithCodeql } from './compare/codeql.ts';
import { decide } from './gate.ts';
import { type GitHub, createGitHub, describeApiError } from './github/client.ts';
import { upsertComment } from './github/comments.ts';
import { postReview } from './github/review.ts';
import { uploadSarif } from './github/sarif-upload.ts';
import { selectAnnotations } from './report/annotations.ts';
import { type CodeqlReport, type ReportInput, renderReport } from './report/markdown.ts';
import { placeReviewComment } from './report/suggestion.ts';
import { loadRuleSet } from './scan/scan.ts';
import type { RuleDef } from './rules/catalog.ts';
import { ConfigError as ProjectConfigError, type ProjectConfig, applyFindingConfig, applyRuleConfig, loadProjectConfig } from './config/project.ts';
import { toSarif } from './sarif/sarif.ts';
import { baseInventory } from './action/inventory.ts';
import { buildInventory, cbomText, changeOf, type InventoryChange } from './inventory/index.ts';
import { lockedVersions, subjectName } from './scan/crates.ts';
import { relativePath } from './scan/files.ts';
import { TOOL_NAME, TOOL_VERSION } from './version.ts';

// The action, top to bottom: inputs → changed files → build → analyze → compare with CodeQL →
// SARIF and CBOM → report → gate.
// Whatever fails after the inputs are read, the SARIF file, the job summary and the outputs are
// still written, and the verdict does not change.

async function steps(): Promise<void> {
  // 1. Inputs, the project's .rust-crypto-gate.yml, and the event.
  let config: Config;
  let project: ProjectConfig;
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  try {
    config = readConfig((name) => core.getInput(name));
    project = loadProjectConfig(resolve(workspace, config.workingDirectory), config.configFile ? resolve(workspace, config.configFile) : undefined);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof ProjectConfigError) return core.setFailed(e.message);
    throw e;
  }
  if (config.token) core.setSecret(config.token);
  const plan = planFromEvent(github.context.eventName, github.context.payload as never, process.env);
  const gh: GitHub | undefined = config.token ? createGitHub(config.token, core) : undefined;
  const remarks: string[] = [];
  if (!config.token) remarks.push('No `token` input: the pull request comment, inline comments and the SARIF upload were skipped.');

  // 2. Changed files and lines.
  const changes = await findChanges(plan, gh, workspace);
  remarks.push(...changes.remarks);
  const wanted = pathFilter(config.include, config.exclude);
  // The patch numbers lines as in the PR head; the checkout may be the merge commit.
  const rustChanges = changes.files === 'all' ? 'all' : alignToWorkspace(selectRustChanges(changes.files, config.workingDirectory, config.include, config.exclude), workspace);
  const scopeAll = config.scope === 'all' || rustChanges === 'all';

  // 3. Build the crates with real cargo.
  // `scope: all` checks working-directory even when the change touches no Rust file.
  const wholeTree = rustChanges === 'all' || (scopeAll && rustChanges.length === 0);
  const buildFiles = rustChanges === 'all' || rustChanges.length === 0 ? [posix.join(config.workingDirectory, 'Cargo.toml')] : rustChanges.map((c) => c.path);
  let build: BuildResult = { status: 'skipped', detail: 'no Rust file changed.', findings: [] };
  if (wholeTree || rustChanges.length > 0) build = await buildCrates(config, plan, workspace, buildFiles, process.env);

  // 4. Analyze.
  let rules: RuleDef[];
  try {
    rules = applyRuleConfig(loadRuleSet({}), project);
  } catch (e) {
    if (e instanceof ProjectConfigError) return core.setFailed(e.message);
    throw e;
  }
  const modelDirs = [...project.models, ...config.models.map((m) => resolve(workspace, m))];
  let analysis: Analysis = { findings: [], notes: [], filesScanned: 0, filesParsedAgain: 0 };
  if (wholeTree || rustChanges.length > 0) analysis = await analyzeChanges(rules, workspace, config.workingDirectory, rustChanges, scopeAll, wanted, modelDirs);
  const findings = applyFindingConfig(mergeBuildFindings(analysis.findings, build.findings, rustChanges, scopeAll), project);
  const verdict = decide(findings, config.failOn, build, config.failOnBuildError);

  // 5. Compare with CodeQL on the same files (pure matching; reading its results is best effort).
  const codeqlInput = await loadCodeql(config, plan, gh, workspace);
  const reported = (path: string) => (rustChanges === 'all' || scopeAll ? wanted(path) : rustChanges.some((c) => c.path === path));
  let codeql: CodeqlReport | undefined;
  if (codeqlInput && 'unavailable' in codeqlInput) codeql = { available: false, reason: codeqlInput.unavailable };
  else if (codeqlInput) {
    const comparison = compareWithCodeql(findings, codeqlInput.findings.filter((c) => reported(c.file)), config.codeqlLineTolerance);
    codeql = { available: true, source: codeqlInput.source, comparison, tolerance: config.codeqlLineTolerance };
  }

  // 6. SARIF, written before anything else talks to GitHub.
  const sarifPath = resolve(workspace, config.sarifFile);
  const sarif = JSON.stringify(toSarif(findings, rules, analysis.notes, { codeqlMatches: codeql?.available ? codeql.comparison.matchedRule : undefined, automationId: sarifCategory(config.workingDirectory), rootUri: pathToFileURL(workspace).href }), null, 2);
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, sarif);

  // 6b. The crypto inventory (CBOM) of what was analyzed, beside the SARIF; with a base to compare
  // with, what the change adds to the changed files' cryptography or removes from it.
  const top = resolve(workspace, config.workingDirectory);
  const uses = analysis.uses ?? [];
  const inventory = buildInventory(uses, findings, { relativize: (abs) => relativePath(workspace, abs), defaultCrate: subjectName(top) });
  const cbomPath = resolve(workspace, config.cbomFile);
  mkdirSync(dirname(cbomPath), { recursive: true });
  writeFileSync(cbomPath, cbomText(inventory, { name: subjectName(top), toolVersion: TOOL_VERSION, versions: lockedVersions([...new Set(uses.flatMap((u) => (u.crate ? [u.crate.manifest] : [])))], workspace) }));
  let cryptoChange: InventoryChange | undefined;
  if (changes.files !== 'all' && plan.baseSha && !/^0+$/.test(plan.baseSha) && (plan.kind === 'pull_request' || plan.kind === 'push')) {
    const changed = changes.files.filter((c) => c.path.endsWith('.rs') && (!normalizeDir(config.workingDirectory) || c.path.startsWith(`${normalizeDir(config.workingDirectory)}/`)) && wanted(c.path));
    if (changed.length) {
      const base = await baseInventory(workspace, plan.baseSha, changed, rules, modelDirs);
      if (base.remark) remarks.push(base.remark);
      if (base.inventory) cryptoChange = changeOf(base.inventory, inventory, new Set(changed.map((c) => c.path)));
    }
  }

  // 7. Report: annotations, then the GitHub side (best effort), then the summary and outputs.
  const { annotations, omitted } = selectAnnotations(findings);
  for (const a of annotations) core[a.kind](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn, endColumn: a.endColumn });
  const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const report: ReportInput = {
    verdict,
    failOn: config.failOn,
    build,
    findings,
    notes: analysis.notes,
    repoUrl: `${serverUrl}/${plan.owner}/${plan.repo}`,
    headSha: plan.headSha ?? plan.sha,
    linkLine: (f) => headLine(rustChanges === 'all' ? undefined : rustChanges.find((c) => c.path === f.file), f.region.startLine),
    runUrl: process.env.GITHUB_RUN_ID ? `${serverUrl}/${plan.owner}/${plan.repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined,
    remarks,
    annotationsOmitted: omitted,
    codeql,
    cryptoChange,
  };
  let commentUrl = '';
  try {
    if (gh && plan.kind === 'pull_request') commentUrl = await publishToPullRequest(gh, config, plan.owner, plan.repo, plan.prNumber!, plan.headSha!, report, rustChanges);
    if (gh && config.uploadSarif) await publishSarif(gh, plan, sarif, workspace, remarks);
  } finally {
    await core.summary.addRaw(renderReport(report, { forComment: false, limit: 900_000 })).write();
    const fresh = findings.filter((f) => f.isNew && !f.suppression);
    core.setOutput('sarif-file', sarifPath);
    core.setOutput('cbom-file', cbomPath);
    core.setOutput('findings', findings.filter((f) => !f.suppression).length);
    core.setOutput('new-findings', fresh.length);
    core.setOutput('highest-severity', verdict.highest ?? 'none');
    core.setOutput('build-status', build.status);
    core.setOutput('comment-url', commentUrl);
    if (codeql?.available) {
      core.setOutput('codeql-matched', codeql.comparison.totals.both);
      core.setOutput('codeql-only', codeql.comparison.totals.codeqlOnly);
      core.setOutput('gate-only', codeql.comparison.totals.gateOnly);
    }
  }

  // 8. Gate.
  if (verdict.fail) core.setFailed(`rust-crypto-gate: ${verdict.reasons.join(' and ')}.`);
  else core.info(`rust-crypto-gate: passed (${findings.length} findings, none new at or above ${config.failOn}).`);
}

/**
 * The SARIF category must be the same on every ref: code scanning compares a pull request's alerts
 * with the base branch's analysis of the same category. Monorepos with one step per folder get one
 * category per folder.
 */
function sarifCategory(workingDirectory: string): string {
  const dir = normalizeDir(workingDirectory);
  return `${TOOL_NAME}/${dir ? `${dir}/` : ''}`;
}

/** Build errors join the findings: new when on an added line of a changed file (or anywhere for a full scan). */
function mergeBuildFindings(findings: Finding[], buildFindings: Finding[], changes: ReturnType<typeof selectRustChanges> | 'all', scopeAll: boolean): Finding[] {
  const byPath = new Map(changes === 'all' ? [] : changes.map((c) => [c.path, c]));
  for (const f of buildFindings) {
    f.isNew = scopeAll || isAddedLine(byPath.get(f.file), f.region.startLine);
  }
  assignFingerprints(buildFindings);
  return [...findings, ...buildFindings];
}

/** The summary comment and the inline review; each failure is explained and changes nothing else. */
async function publishToPullRequest(gh: GitHub, config: Config, owner: string, repo: string, pr: number, headSha: string, report: ReportInput, changes: ReturnType<typeof selectRustChanges> | 'all'): Promise<string> {
  let url = '';
  if (config.inlineComments && changes !== 'all') {
    const byPath = new Map(changes.map((c) => [c.path, c]));
    const inline = report.findings.filter((f) => f.isNew && !f.suppression && inHunk(byPath.get(f.file), f.region.startLine));
    if (inline.length) {
      try {
        const r = await postReview(gh, owner, repo, pr, headSha, inline, (f) => placeReviewComment(f, byPath.get(f.file)));
        core.info(`Inline review: ${r.posted} new comment(s), ${r.skipped} already posted.`);
      } catch (e) {
        const why = describeApiError(e, 'Posting inline review comments', 'A pull request from a fork gets a read-only token; the findings are in this comment and the job summary instead.');
        core.warning(why);
        report.remarks.push(`${why} The findings are listed below.`);
      }
    }
  }
  if (config.comment) {
    try {
      const cryptoChanged = !!report.cryptoChange && report.cryptoChange.added.length + report.cryptoChange.removed.length > 0;
      const worthSaying = report.verdict.fail || report.build.status === 'failed' || report.findings.some((f) => !f.suppression) || cryptoChanged;
      url = (await upsertComment(gh, owner, repo, pr, renderReport(report, { forComment: true }), worthSaying))?.url ?? '';
    } catch (e) {
      const why = describeApiError(e, 'Writing the pull request comment', 'Give the workflow `pull-requests: write` (a pull request from a fork gets a read-only token: the results are in the annotations and the job summary).');
      core.warning(why);
      report.remarks.push(why);
    }
  }
  return url;
}

async function publishSarif(gh: GitHub, plan: ReturnType<typeof planFromEvent>, sarif: string, workspace: string, remarks: string[]): Promise<void> {
  try {
    const polls = Number(process.env.RUST_CRYPTO_GATE_SARIF_POLLS ?? 5);
    const r = await uploadSarif(gh, { owner: plan.owner, repo: plan.repo, sha: plan.sha, ref: plan.ref, sarif, checkoutUri: pathToFileURL(workspace).href, toolName: TOOL_NAME }, { attempts: polls, delayMs: Number(process.env.RUST_CRYPTO_GATE_SARIF_POLL_MS ?? 3000) });
    if (r.status === 'failed') {
      core.warning(`Code scanning rejected the SARIF upload: ${r.errors.join('; ')}`);
      remarks.push(`Code scanning rejected the SARIF upload: ${r.errors.join('; ')}`);
    } else core.info(`SARIF uploaded (id ${r.id}, ${r.status}).`);
  } catch (e) {
    const why = describeApiError(e, 'Uploading SARIF to code scanning', 'Give the workflow `security-events: write` and enable code scanning, or set `upload-sarif: false` and upload the `sarif-file` output with github/codeql-action/upload-sarif.');
    core.warning(why);
    remarks.push(why);
  }
}

/** The action. `src/index.ts` calls it on the runner, `@github/local-action` calls it on a workstation. */
export async function run(): Promise<void> {
  await steps().catch((e: unknown) => {
    core.setFailed(`rust-crypto-gate: internal error: ${(e as Error).stack ?? e}`);
  });
}
