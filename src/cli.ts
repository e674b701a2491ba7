#!/usr/bin/env node
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Finding, type Note, atLeast, parseSeverity } from './finding.ts';
import { RuleError, builtinRulesDir, type RuleDef } from './rules/catalog.ts';
import { checkBuildFixtures, checkFixtures } from './rules/fixtures.ts';
import { renderNote, renderText } from './report/text.ts';
import { toSarif } from './sarif/sarif.ts';
import { applyFixes, unifiedDiff } from './fix/index.ts';
import { type ScanOptions, createEngine, loadRuleSet, scanFiles, scanPaths } from './scan/scan.ts';
import { type SourceFile, collectRustFiles } from './scan/files.ts';
import { type Shard, parseShard, shardFiles } from './scan/shard.ts';
import { ConfigError, applyFindingConfig, applyRuleConfig, loadProjectConfig } from './config/project.ts';
import { ModelError, loadModels } from './analyzer/models.ts';
import { pathToFileURL } from 'node:url';
import { listSamples, runStudy } from './study/study.ts';
import { DEFAULT_STUDY_OUT, type StudySettings, writeStudyOutputs } from './study/output.ts';
import { mergeStudyShards } from './study/merge.ts';
import { MergeError, mergeSarif } from './sarif/merge.ts';
import { renderSarifSummary } from './report/sarif-summary.ts';
import { homedir } from 'node:os';
import { TOOL_NAME, TOOL_VERSION } from './version.ts';
import { cbomOfScan } from './inventory/index.ts';
import { INVENTORY_HELP } from './inventory/help.ts';
import { lockedVersions, subjectName } from './scan/crates.ts';
import { relativePath } from './scan/files.ts';

const USAGE = `${TOOL_NAME} ${TOOL_VERSION}: finds cryptographic misuse in Rust

Usage:
  ${TOOL_NAME} scan [paths...] [--format text|json|sarif|cbom] [--output FILE] [--fail-on SEVERITY]
                    [--rules DIR]... [--models DIR]... [--config FILE] [--root DIR]
                    [--max-file-size BYTES] [--threads N] [--shard K/N] [--fix | --fix-dry-run]
  ${TOOL_NAME} rules               list the rule catalogue
  ${TOOL_NAME} explain <rule-id>   show a rule's documentation and the APIs modelled for it
  ${TOOL_NAME} explain models [--models DIR]...   list every modelled API (built-in and yours)
  ${TOOL_NAME} explain inventory   what the crypto inventory (--format cbom) records, and where to send it
  ${TOOL_NAME} test-rules [DIR]    check rules against their fixtures (default: the built-in rules)
  ${TOOL_NAME} study DIR [--group-by REGEX] [--codeql DIR] [--out DIR] [--timeout SECONDS]
                    [--vulnerable-at SEVERITY] [--format markdown|json|csv] [--target-dir DIR]
                    [--shard K/N]
                                   the research table over a folder of crates (one per subfolder)
  ${TOOL_NAME} merge FILE|DIR... [--output FILE] [--out DIR] [--summary FILE]
                                   join the shards of scan --shard (SARIF) or study --shard (study.json)

scan: paths default to the current folder; --fail-on is critical|high|medium|low|none (default
critical); --threads defaults to the cores available. --fix applies the automatic fixes in place,
prints each change and reports what is left; --fix-dry-run prints them as a unified diff and
changes nothing. Exit status: 0 when no unsuppressed finding is at or above --fail-on, 1 when one is,
2 on a usage or internal error.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return scan(rest);
    case 'rules':
      return listRules(rest);
    case 'explain':
      return explain(rest);
    case 'test-rules':
      return testRules(rest);
    case 'study':
      return study(rest);
    case 'merge':
      return merge(rest);
    case '--version':
    case '-V':
      process.stdout.write(`${TOOL_VERSION}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

