import { COMMENT_MARKER } from '../report/markdown.ts';
import type { GitHub } from './client.ts';

/**
 * Updates the summary comment a previous run left (found by its marker), or creates one when
 * `create` is true: a pull request with nothing to say gets no comment, but an earlier one is
 * updated (to say the findings are gone).
 */
export async function upsertComment(gh: GitHub, owner: string, repo: string, issueNumber: number, body: string, create: boolean): Promise<{ url: string; created: boolean } | undefined> {
  const comments = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const ours = comments.find((c) => c.body?.includes(COMMENT_MARKER));
  if (ours) {
    const { data } = await gh.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return { url: data.html_url, created: false };
  }
  if (!create) return undefined;
  const { data } = await gh.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { url: data.html_url, created: true };
}
