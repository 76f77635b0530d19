import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNewKpi } from '../../src/cli/new-kpi.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { metricSchema } from '../../src/core/schema/metric.ts';
import { readProject } from '../../src/io/read-project.ts';
import { projectFiles } from '../helpers/project-files.ts';
import { runCommand } from '../helpers/run-command.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

/** A repository folder holding kpis/ (teams acme and sales, objective grow-sales). */
async function repo(overrides: Record<string, string | null> = {}) {
  const files = projectFiles(overrides).flatMap((f) =>
    'text' in f ? [[`kpis/${f.path}`, f.text] as const] : [],
  );
  const t = await tempProject(Object.fromEntries(files));
  defer(t.cleanup);
  return t.dir;
}

const metrics = async (cwd: string) => (await readdir(path.join(cwd, 'kpis/metrics'))).sort();

describe('plumbline new kpi', () => {
  it('writes a KPI file with every field and an empty CSV; the folder still has no error', async () => {
    const cwd = await repo();
    const args = ['win-rate', '--team', 'sales', '--objective', 'grow-sales', '--unit', 'percent'];
    const { code, stdout } = await runCommand(
      runNewKpi,
      [...args, '--cadence', 'weekly', '--owner', 'Lee Wong', '--shared-with', 'acme'],
      { cwd },
    );
    expect(code).toBe(0);
    const yaml = await readFile(path.join(cwd, 'kpis/metrics/win-rate.yaml'), 'utf8');
    for (const field of Object.keys(metricSchema.shape).filter((k) => k !== '$schema'))
      expect(yaml).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    expect(await readFile(path.join(cwd, 'kpis/metrics/win-rate.csv'), 'utf8')).toBe(
      'date,value,note\n',
    );
    const { diagnostics, project } = computeProject(
      await readProject(path.join(cwd, 'kpis')),
      parseDay('2026-11-24')!,
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(project.kpiById.get('win-rate')?.def).toMatchObject({
      name: 'Win rate',
      team: 'sales',
      shared_with: ['acme'],
      objectives: ['grow-sales'],
      owner: 'Lee Wong',
      cadence: 'weekly',
      unit: 'percent',
      direction: 'up',
      kind: 'lagging',
    });
    // What is left to fill in shows up as guardrail warnings on the new file, not as errors.
    expect(
      diagnostics.filter((d) => d.file === 'metrics/win-rate.yaml').map((d) => d.rule),
    ).toEqual(['target-missing', 'trigger-missing']);
    expect(stdout).toBe(
      [
        'Created KPI `win-rate`:',
        '  kpis/metrics/win-rate.yaml   its definition: every field, explained',
        '  kpis/metrics/win-rate.csv    its readings: one row per week, e.g. 2026-W48,120,',
        '',
        'Next steps:',
        '  1. Fill in what is empty or commented out in kpis/metrics/win-rate.yaml: description, baseline, target, a trigger.',
        '  2. Add readings to kpis/metrics/win-rate.csv.',
        '  3. npx plumbline check',
        '',
      ].join('\n'),
    );
  });

  it('uses the defaults: monthly, up, count, lagging; owner commented out', async () => {
    const cwd = await repo();
    const { code } = await runCommand(runNewKpi, ['churn', 'kpis', '--team', 'acme'], { cwd });
    expect(code).toBe(0);
    const yaml = await readFile(path.join(cwd, 'kpis/metrics/churn.yaml'), 'utf8');
    expect(yaml).toMatch(/^cadence: monthly +#/m);
    expect(yaml).toMatch(/^direction: up +#/m);
    expect(yaml).toMatch(/^unit: count +#/m);
    expect(yaml).toMatch(/^kind: lagging +#/m);
    expect(yaml).toMatch(/^objectives: \[\] +#/m);
    expect(yaml).toMatch(/^# owner: Your Name +#/m);
  });

  it('refuses an id that exists, and leaves its files alone', async () => {
    const cwd = await repo();
    const before = await readFile(path.join(cwd, 'kpis/metrics/leads.yaml'), 'utf8');
    const { code, stderr } = await runCommand(runNewKpi, ['leads', '--team', 'sales'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'new kpi: kpis/metrics/leads.yaml already exists: pick another id, or edit that file.\n',
    );
    expect(await readFile(path.join(cwd, 'kpis/metrics/leads.yaml'), 'utf8')).toBe(before);
  });

  it('refuses an id whose readings file alone exists', async () => {
    const cwd = await repo({ 'metrics/nps.csv': 'date,value\n' });
    const { code, stderr } = await runCommand(runNewKpi, ['nps', '--team', 'sales'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^new kpi: kpis\/metrics\/nps\.csv already exists/);
    expect(await metrics(cwd)).not.toContain('nps.yaml');
  });

  it('refuses an unknown team with the closest one', async () => {
    const cwd = await repo();
    const { code, stderr } = await runCommand(runNewKpi, ['nps', '--team', 'sale'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('new kpi: there is no team `sale` in teams.yaml. Did you mean `sales`?\n');
    expect(await metrics(cwd)).toEqual(['leads.csv', 'leads.yaml', 'revenue.csv', 'revenue.yaml']);
  });

  it('lists the teams when no id is close', async () => {
    const cwd = await repo();
    const { stderr } = await runCommand(runNewKpi, ['nps', '--team', 'finance'], { cwd });
    expect(stderr).toBe(
      'new kpi: there is no team `finance` in teams.yaml. The teams are: acme, sales.\n',
    );
  });

  it('refuses an unknown objective or co-owning team', async () => {
    const cwd = await repo();
    const objective = await runCommand(
      runNewKpi,
      ['nps', '--team', 'sales', '--objective', 'grow-sale'],
      { cwd },
    );
    expect(objective.stderr).toBe(
      'new kpi: there is no objective `grow-sale` in strategy.yaml. Did you mean `grow-sales`?\n',
    );
    const shared = await runCommand(runNewKpi, ['nps', '--team', 'sales', '--shared-with', 'acm'], {
      cwd,
    });
    expect(shared.stderr).toBe(
      'new kpi: there is no team `acm` in teams.yaml. Did you mean `acme`?\n',
    );
  });

  it('refuses an id that is not kebab-case, suggesting one', async () => {
    const cwd = await repo();
    const { code, stderr } = await runCommand(runNewKpi, ['Net_Revenue', '--team', 'sales'], {
      cwd,
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'new kpi: the id `Net_Revenue` is not kebab-case (lower-case words joined by hyphens); it becomes the file name metrics/<id>.yaml. Try `net-revenue`.\n',
    );
  });

  it('refuses bad values before reading the folder', async () => {
    const cwd = await repo();
    const run = (args: string[]) => runCommand(runNewKpi, args, { cwd });
    expect((await run(['nps'])).stderr).toBe(
      'new kpi: --team is required: the id of the team that owns the KPI, from teams.yaml.\n',
    );
    expect((await run(['nps', '--team', 'sales', '--cadence', 'montly'])).stderr).toBe(
      'new kpi: --cadence must be one of daily, weekly, monthly, quarterly, yearly, got `montly`. Did you mean `monthly`?\n',
    );
    expect((await run(['nps', '--team', 'sales', '--direction', 'sideways'])).stderr).toBe(
      'new kpi: --direction must be one of up, down, target, got `sideways`.\n',
    );
    expect((await run(['nps', '--team', 'sales', '--kind', 'leadng'])).code).toBe(2);
    expect((await run(['nps', '--team', 'sales', '--unit', ' '])).stderr).toBe(
      'new kpi: --unit must not be empty.\n',
    );
    expect((await run([])).stderr).toMatch(/^new kpi: give the new KPI’s id/);
    expect((await run(['nps', '--team', 'sales', '--colour', 'red'])).code).toBe(2);
    expect(await metrics(cwd)).toEqual(['leads.csv', 'leads.yaml', 'revenue.csv', 'revenue.yaml']);
  });

  it('exits 1 when teams.yaml has errors, since the team cannot be checked', async () => {
    const cwd = await repo({ 'teams.yaml': '- { id: acme, level: enterprise }\n' });
    const { code, stderr } = await runCommand(runNewKpi, ['nps', '--team', 'acme'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^new kpi: strategy\.yaml or teams\.yaml in kpis has errors/);
  });

  it('refuses a missing folder', async () => {
    const cwd = await repo();
    const { code, stderr } = await runCommand(runNewKpi, ['nps', 'nope', '--team', 'a'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^There is no folder .*nope\.\n$/);
  });
});
