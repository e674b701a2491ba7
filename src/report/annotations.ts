import { type Finding, severityRank } from '../finding.ts';

// Workflow-command annotations for new findings. GitHub shows at most 10 of each type per step,
// so only those are emitted and the rest are counted for the summary. Pure.

export type AnnotationKind = 'error' | 'warning' | 'notice';

export interface Annotation {
  kind: AnnotationKind;
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export const ANNOTATIONS_PER_KIND = 10;

export function selectAnnotations(findings: Finding[]): { annotations: Annotation[]; omitted: number } {
  const ordered = findings.filter((f) => f.isNew && !f.suppression).sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  const count: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const f of ordered) {
    const kind: AnnotationKind = f.severity === 'critical' || f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warning' : 'notice';
    if (count[kind] >= ANNOTATIONS_PER_KIND) {
      omitted++;
      continue;
    }
    count[kind]++;
    const sameLine = f.region.startLine === f.region.endLine;
    annotations.push({
      kind,
      title: `${f.severity}: ${f.ruleId}`,
      message: f.message,
      file: f.file,
      startLine: f.region.startLine,
      endLine: f.region.endLine,
      // Columns are only honoured by GitHub on single-line annotations.
      ...(sameLine ? { startColumn: f.region.startColumn, endColumn: f.region.endColumn } : {}),
    });
  }
  return { annotations, omitted };
}
