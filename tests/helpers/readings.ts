import { parseReadings, type Readings } from '../../src/core/load/parse-readings.ts';
import {
  formatPeriod,
  parsePeriodText,
  type Grain,
  type Period,
} from '../../src/core/period/period.ts';

/**
 * Readings from a start period and consecutive values: readings('2026-01', [3, 5]) is January 3,
 * February 5. `null` leaves a period out (a gap); NaN writes an empty value (a missing reading).
 */
export function readings(start: string, values: readonly (number | null)[]): Readings {
  const first = parsePeriodText(start);
  if (first === null) throw new Error(`bad start ${start}`);
  const rows = ['date,value'];
  values.forEach((v, i) => {
    if (v === null) return;
    const p: Period = { grain: first.grain, index: first.index + i };
    rows.push(`${formatPeriod(p)},${Number.isNaN(v) ? '' : v}`);
  });
  const { readings: r, diagnostics } = parseReadings('test.csv', rows.join('\n'));
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return r;
}

/** Day-dated readings: readingsOn([['2026-01-05', 3], ...]). */
export function readingsOn(rows: readonly (readonly [string, number])[]): Readings {
  const text = ['date,value', ...rows.map(([d, v]) => `${d},${v}`)].join('\n');
  const { readings: r, diagnostics } = parseReadings('test.csv', text);
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return r;
}

/** The grain of a start period text. */
export function grainOf(start: string): Grain {
  return parsePeriodText(start)!.grain;
}
