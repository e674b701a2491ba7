import { gzipSync } from 'node:zlib';
import type { GitHub } from './client.ts';

export interface UploadResult {
  id: string;
  status: 'complete' | 'pending' | 'failed';
  errors: string[];
}

/** Uploads SARIF to code scanning (gzip + base64) and polls its processing a bounded number of times. */
export async function uploadSarif(
  gh: GitHub,
  args: { owner: string; repo: string; sha: string; ref: string; sarif: string; checkoutUri: string; toolName: string },
  poll: { attempts: number; delayMs: number },
): Promise<UploadResult> {
  const { data } = await gh.rest.codeScanning.uploadSarif({
    owner: args.owner,
    repo: args.repo,
    commit_sha: args.sha,
    ref: args.ref,
    sarif: gzipSync(Buffer.from(args.sarif, 'utf8')).toString('base64'),
    checkout_uri: args.checkoutUri,
    tool_name: args.toolName,
  });
  const id = data.id ?? '';
  let status: UploadResult['status'] = 'pending';
  let errors: string[] = [];
  for (let i = 0; i < poll.attempts && id; i++) {
    await new Promise((r) => setTimeout(r, poll.delayMs));
    const { data: st } = await gh.rest.codeScanning.getSarif({ owner: args.owner, repo: args.repo, sarif_id: id });
    status = (st.processing_status as UploadResult['status']) ?? 'pending';
    errors = (st.errors as string[] | null | undefined) ?? [];
    if (status !== 'pending') break;
  }
  return { id, status, errors };
}
