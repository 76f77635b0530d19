import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake GitHub received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: Record<string, unknown> | null;
  readonly auth: string | null;
  /** When it arrived (ms, performance.now()): to check a retry-after was honoured. */
  readonly at: number;
}

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  comments: string[];
  pull_request?: boolean;
}

/** Options of the fake. */
export interface FakeGitHubOptions {
  readonly owner?: string;
  readonly repo?: string;
  /** Issues listed per page whatever per_page asks (to exercise Link pagination). */
  readonly pageSize?: number;
  /** Logins issues may be assigned to. */
  readonly assignable?: readonly string[];
  /** Labels that exist already. */
  readonly labels?: readonly string[];
  /** Answer the first request matching with a 403 secondary rate limit and `retry-after: 1`. */
  readonly rateLimitOnce?: (method: string, path: string) => boolean;
}

/**
 * A stand-in for the parts of the GitHub REST API that `alerts sync` uses, on 127.0.0.1 at a free
 * port, holding one repository in memory and recording every request. Responses carry the fields
 * GitHub's do (id, node_id, number, html_url, user, labels as objects, timestamps).
 */
export async function fakeGitHub(options: FakeGitHubOptions = {}) {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'kpis';
  const pageSize = options.pageSize ?? 30;
  const issues = new Map<number, FakeIssue>();
  const labels = new Set(options.labels ?? []);
  const assignable = new Set(options.assignable ?? []);
  const requests: RecordedRequest[] = [];
  let limited = false;
  let next = 1;
  let origin = '';
  const prefix = `/repos/${owner}/${repo}`;

  const issueJson = (i: FakeIssue) => ({
    id: 1000 + i.number,
    node_id: `I_kw${i.number}`,
    url: `${origin}${prefix}/issues/${i.number}`,
    html_url: `https://github.com/${owner}/${repo}/issues/${i.number}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    labels: i.labels.map((name, k) => ({ id: k + 1, name, color: 'ededed', default: false })),
    assignees: i.assignees.map((login) => ({ login, id: login.length, type: 'User' })),
    comments: i.comments.length,
    created_at: '2026-06-15T06:00:00Z',
    updated_at: '2026-06-15T06:00:00Z',
    closed_at: i.state === 'closed' ? '2026-06-15T06:00:00Z' : null,
    ...(i.pull_request === true
      ? { pull_request: { url: `${origin}${prefix}/pulls/${i.number}` } }
      : {}),
  });

  const send = (res: ServerResponse, status: number, json?: unknown, headers = {}) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': '1781503200',
      'x-github-api-version-selected': '2022-11-28',
      ...headers,
    });
    res.end(json === undefined ? '' : JSON.stringify(json));
  };
  const notFound = (res: ServerResponse) =>
    send(res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = raw === '' ? null : (JSON.parse(raw) as Record<string, unknown>);
    const method = req.method ?? 'GET';
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      auth: req.headers.authorization ?? null,
      at: performance.now(),
    });
    if (!limited && options.rateLimitOnce?.(method, url.pathname) === true) {
      limited = true;
      return send(
        res,
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': '1' },
      );
    }
    if (!url.pathname.startsWith(prefix)) return notFound(res);
    const rest = url.pathname.slice(prefix.length);
    let m: RegExpExecArray | null;
    if (method === 'GET' && rest === '/issues') {
      const wanted = url.searchParams.get('labels');
      const state = url.searchParams.get('state') ?? 'open';
      const all = [...issues.values()]
        .filter((i) => wanted === null || i.labels.includes(wanted))
        .filter((i) => state === 'all' || i.state === state)
        .sort((a, b) => b.number - a.number); // newest first, as GitHub lists
      const page = Number(url.searchParams.get('page') ?? '1');
      const last = Math.max(1, Math.ceil(all.length / pageSize));
      const link = (p: number) => {
        const q = new URLSearchParams(url.searchParams);
        q.set('page', String(p));
        return `<${origin}${url.pathname}?${q.toString()}>`;
      };
      const rels = [
        ...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []),
        ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : []),
      ];
      return send(
        res,
        200,
        all.slice((page - 1) * pageSize, page * pageSize).map(issueJson),
        rels.length === 0 ? {} : { link: rels.join(', ') },
      );
    }
    if (method === 'POST' && rest === '/issues') {
      const issue: FakeIssue = {
        number: next++,
        title: String(body!.title),
        body: String(body!.body ?? ''),
        state: 'open',
        state_reason: null,
        labels: (body!.labels as string[] | undefined) ?? [],
        assignees: [],
        comments: [],
      };
      for (const l of issue.labels) labels.add(l);
      issues.set(issue.number, issue);
      return send(res, 201, issueJson(issue));
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rest)) !== null && method === 'PATCH') {
      const issue = issues.get(Number(m[1]));
      if (issue === undefined) return notFound(res);
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'closed' || body?.state === 'open') issue.state = body.state;
      if (typeof body?.state_reason === 'string') issue.state_reason = body.state_reason;
      return send(res, 200, issueJson(issue));
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest)) !== null && method === 'POST') {
      const issue = issues.get(Number(m[1]));
      if (issue === undefined) return notFound(res);
      issue.comments.push(String(body!.body));
      const id = 5000 + issue.comments.length;
      return send(res, 201, {
        id,
        node_id: `IC_${id}`,
        body: body!.body,
        html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}#issuecomment-${id}`,
        user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
        created_at: '2026-06-15T06:00:00Z',
      });
    }
    if ((m = /^\/issues\/(\d+)\/assignees$/.exec(rest)) !== null && method === 'POST') {
      const issue = issues.get(Number(m[1]));
      if (issue === undefined) return notFound(res);
      for (const a of body!.assignees as string[]) if (assignable.has(a)) issue.assignees.push(a);
      return send(res, 201, issueJson(issue));
    }
    if ((m = /^\/assignees\/([^/]+)$/.exec(rest)) !== null && method === 'GET')
      return assignable.has(decodeURIComponent(m[1]!)) ? send(res, 204) : notFound(res);
    if ((m = /^\/labels\/([^/]+)$/.exec(rest)) !== null && method === 'GET') {
      const name = decodeURIComponent(m[1]!);
      return labels.has(name)
        ? send(res, 200, { id: 1, name, color: 'ededed', description: null, default: false })
        : notFound(res);
    }
    if (method === 'POST' && rest === '/labels') {
      const name = String(body!.name);
      if (labels.has(name))
        return send(res, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        });
      labels.add(name);
      return send(res, 201, {
        id: labels.size,
        name,
        color: body!.color,
        description: body!.description,
      });
    }
    return notFound(res);
  };

  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => handle(req, res, raw));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    requests,
    issues,
    labels,
    /** Adds an issue as if someone had opened it (a pull request too, to check it is skipped). */
    seed(issue: Partial<FakeIssue> & { title: string }) {
      const full: FakeIssue = {
        number: next++,
        body: '',
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        comments: [],
        ...issue,
      };
      issues.set(full.number, full);
      return full;
    },
    /** The requests that changed something. */
    writes: () => requests.filter((r) => r.method !== 'GET'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
