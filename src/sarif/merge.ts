import { TOOL_NAME } from '../version.ts';

// The SARIF logs of `scan --shard K/N` (K = 1..N) → one log with one run, as code scanning wants
// one analysis per category. Rules are deduplicated by id (result `ruleIndex`es follow), results are
// put in the order an unsharded scan writes them, and fingerprints are kept as they are: each is
// computed within one file, and a file is always wholly in one shard. Pure.

export class MergeError extends Error {}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface NamedLog {
  /** Where the log came from, for error messages. */
  name: string;
  log: Json;
}

export function shardOfRun(run: Json): { index: number; count: number } | undefined {
  const s = run?.properties?.shard;
  return s && Number.isInteger(s.index) && Number.isInteger(s.count) ? { index: s.index, count: s.count } : undefined;
}

/** Checks that the shards are one complete split (each of 1..N once, same N) and returns them by index. */
export function checkShardSet<T>(items: T[], shardOf: (t: T) => { index: number; count: number } | undefined, nameOf: (t: T) => string): T[] {
  if (items.length === 0) throw new MergeError('nothing to merge: no shard files given');
  const withShard = items.map((t) => {
    const s = shardOf(t);
    if (!s) throw new MergeError(`${nameOf(t)} is not a shard (it was not written with --shard K/N)`);
    return { t, s };
  });
  const count = withShard[0].s.count;
  const other = withShard.find((x) => x.s.count !== count);
  if (other) throw new MergeError(`${nameOf(other.t)} is shard ${other.s.index}/${other.s.count}, but ${nameOf(withShard[0].t)} is of ${count} shards: these are not one split`);
  const byIndex = new Map<number, T>();
  for (const { t, s } of withShard) {
    if (byIndex.has(s.index)) throw new MergeError(`shard ${s.index}/${count} is given twice: ${nameOf(byIndex.get(s.index)!)} and ${nameOf(t)}`);
    byIndex.set(s.index, t);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw new MergeError(`missing shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count}: a merge of part of the shards would silently lose their findings`);
  return Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
}

const resultKey = (r: Json) => {
  const loc = r.locations?.[0]?.physicalLocation;
  let file = String(loc?.artifactLocation?.uri ?? '');
  try {
    file = decodeURI(file);
  } catch {
    // keep the URI as written
  }
  return { file, line: Number(loc?.region?.startLine ?? 0), column: Number(loc?.region?.startColumn ?? 0), rule: String(r.ruleId ?? '') };
};

/** The order `compareFindings` gives an unsharded scan: file, line, column, rule. */
function compareResults(a: Json, b: Json): number {
  const x = resultKey(a);
  const y = resultKey(b);
  return x.file.localeCompare(y.file) || x.line - y.line || x.column - y.column || x.rule.localeCompare(y.rule);
}

export function mergeSarif(logs: NamedLog[]): Json {
  for (const { name, log } of logs) {
    if (!log || typeof log !== 'object' || !Array.isArray(log.runs)) throw new MergeError(`${name} is not a SARIF log (no "runs")`);
    if (log.runs.length !== 1 || log.runs[0]?.tool?.driver?.name !== TOOL_NAME) throw new MergeError(`${name} is not a ${TOOL_NAME} shard: it has ${log.runs.length} run(s) of ${log.runs.map((r: Json) => r?.tool?.driver?.name ?? '?').join(', ')}`);
  }
  const ordered = checkShardSet(logs, (l) => shardOfRun(l.log.runs[0]), (l) => l.name);
  const first = ordered[0].log.runs[0];
  for (const { name, log } of ordered.slice(1)) {
    const run = log.runs[0];
    if (run.tool.driver.version !== first.tool.driver.version) throw new MergeError(`${name} was written by ${TOOL_NAME} ${run.tool.driver.version}, ${ordered[0].name} by ${first.tool.driver.version}: run every shard with the same version`);
    if (run.automationDetails?.id !== first.automationDetails?.id) throw new MergeError(`${name} has the category "${run.automationDetails?.id}", ${ordered[0].name} "${first.automationDetails?.id}": shards of one analysis share one category`);
  }
  // Rules: every shard lists the whole rule set; keep each id once, in first-seen order.
  const rules: Json[] = [];
  const ruleIndex = new Map<string, number>();
  for (const { log } of ordered) {
    for (const r of log.runs[0].tool.driver.rules ?? []) {
      if (ruleIndex.has(r.id)) continue;
      ruleIndex.set(r.id, rules.length);
      rules.push(r);
    }
  }
  const results: Json[] = [];
  for (const { log } of ordered) {
    for (const r of log.runs[0].results ?? []) {
      const { ruleIndex: _old, ...rest } = r;
      const index = ruleIndex.get(r.ruleId);
      // Same key order as a scan writes: ruleId, ruleIndex, then the rest.
      results.push(index === undefined ? rest : { ruleId: rest.ruleId, ruleIndex: index, ...rest });
    }
  }
  // Stable: results of one file (one shard) keep their relative order.
  results.sort(compareResults);
  // Notifications: a note about the tree (a link out of the folder) is in every shard; keep it once.
  const seen = new Set<string>();
  const notifications: Json[] = [];
  for (const { log } of ordered) {
    for (const inv of log.runs[0].invocations ?? []) {
      for (const n of inv.toolExecutionNotifications ?? []) {
        const key = JSON.stringify(n);
        if (seen.has(key)) continue;
        seen.add(key);
        notifications.push(n);
      }
    }
  }
  const executionSuccessful = ordered.every(({ log }) => (log.runs[0].invocations ?? []).every((i: Json) => i.executionSuccessful !== false));
  const { properties, ...base } = first;
  const { shard: _shard, ...otherProperties } = properties ?? {};
  const run: Json = {
    ...base,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    invocations: [{ executionSuccessful, toolExecutionNotifications: notifications }],
    results,
    ...(Object.keys(otherProperties).length ? { properties: otherProperties } : {}),
  };
  return { ...ordered[0].log, runs: [run] };
}
