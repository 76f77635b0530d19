import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coarsen,
  dayFromYmd,
  daysInMonth,
  formatDay,
  formatPeriod,
  isLeapYear,
  isoWeekday,
  isoWeekOf,
  isoWeeksInYear,
  parseDay,
  parsePeriodText,
  periodEnd,
  periodIndexOf,
  periodStart,
  ymdFromDay,
  type Grain,
  type Period,
} from '../../../src/core/period/period.ts';

// — Independent oracles, built on JS Date (UTC), never on period.ts —

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date by JS Date; setUTCFullYear keeps years 0–99 as written. */
function oracleDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / MS_PER_DAY;
}

function oracleYmd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day number of `YYYY-MM-DD` by JS Date's own ISO parser. */
function iso(text: string): number {
  return Date.parse(`${text}T00:00:00Z`) / MS_PER_DAY;
}

/** 1 = Monday … 7 = Sunday. */
function oracleWeekday(day: number): number {
  return ((new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601: a year has 53 weeks when it starts on a Thursday, or is a leap year starting on a Wednesday. */
function oracleWeeksInYear(year: number): number {
  const jan1 = oracleWeekday(oracleDay(year, 1, 1));
  const leap = oracleDay(year, 3, 1) - oracleDay(year, 2, 28) === 2;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/** ISO week of a day by the ordinal-date formula week = ⌊(ordinal − weekday + 10) / 7⌋. */
function oracleIsoWeek(day: number): { year: number; week: number } {
  const { year } = oracleYmd(day);
  const ordinal = day - oracleDay(year, 1, 1) + 1;
  const week = Math.floor((ordinal - oracleWeekday(day) + 10) / 7);
  if (week < 1) return { year: year - 1, week: oracleWeeksInYear(year - 1) };
  if (week > oracleWeeksInYear(year)) return { year: year + 1, week: 1 };
  return { year, week };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const yearArb = fc.integer({ min: 0, max: 9999 });
const dayArb = fc.integer({ min: oracleDay(0, 1, 1), max: oracleDay(9999, 12, 31) });

describe('day numbers', () => {
  it('start at 1970-01-01', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(1969, 12, 31)).toBe(-1);
    expect(formatDay(0)).toBe('1970-01-01');
  });

  it('dayFromYmd agrees with JS Date for every date of years 0000–9999', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const { year, month, day: d } = oracleYmd(day);
        expect(dayFromYmd(year, month, d)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('ymdFromDay agrees with JS Date far beyond the years a CSV can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5_000_000, max: 5_000_000 }), (day) => {
        expect(ymdFromDay(day)).toEqual(oracleYmd(day));
      }),
      { numRuns: 2000 },
    );
  });

  it('formatDay writes what Date#toISOString writes, and parseDay reads it back', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        expect(formatDay(day)).toBe(text);
        expect(parseDay(text)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every day of a stretch across the Gregorian century rules', () => {
    for (let day = iso('1899-12-25'); day <= iso('1901-01-05'); day++) {
      const { year, month, day: d } = oracleYmd(day);
      expect(dayFromYmd(year, month, d)).toBe(day);
    }
    for (let day = iso('1999-12-25'); day <= iso('2001-01-05'); day++) {
      expect(formatDay(day)).toBe(new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
    }
  });

  it('isoWeekday agrees with Date#getUTCDay', () => {
    expect(isoWeekday(iso('2026-03-02'))).toBe(1); // a Monday
    expect(isoWeekday(iso('2026-03-08'))).toBe(7); // a Sunday
    fc.assert(
      fc.property(dayArb, (day) => {
        expect(isoWeekday(day)).toBe(oracleWeekday(day));
      }),
    );
  });
});

describe('leap years', () => {
  it('follow the Gregorian rules', () => {
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('decide whether February 29th exists', () => {
    expect(parsePeriodText('1900-02-29')).toBeNull();
    expect(parsePeriodText('2000-02-29')).toEqual({ grain: 'day', index: iso('2000-02-29') });
    expect(parsePeriodText('2024-02-29')).toEqual({ grain: 'day', index: iso('2024-02-29') });
    expect(parsePeriodText('2023-02-29')).toBeNull();
  });

  it('agree with JS Date for every year', () => {
    fc.assert(
      fc.property(yearArb, (y) => {
        const february = oracleDay(y, 3, 1) - oracleDay(y, 2, 1);
        expect(isLeapYear(y)).toBe(february === 29);
        expect(daysInMonth(y, 2)).toBe(february);
      }),
    );
  });
});

describe('ISO weeks', () => {
  it('know which years have 53 weeks', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2015)).toBe(53);
    expect(isoWeeksInYear(2021)).toBe(52);
    expect(isoWeeksInYear(2024)).toBe(52);
    expect(parsePeriodText('2020-W53')).not.toBeNull();
    expect(parsePeriodText('2021-W53')).toBeNull();
    expect(parsePeriodText('2026-W00')).toBeNull();
  });

  it('put the days around New Year in the right week-year', () => {
    const weekOf = (text: string): { year: number; week: number } =>
      isoWeekOf(periodIndexOf(iso(text), 'week'));
    expect(weekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(weekOf('2021-01-04')).toEqual({ year: 2021, week: 1 });
    expect(weekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(weekOf('2024-12-29')).toEqual({ year: 2024, week: 52 });
    expect(weekOf('2026-03-02')).toEqual({ year: 2026, week: 10 });
    expect(formatPeriod({ grain: 'week', index: periodIndexOf(iso('2021-01-03'), 'week') })).toBe(
      '2020-W53',
    );
  });

  it('start on Monday and end on Sunday', () => {
    // 2026-01-04 is a Sunday, so week 1 of 2026 runs Monday 2025-12-29 to Sunday 2026-01-04.
    const w1 = parsePeriodText('2026-W01')!;
    expect(periodStart(w1)).toBe(iso('2025-12-29'));
    expect(periodEnd(w1)).toBe(iso('2026-01-04'));
    const w10 = parsePeriodText('2026-W10')!;
    expect(periodStart(w10)).toBe(iso('2026-03-02'));
    expect(periodEnd(w10)).toBe(iso('2026-03-08'));
  });

  it('agree with the ordinal-date formula for every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: oracleDay(1, 1, 1), max: oracleDay(9998, 12, 31) }), (day) => {
        expect(isoWeekOf(periodIndexOf(day, 'week'))).toEqual(oracleIsoWeek(day));
      }),
      { numRuns: 3000 },
    );
  });

  it('count 53 weeks exactly when ISO 8601 says so', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), (y) => {
        expect(isoWeeksInYear(y)).toBe(oracleWeeksInYear(y));
      }),
    );
  });
});

