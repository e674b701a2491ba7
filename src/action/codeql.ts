import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ExternalFinding, codeqlFindingsFromAlerts, codeqlFindingsFromSarif } from '../compare/codeql.ts';
import { type GitHub, describeApiError } from '../github/client.ts';
import type { Config } from './config.ts';
import type { EventPlan } from './event.ts';

export type CodeqlInput = { findings: ExternalFinding[]; source: string } | { unavailable: string };

/** CodeQL's results for this run: from `codeql-sarif` if given, else from the code scanning API. */
export async function loadCodeql(config: Config, plan: EventPlan, gh: GitHub | undefined, workspace: string): Promise<CodeqlInput | undefined> {
  if (config.codeql === 'off') return undefined;
  if (config.codeqlSarif && config.codeql !== 'api') return fromSarif(resolve(workspace, config.codeqlSarif), workspace);
  if (!gh) return { unavailable: 'no token to read code scanning alerts, and no `codeql-sarif` was given' };
  try {
    const alerts = await gh.paginate(gh.rest.codeScanning.listAlertsForRepo, { owner: plan.owner, repo: plan.repo, ref: plan.ref, tool_name: 'CodeQL', per_page: 100 });
    return { findings: codeqlFindingsFromAlerts(alerts), source: `${alerts.length} CodeQL code scanning alert${alerts.length === 1 ? '' : 's'} for \`${plan.ref}\`` };
  } catch (e) {
    return { unavailable: describeApiError(e, `Reading CodeQL alerts for \`${plan.ref}\``, 'CodeQL may not have analyzed this ref, or the token lacks `security-events: read`.') };
  }
}

function fromSarif(path: string, workspace: string): CodeqlInput {
  if (!existsSync(path)) return { unavailable: `\`codeql-sarif\` path not found: ${relative(workspace, path) || path}` };
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((n) => /\.(sarif|json)$/i.test(n))
        .sort()
        .map((n) => join(path, n))
    : [path];
  const findings: ExternalFinding[] = [];
  const problems: string[] = [];
  let runs = 0;
  for (const f of files) {
    try {
      const log = JSON.parse(readFileSync(f, 'utf8'));
      runs += (log.runs ?? []).filter((r: { tool?: { driver?: { name?: string } } }) => /^codeql$/i.test(r.tool?.driver?.name ?? '')).length;
      findings.push(...codeqlFindingsFromSarif(log, pathToFileURL(workspace).href + '/'));
    } catch (e) {
      problems.push(`${relative(workspace, f)}: ${(e as Error).message}`);
    }
  }
  if (runs === 0) return { unavailable: `no CodeQL run in ${files.length ? files.map((f) => relative(workspace, f)).join(', ') : 'the `codeql-sarif` folder'}${problems.length ? ` (${problems.join('; ')})` : ''}` };
  return { findings, source: `${findings.length} CodeQL result${findings.length === 1 ? '' : 's'} in \`${relative(workspace, path) || path}\`` };
}
