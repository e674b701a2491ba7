// What the triggering event asks for, from the event name and payload. Pure.

export interface EventPlan {
  kind: 'pull_request' | 'push' | 'full';
  eventName: string;
  owner: string;
  repo: string;
  prNumber?: number;
  baseSha?: string;
  headSha?: string;
  /** The commit results belong to: the merge commit on pull_request, else the pushed commit. */
  sha: string;
  /** The ref for a SARIF upload. */
  ref: string;
  /** The PR's code comes from somewhere other than the base repository. */
  fromFork: boolean;
  /** Building would run PR code with a write token or secrets (pull_request_target, workflow_run). */
  privileged: boolean;
}

interface Payload {
  pull_request?: { number: number; head: { sha: string; ref?: string; repo?: { full_name?: string } | null }; base: { sha: string; repo?: { full_name?: string } } };
  before?: string;
  after?: string;
}

export function planFromEvent(eventName: string, payload: Payload, env: { GITHUB_REPOSITORY?: string; GITHUB_SHA?: string; GITHUB_REF?: string }): EventPlan {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const sha = env.GITHUB_SHA ?? '';
  const ref = env.GITHUB_REF ?? '';
  const privileged = eventName === 'pull_request_target' || eventName === 'workflow_run';
  const pr = payload.pull_request;
  if (pr && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
    const headRepo = pr.head.repo?.full_name;
    const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`;
    // pull_request_target runs on the base branch: GITHUB_SHA is not the PR's code.
    const onMerge = eventName === 'pull_request' && ref === `refs/pull/${pr.number}/merge`;
    return {
      kind: 'pull_request',
      eventName,
      owner,
      repo,
      prNumber: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      sha: onMerge ? sha : pr.head.sha,
      ref: onMerge ? ref : `refs/pull/${pr.number}/head`,
      fromFork: !headRepo || headRepo !== baseRepo,
      privileged,
    };
  }
  if (eventName === 'push' && payload.before && !/^0+$/.test(payload.before)) {
    return { kind: 'push', eventName, owner, repo, baseSha: payload.before, headSha: payload.after ?? sha, sha, ref, fromFork: false, privileged };
  }
  return { kind: 'full', eventName, owner, repo, sha, ref, fromFork: false, privileged };
}
