// npm run eval [-- DIR] [--at SEVERITY] [--json FILE] [--readme]
//
// Scores the analyzer on the labelled real-code corpus (corpus/README.md): every repository is
// scanned as the CLI scans a folder (its crate context included), findings on the scored files are
// matched against the hand labels, and recall and precision are printed per rule and overall, with
// every miss and false alarm. DIR is the materialized corpus (default: `node scripts/corpus.ts
// materialize` puts it in ~/.cache/rust-crypto-gate/corpus, or $RCG_CORPUS). `--readme` writes the
// table into the README between the eval markers, with the date.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Finding, parseSeverity } from '../src/finding.ts';
import { loadCorpus, repoDirName } from '../src/eval/corpus.ts';
import { type ScoredFile, renderScoreDetails, renderScoreTable, scoreFindings } from '../src/eval/score.ts';
import { scanPaths } from '../src/scan/scan.ts';
import { CORPUS_DIR, DEFAULT_OUT, REPO_ROOT } from './corpus.ts';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { at: { type: 'string', default: 'medium' }, json: { type: 'string' }, readme: { type: 'boolean', default: false }, repo: { type: 'string', multiple: true } },
  });
  const at = parseSeverity(values.at);
  if (!at || at === 'none') throw new Error(`--at must be critical, high, medium or low`);
  const dir = resolve(positionals[0] ?? DEFAULT_OUT);
  if (!existsSync(dir)) throw new Error(`no materialized corpus at ${dir}: run \`node scripts/corpus.ts materialize\` first`);
  const repos = loadCorpus(CORPUS_DIR).filter((r) => !values.repo || values.repo.includes(r.repo));
  const scored: ScoredFile[] = [];
  const findings: Finding[] = [];
  const missing: string[] = [];
  for (const r of repos) {
    const root = join(dir, repoDirName(r.repo));
    for (const f of r.files) {
      const abs = join(root, f.path);
      if (!existsSync(abs) || createHash('sha256').update(readFileSync(abs)).digest('hex') !== f.sha256) missing.push(`${r.repo}/${f.path}`);
    }
    const files = r.files.filter((f) => !f.context);
    if (!existsSync(root)) continue;
    const result = await scanPaths([root], { root, threads: 1 });
    const prefix = `${repoDirName(r.repo)}/`;
    const wanted = new Set(files.map((f) => f.path));
    for (const f of result.findings) if (wanted.has(f.file)) findings.push({ ...f, file: prefix + f.file });
    for (const f of files) scored.push({ file: prefix + f.path, labels: f.labels });
  }
  if (missing.length) process.stderr.write(`eval: ${missing.length} corpus files are missing or changed (materialize again): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}\n`);
  const score = scoreFindings(scored, findings, at);
  const table = renderScoreTable(score);
  const date = new Date().toISOString().slice(0, 10);
  const heading = `Real-code corpus, ${date}: ${repos.length} repositories, ${score.files} scored files, findings and labels at ${at} or above (${score.debatable} findings on debatable labels not counted).`;
  process.stdout.write(`${heading}\n\n${table}\n\n${renderScoreDetails(score)}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ date, repos: repos.length, ...score }, null, 2)}\n`);
  if (values.readme) {
    const readme = join(REPO_ROOT, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const block = `<!-- eval:start -->\n${heading}\n\n${table}\n<!-- eval:end -->`;
    if (!/<!-- eval:start -->[\s\S]*<!-- eval:end -->/.test(text)) throw new Error('README.md has no <!-- eval:start --> … <!-- eval:end --> markers');
    writeFileSync(readme, text.replace(/<!-- eval:start -->[\s\S]*<!-- eval:end -->/, block));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(2);
  },
);
