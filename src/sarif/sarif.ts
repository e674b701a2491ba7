import type { Finding, Note, Region, Severity } from '../finding.ts';
import type { RuleDef } from '../rules/catalog.ts';
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from '../version.ts';

// Findings → SARIF 2.1.0 in the shape GitHub code scanning ingests.

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'critical' || s === 'high' ? 'error' : s === 'medium' ? 'warning' : 'note';
}

export interface SarifOptions {
  /** `automationDetails.id`: category/run, e.g. `rust-crypto-gate/pr-12/`. */
  automationId?: string;
  /** The scanned root as a file: URI, for `originalUriBaseIds`. */
  rootUri?: string;
  /** Per finding (same order), the CodeQL rule it matched; when given, every result says `codeql`. */
  codeqlMatches?: (string | undefined)[];
  /** This log is shard `index` of `count` of one scan (`scan --shard`): `merge` joins the shards into one run. */
  shard?: { index: number; count: number };
}

// SARIF is a large schema; these types cover what we write.
type Json = Record<string, unknown>;

function region(r: Region): Json {
  return { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn };
}

function location(file: string, r: Region, message?: string, id?: number): Json {
  return {
    ...(id !== undefined ? { id } : {}),
    physicalLocation: { artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' }, region: region(r) },
    ...(message ? { message: { text: message } } : {}),
  };
}

export function sarifRule(rule: RuleDef): Json {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    help: { text: markdownToText(rule.help), markdown: rule.help },
    helpUri: `${INFORMATION_URI}/blob/main/rules/${rule.id}.yml`,
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags: ['security', ...rule.cwe.map((c) => `external/cwe/cwe-${c}`), ...rule.tags],
      precision: rule.precision,
      'problem.severity': rule.severity === 'critical' || rule.severity === 'high' ? 'error' : rule.severity === 'medium' ? 'warning' : 'recommendation',
      'security-severity': rule.securitySeverity.toFixed(1),
    },
  };
}

export function toSarif(findings: Finding[], rules: RuleDef[], notes: Note[] = [], options: SarifOptions = {}): Json {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = findings.map((f, i) => {
    const related = f.related.map((r, i) => location(r.file, r.region, r.message, i + 1));
    // Embedded links `[text](id)` let viewers jump to where the constant or RNG was defined.
    const links = f.related.map((r, i) => `[${r.message.replace(/[[\]]/g, '')}](${i + 1})`).join('; ');
    return {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: sarifLevel(f.severity),
      message: { text: links ? `${f.message} See: ${links}.` : f.message },
      locations: [location(f.file, f.region)],
      ...(related.length ? { relatedLocations: related } : {}),
      // The dataflow path, so code scanning shows "Show paths": literal → argument → parameter → sink.
      ...(f.flow && f.flow.length >= 2 ? { codeFlows: [{ threadFlows: [{ locations: f.flow.map((s) => ({ location: location(s.file, s.region, s.message) })) }] }] } : {}),
      partialFingerprints: { primaryLocationLineHash: f.fingerprint },
      // The automatic fix, as SARIF 2.1.0 `fixes` (§3.55): one artifact change with its replacements.
      ...(f.fix ? { fixes: [{ description: { text: f.fix.description }, artifactChanges: [{ artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' }, replacements: f.fix.edits.map((e) => ({ deletedRegion: region(e.region), insertedContent: { text: e.text } })) }] }] } : {}),
      ...(f.suppression ? { suppressions: [{ kind: 'inSource', justification: f.suppression.justification }] } : {}),
      properties: {
        severity: f.severity,
        ...(f.isNew !== undefined ? { new: f.isNew } : {}),
        ...(options.codeqlMatches ? { codeql: options.codeqlMatches[i] ?? 'none' } : {}),
      },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            informationUri: INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: options.automationId ?? `${TOOL_NAME}/` },
        ...(options.rootUri ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.rootUri.endsWith('/') ? options.rootUri : `${options.rootUri}/` } } } : {}),
        invocations: [
          {
            executionSuccessful: !notes.some((n) => n.level === 'error'),
            toolExecutionNotifications: notes.map((n) => ({
              level: n.level,
              message: { text: n.message },
              ...(n.file ? { locations: [location(n.file, { startLine: n.line ?? 1, startColumn: 1, endLine: n.line ?? 1, endColumn: 1 })] } : {}),
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        ...(options.shard ? { properties: { shard: { index: options.shard.index, count: options.shard.count } } } : {}),
      },
    ],
  };
}

/** Plain-text help for viewers that do not render Markdown: fences and emphasis removed. */
function markdownToText(md: string): string {
  return md
    .replace(/^```\w*\n?/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/`/g, '')
    .trim();
}
