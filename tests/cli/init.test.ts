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
    expect(stdout).toContain('  2. plumbline check\n');
  });

  it('writes into the folder given, and names it in the next steps', async () => {
    const cwd = await temp();
    const { code, stdout } = await runCommand(runInit, ['org/okr'], { cwd });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created a new KPI folder in org/okr/:');
    expect(stdout).toContain('  4. plumbline build org/okr\n');
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
        'Give a new folder (`plumbline init <folder>`), or add KPIs with `plumbline new kpi`.\n',
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
