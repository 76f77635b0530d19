/**
 * Date helpers for the generators, on top of the product's own calendar arithmetic
 * (src/core/period/period.ts), so generated readings fall in exactly the periods Plumbline reads.
 */
import {
  formatDay,
  formatPeriod,
  GRAIN_OF,
  isoWeekday,
  parsePeriodText,
  periodEnd,
  periodIndexOf,
  periodStart,
  ymdFromDay,
  type Cadence,
  type Grain,
  type Period,
} from '../../src/core/period/period.ts';

export {
  formatDay,
  formatPeriod,
  GRAIN_OF,
  isoWeekday,
  periodEnd,
  periodIndexOf,
  periodStart,
  ymdFromDay,
};
export type { Cadence, Grain, Period };

/**
 * How a reading's date is written in the CSV:
 *   period  the period itself: `2026-W09`, `2026-03`, `2026-Q1`, `2026` (or a day for daily)
 *   start   the period's first day: `2026-03-02` for a week, `2026-03-01` for a month
 *   end     the period's last day: `2026-03-08` for a week, `2026-03-31` for a month
 */
export type DateForm = 'period' | 'start' | 'end';

/** Day number of a `YYYY-MM-DD` constant; throws on a typo, since these are the generator's own. */
export function day(text: string): number {
  const p = parsePeriodText(text);
  if (p === null || p.grain !== 'day') throw new Error(`not a day: ${text}`);
  return p.index;
}

/** The period of `grain` that holds a `YYYY-MM-DD` day. */
export function periodOf(text: string, grain: Grain): Period {
  return { grain, index: periodIndexOf(day(text), grain) };
}

/**
 * Periods of `grain` from the one holding `firstDay` to the last one that has ended by `lastDay`
 * (a period still running on `lastDay` has no reading yet).
 */
export function periodsThrough(grain: Grain, firstDay: number, lastDay: number): Period[] {
  const out: Period[] = [];
  for (let index = periodIndexOf(firstDay, grain); ; index++) {
    const p = { grain, index };
    if (periodEnd(p) > lastDay) break;
    out.push(p);
  }
  return out;
}

/** The CSV date text of a period in a given form. */
export function formatReadingDate(p: Period, form: DateForm): string {
  if (p.grain === 'day' || form === 'period') return formatPeriod(p);
  return formatDay(form === 'start' ? periodStart(p) : periodEnd(p));
}

/** The day a reading is dated on: a day as itself, a period on its last day (SPEC §3). */
export function readingDay(text: string): number {
  const p = parsePeriodText(text);
  if (p === null) throw new Error(`not a reading date: ${text}`);
  return p.grain === 'day' ? p.index : periodEnd(p);
}

/** The grain of a CSV date text, or null when it is not one of the SPEC §2 forms. */
export function grainOfText(text: string): Grain | null {
  return parsePeriodText(text)?.grain ?? null;
}

/** Fractional years since a day: the time axis of trends and growth rates. */
export function yearsSince(from: number, to: number): number {
  return (to - from) / 365.25;
}

/** Day of the year's Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): number {
  const nov1 = day(`${year}-11-01`);
  // isoWeekday: 1 = Monday … 4 = Thursday.
  const firstThursday = nov1 + ((4 - isoWeekday(nov1) + 7) % 7);
  return firstThursday + 21 + 1;
}

/** The cadence's grain. */
export function grainOf(cadence: Cadence): Grain {
  return GRAIN_OF[cadence];
}
