import { GRAIN_NOUN, GRAIN_OF } from '../core/period/period.ts';
import type { KpiChartInput } from './chart-data.ts';
import { drawnParts, type KpiChartPart } from './kpi-chart-legend.ts';
import { unitAxis } from './unit-axis.ts';

/** Words that already name a period: "Monthly precipitation" is not also "per month". */
const NAMES_A_PERIOD =
  /\b(?:daily|weekly|monthly|quarterly|yearly|annual(?:ly)?|per (?:day|week|month|quarter|year)|a (?:day|week|month|quarter|year)|\/ ?(?:day|week|month|quarter|year))\b/i;

/** How the caption names each part the chart draws, in the legend's order. */
const PART_WORDS: Record<KpiChartPart, string> = {
  readings: 'readings',
  plan: 'plan (dashed)',
  forecast: 'forecast (dotted)',
  'forecast-band': 'its 80 % band (shaded)',
  target: 'target',
  'on-track-range': 'on-track range',
  'at-risk-range': 'at-risk range',
  triggers: 'trigger firings',
  'as-of': 'the as-of date',
};

/**
 * The caption under a KPI chart, from what the chart draws (drawnParts, as its legend): "Qualified
 * leads per week (count): readings, plan (dashed) with its on-track and at-risk ranges, target,
 * forecast (dotted) with its 80 % band (shaded), trigger firings and the as-of date." A part the
 * chart does not draw is not named; "per week" is left out when the name or unit already says
 * the period ("Monthly precipitation (mm)").
 */
export function kpiChartCaption(input: KpiChartInput): string {
  const parts = new Set(drawnParts(input));
  const noun = GRAIN_NOUN[GRAIN_OF[input.cadence]];
  const per = NAMES_A_PERIOD.test(`${input.name} ${input.unit}`) ? '' : ` per ${noun}`;
  const unit = unitWords(input.unit);
  const items: string[] = [];
  const take = (part: KpiChartPart) => (parts.has(part) ? [PART_WORDS[part]] : []);
  items.push(...take('readings'));
  const ranges = [...take('on-track-range'), ...take('at-risk-range')];
  if (parts.has('plan'))
    items.push(
      ranges.length === 0 ? PART_WORDS.plan : `${PART_WORDS.plan} with its ${ranges.join(' and ')}`,
    );
  else items.push(...ranges);
  items.push(...take('target'));
  if (parts.has('forecast'))
    items.push(
      parts.has('forecast-band')
        ? `${PART_WORDS.forecast} with ${PART_WORDS['forecast-band']}`
        : PART_WORDS.forecast,
    );
  items.push(...take('triggers'), ...take('as-of'));
  const list =
    items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
  return `${input.name}${per}${unit === '' ? '' : ` (${unit})`}: ${list}${parts.has('readings') ? '' : ' (no readings yet)'}.`;
}

/** The unit in words for the caption: the axis title, lower-cased when it is a common word. */
function unitWords(unit: string): string {
  const title = unitAxis(unit, 0).title;
  return title === unit || /^[A-Z]{3}$/.test(title) ? title : title.toLowerCase();
}
