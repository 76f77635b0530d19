import {
  isoWeekOf,
  parseDay,
  periodIndexOf,
  ymdFromDay,
  type Cadence,
} from '../core/period/period.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The period a `YYYY-MM-DD` period-end date stands for, in words for people at a cadence:
 * `2 Mar 2026`, `W09 2026`, `Mar 2026`, `Q1 2026`, `2026`. Text that is not a date is returned
 * as is.
 */
export function dateLabel(date: string, cadence: Cadence): string {
  const day = parseDay(date);
  if (day === null) return date;
  const { year, month, day: d } = ymdFromDay(day);
  switch (cadence) {
    case 'daily':
      return `${d} ${MONTHS[month - 1]} ${year}`;
    case 'weekly': {
      const week = isoWeekOf(periodIndexOf(day, 'week'));
      return `W${String(week.week).padStart(2, '0')} ${week.year}`;
    }
    case 'monthly':
      return `${MONTHS[month - 1]} ${year}`;
    case 'quarterly':
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case 'yearly':
      return String(year);
  }
}
