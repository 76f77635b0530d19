/**
 * Use from any repository: pack Plumbline as npm would publish it, install the tarball into a
 * folder that holds only a `kpis/` folder, and build the site there with `npx plumbline`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, scratch } from './build-site.ts';

const work = scratch('plumbline-pack-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('plumbline as a dev dependency of another repository', () => {
  it('packs, installs from the tarball and builds the site with npx', () => {
    run('npm', ['pack', '--pack-destination', work, '--silent'], ROOT);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const project = path.join(work, 'acme');
    cpSync(path.join(ROOT, 'kpis'), path.join(project, 'kpis'), { recursive: true });
    writeFileSync(
      path.join(project, 'package.json'),
      '{ "name": "acme-kpis", "private": true, "allowScripts": { "esbuild": true } }\n',
    );
    run(
      'npm',
      ['install', '--save-dev', '--no-audit', '--no-fund', path.join(work, tarball)],
      project,
    );
    // The package carries compiled JavaScript (Node will not strip types under node_modules).
    expect(
      existsSync(path.join(project, 'node_modules', 'plumbline-kpi', 'lib', 'cli', 'main.js')),
    ).toBe(true);
    const out = run('npx', ['plumbline', 'build', 'kpis', '--as-of', '2026-11-24'], project);
    // 41 KPIs, 10 teams, 11 objectives, 3 goals and home, plus 8: the goal, team, KPI and search
    // indexes, the strategy map, alignment, journal and 404.
    expect(out).toMatch(/Built 74 pages into dist/);
    const home = readFileSync(path.join(project, 'dist', 'index.html'), 'utf8');
    expect(home).toContain('Northwind Outfitters');
    expect(existsSync(path.join(project, 'dist', 'kpis', 'qualified-leads', 'index.html'))).toBe(
      true,
    );
    expect(
      JSON.parse(readFileSync(path.join(project, 'dist', 'data', 'model.json'), 'utf8')).asOf,
    ).toBe('2026-11-24');
    const check = spawnSync('npx', ['plumbline', 'check', 'kpis', '--as-of', '2026-11-24'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('0 errors');
  }, 300_000);
});
