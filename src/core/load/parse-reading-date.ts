import {
  dayFromYmd,
  daysInMonth,
  GRAIN_RANK,
  parsePeriodText,
  periodEnd,
} from '../period/period.ts';

/**
 * Reads a reading's date from `text[start, end)` (blanks around it ignored) in any SPEC §2 form —
 * `2026-03-02`, `2026-W10`, `2026-03`, `2026-Q1`, `2026` — and returns it packed into one integer,
 * `day * 8 + GRAIN_RANK`, where `day` is the day number of the date or of the period's last day
 * (SPEC §3: a period is dated on its last day). Returns NaN when it is not a real date in one of
 * those forms. Packing avoids an object per row; unpack with `>> 3` (day) and `& 7` (grain rank).
 *
 * The day form, by far the most common, is read straight from char codes; the other forms go
 * through `parsePeriodText`, the one definition of the date grammar.
 */
export function parseReadingDate(text: string, start: number, end: number): number {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (
    end - start === 10 &&
    text.charCodeAt(start + 4) === DASH &&
    text.charCodeAt(start + 7) === DASH
  ) {
    const year = digitsAt(text, start, 4);
    const month = digitsAt(text, start + 5, 2);
    const day = digitsAt(text, start + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
      return NaN;
    return dayFromYmd(year, month, day) * 8 + GRAIN_RANK.day;
  }
  const period = parsePeriodText(text.slice(start, end));
  return period === null ? NaN : periodEnd(period) * 8 + GRAIN_RANK[period.grain];
}

const DASH = 45;

/** The number written by `width` ASCII digits at `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, width: number): number {
  let n = 0;
  for (let i = at; i < at + width; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
