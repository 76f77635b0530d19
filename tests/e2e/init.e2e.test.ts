/** `plumbline init` gives a new user something that builds: its starter folder becomes a site. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInit } from '../../src/cli/init.ts';
import { runCommand } from '../helpers/run-command.ts';
import { build, scratch } from './build-site.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('plumbline init, then build', () => {
  it('builds the starter folder into a site', async () => {
    const dir = scratch('plumbline-init-');
    dirs.push(dir);
    expect((await runCommand(runInit, ['kpis'], { cwd: dir })).code).toBe(0);
    const out = path.join(dir, 'dist');
    const result = build([
      path.join(dir, 'kpis'),
      '--out',
      out,
      '--as-of',
      '2026-11-24',
      '--no-cache',
    ]);
    // Nothing on stderr but the build's progress lines (plain: not a terminal).
    expect(result.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('build: '))).toEqual(
      [],
    );
    expect(result.stderr).toContain('build: rendering pages');
    expect(result.code).toBe(0);
    for (const page of ['index.html', 'kpis/revenue/index.html', 'goals/grow-revenue/index.html'])
      expect(existsSync(path.join(out, page))).toBe(true);
    const model = JSON.parse(readFileSync(path.join(out, 'data/model.json'), 'utf8')) as {
      organization: string;
      kpis: { id: string; status: string }[];
    };
    expect(model.organization).toBe('Our Company');
    expect(model.kpis.map((k) => [k.id, k.status])).toEqual([['revenue', 'on-track']]);
  });
});
