/**
 * The example's pulled KPIs: `plumbline pull kpis` over the committed raw data (data/*.csv),
 * kpis/sources.yaml and the queries reproduces the committed readings byte for byte, and writes
 * them back when they are missing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

const ROOT = path.join(import.meta.dirname, '../..');
const PULLED = ['email-subscribers', 'new-customers', 'online-revenue'];

describe('the example pulls its readings from data/', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'plumbline-example-pull-'));
  cpSync(path.join(ROOT, 'kpis'), path.join(work, 'kpis'), { recursive: true });
  cpSync(path.join(ROOT, 'data'), path.join(work, 'data'), { recursive: true });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const pull = async () => {
    let stdout = '';
    const code = await runCli(['pull', 'kpis'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      cwd: work,
      today: () => '2026-11-24',
      env: {},
    });
    return { code, stdout };
  };
  const committed = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
  const pulled = (rel: string) => readFileSync(path.join(work, rel), 'utf8');

  it('changes no byte when pulled again', async () => {
    const r = await pull();
    expect(r.code).toBe(0);
    for (const id of PULLED) {
      expect(pulled(`kpis/metrics/${id}.csv`), id).toBe(committed(`kpis/metrics/${id}.csv`));
      expect(r.stdout).toMatch(new RegExp(`${id} +no change \\(46 periods\\)`));
    }
  });

  it('writes the committed readings back when they are missing', async () => {
    for (const id of PULLED) {
      const lines = committed(`kpis/metrics/${id}.csv`).split('\n');
      // Keep the header, the first 10 readings and those with a note (a person's), and spoil one.
      const kept = lines.filter((line, i) => i <= 10 || /,[^,]+$/.test(line));
      kept[5] = kept[5]!.replace(/,(\d)/, ',9$1');
      writeFileSync(path.join(work, `kpis/metrics/${id}.csv`), `${kept.join('\n')}\n`);
    }
    const r = await pull();
    expect(r.code).toBe(0);
    for (const id of PULLED) {
      expect(pulled(`kpis/metrics/${id}.csv`), id).toBe(committed(`kpis/metrics/${id}.csv`));
      expect(r.stdout).toMatch(new RegExp(`${id} +3[56] new \\(.*\\), 1 revised`));
    }
  });
});
