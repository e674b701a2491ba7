// How long a study of S samples takes on R runners, from the per-sample times a real study measured
// (`seconds` in study.json). Usage:
//   node scripts/study-estimate.ts rust-crypto-gate-study-results/study.json [--samples 5000] [--runners 1,10,50] [--setup 60]
// The first sample of a study builds the shared dependencies (cold target folder); every runner pays
// that once, then the warm per-sample cost for its share of the samples.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { samples: { type: 'string', default: '5000' }, runners: { type: 'string', default: '1,10,50' }, setup: { type: 'string', default: '60' } },
});
if (positionals.length !== 1) {
  process.stderr.write('usage: node scripts/study-estimate.ts STUDY_JSON [--samples N] [--runners 1,10,50] [--setup SECONDS]\n');
  process.exit(2);
}
const { samples } = JSON.parse(readFileSync(positionals[0], 'utf8')) as { samples: { name: string; status: string; seconds: number }[] };
const judged = samples.filter((s) => s.status !== 'bad-sample');
if (judged.length < 2) {
  process.stderr.write('need a study.json with at least two built samples\n');
  process.exit(2);
}
const cold = judged[0].seconds;
const warm = judged.slice(1).map((s) => s.seconds).sort((a, b) => a - b);
const mean = warm.reduce((a, b) => a + b, 0) / warm.length;
const median = warm[Math.floor(warm.length / 2)];
const total = Number(values.samples);
const setup = Number(values.setup);
const fmt = (s: number) => (s >= 3600 ? `${(s / 3600).toFixed(1)} h` : s >= 60 ? `${Math.round(s / 60)} min` : `${Math.round(s)} s`);
const out = [
  `Measured on ${judged.length} samples: first (cold dependencies) ${cold.toFixed(1)} s, then ${mean.toFixed(2)} s per sample (median ${median.toFixed(2)} s).`,
  '',
  `| runners | samples per runner | wall time (setup ${setup} s + cold build + samples × ${mean.toFixed(2)} s) | runner time billed |`,
  '| ---: | ---: | ---: | ---: |',
];
for (const r of values.runners.split(',').map(Number)) {
  const per = Math.ceil(total / r);
  const wall = setup + cold + per * mean;
  out.push(`| ${r} | ${per} | ${fmt(wall)} | ${fmt(r * (setup + cold) + total * mean)} |`);
}
process.stdout.write(`${out.join('\n')}\n`);
