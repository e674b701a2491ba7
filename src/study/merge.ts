import { SEVERITIES, type Severity } from '../finding.ts';
import { MergeError, checkShardSet } from '../sarif/merge.ts';
import type { StudySettings } from './output.ts';
import type { SampleResult } from './study.ts';

// The study.json files of `study --shard K/N` (K = 1..N) → the samples of the whole study, in the
// order an unsharded study lists them. The statistics are then computed again over all of them
// (output.ts), never averaged from the shards' tables. Pure.

export interface StudyShardDoc {
  name: string;
  doc: { samples?: SampleResult[]; settings?: StudySettings };
}

export function mergeStudyShards(docs: StudyShardDoc[]): { results: SampleResult[]; settings: StudySettings } {
  for (const { name, doc } of docs) {
    if (!doc || !Array.isArray(doc.samples) || !doc.settings) throw new MergeError(`${name} is not a study.json of ${'`study --shard`'} (no "samples" and "settings")`);
    if (!SEVERITIES.includes(doc.settings.threshold as Severity) || !Array.isArray(doc.settings.rules)) throw new MergeError(`${name}: its "settings" are not those of a study`);
  }
  const ordered = checkShardSet(docs, (d) => d.doc.settings?.shard, (d) => d.name);
  const first = ordered[0].doc.settings!;
  for (const { name, doc } of ordered.slice(1)) {
    const s = doc.settings!;
    if (s.threshold !== first.threshold) throw new MergeError(`${name} counts vulnerable at ${s.threshold}+, ${ordered[0].name} at ${first.threshold}+: run every shard with the same --vulnerable-at`);
    if (s.rules.join(',') !== first.rules.join(',')) throw new MergeError(`${name} ran other rules than ${ordered[0].name}: run every shard with the same --rules`);
    if (s.shard!.samples !== first.shard!.samples) throw new MergeError(`${name} saw ${s.shard!.samples} samples in the study folder, ${ordered[0].name} ${first.shard!.samples}: the shards ran on different folders`);
  }
  const results: SampleResult[] = [];
  const from = new Map<string, string>();
  for (const { name, doc } of ordered) {
    for (const r of doc.samples!) {
      if (from.has(r.name)) throw new MergeError(`sample ${r.name} is in ${from.get(r.name)} and in ${name}: these shards overlap`);
      from.set(r.name, name);
      results.push(r);
    }
  }
  if (results.length !== first.shard!.samples) throw new MergeError(`the shards hold ${results.length} samples, but the study folder has ${first.shard!.samples}`);
  // The order of an unsharded study: sample names sorted as listSamples sorts them.
  results.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const { shard: _shard, ...settings } = first;
  return { results, settings };
}