async function scan(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string', default: 'critical' },
      rules: { type: 'string', multiple: true },
      root: { type: 'string' },
      'max-file-size': { type: 'string' },
      threads: { type: 'string' },
      models: { type: 'string', multiple: true },
      config: { type: 'string' },
      shard: { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
    },
  });
  const format = values.format;
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard must be K/N with 1 <= K <= N (e.g. 2/7), not '${values.shard}'`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (shard && (values.fix || values['fix-dry-run'])) throw new UsageError('--fix and --fix-dry-run apply to a whole scan, not to one shard');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) throw new UsageError('--threads must be a positive whole number');
  if (!['text', 'json', 'sarif', 'cbom'].includes(format)) throw new UsageError(`--format must be text, json, sarif or cbom, not '${format}'`);
  const failOn = parseSeverity(values['fail-on']);
  if (!failOn) throw new UsageError(`--fail-on must be critical, high, medium, low or none, not '${values['fail-on']}'`);
  const maxFileSize = values['max-file-size'] === undefined ? undefined : Number(values['max-file-size']);
  if (maxFileSize !== undefined && !(Number.isInteger(maxFileSize) && maxFileSize > 0)) throw new UsageError('--max-file-size must be a positive number of bytes');
  const paths = positionals.length ? positionals : ['.'];
  // One folder: paths are relative to it. One file (an editor or a pre-commit hook passes files):
  // relative to its folder, so the file keeps its name.
  const single = positionals.length === 1 ? resolve(positionals[0]) : undefined;
  const root = resolve(values.root ?? (single && existsSync(single) && !statSync(single).isDirectory() ? dirname(single) : (single ?? '.')));
  const project = loadProjectConfig(root, values.config);
  const rules = applyRuleConfig(loadRuleSet({ ruleDirs: values.rules }), project);
  const scanOptions = { root, rules, modelDirs: [...project.models, ...(values.models ?? []).map((m) => resolve(m))], maxFileSize, threads, inventory: format === 'cbom' };
  const scanned = shard ? await scanShard(paths, scanOptions, shard) : await scanPaths(paths, scanOptions);
  let result = { ...scanned, findings: applyFindingConfig(scanned.findings, project) };
  if (values['fix-dry-run']) {
    const { diff, summary } = fixFiles(root, result.findings, false);
    if (values.output) writeFileSync(values.output, diff);
    else process.stdout.write(diff);
    process.stderr.write(summary);
    return gate(result.findings, failOn);
  }
  if (values.fix) {
    const { changes, summary } = fixFiles(root, result.findings, true);
    // What changed goes where the report goes, unless the report is machine-readable.
    const say = (t: string) => (format === 'text' && !values.output ? process.stdout.write(t) : process.stderr.write(t));
    say(changes);
    say(summary);
    if (changes) {
      const again = await scanPaths(paths, scanOptions);
      result = { ...again, findings: applyFindingConfig(again.findings, project) };
      if (format === 'text' && !values.output) say('\nAfter the fixes:\n\n');
    }
  }

  let output: string;
  if (format === 'sarif') output = `${JSON.stringify(toSarif(result.findings, result.rules, result.notes, { rootUri: pathToFileURL(root).href, shard }), null, 2)}\n`;
  else if (format === 'cbom') {
    const cbom = cbomOfScan(result.uses ?? [], result.findings, (abs) => relativePath(root, abs), { name: subjectName(root), toolVersion: TOOL_VERSION, versions: lockedVersions([...new Set((result.uses ?? []).flatMap((u) => (u.crate ? [u.crate.manifest] : [])))], root) });
    output = cbom.text;
    const inv = cbom.inventory;
    const names = inv.algorithms.map((a) => `${a.name}${a.info.quantumVulnerable ? ' (quantum-vulnerable)' : ''}`);
    if (values.output) process.stderr.write(`CBOM: ${inv.algorithms.length} algorithm${inv.algorithms.length === 1 ? '' : 's'}${names.length ? ` (${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''})` : ''}, ${inv.materials.length} keys/nonces/salts, ${inv.findings.length} findings on them → ${values.output}\n`);
  }
  else if (format === 'json') output = `${JSON.stringify({ tool: TOOL_NAME, version: TOOL_VERSION, root, filesScanned: result.filesScanned, findings: result.findings, notes: result.notes }, null, 2)}\n`;
  else output = renderText(result.findings, result.filesScanned);

  if (values.output) writeFileSync(values.output, output);
  else process.stdout.write(output);
  // Bad input is explained on stderr, so stdout stays machine-readable.
  for (const n of result.notes) process.stderr.write(`${renderNote(n)}\n`);
  if (values.output && format !== 'text') process.stderr.write(`${renderText(result.findings, result.filesScanned).split('\n\n').pop()}`);
  return gate(result.findings, failOn);
}

/** One shard of a scan: whole workspaces and crates, chosen by the split of the whole tree. */
async function scanShard(paths: string[], options: ScanOptions & { root: string; rules: RuleDef[] }, shard: Shard) {
  const notes: Note[] = [];
  const all = collectRustFiles(paths, options.root, notes);
  const size = (f: SourceFile) => {
    try {
      return statSync(f.absolute).size;
    } catch {
      return 0;
    }
  };
  const files = shardFiles(all, options.root, shard, size);
  process.stderr.write(`shard ${shard.index}/${shard.count}: ${files.length} of ${all.length} files\n`);
  return scanFiles(files, options.rules, options, notes);
}

/**
 * Applies (or, for a dry run, only diffs) the fixes of the findings, file by file. A fix whose edit
 * overlaps one applied before it in the same file is left for the next run, with a note.
 */
function fixFiles(root: string, findings: Finding[], write: boolean): { diff: string; changes: string; summary: string } {
  const files = [...new Set(findings.filter((f) => f.fix && !f.suppression).map((f) => f.file))].sort();
  let diff = '';
  let changes = '';
  let applied = 0;
  let skipped = 0;
  for (const file of files) {
    const abs = resolve(root, file);
    const text = readFileSync(abs, 'utf8');
    const r = applyFixes(file, text, findings);
    for (const a of [...r.applied].sort((x, y) => x.finding.region.startLine - y.finding.region.startLine)) changes += `fixed ${file}:${a.finding.region.startLine}: ${a.finding.ruleId}: ${a.fix.description}\n`;
    if (r.unusedImports.length) changes += `tidied ${file}: removed the imports the fixes left unused (${r.unusedImports.join(', ')})\n`;
    for (const s of r.skipped) changes += `note: ${file}:${s.finding.region.startLine}: ${s.finding.ruleId} not fixed: its edit overlaps a fix applied before it in this file; run --fix again to apply it\n`;
    applied += r.applied.length;
    skipped += r.skipped.length;
    diff += unifiedDiff(file, r.before, r.after);
    if (write && r.after !== r.before) writeFileSync(abs, r.after);
  }
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : what.endsWith('x') ? 'es' : 's'}`;
  const summary = files.length === 0
    ? 'no automatic fixes for these findings\n'
    : `${write ? '' : 'would apply '}${n(applied, 'fix')} in ${n(files.length, 'file')}${skipped ? `; ${skipped} left out because ${skipped === 1 ? 'it overlaps' : 'they overlap'} another fix` : ''}${write ? '' : ' (nothing was changed)'}\n`;
  return { diff, changes, summary };
}

