import {
  GRAIN_OF,
  isoWeekOf,
  periodEnd,
  periodIndexOf,
  periodStart,
  type Cadence,
  type Grain,
} from '../core/period/period.ts';
import type { ChartVariant } from './chart-data.ts';

/**
 * A chart drawn `width` px wide from the View of its spec (a phone's chart from the desktop's,
 * chart-data.ts): the spec's rows, `height`, and its own x ticks for the plot beside a y axis of
 * `yAxisPx` — all a KPI or lead/lag chart sets for another width, as its spec sets `x_ticks`.
 */
export function variantAt(
  cadence: Cadence,
  [firstDay, lastDay]: readonly [number, number],
  { width, height, yAxisPx }: { width: number; height: number; yAxisPx: number },
): ChartVariant {
  const ticks = timeAxis(cadence, firstDay, lastDay, width - yAxisPx);
  return { width, height, params: { x_ticks: [...ticks.values] } };
}

/** Tick positions (UTC epoch ms) and the d3 UTC time format of a date axis. */
export interface TimeAxis {
  readonly values: readonly number[];
  readonly format: string;
}

const DAY_MS = 86_400_000;

/** Steps (in periods of the tick grain) tried from the finest; indices divisible by one are kept. */
const STEPS = {
  day: [1, 2, 7, 14, 28, 56],
  week: [1, 2, 4, 13, 26, 52, 104],
  month: [1, 2, 3, 6, 12, 24, 60, 120],
  quarter: [1, 2, 4, 8, 20, 40],
  year: [1, 2, 5, 10, 20, 50, 100, 200, 500],
} as const satisfies Record<Grain, readonly number[]>;

/** Average label glyph width and the gap between labels, in px (10 px font). */
const GLYPH_PX = 6;
const GAP_PX = 14;
/** The least room a tick gets, however short its label, so short labels do not crowd the axis. */
const MIN_TICK_PX = 40;

/** Spans longer than this many days (two years) are ticked once per year. */
const MULTI_YEAR_DAYS = 2 * 366;
/** Daily spans longer than this many days are ticked by month; weekly ones beyond a year. */
const MONTHS_DAYS = { day: 120, week: 366 } as const;

/**
 * The x-axis of dates for a cadence: ticks sit exactly on period ends (the dates the values are
 * drawn at), so a tick labelled `Mar 2026` is on March's point and not a month early. Labels:
 * `W09` weekly (`W09 2026` when the range spans ISO years), `Mar 2026` monthly, `Q1 2026`
 * quarterly, `2026` yearly, `2 Mar` daily; daily spans beyond 120 days and weekly ones beyond a
 * year tick at month starts (`Mar 2026`), and any span beyond two years once per year, at
 * 1 January (`2026`), never `W18 2023 · W44 2023`. As many ticks as fit in `plotWidth` px, at a round step.
 */
export function timeAxis(
  cadence: Cadence,
  firstDay: number,
  lastDay: number,
  plotWidth: number,
): TimeAxis {
  const span = lastDay - firstDay;
  let grain: Grain = GRAIN_OF[cadence];
  let at: 'start' | 'end' = 'end';
  let format: string;
  if (grain !== 'year' && span > MULTI_YEAR_DAYS) [grain, format, at] = ['year', '%Y', 'start'];
  else if ((grain === 'day' || grain === 'week') && span > MONTHS_DAYS[grain])
    [grain, format, at] = ['month', '%b %Y', 'start'];
  else
    switch (grain) {
      case 'day':
        format = '%-d %b';
        break;
      case 'week': {
        const isoYear = (day: number) => isoWeekOf(periodIndexOf(day, 'week')).year;
        format = isoYear(firstDay) === isoYear(lastDay) ? 'W%V' : 'W%V %G';
        break;
      }
      case 'month':
        format = '%b %Y';
        break;
      case 'quarter':
        format = 'Q%q %Y';
        break;
      case 'year':
        format = '%Y';
        break;
    }
  const position = (index: number) =>
    at === 'end' ? periodEnd({ grain, index }) : periodStart({ grain, index });
  const first = periodIndexOf(firstDay, grain);
  const last = periodIndexOf(lastDay, grain);
  const indices: number[] = [];
  for (let i = first; i <= last; i++) {
    const day = position(i);
    if (day >= firstDay && day <= lastDay) indices.push(i);
  }
  const labelChars = format.replace(/%-?\w/g, (d) => (d === '%Y' || d === '%G' ? '0000' : 'xx'));
  const fit = Math.max(
    2,
    Math.floor(plotWidth / Math.max(MIN_TICK_PX, labelChars.length * GLYPH_PX + GAP_PX)),
  );
  const steps: readonly number[] = STEPS[grain];
  let chosen = indices;
  for (const step of steps) {
    chosen = indices.filter((i) => ((i % step) + step) % step === 0);
    if (chosen.length <= fit) break;
  }
  // Still too many at the largest round step (a very narrow plot): keep every k-th.
  if (chosen.length > fit) {
    const k = Math.ceil(chosen.length / fit);
    chosen = chosen.filter((_, n) => n % k === 0);
  }
  return { values: chosen.map((i) => position(i) * DAY_MS), format };
}
