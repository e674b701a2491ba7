import type { Finding } from '../finding.ts';
import { inlineMessage } from '../report/markdown.ts';
import { type ReviewPlacement, suggestionBlock } from '../report/suggestion.ts';
import type { GitHub } from './client.ts';

const FP_MARKER = /<!-- rust-crypto-gate:fp:([^ ]+) -->/;

export function reviewMarker(f: Finding): string {
  return `<!-- rust-crypto-gate:fp:${encodeURIComponent(f.file)}:${f.ruleId}:${f.fingerprint} -->`;
}

export function reviewBody(f: Finding, placement: Pick<ReviewPlacement, 'suggestion' | 'fixNote'> = {}): string {
  const fix = !f.fix
    ? ''
    : placement.suggestion !== undefined
      ? `\n\n**Fix:** ${inlineMessage(f.fix.description)}\n\n${suggestionBlock(placement.suggestion)}`
      : `\n\n**Fix** (${inlineMessage(placement.fixNote ?? 'not on the lines of this diff')}, so not offered as a suggestion; \`rust-crypto-gate scan --fix\` applies it): ${inlineMessage(f.fix.description)}`;
  return `**${f.severity}** · \`${f.ruleId}\` · ${inlineMessage(f.message)}${fix}\n\n<sub>Suppress with \`// rust-crypto-gate: ignore[${f.ruleId}] reason\` if this is intended.</sub>\n${reviewMarker(f)}`;
}

/**
 * Posts one review (event COMMENT) with a comment per finding that was not commented on before.
 * The caller passes only findings on lines inside the diff hunks; anything else makes GitHub
 * reject the whole review.
 */
export async function postReview(gh: GitHub, owner: string, repo: string, pullNumber: number, commitId: string, findings: Finding[], place: (f: Finding) => ReviewPlacement): Promise<{ posted: number; skipped: number }> {
  const existing = await gh.paginate(gh.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 });
  const seen = new Set(existing.map((c) => FP_MARKER.exec(c.body ?? '')?.[1]).filter(Boolean));
  const fresh = findings.filter((f) => !seen.has(reviewMarker(f).match(FP_MARKER)![1]));
  if (fresh.length === 0) return { posted: 0, skipped: findings.length };
  await gh.rest.pulls.createReview({
    owner,
    repo,
    pull_number: pullNumber,
    commit_id: commitId,
    event: 'COMMENT',
    body: `rust-crypto-gate: ${fresh.length} new finding${fresh.length === 1 ? '' : 's'} on changed lines.`,
    comments: fresh.map((f) => {
      const p = place(f);
      return { path: f.file, line: p.line, side: 'RIGHT' as const, ...(p.startLine !== undefined ? { start_line: p.startLine, start_side: 'RIGHT' as const } : {}), body: reviewBody(f, p) };
    }),
  });
  return { posted: fresh.length, skipped: findings.length - fresh.length };
}