describe('parsePeriodText and formatPeriod', () => {
  const daysOf = (y: number, m: number): number => oracleDay(y, m + 1, 1) - oracleDay(y, m, 1);
  const forms = {
    day: yearArb.chain((y) =>
      fc
        .integer({ min: 1, max: 12 })
        .chain((m) =>
          fc
            .integer({ min: 1, max: daysOf(y, m) })
            .map((d) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
        ),
    ),
    week: fc
      .integer({ min: 1, max: 9998 })
      .chain((y) =>
        fc.integer({ min: 1, max: oracleWeeksInYear(y) }).map((w) => `${pad(y, 4)}-W${pad(w, 2)}`),
      ),
    month: fc
      .tuple(yearArb, fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
    quarter: fc
      .tuple(yearArb, fc.integer({ min: 1, max: 4 }))
      .map(([y, q]) => `${pad(y, 4)}-Q${q}`),
    year: yearArb.map((y) => pad(y, 4)),
  } satisfies Record<Grain, fc.Arbitrary<string>>;

  for (const [grain, arb] of Object.entries(forms)) {
    it(`round-trips every ${grain}`, () => {
      fc.assert(
        fc.property(arb, (text) => {
          const p = parsePeriodText(text);
          expect(p?.grain).toBe(grain);
          expect(formatPeriod(p!)).toBe(text);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('reads a period only from its one canonical text', () => {
    const chars = fc.constantFrom(...'0123456789-WQwq '.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 11 }), (text) => {
        const p = parsePeriodText(text);
        if (p !== null) expect(formatPeriod(p)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('rejects what is not a SPEC date form', () => {
    for (const text of [
      '',
      '26-03-02',
      '2026-3-2',
      '2026/03/02',
      '02.03.2026',
      '2026-03-02T00:00',
      ' 2026',
      '2026-Q0',
      '2026-Q5',
      '2026-q1',
      '2026-W1',
      '2026-w10',
      '2026-00',
      '2026-13',
      '2026-04-31',
      '２０２６',
    ]) {
      expect(parsePeriodText(text), text).toBeNull();
    }
  });

  it('gives each grain its documented index', () => {
    expect(parsePeriodText('2026-03-02')).toEqual({ grain: 'day', index: iso('2026-03-02') });
    expect(parsePeriodText('2026-03')).toEqual({ grain: 'month', index: 2026 * 12 + 2 });
    expect(parsePeriodText('2026-Q1')).toEqual({ grain: 'quarter', index: 2026 * 4 });
    expect(parsePeriodText('2026')).toEqual({ grain: 'year', index: 2026 });
    // Week 0 is the week of Monday 1970-01-05.
    expect(parsePeriodText('1970-W02')).toEqual({ grain: 'week', index: 0 });
  });
});

describe('period bounds', () => {
  const p = (text: string): Period => parsePeriodText(text)!;

  it('end each grain on its last day', () => {
    expect(periodEnd(p('2026-03-02'))).toBe(iso('2026-03-02'));
    expect(periodEnd(p('2026-W10'))).toBe(iso('2026-03-08'));
    expect(periodEnd(p('2026-03'))).toBe(iso('2026-03-31'));
    expect(periodEnd(p('2024-02'))).toBe(iso('2024-02-29'));
    expect(periodEnd(p('2023-02'))).toBe(iso('2023-02-28'));
    expect(periodEnd(p('2026-04'))).toBe(iso('2026-04-30'));
    expect(periodEnd(p('2026-12'))).toBe(iso('2026-12-31'));
    expect(periodEnd(p('2026-Q1'))).toBe(iso('2026-03-31'));
    expect(periodEnd(p('2026-Q2'))).toBe(iso('2026-06-30'));
    expect(periodEnd(p('2026-Q3'))).toBe(iso('2026-09-30'));
    expect(periodEnd(p('2026-Q4'))).toBe(iso('2026-12-31'));
    expect(periodEnd(p('2026'))).toBe(iso('2026-12-31'));
    expect(periodEnd(p('2024'))).toBe(iso('2024-12-31'));
  });

  it('start each grain on its first day', () => {
    expect(periodStart(p('2026-03'))).toBe(iso('2026-03-01'));
    expect(periodStart(p('2026-Q4'))).toBe(iso('2026-10-01'));
    expect(periodStart(p('2026'))).toBe(iso('2026-01-01'));
  });

  const periodArb = fc
    .tuple(fc.constantFrom<Grain>('day', 'week', 'month', 'quarter', 'year'), dayArb)
    .map(([grain, day]): Period => ({ grain, index: periodIndexOf(day, grain) }));

  it('tile the calendar: consecutive periods touch, and hold their own first and last day', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        const start = periodStart(period);
        const end = periodEnd(period);
        expect(periodIndexOf(start, period.grain)).toBe(period.index);
        expect(periodIndexOf(end, period.grain)).toBe(period.index);
        expect(periodIndexOf(start - 1, period.grain)).toBe(period.index - 1);
        expect(periodStart({ grain: period.grain, index: period.index + 1 })).toBe(end + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('have the lengths of the calendar', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const { year, month } = oracleYmd(day);
        const length = (g: Grain): number => {
          const q = { grain: g, index: periodIndexOf(day, g) };
          return periodEnd(q) - periodStart(q) + 1;
        };
        expect(length('day')).toBe(1);
        expect(length('week')).toBe(7);
        expect(length('month')).toBe(oracleDay(year, month + 1, 1) - oracleDay(year, month, 1));
        expect(length('year')).toBe(oracleDay(year + 1, 1, 1) - oracleDay(year, 1, 1));
      }),
    );
  });
});

describe('coarsen', () => {
  const p = (text: string): Period => parsePeriodText(text)!;
  const coarse = (text: string, grain: Grain): string => formatPeriod(coarsen(p(text), grain));

  it('finds the period of a coarser grain that holds a day', () => {
    expect(coarse('2026-03-02', 'day')).toBe('2026-03-02');
    expect(coarse('2026-03-02', 'week')).toBe('2026-W10');
    expect(coarse('2026-03-02', 'month')).toBe('2026-03');
    expect(coarse('2026-03-02', 'quarter')).toBe('2026-Q1');
    expect(coarse('2026-03-02', 'year')).toBe('2026');
    expect(coarse('2026-03', 'quarter')).toBe('2026-Q1');
    expect(coarse('2026-04', 'quarter')).toBe('2026-Q2');
    expect(coarse('2026-Q4', 'year')).toBe('2026');
  });

  it('places a week that straddles two months or years by its last day (SPEC §3: a period is dated on its last day)', () => {
    // 2026-W09 runs Monday 2026-02-23 to Sunday 2026-03-01.
    expect(coarse('2026-W09', 'month')).toBe('2026-03');
    // 2020-W53 runs Monday 2020-12-28 to Sunday 2021-01-03.
    expect(coarse('2020-W53', 'year')).toBe('2021');
    expect(coarse('2026-W10', 'month')).toBe('2026-03');
  });

  it('holds the last day of the finer period', () => {
    const grains: Grain[] = ['day', 'week', 'month', 'quarter', 'year'];
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        (day, a, b) => {
          const fine = grains[Math.min(a, b)]!;
          const wide = grains[Math.max(a, b)]!;
          const period = { grain: fine, index: periodIndexOf(day, fine) };
          const c = coarsen(period, wide);
          expect(c.grain).toBe(wide);
          expect(periodStart(c)).toBeLessThanOrEqual(periodEnd(period));
          expect(periodEnd(c)).toBeGreaterThanOrEqual(periodEnd(period));
          if (fine === wide) expect(c).toEqual(period);
        },
      ),
    );
  });
});
