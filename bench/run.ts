// npm run bench: how fast the engine is against its floor (bare web-tree-sitter parsing) and
// against ast-grep, on 20+ MB of real Rust nobody here wrote (Debian's librust-*-dev sources).
// Ratios are measured in one run, since these machines are noisy. Writes bench/results/latest.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finalize, settleFlows } from '../src/analyzer/engine.ts';
import { loadRustParser } from '../src/analyzer/parser.ts';
import { toSarif } from '../src/sarif/sarif.ts';
import { collectRustFiles } from '../src/scan/files.ts';
import { createEngine, loadRuleSet } from '../src/scan/scan.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_PACKAGES = ['librust-aes-gcm-dev', 'librust-chacha20poly1305-dev', 'librust-rand-dev', 'librust-ring-dev', 'librust-argon2-dev', 'librust-pbkdf2-dev', 'librust-hkdf-dev', 'librust-sha2-dev', 'librust-md-5-dev', 'librust-sha1-dev', 'librust-hmac-dev', 'librust-subtle-dev', 'librust-regex-dev', 'librust-tokio-dev', 'librust-nom-dev', 'librust-clap-dev'];
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const ms = (t: number) => `${(t / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. The corpus.
log('locating the Debian crate sources (downloads once, then cached)');
const reg = spawnSync('bash', [join(REPO, 'scripts/debian-cargo-registry.sh'), ...BENCH_PACKAGES], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (reg.status !== 0) throw new Error('could not set up the corpus (scripts/debian-cargo-registry.sh failed)');
const corpus = reg.stdout.trim().split('\n').pop()!;
const files = collectRustFiles([corpus], corpus, [])
  .map((f) => ({ path: f.path, text: readFileSync(f.absolute, 'utf8') }))
  .filter((f) => f.text.length <= 2 * 1024 * 1024 && !f.text.slice(0, 8192).includes('\0'));
const bytes = files.reduce((a, f) => a + Buffer.byteLength(f.text), 0);
const crates = new Set(files.map((f) => f.path.split('/')[0])).size;
log(`${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${crates} crates in ${corpus}`);

// 2. Cold start, in fresh processes.
const colds = Array.from({ length: 5 }, () => JSON.parse(spawnSync(process.execPath, [join(REPO, 'bench/cold-start.ts')], { encoding: 'utf8' }).stdout));
const cold = { imports: median(colds.map((c) => c.imports)), wasm: median(colds.map((c) => c.wasm)), rules: median(colds.map((c) => c.rules)), total: median(colds.map((c) => c.imports + c.wasm + c.rules)) };
// What a user waits for: the shipped CLI (dist/cli.js, no TypeScript to strip) scanning a one-line
// file, process start to exit, less what Node itself takes to start and stop (`node -e ''`).
const oneLine = join(mkdtempSync(join(tmpdir(), 'rcg-cold-')), 'one.rs');
writeFileSync(oneLine, 'fn main() { let n = Nonce::from_slice(b"unique nonce"); c.encrypt(n, b"x".as_ref()); }\n');
const wall = (args: string[]) => {
  const t = performance.now();
  spawnSync(process.execPath, args, { encoding: 'utf8' });
  return performance.now() - t;
};
const nodeAlone = median(Array.from({ length: 5 }, () => wall(['-e', ''])));
const cliOneFile = median(Array.from({ length: 5 }, () => wall([join(REPO, 'dist/cli.js'), 'scan', oneLine, '--fail-on', 'none'])));

// 3. Parse floor vs full analysis, same thread, same files, in memory; best of three each, interleaved.
const parser = await loadRustParser();
const rules = loadRuleSet({});
const engine = await createEngine(rules);
const parseAll = (which = files) => {
  const t = performance.now();
  for (const f of which) parser.parser.parse(f.text)?.delete();
  return performance.now() - t;
};
// The files a rule's trigger occurs in: the only ones the engine parses (the others are read, never parsed).
const triggered = files.filter((f) => engine.prefilterFor(f.text).length > 0);
const crateOf = new Map(collectRustFiles([corpus], corpus, []).map((f) => [f.path, f.crate]));
let flow = { ms: 0, reparsed: 0, parsed: 0, partial: 0 };
const analyzeAll = () => {
  const t = performance.now();
  const before = { ...engine.parses };
  const analyses = files.map((f) => engine.analyze(f.path, f.text, crateOf.get(f.path)));
  const texts = new Map(files.map((f) => [f.path, f.text]));
  // The crate-wide dataflow: what it costs on top of the per-file analysis, and how many files it parses again.
  const tf = performance.now();
  settleFlows(engine, analyses, (p) => texts.get(p));
  flow = { ms: performance.now() - tf, reparsed: engine.parses.callers - before.callers, parsed: engine.parses.analyze - before.analyze, partial: engine.parses.partial - before.partial };
  const findings = finalize(analyses, rules, (p) => engine.constsIn(p, texts.get(p) ?? ''));
  JSON.stringify(toSarif(findings, rules));
  return { ms: performance.now() - t, findings: findings.length, keys: findings.map((f) => `${f.ruleId} ${f.file}:${f.region.startLine}:${f.region.startColumn} ${f.severity} ${f.message}`) };
};
log('warming up');
parseAll();
const parses: number[] = [];
const triggeredParses: number[] = [];
const analyses: number[] = [];
let findingCount = 0;
for (let i = 0; i < 3; i++) {
  parses.push(parseAll());
  triggeredParses.push(parseAll(triggered));
  const a = analyzeAll();
  analyses.push(a.ms);
  findingCount = a.findings;
  log(`round ${i + 1}: parse ${ms(parses[i])} (the ${triggered.length} analyzed files: ${ms(triggeredParses[i])}), analysis ${ms(analyses[i])}`);
}
// The prefilter must change no finding: the same analysis with every file parsed and every rule run.
log('the same analysis without the prefilter (every file parsed)');
const prefilterParity = (() => {
  const kept = flow;
  const on = analyzeAll().keys;
  engine.usePrefilter = false;
  const off = analyzeAll().keys;
  engine.usePrefilter = true;
  flow = kept;
  const onSet = new Set(on);
  const offSet = new Set(off);
  return { identical: on.length === off.length && on.every((k, i) => k === off[i]), findings: on.length, onlyWithoutPrefilter: off.filter((k) => !onSet.has(k)), onlyWithPrefilter: on.filter((k) => !offSet.has(k)) };
})();
const parse = Math.min(...parses);
const triggeredParse = Math.min(...triggeredParses);
const analysis = Math.min(...analyses);

// 4. The CLI end to end (file walk, workers, SARIF written), 1 and 2 threads, with peak RSS.
const gnuTime = existsSync('/usr/bin/time');
const tmp = mkdtempSync(join(tmpdir(), 'rcg-bench-'));
function timed(cmd: string, args: string[]): { seconds: number; rssMb?: number; stdout: string } {
  const t = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t) / 1000;
  const rss = gnuTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : undefined;
  return { seconds, rssMb: rss, stdout: r.stdout };
}
const cli = (threads: number) => timed(process.execPath, [join(REPO, 'dist/cli.js'), 'scan', corpus, '--threads', String(threads), '--format', 'sarif', '--output', join(tmp, `t${threads}.sarif`), '--fail-on', 'none']);
log('CLI end to end');
const cli1 = [cli(1), cli(1)].sort((a, b) => a.seconds - b.seconds)[0];
const cli2 = [cli(2), cli(2)].sort((a, b) => a.seconds - b.seconds)[0];
const sameOutput = readFileSync(join(tmp, 't1.sarif'), 'utf8') === readFileSync(join(tmp, 't2.sarif'), 'utf8');

// 5. ast-grep with rules equivalent to constant-nonce and hardcoded-key, same files, same threads.
const sg = [join(REPO, 'node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep'), join(REPO, 'node_modules/@ast-grep/cli/ast-grep')].find(existsSync);
const astGrep = (threads: number) => timed(sg!, ['scan', '--config', join(REPO, 'bench/ast-grep/sgconfig.yml'), '--threads', String(threads), '--json=stream', corpus]);
let sg1: ReturnType<typeof timed> | undefined;
let sg2: ReturnType<typeof timed> | undefined;
if (sg) {
  log('ast-grep');
  sg1 = [astGrep(1), astGrep(1)].sort((a, b) => a.seconds - b.seconds)[0];
  sg2 = [astGrep(2), astGrep(2)].sort((a, b) => a.seconds - b.seconds)[0];
}
const sgMatches = sg2 ? sg2.stdout.split('\n').filter(Boolean).length : undefined;

// 6. The action end to end without cargo, on a 50-file PR, against the local GitHub server.
log('action on a synthetic 50-file pull request');
const { actionOn50Files } = await import('./action-50.ts');
const actionFull = await actionOn50Files();
// The same run without the three writes (comment, review, SARIF upload) that Octokit's throttling
// paces one second apart, as GitHub asks of clients creating content.
const actionNoWrites = await actionOn50Files({ comment: 'false', 'inline-comments': 'false', 'upload-sarif': 'false' });
const action = { endToEndSeconds: actionFull.seconds, withoutGitHubWritesSeconds: actionNoWrites.seconds, findings: actionFull.findings, requests: actionFull.requests };

// 6b. Our part of the action for a one-file PR in a 1200-file crate (no GitHub, no cargo).
log('one-file PR in a 1200-file crate');
const { oneFilePr } = await import('./one-file-pr.ts');
const onePr = await oneFilePr(corpus);

// 7. cargo check cold vs warm on the fixture crate.
log('cargo check cold and warm');
const { cargoColdWarm } = await import('./cargo-cold-warm.ts');
const cargo = await cargoColdWarm();

const result = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), freeGiB: +(freemem() / 2 ** 30).toFixed(1), node: process.version },
  corpus: { files: files.length, megabytes: +(bytes / 1e6).toFixed(1), crates },
  coldStartMs: { moduleImports: +cold.imports.toFixed(0), wasm: +cold.wasm.toFixed(0), rules: +cold.rules.toFixed(0), total: +cold.total.toFixed(0), cliOneFile: +(cliOneFile - nodeAlone).toFixed(0), nodeAlone: +nodeAlone.toFixed(0) },
  crateWideFlow: { seconds: +(flow.ms / 1000).toFixed(2), shareOfAnalysis: +(flow.ms / analysis).toFixed(3), filesParsedForAnalysis: flow.parsed, filesParsedInPart: flow.partial, filesParsedAgainForCallers: flow.reparsed },
  singleThread: { parseSeconds: +(parse / 1000).toFixed(2), analyzedFiles: triggered.length, parseAnalyzedSeconds: +(triggeredParse / 1000).toFixed(2), analysisSeconds: +(analysis / 1000).toFixed(2), ratio: +(analysis / parse).toFixed(2), ratioToAnalyzedParse: +(analysis / triggeredParse).toFixed(2), filesPerSecond: Math.round(files.length / (analysis / 1000)), mbPerSecond: +(bytes / 1e6 / (analysis / 1000)).toFixed(2), findings: findingCount },
  cli: { oneThreadSeconds: +cli1.seconds.toFixed(2), twoThreadsSeconds: +cli2.seconds.toFixed(2), peakRssMbOneThread: cli1.rssMb && Math.round(cli1.rssMb), peakRssMbTwoThreads: cli2.rssMb && Math.round(cli2.rssMb), identicalOutput: sameOutput },
  astGrep: sg1 && sg2 ? { oneThreadSeconds: +sg1.seconds.toFixed(2), twoThreadsSeconds: +sg2.seconds.toFixed(2), matches: sgMatches, ratioOurs2ToTheirs2: +(cli2.seconds / sg2.seconds).toFixed(2) } : 'not installed',
  action50Files: action,
  oneFilePrIn1200FileCrate: onePr,
  prefilterParity,
  cargo,
};
mkdirSync(join(REPO, 'bench/results'), { recursive: true });
writeFileSync(join(REPO, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);

const rows: [string, string][] = [
  ['machine', `${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}`],
  ['corpus', `${files.length} files, ${result.corpus.megabytes} MB, ${crates} crates (Debian librust-*-dev sources)`],
  ['cold start, from source', `${result.coldStartMs.total} ms (module import ${result.coldStartMs.moduleImports} ms, wasm ${result.coldStartMs.wasm} ms, rules ${result.coldStartMs.rules} ms)`],
  ['cold start, shipped CLI on a one-line file', `${result.coldStartMs.cliOneFile} ms beyond Node's own ${result.coldStartMs.nodeAlone} ms`],
  ['bare parse, 1 thread', `${ms(parse)} (${(bytes / 1e6 / (parse / 1000)).toFixed(2)} MB/s)`],
  ['full analysis + SARIF, 1 thread', `${ms(analysis)} (${result.singleThread.mbPerSecond} MB/s, ${result.singleThread.filesPerSecond} files/s)`],
  ['analysis ÷ parse', `${result.singleThread.ratio}×`],
  ['crate-wide dataflow (in the analysis above)', `${ms(flow.ms)} (${(100 * flow.ms / analysis).toFixed(1)} % of it); ${flow.parsed} files parsed once (${flow.partial} of them in part), ${flow.reparsed} parsed again to read call sites`],
  ['CLI scan end to end, 1 thread', `${cli1.seconds.toFixed(2)} s, peak RSS ${result.cli.peakRssMbOneThread ?? 'n/a'} MB`],
  ['CLI scan end to end, 2 threads', `${cli2.seconds.toFixed(2)} s, peak RSS ${result.cli.peakRssMbTwoThreads ?? 'n/a'} MB, output identical to 1 thread: ${sameOutput}`],
  ['ast-grep (2 rules), 1 thread', sg1 ? `${sg1.seconds.toFixed(2)} s` : 'n/a'],
  ['ast-grep (2 rules), 2 threads', sg2 ? `${sg2.seconds.toFixed(2)} s (${sgMatches} matches)` : 'n/a'],
  ['ours ÷ ast-grep, 2 threads', sg2 ? `${(cli2.seconds / sg2.seconds).toFixed(2)}×` : 'n/a'],
  ['action, 50-file PR, no cargo', `${action.endToEndSeconds} s end to end (${action.findings} findings, ${action.requests} API requests); ${action.withoutGitHubWritesSeconds} s without the 3 paced GitHub writes`],
  ['one-file PR in a 1200-file crate', `${onePr.seconds} s of our work, ${onePr.files} files analyzed, ${onePr.parsedAgain} parsed again (${onePr.newFindings} new finding)`],
  ['prefilter on / off', `${prefilterParity.identical ? 'identical findings' : 'DIFFERENT findings'} (${prefilterParity.findings}; ${prefilterParity.onlyWithoutPrefilter.length} only without it, ${prefilterParity.onlyWithPrefilter.length} only with it)`],
  ['cargo check, fixture crate', `cold ${cargo.coldSeconds} s, warm ${cargo.warmSeconds} s`],
];
const w = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(`\n${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n')}\n\nwrote bench/results/latest.json\n`);
