import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertReport } from '../../src/core/alerts/alert-report.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { readProject } from '../../src/io/read-project.ts';
import { ALERT_AS_OF, alertFiles } from '../helpers/alert-files.ts';
import { cli } from '../helpers/cli.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function repo() {
  const t = await tempProject(
    Object.fromEntries(
      alertFiles().flatMap((f) => ('text' in f ? [[`kpis/${f.path}`, f.text] as const] : [])),
    ),
  );
  defer(t.cleanup);
  return t.dir;
}

describe('plumbline journal action', () => {
  it('writes journal/<date>-<kpi>.yaml that passes check and answers the alert', async () => {
    const cwd = await repo();
    const r = await cli(['journal', 'action', 'leads', 'Audited: lead sources, #1 "fix"'], {
      cwd,
      today: '2026-06-10',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote kpis/journal/2026-06-10-leads.yaml');
    const text = await readFile(path.join(cwd, 'kpis/journal/2026-06-10-leads.yaml'), 'utf8');
    expect(text.split('\n').slice(1)).toEqual([
      'date: 2026-06-10',
      'actions:',
      '  - kpi: leads',
      '    date: 2026-06-10',
      // The colon-space and the `#` would change the meaning of a plain scalar: quoted.
      `    action: 'Audited: lead sources, #1 "fix"'`,
      // The KPI's owner by default.
      '    owner: Lee Wong',
      '',
    ]);
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*journal\.json$/);
    const computed = computeProject(
      await readProject(path.join(cwd, 'kpis')),
      parseDay(ALERT_AS_OF)!,
    );
    expect(computed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // 2026-06-10 is within May's window (to 2026-06-14): handled.
    const alert = alertReport(computed.analysis).active[0]!;
    expect([alert.handled, alert.response?.action]).toEqual([
      true,
      'Audited: lead sources, #1 "fix"',
    ]);
    expect((await cli(['check', 'kpis'], { cwd })).code).toBe(0);
  });

  it('never overwrites: a second action that day gets a -2 suffix, then -3', async () => {
    const cwd = await repo();
    const dir = path.join(cwd, 'kpis/journal');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, '2026-06-10-leads.yaml'), 'KEEP');
    for (const what of ['First', 'Second'])
      await cli(
        ['journal', 'action', 'leads', what, 'kpis', '--date', '2026-06-10', '--owner', 'Zoë 張'],
        { cwd },
      );
    expect(await readFile(path.join(dir, '2026-06-10-leads.yaml'), 'utf8')).toBe('KEEP');
    expect((await readdir(dir)).filter((f) => f.startsWith('2026-06-10')).sort()).toEqual([
      '2026-06-10-leads-2.yaml',
      '2026-06-10-leads-3.yaml',
      '2026-06-10-leads.yaml',
    ]);
    expect(await readFile(path.join(dir, '2026-06-10-leads-3.yaml'), 'utf8')).toContain(
      '    action: Second\n    owner: Zoë 張\n',
    );
  });

  it('refuses an unknown KPI with a suggestion, and bad usage, writing nothing (exit 2)', async () => {
    const cwd = await repo();
    const unknown = await cli(['journal', 'action', 'lead', 'x'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no KPI `lead` in kpis. Did you mean `leads`?');
    expect((await cli(['journal', 'action', 'leads'], { cwd })).code).toBe(2);
    expect(
      (await cli(['journal', 'action', 'leads', 'x', '--date', '2026-13-01'], { cwd })).code,
    ).toBe(2);
    expect((await cli(['journal', 'note'], { cwd })).code).toBe(2);
    expect((await readdir(path.join(cwd, 'kpis/journal'))).sort()).toEqual([
      '2026-02-10.yaml',
      '2026-03-05.yaml',
    ]);
  });
});
