/**
 * The GitHub REST calls `plumbline alerts sync` makes, through Octokit with its retry plugin
 * (server errors retried with back-off), its throttling plugin (writes spaced as GitHub asks, a
 * rate-limit answer waited out for its `retry-after` or reset time, twice at most) and its
 * pagination plugin (the issues list followed through its `Link` headers).
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

const Client = Octokit.plugin(retry, throttling, paginateRest);

/** An issue as listed. */
export interface IssueSummary {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly body: string;
  readonly url: string;
}

/** How to reach a repository. */
export interface GitHubOptions {
  /** `OWNER/NAME`. */
  readonly repo: string;
  readonly token: string | undefined;
  /** The REST API's address (`GITHUB_API_URL`; default https://api.github.com). */
  readonly apiUrl: string;
  /** Told when a request waits for a rate limit. */
  readonly log: (line: string) => void;
  /** Milliseconds between writes (tests); default: the throttling plugin's (1 s, 3 s for notifying writes). */
  readonly writeSpacingMs?: number;
}

/** The calls sync needs, on one repository. */
export type GitHubIssues = ReturnType<typeof githubIssues>;

/** A client for the issues of one repository. */
export function githubIssues(options: GitHubOptions) {
  const [owner, repo] = options.repo.split('/') as [string, string];
  const spacing =
    options.writeSpacingMs === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs }),
          notifications: new Bottleneck.Group({
            maxConcurrent: 1,
            minTime: options.writeSpacingMs,
          }),
        };
  const retryOnLimit =
    (what: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _o: unknown,
      retryCount: number,
    ) => {
      options.log(
        `GitHub ${what} on ${request.method} ${request.url}: waiting ${retryAfter} s${retryCount < 2 ? ', then retrying' : '; giving up'}.`,
      );
      return retryCount < 2;
    };
  const octokit = new Client({
    ...(options.token === undefined ? {} : { auth: options.token }),
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'plumbline-alerts',
    throttle: {
      onRateLimit: retryOnLimit('rate limit'),
      onSecondaryRateLimit: retryOnLimit('secondary rate limit'),
      ...spacing,
    },
  });
  const base = { owner, repo, headers: { 'x-github-api-version': '2022-11-28' } };
  return {
    /** Every issue (open and closed, pull requests left out) carrying `label`, all pages. */
    async listIssues(label: string): Promise<IssueSummary[]> {
      const items = await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
        ...base,
        labels: label,
        state: 'all',
        per_page: 100,
      });
      return items
        .filter((i) => i.pull_request === undefined || i.pull_request === null)
        .map((i) => ({
          number: i.number,
          state: i.state === 'closed' ? 'closed' : 'open',
          body: i.body ?? '',
          url: i.html_url,
        }));
    },
    /** Creates the label unless it exists. */
    async ensureLabel(name: string, color: string, description: string): Promise<boolean> {
      try {
        await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { ...base, name });
        return false;
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
      await octokit.request('POST /repos/{owner}/{repo}/labels', {
        ...base,
        name,
        color,
        description,
      });
      return true;
    },
    /** Whether issues in the repository can be assigned to `login`. */
    async canAssign(login: string): Promise<boolean> {
      try {
        await octokit.request('GET /repos/{owner}/{repo}/assignees/{assignee}', {
          ...base,
          assignee: login,
        });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    },
    async createIssue(title: string, body: string, labels: readonly string[]) {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...base,
        title,
        body,
        labels: [...labels],
      });
      return { number: data.number, url: data.html_url };
    },
    async addAssignee(issue: number, login: string): Promise<void> {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', {
        ...base,
        issue_number: issue,
        assignees: [login],
      });
    },
    async comment(issue: number, body: string): Promise<void> {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...base,
        issue_number: issue,
        body,
      });
    },
    async setBody(issue: number, body: string): Promise<void> {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...base,
        issue_number: issue,
        body,
      });
    },
    async close(issue: number): Promise<void> {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...base,
        issue_number: issue,
        state: 'closed',
        state_reason: 'completed',
      });
    },
  };
}

function statusOf(error: unknown): number | null {
  return typeof error === 'object' && error !== null && 'status' in error
    ? Number((error as { status: unknown }).status)
    : null;
}
