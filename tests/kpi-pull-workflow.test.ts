/** The scheduled readings workflow: what it runs and what it opens (actionlint: workflows.test.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const file = path.join(import.meta.dirname, '..', '.github', 'workflows', 'kpi-pull.yml');
const text = readFileSync(file, 'utf8');
const workflow = parse(text);
const steps = workflow.jobs.pull.steps as {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}[];

describe('kpi-pull.yml', () => {
  it('runs daily and by hand', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '17 5 * * *' }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('uses current action majors', () => {
    const uses = steps.flatMap((s) => (s.uses === undefined ? [] : [s.uses]));
    expect(uses).toEqual([
      'actions/checkout@v7',
      'actions/setup-node@v7',
      'peter-evans/create-pull-request@v8',
    ]);
  });

  it('pulls with the connection strings from secrets and keeps going on a failed query', () => {
    const pull = steps.find((s) => s.id === 'pull')!;
    expect(pull.run).toContain('npx plumbline pull kpis');
    expect(pull.env).toEqual({ WAREHOUSE_URL: '${{ secrets.WAREHOUSE_URL }}' });
    const pr = steps.find((s) => s.uses?.startsWith('peter-evans/') === true)!;
    expect(pr.with).toMatchObject({
      title: 'Readings as of ${{ steps.pull.outputs.date }}',
      'body-path': '${{ runner.temp }}/pull-body.md',
      branch: 'plumbline/readings',
      'add-paths': 'kpis/metrics/*.csv',
    });
    // The pull request is proposed before the job fails for a failed query.
    const fail = steps.findIndex((s) => s.run?.includes('Some KPI queries failed') === true);
    expect(fail).toBeGreaterThan(steps.indexOf(pr));
  });

  it('never lets the summary close its code block', () => {
    expect(text).toContain("sed 's/```/`\\xe2\\x80\\x8b``/g'");
  });
});
