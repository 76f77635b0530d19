import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../src/charts/time-axis.ts';
import type { Cadence } from '../../src/core/period/period.ts';

const DAY = 86_400_000;
const day = (date: string) => Date.parse(date) / DAY;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Last day of the month, independent of the period module. */
const isMonthEnd = (ms: number) => new Date(ms + DAY).getUTCDate() === 1;

describe('timeAxis', () => {
  it('puts monthly ticks on month ends, quarterly on quarter ends, yearly on Dec 31', () => {
    const m = timeAxis('monthly', day('2025-01-31'), day('2026-06-30'), 2000);
    expect(m.format).toBe('%b %Y');
    expect(m.values.map(iso)).toEqual(
      expect.arrayContaining(['2025-01-31', '2025-02-28', '2026-06-30']),
    );
    expect(m.values.every(isMonthEnd)).toBe(true);
    const q = timeAxis('quarterly', day('2025-03-31'), day('2026-12-31'), 2000);
    expect(q.values.map(iso)).toContain('2025-06-30');
    expect(q.format).toBe('Q%q %Y');
    const y = timeAxis('yearly', day('2020-12-31'), day('2026-12-31'), 2000);
    expect(y.values.map(iso)).toEqual(
      ['2020', '2021', '2022', '2023', '2024', '2025', '2026'].map((y) => `${y}-12-31`),
    );
  });

  it('puts weekly ticks on Sundays (ISO week ends) and shows the year only across years', () => {
    const w = timeAxis('weekly', day('2026-01-04'), day('2026-03-01'), 2000);
    expect(w.format).toBe('W%V');
    expect(w.values.every((v) => new Date(v).getUTCDay() === 0)).toBe(true);
    expect(timeAxis('weekly', day('2025-12-28'), day('2026-03-01'), 600).format).toBe('W%V %G');
  });

  it('writes days for a short daily range and months or years for a long one', () => {
    expect(timeAxis('daily', day('2026-03-01'), day('2026-04-15'), 600).format).toBe('%-d %b');
    const months = timeAxis('daily', day('2025-01-01'), day('2026-06-30'), 600);
    expect(months.format).toBe('%b %Y');
    expect(months.values.every((v) => new Date(v).getUTCDate() === 1)).toBe(true);
    expect(timeAxis('daily', day('2000-01-01'), day('2025-12-31'), 600).format).toBe('%Y');
  });

  it('ticks a five-year span once per year, on 1 January, at every cadence', () => {
    // 2021-01-03 … 2025-12-28: the 1 Januarys inside are those of 2022, 2023, 2024 and 2025.
    const years = ['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01'];
    for (const cadence of ['daily', 'weekly', 'monthly', 'quarterly'] as const) {
      const axis = timeAxis(cadence, day('2021-01-03'), day('2025-12-28'), 890);
      expect(axis.format).toBe('%Y');
      expect(axis.values.map(iso)).toEqual(years);
    }
    // Starting on 1 January counts that year too.
    expect(timeAxis('daily', day('2021-01-01'), day('2025-12-31'), 890).values).toHaveLength(5);
    // A weekly span across two ISO years but under two years: months, not "W18 2023 · W44 2023".
    expect(timeAxis('weekly', day('2023-01-01'), day('2024-06-30'), 890).format).toBe('%b %Y');
  });

  it('keeps ticks inside the range, in order, and few enough for the width', () => {
    const cadences: Cadence[] = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];
    fc.assert(
      fc.property(
        fc.constantFrom(...cadences),
        fc.integer({ min: day('1990-01-01'), max: day('2040-01-01') }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 200, max: 1200 }),
        (cadence, first, span, width) => {
          const { values } = timeAxis(cadence, first, first + span, width);
          for (const v of values) {
            expect(v / DAY).toBeGreaterThanOrEqual(first);
            expect(v / DAY).toBeLessThanOrEqual(first + span);
          }
          expect([...values].sort((a, b) => a - b)).toEqual(values);
          expect(values.length).toBeLessThanOrEqual(Math.max(2, Math.ceil(width / 40)));
        },
      ),
    );
  });
});

describe('timeAxis, short labels', () => {
  it('gives each tick at least 40 px: nine weeks in 288 px get at most 7 ticks', () => {
    // The case fast-check found: weekly from 2000-01-01 over 62 days, 288 px wide. `W01` is 32 px
    // of label and gap; 288 / 40 = 7.2, so 7 ticks at most (every week would be 9).
    const { values } = timeAxis('weekly', day('2000-01-01'), day('2000-01-01') + 62, 288);
    expect(values.length).toBeLessThanOrEqual(7);
    expect(values.length).toBeGreaterThanOrEqual(2);
  });

  it('thins ticks past the largest round step when the plot is very narrow', () => {
    // Another fast-check find: 73 days in 200 px. `2 Mar` needs 44 px, so 4 ticks fit; every
    // 14th day would still be 5 or 6.
    const { values } = timeAxis('daily', day('2000-01-01'), day('2000-01-01') + 73, 200);
    expect(values.length).toBeLessThanOrEqual(4);
    expect(values.length).toBeGreaterThanOrEqual(2);
  });
});
