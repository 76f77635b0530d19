/**
 * Calendar arithmetic on whole UTC days. A day is an integer: days since 1970-01-01. A period is
 * a (grain, index) pair whose index is consecutive within its grain, so "k periods earlier" is
 * `index - k` and gaps keep their width (SPEC §3 Periods, Trend).
 *
 *   day      index = day number
 *   week     ISO weeks from Monday; index = weeks since Monday 1970-01-05 (may be negative)
 *   month    index = year * 12 + (month - 1)
 *   quarter  index = year * 4 + (quarter - 1)
 *   year     index = year
 */

/** The granularity of a period. */
export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** How often a KPI is measured. */
export type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/** All cadences, finest first. */
export const CADENCES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
] as const satisfies readonly Cadence[];

/** The grain of each cadence. */
export const GRAIN_OF = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
} as const satisfies Record<Cadence, Grain>;

/** Grains from finest to coarsest: a larger rank is coarser. */
export const GRAIN_RANK = {
  day: 0,
  week: 1,
  month: 2,
  quarter: 3,
  year: 4,
} as const satisfies Record<Grain, number>;

/** Words for a period of each grain, for messages ("per week"). */
export const GRAIN_NOUN = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
} as const satisfies Record<Grain, string>;

/** A calendar period. */
export interface Period {
  readonly grain: Grain;
  readonly index: number;
}

/** Day number of Monday 1970-01-05, the first day of week index 0. */
const FIRST_MONDAY = 4;

/** Day number of a calendar date (days-from-civil, Howard Hinnant); the caller guarantees a valid date. */
export function dayFromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Calendar date of a day number (civil-from-days, Howard Hinnant). */
export function ymdFromDay(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** Days already written: a build writes the same few thousand dates millions of times. */
const dayTexts = new Map<number, string>();
const MAX_DAY_TEXTS = 1 << 16;

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    const { year, month, day: d } = ymdFromDay(day);
    text = `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
    if (dayTexts.size < MAX_DAY_TEXTS) dayTexts.set(day, text);
  }
  return text;
}

/** Day number of a strict `YYYY-MM-DD`, or null when it is not a real date. */
export function parseDay(text: string): number | null {
  const p = parsePeriodText(text);
  return p !== null && p.grain === 'day' ? p.index : null;
}

/** Days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day of the week, 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  return ((((day - FIRST_MONDAY) % 7) + 7) % 7) + 1;
}

/** The period of `grain` that holds `day`. */
export function periodIndexOf(day: number, grain: Grain): number {
  switch (grain) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day - FIRST_MONDAY) / 7);
    case 'month': {
      const { year, month } = ymdFromDay(day);
      return year * 12 + month - 1;
    }
    case 'quarter': {
      const { year, month } = ymdFromDay(day);
      return year * 4 + Math.floor((month - 1) / 3);
    }
    case 'year':
      return ymdFromDay(day).year;
    default:
      return assertNever(grain);
  }
}

/** First day of a period. */
export function periodStart(p: Period): number {
  switch (p.grain) {
    case 'day':
      return p.index;
    case 'week':
      return p.index * 7 + FIRST_MONDAY;
    case 'month':
      return dayFromYmd(Math.floor(p.index / 12), mod(p.index, 12) + 1, 1);
    case 'quarter':
      return dayFromYmd(Math.floor(p.index / 4), mod(p.index, 4) * 3 + 1, 1);
    case 'year':
      return dayFromYmd(p.index, 1, 1);
    default:
      return assertNever(p.grain);
  }
}

/** Last day of a period: the date a period is shown at (SPEC §3 Periods). */
export function periodEnd(p: Period): number {
  return periodStart({ grain: p.grain, index: p.index + 1 }) - 1;
}

/** The period of a coarser (or equal) grain that holds period `p`. */
export function coarsen(p: Period, grain: Grain): Period {
  return { grain, index: periodIndexOf(periodEnd(p), grain) };
}

/** Writes a period the way CSV dates are written: `2026-03-02`, `2026-W09`, `2026-03`, `2026-Q1`, `2026`. */
export function formatPeriod(p: Period): string {
  switch (p.grain) {
    case 'day':
      return formatDay(p.index);
    case 'week': {
      const { year, week } = isoWeekOf(p.index);
      return `${pad(year, 4)}-W${pad(week, 2)}`;
    }
    case 'month':
      return `${pad(Math.floor(p.index / 12), 4)}-${pad(mod(p.index, 12) + 1, 2)}`;
    case 'quarter':
      return `${pad(Math.floor(p.index / 4), 4)}-Q${mod(p.index, 4) + 1}`;
    case 'year':
      return pad(p.index, 4);
    default:
      return assertNever(p.grain);
  }
}

/** ISO week-numbering year and week of a week index: the week's Thursday decides the year. */
export function isoWeekOf(weekIndex: number): { year: number; week: number } {
  const thursday = weekIndex * 7 + FIRST_MONDAY + 3;
  const year = ymdFromDay(thursday).year;
  const week = Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Number of ISO weeks (52 or 53) in an ISO week-numbering year. */
export function isoWeeksInYear(year: number): number {
  // A year has 53 weeks when Dec 28 falls in week 53.
  return isoWeekOf(periodIndexOf(dayFromYmd(year, 12, 28), 'week')).week;
}

const DATE_RE = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|W(\d{2})))?$/;

/**
 * Reads a date in one of the SPEC §2 forms — `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, `YYYY-Www`,
 * `YYYY` — as a period; null when it is not one of them or not a real date.
 */
export function parsePeriodText(text: string): Period | null {
  // Fast path for the common `YYYY-MM-DD` (charts and loaders parse millions of them).
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
      return null;
    return { grain: 'day', index: dayFromYmd(year, month, day) };
  }
  const m = DATE_RE.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[4] !== undefined) return { grain: 'quarter', index: year * 4 + Number(m[4]) - 1 };
  if (m[5] !== undefined) {
    const week = Number(m[5]);
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    // Week 1 is the week that holds January 4th.
    const week1 = periodIndexOf(dayFromYmd(year, 1, 4), 'week');
    return { grain: 'week', index: week1 + week - 1 };
  }
  if (m[2] === undefined) return { grain: 'year', index: year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { grain: 'month', index: year * 12 + month - 1 };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { grain: 'day', index: dayFromYmd(year, month, day) };
}

/** The number written by the ASCII digits text[from..to), or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
