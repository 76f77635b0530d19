import { describe, expect, it } from 'vitest';
import {
  readingsCsv,
  synthesise,
  type SeriesFile,
  type SeriesSpec,
} from '../../scripts/synthesise-readings.ts';

const monthly = { cadence: 'monthly', aggregate: 'sum' } as const;

/** One KPI's CSV from a description, as of 2026-05-10 (April is the last whole month). */
function csvOf(spec: SeriesSpec, cadence: { cadence: 'monthly' | 'weekly' | 'daily' } = monthly) {
  const file: SeriesFile = { seed: 1, as_of: '2026-05-10', kpis: { k: spec } };
  const rows = synthesise(file, new Map([['k', { aggregate: 'sum', ...cadence }]]));
  return readingsCsv(rows.get('k')!, spec.form);
}

describe('synthesise-readings', () => {
  it('draws straight lines between the level knots, at each period’s middle day', () => {
    // Knots 100 on 2026-01-01 and 200 on 2026-05-01 (120 days). Middle days: Jan 16 (day 15 after
    // the first knot), Feb 14 (44), Mar 16 (74), Apr 15 (104): 100 + 100 × d / 120.
    const csv = csvOf({ from: '2026-01-01', level: { '2026-01-01': 100, '2026-05-01': 200 } });
    expect(csv).toBe('date,value,note\n2026-01,113,\n2026-02,137,\n2026-03,162,\n2026-04,187,\n');
  });

  it('applies the season, events, gaps, notes and the date form', () => {
    const season = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    const csv = csvOf({
      form: 'end',
      from: '2026-02-01',
      level: { '2026-01-01': 10 },
      season,
      decimals: 1,
      events: { '2026-03-31': 1.5 },
      gaps: { '2026-04-30': 'Export failed, "retry"' },
      notes: { '2026-02-28': 'First' },
    });
    expect(csv).toBe(
      'date,value,note\n2026-02-28,20,First\n2026-03-31,30,\n2026-04-30,,"Export failed, ""retry"""\n',
    );
  });

  it('writes listed values as they are, and only a header with nothing to write', () => {
    expect(csvOf({ values: { '2026-01': 5, '2026-02': 7.5 } })).toBe(
      'date,value,note\n2026-01,5,\n2026-02,7.5,\n',
    );
    expect(csvOf({})).toBe('date,value,note\n');
  });

  it('writes one row a working day with `per: weekday`, up to the day before the as-of date', () => {
    const csv = csvOf(
      { per: 'weekday', from: '2026-05-01', level: { '2026-01-01': 3 } },
      {
        cadence: 'weekly',
      },
    );
    // 2026-05-01 is a Friday; the weekend is skipped; May 10 is the as-of date.
    expect(csv).toBe(
      'date,value,note\n2026-05-01,3,\n2026-05-04,3,\n2026-05-05,3,\n2026-05-06,3,\n2026-05-07,3,\n2026-05-08,3,\n',
    );
  });

  it('makes a follower move with its leader’s draws, at the lag, until the given date', () => {
    const file: SeriesFile = {
      seed: 7,
      as_of: '2026-01-01',
      kpis: {
        lead: { from: '2023-01-01', level: { '2023-01-01': 100 }, noise: 0.1 },
        near: {
          from: '2023-01-01',
          level: { '2023-01-01': 100 },
          noise: 0.1,
          follows: { kpi: 'lead', lag: 1, share: 1, until: '2025-01-01' },
        },
      },
    };
    const rows = synthesise(
      file,
      new Map([
        ['lead', monthly],
        ['near', monthly],
      ]),
    );
    const lead = rows.get('lead')!;
    const near = rows.get('near')!;
    // share 1: the follower's draw is the leader's of the month before, exactly, until 2025.
    for (let t = 1; t < 24; t++) expect(near[t]!.z).toBe(lead[t - 1]!.z);
    expect(near[24]!.z).not.toBe(lead[23]!.z);
    // The same seed gives the same numbers.
    expect(
      synthesise(
        file,
        new Map([
          ['lead', monthly],
          ['near', monthly],
        ]),
      ),
    ).toEqual(rows);
  });
});
