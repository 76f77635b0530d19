import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/cli/init.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { readProject } from '../../src/io/read-project.ts';
import { runCommand } from '../helpers/run-command.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function temp(files: Record<string, string> = {}) {
  const t = await tempProject(files);
  defer(t.cleanup);
  return t.dir;
}

describe('plumbline init', () => {
  it('writes a starter folder that passes the check with no error', async () => {
    const cwd = await temp();
    const { code, stdout } = await runCommand(runInit, [], { cwd });
    expect(code).toBe(0);
    const files = await readProject(path.join(cwd, 'kpis'));
    expect(files.map((f) => f.path)).toEqual([
      'metrics/revenue.csv',
      'metrics/revenue.yaml',
      'strategy.yaml',
      'teams.yaml',
    ]);
    const { diagnostics, model } = computeProject(files, parseDay('2026-11-24')!);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(3);
    expect(model.kpis.map((k) => [k.id, k.status, k.latest?.period])).toEqual([
      ['revenue', 'on-track', '2026-10'],
    ]);
    expect(stdout).toContain('  kpis/metrics/revenue.yaml   one KPI, every field explained\n');
    expect(stdout).toContain('  2. npx plumbline check\n');
  });

  it('writes into the folder given, and names it in the next steps', async () => {
    const cwd = await temp();
    const { code, stdout } = await runCommand(runInit, ['org/okr'], { cwd });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created a new KPI folder in org/okr/:');
    expect(stdout).toContain('  4. npx plumbline build org/okr\n');
    expect(await readFile(path.join(cwd, 'org/okr/teams.yaml'), 'utf8')).toMatch(/^# yaml-/);
  });

  it('points $schema at an installed plumbline, relative to each file', async () => {
    const cwd = await temp({ 'node_modules/plumbline-kpi/schemas/teams.json': '{}' });
    await runCommand(runInit, ['kpis'], { cwd });
    const first = async (rel: string) =>
      (await readFile(path.join(cwd, 'kpis', rel), 'utf8')).split('\n')[0];
    expect(await first('teams.yaml')).toBe(
      '# yaml-language-server: $schema=../node_modules/plumbline-kpi/schemas/teams.json',
    );
    expect(await first('metrics/revenue.yaml')).toBe(
      '# yaml-language-server: $schema=../../node_modules/plumbline-kpi/schemas/metric.json',
    );
  });

  it('refuses a folder that already has strategy.yaml, and changes nothing', async () => {
    const cwd = await temp({ 'kpis/strategy.yaml': 'organization: Mine\n' });
    const { code, stdout, stderr } = await runCommand(runInit, ['kpis'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'init: kpis/strategy.yaml already exists, so kpis already holds an organisation; init never overwrites it. ' +
        'Give a new folder (`npx plumbline init <folder>`), add KPIs with `npx plumbline new kpi`, or add the GitHub workflows with `npx plumbline init --github`.\n',
    );
    expect(await readFile(path.join(cwd, 'kpis/strategy.yaml'), 'utf8')).toBe(
      'organization: Mine\n',
    );
    expect((await readProject(path.join(cwd, 'kpis'))).map((f) => f.path)).toEqual([
      'strategy.yaml',
    ]);
  });

  it('refuses a folder with teams.yml too', async () => {
    const cwd = await temp({ 'kpis/teams.yml': '[]\n' });
    const { code, stderr } = await runCommand(runInit, [], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^init: kpis\/teams\.yml already exists/);
  });

  it('never overwrites another file, and writes none when one is in the way', async () => {
    const cwd = await temp({ 'kpis/metrics/revenue.csv': 'date,value\n2020,1\n' });
    const { code, stderr } = await runCommand(runInit, [], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'init: kpis/metrics/revenue.csv already exists; init never overwrites a file. Give a new folder.\n',
    );
    expect((await readProject(path.join(cwd, 'kpis'))).map((f) => f.path)).toEqual([
      'metrics/revenue.csv',
    ]);
  });

  it('rejects more than one folder', async () => {
    const cwd = await temp();
    const { code, stderr } = await runCommand(runInit, ['a', 'b'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('init: expected at most one folder, got 2.\n');
  });
});

describe('plumbline init: the project around the folder', () => {
  it('writes .vscode/settings.json mapping each schema to its files by pattern', async () => {
    const cwd = await temp({ 'node_modules/plumbline-kpi/schemas/teams.json': '{}' });
    expect((await runCommand(runInit, ['org/kpis'], { cwd })).code).toBe(0);
    const settings = JSON.parse(await readFile(path.join(cwd, '.vscode/settings.json'), 'utf8'));
    // Relative to the project root (the current folder), as the YAML extension reads them.
    expect(settings).toEqual({
      'yaml.schemas': {
        './node_modules/plumbline-kpi/schemas/strategy.json': [
          'org/kpis/strategy.yaml',
          'org/kpis/strategy.yml',
        ],
        './node_modules/plumbline-kpi/schemas/teams.json': [
          'org/kpis/teams.yaml',
          'org/kpis/teams.yml',
        ],
        './node_modules/plumbline-kpi/schemas/metric.json': [
          'org/kpis/metrics/*.yaml',
          'org/kpis/metrics/*.yml',
        ],
        './node_modules/plumbline-kpi/schemas/journal.json': [
          'org/kpis/journal/*.yaml',
          'org/kpis/journal/*.yml',
        ],
      },
    });
  });

  it('writes a .gitignore, or adds only the lines an existing one lacks', async () => {
    const fresh = await temp();
    await runCommand(runInit, [], { cwd: fresh });
    expect(await readFile(path.join(fresh, '.gitignore'), 'utf8')).toBe(
      '# Plumbline: installed packages, the built site, unfinished builds\nnode_modules/\ndist/\ndist.tmp-*/\ndist.old-*/\n',
    );
    const mine = await temp({ '.gitignore': '/node_modules\n*.log' });
    await runCommand(runInit, [], { cwd: mine });
    expect(await readFile(path.join(mine, '.gitignore'), 'utf8')).toBe(
      '/node_modules\n*.log\n\n# Plumbline: installed packages, the built site, unfinished builds\ndist/\ndist.tmp-*/\ndist.old-*/\n',
    );
  });

  it('leaves an existing .vscode/settings.json alone and says so', async () => {
    const cwd = await temp({ '.vscode/settings.json': '{ "editor.tabSize": 2 }\n' });
    const { code, stdout } = await runCommand(runInit, [], { cwd });
    expect(code).toBe(0);
    expect(await readFile(path.join(cwd, '.vscode/settings.json'), 'utf8')).toBe(
      '{ "editor.tabSize": 2 }\n',
    );
    expect(stdout).toContain('Left as they were:\n  .vscode/settings.json: exists;');
  });

  it('--github writes the shipped workflows, reading the folder given', async () => {
    const cwd = await temp();
    const { code, stdout } = await runCommand(runInit, ['org/okr', '--github'], { cwd });
    expect(code).toBe(0);
    const pr = await readFile(path.join(cwd, '.github/workflows/kpi-pull-request.yml'), 'utf8');
    const shipped = await readFile(
      path.join(import.meta.dirname, '../../.github/workflows/kpi-pull-request.yml'),
      'utf8',
    );
    expect(pr).toBe(
      shipped.replaceAll("'kpis/**'", "'org/okr/**'").replaceAll(' kpis', ' org/okr'),
    );
    expect(pr).toContain("- 'org/okr/**'");
    expect(pr).toContain('npx plumbline check org/okr --format github');
    expect(pr).not.toMatch(/\bkpis\b/);
    const pages = await readFile(path.join(cwd, '.github/workflows/kpi-pages.yml'), 'utf8');
    expect(pages).toContain('npx plumbline build org/okr --out dist');
    expect(stdout).toContain('Settings → Pages →');
  });

  it('--github on a folder that already holds an organisation adds only the project files', async () => {
    const cwd = await temp({ 'kpis/strategy.yaml': 'organization: Mine\n' });
    const { code, stdout } = await runCommand(runInit, ['--github', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      folder: 'kpis',
      files: [],
      project: {
        written: [
          { path: '.vscode/settings.json' },
          { path: '.gitignore' },
          { path: '.github/workflows/kpi-alerts.yml' },
          { path: '.github/workflows/kpi-pages.yml' },
          { path: '.github/workflows/kpi-pull-request.yml' },
          { path: '.github/workflows/kpi-pull.yml' },
        ],
        kept: [],
      },
    });
    expect(await readFile(path.join(cwd, 'kpis/strategy.yaml'), 'utf8')).toBe(
      'organization: Mine\n',
    );
    // Run again: nothing is overwritten, everything is reported as kept.
    const again = JSON.parse(
      (await runCommand(runInit, ['--github', '--format', 'json'], { cwd })).stdout,
    );
    expect(again.project.written).toEqual([]);
    expect(again.project.kept.map((k: { path: string }) => k.path)).toEqual([
      '.vscode/settings.json',
      '.github/workflows/kpi-alerts.yml',
      '.github/workflows/kpi-pages.yml',
      '.github/workflows/kpi-pull-request.yml',
      '.github/workflows/kpi-pull.yml',
    ]);
  });

  it('--github refuses a folder it could not write into a workflow as it is', async () => {
    const cwd = await temp();
    const { code, stderr } = await runCommand(runInit, ['my kpis', '--github'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^init: --github writes the folder into the workflows/);
  });
});
