// Puts the latest benchmark table (bench/results/latest.json) into README.md between the markers.
import { readFileSync, writeFileSync } from 'node:fs';

const r = JSON.parse(readFileSync('bench/results/latest.json', 'utf8'));
const rows: [string, string][] = [
  ['machine', `${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node} (${r.date.slice(0, 10)})`],
  ['corpus', `${r.corpus.files} files, ${r.corpus.megabytes} MB, ${r.corpus.crates} crates`],
  ['cold start: the shipped CLI scanning a one-line file, beyond Node\'s own start', r.coldStartMs.cliOneFile === undefined ? 'n/a' : `**${r.coldStartMs.cliOneFile} ms** (Node alone ${r.coldStartMs.nodeAlone} ms; target < 300 ms)`],
  ['cold start from source (import of the .ts modules + wasm + rules)', `${r.coldStartMs.total} ms (the imports include Node stripping TypeScript: ${r.coldStartMs.moduleImports} ms)`],
  ['bare parse, 1 thread (the floor)', `${r.singleThread.parseSeconds} s`],
  ['full analysis + SARIF, 1 thread', `${r.singleThread.analysisSeconds} s (${r.singleThread.mbPerSecond} MB/s, ${r.singleThread.filesPerSecond} files/s)`],
  ['bare parse of the analyzed files only', r.singleThread.analyzedFiles === undefined ? 'n/a' : `${r.singleThread.parseAnalyzedSeconds} s (${r.singleThread.analyzedFiles} files a rule's trigger occurs in; the others are read, never parsed${r.crateWideFlow?.filesParsedInPart === undefined ? '' : `; the analysis parses ${r.crateWideFlow.filesParsedInPart} of them only in part, the items their rules look at`})`],
  ['analysis ÷ parse of all files', `${r.singleThread.ratio}×`],
  ['**analysis ÷ parse of the analyzed files**', r.singleThread.ratioToAnalyzedParse === undefined ? 'n/a' : `**${r.singleThread.ratioToAnalyzedParse}×** (target ≤ 1.5×)`],
  ['CLI scan end to end, 1 / 2 threads', `${r.cli.oneThreadSeconds} s / ${r.cli.twoThreadsSeconds} s (identical output: ${r.cli.identicalOutput})`],
  ['peak RSS, 1 / 2 threads', `${r.cli.peakRssMbOneThread} MB / ${r.cli.peakRssMbTwoThreads} MB (target < 300 MB)`],
  ['ast-grep, 2 equivalent rules, 1 / 2 threads', typeof r.astGrep === 'string' ? r.astGrep : `${r.astGrep.oneThreadSeconds} s / ${r.astGrep.twoThreadsSeconds} s`],
  ['**ours ÷ ast-grep, 2 threads**', typeof r.astGrep === 'string' ? 'n/a' : `**${r.astGrep.ratioOurs2ToTheirs2}×** (target ≤ 1×)`],
  ['one-file PR in a 1200-file crate, our part', r.oneFilePrIn1200FileCrate ? `${r.oneFilePrIn1200FileCrate.seconds} s, ${r.oneFilePrIn1200FileCrate.files} of 1200 files analyzed, ${r.oneFilePrIn1200FileCrate.parsedAgain} parsed again (target < 1 s)` : 'n/a'],
  ['action, 50-file PR, no cargo', `${r.action50Files.endToEndSeconds} s end to end; ${r.action50Files.withoutGitHubWritesSeconds} s without the 3 paced GitHub writes (target < 2 s)`],
  ['findings with the prefilter on / off', r.prefilterParity ? `${r.prefilterParity.identical ? 'identical' : '**different**'} (${r.prefilterParity.findings} findings; ${r.prefilterParity.onlyWithoutPrefilter.length} only without it)` : 'n/a'],
  ['cargo check of the fixture crate, cold / warm target/', `${r.cargo.coldSeconds} s / ${r.cargo.warmSeconds} s`],
];
const table = ['| measure | result |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
