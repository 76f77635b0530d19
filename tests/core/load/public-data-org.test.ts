/**
 * The real-data organisation (tests/fixtures/public-data-org, real public series from
 * vega-datasets): its readings are what derive.ts makes of the package's files, it loads through
 * the real reader and loader with no error, and its KPIs read as a person would write them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeProject } from '../../../src/core/pipeline.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { readProject } from '../../../src/io/read-project.ts';
import { chartSummary, verdict } from '../../../src/site/lib/format.ts';

const ORG = join(import.meta.dirname, '../../fixtures/public-data-org');
const tmp = mkdtempSync(join(tmpdir(), 'public-data-org-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function model() {
  const files = await readProject(ORG);
  return computeProject(files, parseDay('2016-01-15')!);
}

describe('the public-data organisation', () => {
  it('holds the readings derive.ts makes from vega-datasets, byte for byte', () => {
    execFileSync(process.execPath, [join(ORG, 'derive.ts'), tmp]);
    const committed = readdirSync(join(ORG, 'metrics')).filter((f) => f.endsWith('.csv'));
    expect(readdirSync(tmp).sort()).toEqual(committed.sort());
    for (const f of committed)
      expect(readFileSync(join(tmp, f), 'utf8'), f).toBe(
        readFileSync(join(ORG, 'metrics', f), 'utf8'),
      );
  });

  it('loads with no error and builds a model of its 12 KPIs', async () => {
    const { diagnostics, model: m } = await model();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(m.organization).toBe('Public Data Observatory');
    expect(m.kpis).toHaveLength(12);
    const lifecycle = Object.fromEntries(m.kpis.map((k) => [k.id, k.lifecycle]));
    expect(lifecycle['construction-unemployed']).toBe('retired');
    expect(m.kpis.filter((k) => k.lifecycle === 'active')).toHaveLength(11);
  });

  it('sums a month of Seattle rain from the daily readings', async () => {
    const { model: m } = await model();
    // Independently: the CSV's December 2015 days, summed (to a tenth of a mm, as recorded).
    const december = readFileSync(join(ORG, 'metrics/seattle-precipitation.csv'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('2015-12-'))
      .reduce((sum, line) => sum + Number(line.split(',')[1]), 0);
    const rain = m.kpis.find((k) => k.id === 'seattle-precipitation')!;
    expect(rain.latest).toEqual({
      period: '2015-12',
      date: '2015-12-31',
      value: Math.round(december * 10) / 10,
    });
  });

  it('writes its verdicts in the one number format', async () => {
    const { model: m } = await model();
    const of = (id: string) => verdict(m.kpis.find((k) => k.id === id)!);
    // 284.5 mm against a flat plan of 80: (284.5 − 80) / 80 = 255.6 %, lower is better.
    expect(of('seattle-precipitation')).toBe(
      'Off track: 284.5 mm vs 80.0 mm planned, 256 % above plan (worse)',
    );
    // The milestone 142,000 on 2015-12-31; (143,093 − 142,000) / 142,000 = 0.77 %.
    expect(of('nonfarm-employment')).toBe(
      'On track: 143,093 thousand jobs vs 142,000 thousand jobs planned, 0.8 % above plan',
    );
    // A percent KPI: 80.65 − 40 = 40.65 points, at the pair's one decimal.
    expect(of('seattle-rainy-days')).toBe(
      'Off track: 80.7 % vs 40.0 % planned, 40.7 points above plan (worse)',
    );
    // A plan of 0 °C has no relative gap: the amount, 2.1 °C.
    expect(of('seattle-coldest-night')).toBe('At risk: −2.1 °C vs 0.0 °C planned, 2.1 °C short');
    // Planned 39.96 on 2010-03-31 (39.81 → 40 over 2000-01-31 … 2012-12-31);
    // (39.96 − 28.80) / 39.96 = 27.9 %.
    expect(of('msft-share-price')).toBe('Stale — Off track: $28.80 vs $39.96 planned, 28 % short');
    expect(of('construction-unemployed')).toBe(
      'Retired on 31 Mar 2010; last reading 2,440 thousand people (Feb 2010)',
    );
    const jobs = m.kpis.find((k) => k.id === 'nonfarm-employment')!;
    expect(chartSummary(jobs, { date: '2006-01-31', value: 135_450 })).toBe(
      'US nonfarm employment, monthly, 2006–2015: rising from 135,450 thousand jobs to 143,093 thousand jobs; plan 142,000 thousand jobs; on track.',
    );
  });
});
