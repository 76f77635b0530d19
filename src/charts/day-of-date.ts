import { parseDay } from '../core/period/period.ts';

/** Dates already read: a build reads the same few thousand dates millions of times. */
const days = new Map<string, number>();
const MAX_DAYS = 1 << 16;

/** The day number of a `YYYY-MM-DD` date from the model; anything else is a bug upstream. */
export function dayOfDate(date: string): number {
  let day = days.get(date);
  if (day === undefined) {
    const parsed = parseDay(date);
    if (parsed === null) throw new Error(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
    day = parsed;
    if (days.size < MAX_DAYS) days.set(date, day);
  }
  return day;
}