function gate(findings: Finding[], failOn: ReturnType<typeof parseSeverity>): number {
  if (failOn === 'none' || failOn === undefined) return 0;
  return findings.some((f) => !f.suppression && atLeast(f.severity, failOn)) ? 1 : 0;
}

function listRules(args: string[]): number {
  const { values } = parseArgs({ args, options: { rules: { type: 'string', multiple: true }, format: { type: 'string', default: 'text' } } });
  const rules = loadRuleSet({ ruleDirs: values.rules });
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(rules.map(({ id, name, severity, cwe, precision, shortDescription }) => ({ id, name, severity, cwe, precision, shortDescription })), null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const cwe = r.cwe.map((c) => `CWE-${c}`).join(',');
    process.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${cwe.padEnd(18)}  ${r.shortDescription}\n`);
  }
  return 0;
}

/** One line per modelled API: call, argument, kind, and the model file it comes from. */
function modelRows(models: ReturnType<typeof loadModels>, kinds?: Set<string>): string[] {
  const out: string[] = [];
  for (const m of models.all) {
    const rows = m.sinks.filter((r) => !kinds || kinds.has(r.kind));
    if (rows.length === 0) continue;
    out.push(`${m.name}  (${m.file})`);
    for (const r of rows) out.push(`  ${r.call}${r.arg !== undefined ? `  arg ${r.arg}` : ''}  ${r.kind}${r.on ? `  on ${r.on.join(', ')}` : ''}`);
  }
  return out;
}

function explain(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { rules: { type: 'string', multiple: true }, models: { type: 'string', multiple: true } } });
  const models = loadModels((values.models ?? []).map((m) => resolve(m)));
  if (positionals.length === 1 && positionals[0] === 'models') {
    process.stdout.write(`${modelRows(models).join('\n')}\n`);
    return 0;
  }
  if (positionals.length === 1 && (positionals[0] === 'inventory' || positionals[0] === 'cbom')) {
    process.stdout.write(INVENTORY_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('explain takes one rule id (see `rules`), or `models` to list the modelled APIs');
  const rules = loadRuleSet({ ruleDirs: values.rules });
  const rule = rules.find((r) => r.id === positionals[0]);
  if (!rule) throw new UsageError(`no rule '${positionals[0]}'; known rules: ${rules.map((r) => r.id).join(', ')}`);
  process.stdout.write(
    [
      `# ${rule.id} (${rule.name})`,
      '',
      `Severity: ${rule.severity} (security-severity ${rule.securitySeverity.toFixed(1)}), precision ${rule.precision}, ${rule.cwe.map((c) => `CWE-${c}`).join(', ')}`,
      '',
      rule.fullDescription,
      '',
      rule.help,
      '',
      `Suppress one finding with a reason: // rust-crypto-gate: ignore[${rule.id}] <why this is safe>`,
      '',
      ...(rule.sinks.length ? [`## Modelled APIs (${rule.sinks.join(', ')})`, '', ...modelRows(models, new Set(rule.sinks)), ''] : []),
    ].join('\n'),
  );
  return 0;
}

