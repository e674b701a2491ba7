import { COMMENT_MARKER } from '../report/markdown.ts';
import type { GitHub } from './client.ts';

/** Creates the summary comment, or updates the one a previous run left (found by its marker). */
export async function upsertComment(gh: GitHub, owner: string, repo: string, issueNumber: number, body: string): Promise<{ url: string; created: boolean }> {
  const comments = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const ours = comments.find((c) => c.body?.includes(COMMENT_MARKER));
  if (ours) {
    const { data } = await gh.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return { url: data.html_url, created: false };
  }
  const { data } = await gh.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { url: data.html_url, created: true };
}
