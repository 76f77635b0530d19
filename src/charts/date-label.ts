import { isoWeekOf, periodIndexOf, ymdFromDay, type Cadence } from '../core/period/period.ts';
import { dayLabel, monthLabel } from './locale.ts';

/**
 * The period a period-end day stands for, in words for people at a cadence: `2 Mar 2026`,
 * `W09 2026`, `Mar 2026`, `Q1 2026`, `2026`.
 */
export function dateLabel(day: number, cadence: Cadence): string {
  const { year, month, day: d } = ymdFromDay(day);
  switch (cadence) {
    case 'daily':
      return dayLabel(year, month, d);
    case 'weekly': {
      const week = isoWeekOf(periodIndexOf(day, 'week'));
      return `W${String(week.week).padStart(2, '0')} ${week.year}`;
    }
    case 'monthly':
      return monthLabel(year, month);
    case 'quarterly':
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case 'yearly':
      return String(year);
  }
}
