import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { chatText } from '../../src/core/alerts/chat-digest.ts';
import { alertFiles } from '../helpers/alert-files.ts';
import { fakeGitHub } from '../helpers/github-server.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';
import { fakeWebhook } from '../helpers/webhook-server.ts';

const defer = cleanupsAfterEach();
const closers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const s of closers.splice(0)) await s.close();
});

function run(argv: string[], env: Record<string, string>, cwd: string) {
  return cli(argv, { cwd, today: '2026-06-15', env });
}

async function setup(...args: Parameters<typeof alertFiles>) {
  const t = await tempProject(alertFiles(...args));
  defer(t.cleanup);
  const hook = await fakeWebhook();
  closers.push(hook);
  return { dir: t.dir, hook };
}

describe('--webhook', () => {
  it('alerts: posts what changed since yesterday, once; nothing when nothing changed', async () => {
    const { dir, hook } = await setup();
    const env = { SITE_URL: 'https://kpi.example.org' };
    // May is complete on 2026-05-31 (its last day): the alert starts that day.
    const first = await run(
      ['alerts', '.', '--as-of', '2026-05-31', '--webhook', hook.url],
      env,
      dir,
    );
    expect(first.code).toBe(0);
    expect(hook.posts).toHaveLength(1);
    expect(hook.posts[0]!.contentType).toBe('application/json; charset=utf-8');
    expect(hook.posts[0]!.payload.text).toBe(
      [
        '*KPI alerts — Acme, 2026-05-31*',
        'New (1):',
        '• Qualified leads: below 10 since 2026-05. Action: Run a lead audit — Lee Wong — https://kpi.example.org/kpis/leads/',
        '',
      ].join('\n'),
    );
    await run(
      ['alerts', '.', '--as-of', '2026-06-01'],
      { ...env, PLUMBLINE_WEBHOOK: hook.url },
      dir,
    );
    expect(hook.posts).toHaveLength(1);
    // 2026-06-15: the window (to 2026-06-14) closed yesterday with no action.
    await run(
      ['alerts', '.', '--as-of', '2026-06-15'],
      { ...env, PLUMBLINE_WEBHOOK: hook.url },
      dir,
    );
    expect(hook.posts[1]!.payload.text).toContain(
      'Not handled within 14 days, as of today (1):\n• Qualified leads: below 10 since 2026-05, due 2026-06-14 — Lee Wong',
    );
  });

  it('alerts sync: one digest with the issue link, none on a run that changes nothing', async () => {
    const { dir, hook } = await setup();
    const gh = await fakeGitHub({ assignable: ['leewong'] });
    closers.push(gh);
    const env = { GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'tok', PLUMBLINE_WEBHOOK: hook.url };
    // As of 2026-06-10 the window is still open: the news is the new alert only.
    const first = await run(
      ['alerts', 'sync', '--repo', 'acme/kpis', '.', '--as-of', '2026-06-10'],
      env,
      dir,
    );
    expect(first.code).toBe(0);
    expect(hook.posts.map((p) => p.payload.text)).toEqual([
      '*KPI alerts — Acme, 2026-06-10*\nNew (1):\n• Qualified leads: below 10 since 2026-05. Action: Run a lead audit — Lee Wong — https://github.com/acme/kpis/issues/1\n',
    ]);
    await run(['alerts', 'sync', '--repo', 'acme/kpis', '.', '--as-of', '2026-06-10'], env, dir);
    expect(hook.posts).toHaveLength(1);
  }, 120_000);

  it('neutralises mentions, Slack links and markdown links from the files', async () => {
    const { dir, hook } = await setup(
      {},
      {
        name: 'Leads <!channel> @here',
        action: '@everyone <http://evil.example|click> [x](http://evil.example) & more',
        owner: '<@U123> Lee',
      },
    );
    await run(['alerts', '.', '--as-of', '2026-05-31', '--webhook', hook.url], {}, dir);
    const text = hook.posts[0]!.payload.text;
    expect(text).not.toMatch(/<!channel>|<http|<@U|@everyone|@here|\]\(/);
    expect(text).toContain('&lt;!channel&gt; @\u200bhere');
    expect(text).toContain(
      '&lt;http://evil.example|click&gt; [x]\u200b(http://evil.example) &amp; more',
    );
  });

  it('chatText escapes & < > and breaks @ and ]( without losing text', () => {
    expect(chatText('a & b <c> @d [e](f)\n g')).toBe('a &amp; b &lt;c&gt; @\u200bd [e]\u200b(f) g');
  });

  it('exits 1 when the webhook refuses, 2 on an address that is not http(s)', async () => {
    const { dir } = await setup();
    const refusing = await fakeWebhook(400);
    closers.push(refusing);
    const r = await run(
      ['alerts', '.', '--as-of', '2026-05-31', '--webhook', refusing.url],
      {},
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'The chat digest was not posted: the webhook answered 400: invalid_payload.',
    );
    expect((await run(['alerts', '.', '--webhook', 'ftp://x'], {}, dir)).code).toBe(2);
  });
});
