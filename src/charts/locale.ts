/**
 * The locale the site writes numbers and dates in: strategy.yaml's `locale` (default `en-US`),
 * set once by the build (and the dev server) before pages and charts are made, read by the one
 * number formatter (format-unit-value.ts) and the date labels. `en-US` keeps the short English
 * forms the site always had (`2 Mar 2026`, `Mar 2026`); another locale gets Intl's
 * (`2. März 2026`, `März 2026`). Quarters and ISO weeks are written the same everywhere.
 */

let current = 'en-US';

/** Sets the locale in force; an unknown tag falls back to `en-US` (Intl would do so silently). */
export function setLocale(locale: string): void {
  current = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
}

/** The locale in force. */
export function currentLocale(): string {
  return current;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${current} ${options.day ?? ''}`;
  let f = dateFormats.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(current, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/** A day for people: `2 Mar 2026` (en-US), `2. März 2026` (de-DE). */
export function dayLabel(year: number, month: number, day: number): string {
  if (current === 'en-US') return `${day} ${MONTHS[month - 1]} ${year}`;
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** A month for people: `Mar 2026` (en-US), `März 2026` (de-DE). */
export function monthLabel(year: number, month: number): string {
  if (current === 'en-US') return `${MONTHS[month - 1]} ${year}`;
  return dateFormat({ month: 'short', year: 'numeric' }).format(Date.UTC(year, month - 1, 1));
}
