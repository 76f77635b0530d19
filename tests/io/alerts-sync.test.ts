import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { alertReport } from '../../src/core/alerts/alert-report.ts';
import type { IssueLinks } from '../../src/core/alerts/issue-body.ts';
import { ALERT_LABEL, planIssueSync } from '../../src/core/alerts/plan-issue-sync.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { applyIssueSync } from '../../src/io/apply-issue-sync.ts';
import { githubIssues } from '../../src/io/github-issues.ts';
import { ALERT_AS_OF, alertFiles } from '../helpers/alert-files.ts';
import { fakeGitHub, type FakeGitHubOptions } from '../helpers/github-server.ts';

const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function server(options: FakeGitHubOptions = {}) {
  const s = await fakeGitHub({ assignable: ['leewong'], ...options });
  servers.push(s);
  return s;
}

const LINKS: IssueLinks = {
  repo: 'acme/kpis',
  server: 'https://github.com',
  branch: 'main',
  folder: 'kpis',
  page: (kpi) => `https://kpi.example.org/kpis/${kpi}/`,
};

/** One sync as the CLI runs it: compute, list, plan, apply (writes not spaced, for speed). */
async function sync(
  gh: Awaited<ReturnType<typeof server>>,
  asOf: string,
  overrides: Record<string, string | null> = {},
  texts: Parameters<typeof alertFiles>[1] = {},
) {
  const computed = computeProject(alertFiles(overrides, texts), parseDay(asOf)!);
  expect(computed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const log: string[] = [];
  const github = githubIssues({
    repo: 'acme/kpis',
    token: 'test-token',
    apiUrl: gh.url,
    log: (l) => log.push(l),
    writeSpacingMs: 0,
  });
  const existing = await github.listIssues(ALERT_LABEL);
  const ops = planIssueSync(alertReport(computed.analysis), existing, LINKS);
  const done = await applyIssueSync(ops, github, existing, (l) => log.push(l));
  return { ops, done, log };
}

const call = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

// The fixture (alert-files.ts): leads is below 10 since 2026-05, owner Lee Wong (leewong).
const JUNE = 'date,value\n2026-01,12\n2026-02,8\n2026-03,7\n2026-04,11\n2026-05,9\n2026-06,8\n';
const JULY_RECOVERED = `${JUNE}2026-07,15\n`;
const LATE_ACTION = {
  'journal/2026-07-16-leads.yaml':
    'date: 2026-07-16\nactions:\n  - { kpi: leads, date: 2026-07-16, action: Audited lead sources, owner: Lee Wong }\n',
};

describe('alerts sync against a local GitHub', () => {
  it('opens one labelled, assigned issue, then leaves it alone on a second run', async () => {
    const gh = await server();
    await sync(gh, ALERT_AS_OF);
    expect(gh.requests.map(call)).toEqual([
      'GET /repos/acme/kpis/issues',
      'GET /repos/acme/kpis/labels/kpi-alert',
      'POST /repos/acme/kpis/labels',
      'GET /repos/acme/kpis/labels/team%3Asales',
      'POST /repos/acme/kpis/labels',
      'POST /repos/acme/kpis/issues',
      'GET /repos/acme/kpis/assignees/leewong',
      'POST /repos/acme/kpis/issues/1/assignees',
    ]);
    expect(gh.requests[0]!.query).toEqual({ labels: 'kpi-alert', state: 'all', per_page: '100' });
    expect(gh.requests[0]!.auth).toBe('token test-token');
    const create = gh.requests[5]!.body!;
    expect(create.title).toBe('Qualified leads: below 10 since 2026-05');
    expect(create.labels).toEqual(['kpi-alert', 'team:sales']);
    expect(gh.requests[7]!.body).toEqual({ assignees: ['leewong'] });
    const issue = gh.issues.get(1)!;
    expect(issue.body.split('\n')[0]).toBe('<!-- plumbline-alert leads/0/2026-05 -->');
    expect(issue.body).toContain('- **Action to take:** Run a lead audit');
    expect(issue.body).toContain('- **Chart and readings:** https://kpi.example.org/kpis/leads/');
    expect(issue.assignees).toEqual(['leewong']);

    const before = gh.requests.length;
    const again = await sync(gh, ALERT_AS_OF);
    expect(again.ops).toEqual([]);
    expect(gh.requests.slice(before).map(call)).toEqual(['GET /repos/acme/kpis/issues']);
  });

  it('comments when the alert persists into a new period and when an action answers it, then closes it when it clears', async () => {
    const gh = await server();
    await sync(gh, ALERT_AS_OF);
    const mark = () => gh.requests.length;

    // June is below 10 too: one comment, the body's state updated; a second run does nothing.
    let from = mark();
    await sync(gh, '2026-07-15', { 'metrics/leads.csv': JUNE });
    expect(gh.requests.slice(from).map(call)).toEqual([
      'GET /repos/acme/kpis/issues',
      'POST /repos/acme/kpis/issues/1/comments',
      'PATCH /repos/acme/kpis/issues/1',
    ]);
    expect(gh.issues.get(1)!.comments).toEqual([
      'Still holds in 2026-06: the latest value is 8 (as of 2026-07-15).',
    ]);
    expect(gh.issues.get(1)!.body).toContain(
      '<!-- plumbline-state {"latest":"2026-06","answered":null} -->',
    );
    from = mark();
    await sync(gh, '2026-07-15', { 'metrics/leads.csv': JUNE });
    expect(gh.requests.slice(from).map(call)).toEqual(['GET /repos/acme/kpis/issues']);

    // An action on 2026-07-16 answers it — late: the May firing's window closed on 2026-06-14.
    await sync(gh, '2026-07-20', { 'metrics/leads.csv': JUNE, ...LATE_ACTION });
    expect(gh.issues.get(1)!.comments[1]).toBe(
      'Answered late: Audited lead sources (2026-07-16, `journal/2026-07-16-leads.yaml`), after the response window closed on 2026-06-14. The execution rate counts this firing as not handled in time.',
    );

    // July recovers (15 ≥ 10): a closing comment, then the issue closed as completed.
    from = mark();
    await sync(gh, '2026-08-10', { 'metrics/leads.csv': JULY_RECOVERED, ...LATE_ACTION });
    expect(gh.requests.slice(from).map(call)).toEqual([
      'GET /repos/acme/kpis/issues',
      'POST /repos/acme/kpis/issues/1/comments',
      'PATCH /repos/acme/kpis/issues/1',
    ]);
    expect(gh.requests.at(-1)!.body).toEqual({ state: 'closed', state_reason: 'completed' });
    expect(gh.issues.get(1)!.comments[2]).toMatch(
      /^Cleared: the condition no longer holds as of 2026-08-10\./,
    );

    from = mark();
    const last = await sync(gh, '2026-08-10', {
      'metrics/leads.csv': JULY_RECOVERED,
      ...LATE_ACTION,
    });
    expect(last.ops).toEqual([]);
    expect(gh.requests.slice(from).map(call)).toEqual(['GET /repos/acme/kpis/issues']);
  });

  it('finds its issue again across pages of the list, skipping pull requests and strangers', async () => {
    const gh = await server({ pageSize: 2, labels: ['kpi-alert', 'team:sales'] });
    gh.seed({ title: 'Unrelated', labels: ['kpi-alert'], body: 'No marker here.' });
    const ours = gh.seed({
      title: 'Qualified leads: below 10 since 2026-05',
      labels: ['kpi-alert'],
      body: '<!-- plumbline-alert leads/0/2026-05 -->\n<!-- plumbline-state {"latest":"2026-05","answered":null} -->',
    });
    gh.seed({
      title: 'A PR',
      labels: ['kpi-alert'],
      pull_request: true,
      body: '<!-- plumbline-alert leads/0/2026-05 -->',
    });
    gh.seed({ title: 'Another', labels: ['kpi-alert'], body: '' });
    const { ops } = await sync(gh, ALERT_AS_OF);
    // Four issues, two per page, newest first: our issue (#2) is on page 2.
    expect(gh.requests.map((r) => `${call(r)} ${r.query.page ?? '1'}`)).toEqual([
      'GET /repos/acme/kpis/issues 1',
      'GET /repos/acme/kpis/issues 2',
    ]);
    expect(ops).toEqual([]);
    expect(ours.comments).toEqual([]);
  });

  it('waits out a 403 secondary rate limit for its retry-after, then retries', async () => {
    const gh = await server({ rateLimitOnce: (m, p) => m === 'POST' && p.endsWith('/issues') });
    const { log } = await sync(gh, ALERT_AS_OF);
    const posts = gh.requests.filter(
      (r) => r.method === 'POST' && r.path === '/repos/acme/kpis/issues',
    );
    expect(posts).toHaveLength(2);
    // retry-after: 1 (second): the retry came no sooner.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(990);
    expect(gh.issues.size).toBe(1);
    expect(log.find((l) => l.startsWith('GitHub'))).toMatch(
      /^GitHub secondary rate limit on POST .*: waiting 1 s, then retrying\.$/,
    );
  });

  it('does not assign an owner who cannot be assigned, and says so', async () => {
    const gh = await server({ assignable: [] });
    const { log } = await sync(gh, ALERT_AS_OF);
    expect(gh.requests.map(call)).not.toContain('POST /repos/acme/kpis/issues/1/assignees');
    expect(log.at(-1)).toContain('not assigned: @leewong cannot be assigned in this repository');
  });

  it('shows the exact journal entry, and a new-file link whose file passes check and answers the alert', async () => {
    const gh = await server();
    await sync(gh, ALERT_AS_OF);
    const body = gh.issues.get(1)!.body;
    const yaml = /```yaml\n([\s\S]*?)\n```/.exec(body)![1]!;
    expect(yaml).toBe(
      [
        'date: 2026-06-15',
        'actions:',
        '  - kpi: leads',
        '    date: 2026-06-15',
        '    action: What was done (replace this line)',
        '    owner: Lee Wong',
      ].join('\n'),
    );
    const link = new URL(/\[open it in GitHub's editor\]\(([^)]+)\)/.exec(body)![1]!);
    expect(`${link.origin}${link.pathname}`).toBe('https://github.com/acme/kpis/new/main');
    expect(link.searchParams.get('filename')).toBe('kpis/journal/2026-06-15-leads.yaml');
    expect(link.searchParams.get('value')).toBe(`${yaml}\n`);
    // The file, committed as it is (action edited), answers the firing on the next run... late,
    // as 2026-06-15 is a day after the window (2026-06-14); the project has no errors.
    const file = link.searchParams
      .get('value')!
      .replace('What was done (replace this line)', 'Audited');
    const computed = computeProject(
      alertFiles({ 'journal/2026-06-15-leads.yaml': file }),
      parseDay(ALERT_AS_OF)!,
    );
    expect(computed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(alertReport(computed.analysis).active[0]!.response?.file).toBe(
      'journal/2026-06-15-leads.yaml',
    );
    expect(parse(file).actions[0].action).toBe('Audited');
  });

  it('keeps hostile text from the files inert: no HTML, links, images or mentions', async () => {
    const gh = await server();
    await sync(
      gh,
      ALERT_AS_OF,
      {},
      {
        name: 'Leads <img src=x onerror=alert(1)> ![i](http://evil.example/i.png)',
        action: '@everyone click [here](http://evil.example) <!channel> #12 ]]>',
        owner: 'Lee Wong',
      },
    );
    const { title, body } = gh.requests.find(
      (r) => r.method === 'POST' && r.path.endsWith('/issues'),
    )!.body! as {
      title: string;
      body: string;
    };
    // Titles are plain text on GitHub (no markdown), so only the body needs escaping.
    expect(title.startsWith('Leads <img')).toBe(true);
    const prose = body
      .replace(/```yaml[\s\S]*?```/, '')
      .replace(/\]\(https:\/\/github\.com\/acme\/kpis\/new\/[^)]+\)/, '');
    expect(prose).not.toMatch(/(?<!\\)<img|<!channel>|(?<!\\)\]\(http|(?<![\\&#\w])@everyone|!\[/);
    expect(prose).toContain('@&#8203;everyone');
    expect(prose).toContain('\\[here\\](http://evil.example)');
  });
});
