import type { KpiChartInput } from './chart-input.ts';
import { dateLabel } from './date-label.ts';
import { formatUnitValue } from './format-unit-value.ts';
import { PALETTE } from './palette.ts';

/**
 * The accessible summary of a KPI chart (its SVG `aria-label`): "Qualified leads, weekly,
 * 2023–2026: rising from 120 to 182; target 196 by W52 2026; forecast 188; at risk."
 */
export function describeKpiChart(input: KpiChartInput): string {
  const s = input.series;
  const parts = [`${input.name}, ${input.cadence}`];
  if (s.length === 0) parts[0] += ': no readings yet';
  else {
    const a = s[0]!;
    const z = s[s.length - 1]!;
    const years = [a.date.slice(0, 4), z.date.slice(0, 4)];
    const span = years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`;
    const how = z.value > a.value ? 'rising' : z.value < a.value ? 'falling' : 'unchanged';
    const fmt = (v: number) => formatUnitValue(v, input.unit);
    parts[0] += `, ${span}: ${how} from ${fmt(a.value)} to ${fmt(z.value)}`;
  }
  const t = input.target;
  if (t !== null)
    parts.push(
      `target ${formatUnitValue(t.value, input.unit)} by ${dateLabel(t.date, input.cadence)}`,
    );
  const f = input.forecast;
  if (f !== null)
    parts.push(
      `forecast ${formatUnitValue(f.to.value, input.unit)}${f.band === null ? '' : `, 80 % band ${formatUnitValue(f.band.low, input.unit)} to ${formatUnitValue(f.band.high, input.unit)}`}`,
    );
  parts.push(PALETTE.status[input.status].word.toLowerCase());
  return `${parts.join('; ')}.`;
}
