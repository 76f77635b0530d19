import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { ALERT_AS_OF, alertFiles } from '../helpers/alert-files.ts';
import { fakeGitHub } from '../helpers/github-server.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

function run(argv: string[], env: Record<string, string>, cwd: string) {
  return cli(argv, { cwd, today: ALERT_AS_OF, env });
}

async function setup() {
  const t = await tempProject(alertFiles());
  defer(t.cleanup);
  const gh = await fakeGitHub({ assignable: ['leewong'] });
  servers.push(gh);
  return { dir: t.dir, gh, env: { GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'tok' } };
}

describe('plumbline alerts sync', () => {
  it('needs a repository and, unless dry, a token (exit 2)', async () => {
    const { dir, env } = await setup();
    const noRepo = await run(['alerts', 'sync', '.'], env, dir);
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toContain('--repo must be OWNER/NAME');
    const noToken = await run(['alerts', 'sync', '--repo', 'acme/kpis', '.'], {}, dir);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('GITHUB_TOKEN is not set');
    expect((await run(['alerts', 'sync', '--repo', 'not a repo', '.'], env, dir)).code).toBe(2);
  });

  it('with --dry-run reads the issues and prints the plan, changing nothing', async () => {
    const { dir, gh, env } = await setup();
    const r = await run(['alerts', 'sync', '--repo', 'acme/kpis', '--dry-run', '.'], env, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Would open: Qualified leads: below 10 since 2026-05 [kpi-alert, team:sales] assigned to @leewong\n',
    );
    expect(gh.writes()).toEqual([]);
  });

  it('opens the issue through GITHUB_API_URL, then has nothing to change (GITHUB_REPOSITORY)', async () => {
    const { dir, gh, env } = await setup();
    const first = await run(['alerts', 'sync', '--repo', 'acme/kpis', '.'], env, dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'Opened #1 Qualified leads: below 10 since 2026-05 (assigned to @leewong).',
    );
    expect(gh.issues.get(1)!.labels).toEqual(['kpi-alert', 'team:sales']);
    // Not in git: the journal path in the issue is the folder as typed.
    expect(gh.issues.get(1)!.body).toContain('`journal/2026-06-15-leads.yaml`');
    const second = await run(
      ['alerts', 'sync', '.'],
      { ...env, GITHUB_REPOSITORY: 'acme/kpis' },
      dir,
    );
    expect(second.stdout).toBe(
      'Nothing to change: 1 active alert, each with its issue up to date.\n',
    );
    // Two labels, the issue, its assignee; none on the second run.
    expect(gh.writes()).toHaveLength(4);
  }, 120_000);

  it('exits 1 when GitHub cannot be listed', async () => {
    const { dir, env } = await setup();
    const r = await run(['alerts', 'sync', '--repo', 'other/repo', '.'], env, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot list the issues of other/repo');
  });
});
