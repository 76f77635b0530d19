import type { Readings } from '../core/load/parse-readings.ts';
import { formatDay } from '../core/period/period.ts';

/**
 * A KPI's readings as the CSV the site serves (`data/<id>.csv`): every reading up to the as-of
 * date, exact. A cell that a spreadsheet would run as a formula (starting with = + - @, or a tab
 * or carriage return) is prefixed with an apostrophe and quoted (OWASP CSV injection). Numbers are
 * written as numbers, so a negative value stays a number.
 */
export function readingsCsv(readings: Readings, asOf: number): string {
  const lines = ['date,value,note'];
  for (let i = 0; i < readings.length; i++) {
    if (readings.days[i]! > asOf) break;
    const v = readings.values[i]!;
    const note = readings.notes.get(i);
    lines.push(
      `${formatDay(readings.days[i]!)},${Number.isNaN(v) ? '' : String(v)},${note === undefined ? '' : csvCell(note)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One CSV text cell: neutralised against formula injection and quoted when needed. */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
