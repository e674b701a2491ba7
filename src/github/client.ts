import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

// The one place that makes a GitHub client: bounded retries on 5xx, waits on rate limits.

export type GitHub = ReturnType<typeof getOctokit>;

export interface ClientLog {
  warning(message: string): void;
}

export function createGitHub(token: string, log: ClientLog): GitHub {
  return getOctokit(
    token,
    {
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2 && retryAfter <= 60;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2 && retryAfter <= 60;
        },
      },
    },
    retry,
    throttling,
  );
}

/** An API failure in words a workflow author can act on (never the token, never the request body). */
export function describeApiError(e: unknown, what: string, fix: string): string {
  const status = (e as { status?: number }).status;
  const message = ((e as { response?: { data?: { message?: string } } }).response?.data?.message ?? (e as Error).message ?? String(e)).split('\n')[0];
  if (status === 403 || status === 404) return `${what} failed (${status}: ${message}). ${fix}`;
  return `${what} failed${status ? ` (${status}: ${message})` : `: ${message}`}.`;
}
