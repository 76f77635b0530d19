import { periodStart, ymdFromDay, type Grain } from '../period/period.ts';

/**
 * Periods of each grain in a year, for the grains whose period-of-year effects (seasonality) are
 * removed before a link is tested; days and years have none.
 */
export const PERIODS_PER_YEAR = {
  day: null,
  week: 52,
  month: 12,
  quarter: 4,
  year: null,
} as const satisfies Record<Grain, number | null>;

/**
 * The season of a period (SPEC §3.1): the month of year (1–12) of a month, and of a week by its
 * Thursday (the day that names an ISO week's year); the quarter of year (1–4) of a quarter; null
 * for days and years.
 */
export function seasonOf(grain: Grain, index: number): number | null {
  switch (grain) {
    case 'week':
      return ymdFromDay(periodStart({ grain, index }) + 3).month;
    case 'month':
      return ymdFromDay(periodStart({ grain, index })).month;
    case 'quarter':
      return (((index % 4) + 4) % 4) + 1;
    default:
      return null;
  }
}

/**
 * True when pairs spanning the periods `first..last` hold two or more years of a seasonal grain —
 * enough for every season to appear at least twice, so removing its mean leaves something to test.
 */
export function spansTwoYears(grain: Grain, first: number, last: number): boolean {
  const perYear = PERIODS_PER_YEAR[grain];
  return perYear !== null && last - first + 1 >= 2 * perYear;
}
