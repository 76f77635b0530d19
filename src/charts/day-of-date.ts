import { parseDay } from '../core/period/period.ts';

/** The day number of a `YYYY-MM-DD` date from the model; anything else is a bug upstream. */
export function dayOfDate(date: string): number {
  const day = parseDay(date);
  if (day === null) throw new Error(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return day;
}