async function testRules(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const builtin = builtinRulesDir();
  const dir = positionals[0] ? resolve(positionals[0]) : builtin;
  const all = loadRuleSet({ ruleDirs: dir === builtin ? [] : [dir] });
  const tested: RuleDef[] = all.filter((r) => resolve(r.file, '..') === dir);
  if (tested.length === 0) throw new UsageError(`no rule files (*.yml) in ${dir}`);
  const reports = [...checkFixtures(await createEngine(all), tested), ...(await checkBuildFixtures(tested, process.env))].sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  let failed = 0;
  for (const r of reports) {
    if (r.skipped) {
      process.stdout.write(`SKIP ${r.rule.id}: ${r.skipped}\n`);
      continue;
    }
    const ok = r.problems.length === 0;
    if (!ok) failed++;
    process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${r.rule.id}: ${r.bad} bad, ${r.good} good cases in ${r.files} file${r.files === 1 ? '' : 's'}\n`);
    for (const p of r.problems) process.stdout.write(`  ${p}\n`);
  }
  const skipped = reports.filter((r) => r.skipped).length;
  process.stdout.write(`${reports.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  return failed ? 1 : 0;
}

// `rust-crypto-gate rules | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

async function study(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'group-by': { type: 'string' },
      codeql: { type: 'string' },
      out: { type: 'string', default: DEFAULT_STUDY_OUT },
      'target-dir': { type: 'string' },
      shard: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      'vulnerable-at': { type: 'string', default: 'medium' },
      format: { type: 'string', default: 'markdown' },
      rules: { type: 'string', multiple: true },
    },
  });
  if (positionals.length !== 1) throw new UsageError('study takes one folder of crates (one crate per subfolder)');
  const dir = resolve(positionals[0]);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a folder: ${positionals[0]}`);
  let groupBy: RegExp | undefined;
  try {
    groupBy = values['group-by'] ? new RegExp(values['group-by']) : undefined;
  } catch (e) {
    throw new UsageError(`--group-by is not a valid regular expression: ${(e as Error).message}`);
  }
  const threshold = parseSeverity(values['vulnerable-at']);
  if (!threshold || threshold === 'none') throw new UsageError('--vulnerable-at must be critical, high, medium or low');
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError('--timeout must be a positive number of seconds');
  if (!['markdown', 'json', 'csv'].includes(values.format)) throw new UsageError('--format must be markdown, json or csv');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard must be K/N with 1 <= K <= N (e.g. 2/7), not '${values.shard}'`);
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  // One target folder for all samples, so their dependencies are built once; kept out of the
  // results (a cache, not a result): --target-dir, else CARGO_TARGET_DIR, else the user's cache folder.
  const targetDir = values['target-dir'] ? resolve(values['target-dir']) : (process.env.CARGO_TARGET_DIR ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), TOOL_NAME, 'study-target'));
  const env = { ...process.env, CARGO_TARGET_DIR: targetDir };
  const rules = loadRuleSet({ ruleDirs: values.rules });
  const skip = [out, targetDir];
  const results = await runStudy(dir, { rules, codeqlDir: values.codeql ? resolve(values.codeql) : undefined, groupBy, timeoutMs: timeout * 1000, env, skip, shard, progress: (l) => process.stderr.write(`${l}\n`) });
  const settings: StudySettings = { threshold, rules: rules.map((r) => r.id).filter((id) => !id.startsWith('build/')) };
  if (shard) settings.shard = { ...shard, samples: listSamples(dir, skip).length };
  const written = writeStudyOutputs(out, results, settings);
  process.stdout.write(values.format === 'json' ? written.json : values.format === 'csv' ? written.csv : written.markdown);
  process.stderr.write(`wrote study.md, study.json, study.csv and study.svg to ${out}${shard ? ` (shard ${shard.index}/${shard.count}, ${results.length} of ${settings.shard!.samples} samples; join the shards with \`merge\`)` : ''}\n`);
  return 0;
}

/** Shard files given as files or as folders (artifact downloads): every *.sarif and study.json below a folder. */
function shardInputs(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.sarif') || name === 'study.json') out.push(p);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`not found: ${p}`);
    if (statSync(p).isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

async function merge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      out: { type: 'string' },
      summary: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
    },
  });
  if (positionals.length === 0) throw new UsageError('merge takes the shard files (or folders holding them): the SARIF logs of scan --shard, or the study.json files of study --shard');
  const files = shardInputs(positionals);
  if (files.length === 0) throw new UsageError(`no *.sarif or study.json files in ${positionals.join(', ')}`);
  const docs = files.map((f) => {
    try {
      return { name: f, doc: JSON.parse(readFileSync(f, 'utf8')) };
    } catch (e) {
      throw new MergeError(`${f} is not JSON: ${(e as Error).message}`);
    }
  });
  const isSarif = (d: { doc: Record<string, unknown> }) => Array.isArray(d.doc?.runs);
  if (docs.every(isSarif)) {
    const merged = mergeSarif(docs.map((d) => ({ name: d.name, log: d.doc })));
    const text = `${JSON.stringify(merged, null, 2)}\n`;
    if (values.output) writeFileSync(values.output, text);
    else process.stdout.write(text);
    const summary = renderSarifSummary(merged, { shards: docs.length });
    if (values.summary) appendFileSync(values.summary, summary);
    const results = merged.runs[0].results as unknown[];
    process.stderr.write(`merged ${docs.length} shard${docs.length === 1 ? '' : 's'}: ${results.length} result${results.length === 1 ? '' : 's'}${values.output ? ` in ${values.output}` : ''}\n`);
    return 0;
  }
  if (docs.some(isSarif)) throw new UsageError('merge takes either SARIF logs or study.json files, not both');
  if (!['markdown', 'json', 'csv'].includes(values.format)) throw new UsageError('--format must be markdown, json or csv');
  const { results, settings } = mergeStudyShards(docs);
  const out = resolve(values.out ?? DEFAULT_STUDY_OUT);
  const written = writeStudyOutputs(out, results, settings);
  if (values.summary) appendFileSync(values.summary, written.markdown);
  process.stdout.write(values.format === 'json' ? written.json : values.format === 'csv' ? written.csv : written.markdown);
  process.stderr.write(`merged ${docs.length} shard${docs.length === 1 ? '' : 's'} (${results.length} samples): wrote study.md, study.json, study.csv and study.svg to ${out}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || e instanceof MergeError || e instanceof RuleError || e instanceof ConfigError || e instanceof ModelError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${TOOL_NAME}: ${(e as Error).message}\n`);
      if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) process.stderr.write(`Run '${TOOL_NAME} --help' for usage.\n`);
    } else {
      process.stderr.write(`${TOOL_NAME}: internal error: ${(e as Error).stack ?? e}\n`);
    }
    process.exitCode = 2;
  },
);
