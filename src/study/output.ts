import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../finding.ts';
import type { Shard } from '../scan/shard.ts';
import type { SampleResult } from './study.ts';
import { renderStudyCsv, renderStudyMarkdown, renderStudySvg, studyTable } from './table.ts';

// The study's four files, made from the per-sample results alone: an unsharded study and the merge
// of its shards write the same bytes (per-sample timings aside, which are measured).

export const DEFAULT_STUDY_OUT = 'rust-crypto-gate-study-results';

export interface StudySettings {
  threshold: Severity;
  /** The rule columns of the CSV (every crypto rule that ran). */
  rules: string[];
  /** Set on a shard's study.json: which shard, and how many samples the whole study has. */
  shard?: Shard & { samples: number };
}

export interface StudyOutputs {
  markdown: string;
  json: string;
  csv: string;
  svg: string;
}

export function studyOutputs(results: SampleResult[], settings: StudySettings): StudyOutputs {
  const table = studyTable(results, settings.threshold);
  return {
    markdown: renderStudyMarkdown(table),
    json: `${JSON.stringify({ table, samples: results, settings }, null, 2)}\n`,
    csv: renderStudyCsv(results, settings.rules),
    svg: renderStudySvg(table),
  };
}

export function writeStudyOutputs(out: string, results: SampleResult[], settings: StudySettings): StudyOutputs {
  const o = studyOutputs(results, settings);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'study.md'), o.markdown);
  writeFileSync(join(out, 'study.json'), o.json);
  writeFileSync(join(out, 'study.csv'), o.csv);
  writeFileSync(join(out, 'study.svg'), o.svg);
  return o;
}
