import { ymdFromDay } from '../core/period/period.ts';
import type { KpiChartInput } from './chart-data.ts';
import { dateLabel } from './date-label.ts';
import { formatUnitValue } from './format-unit-value.ts';
import { lowestValue } from './lowest-value.ts';
import { PALETTE } from './palette.ts';

/**
 * The accessible summary of a KPI chart (its SVG `aria-label`): "Qualified leads, weekly,
 * 2023–2026: rising from 120 to 182; target 196 by W52 2026; forecast 188; at risk."
 */
export function describeKpiChart(input: KpiChartInput): string {
  const s = input.series;
  // A minus sign, not a hyphen; a projection no lower than the KPI can go (as drawn).
  const floor = lowestValue(input);
  const fmt = (v: number) =>
    formatUnitValue(Math.max(floor, v), input.unit).replace(/-(?=[\d\p{Sc}])/gu, '−');
  const parts = [`${input.name}, ${input.cadence}`];
  if (s.length === 0) parts[0] += ': no readings yet';
  else {
    const a = s[0]!;
    const z = s[s.length - 1]!;
    const years = [ymdFromDay(a.day).year, ymdFromDay(z.day).year];
    const span = years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`;
    const how = z.value > a.value ? 'rising' : z.value < a.value ? 'falling' : 'unchanged';
    parts[0] += `, ${span}: ${how} from ${fmt(a.value)} to ${fmt(z.value)}`;
  }
  const t = input.target;
  if (t !== null) parts.push(`target ${fmt(t.value)} by ${dateLabel(t.day, input.cadence)}`);
  const f = input.forecast;
  if (f !== null)
    parts.push(
      `forecast ${fmt(f.to.value)}${f.band === null ? '' : `, 80 % band ${fmt(f.band.low)} to ${fmt(f.band.high)}`}`,
    );
  parts.push(PALETTE.status[input.status].word.toLowerCase());
  return `${parts.join('; ')}.`;
}
