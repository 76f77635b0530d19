import type { TopLevelSpec } from 'vega-lite';
import type { Point } from './chart-data.ts';
import { chartConfig } from './chart-config.ts';
import { PALETTE } from './palette.ts';

const DAY_MS = 86_400_000;

/** Input of the "Explore" chart: the readings CSV the site already serves, and the plan. */
export interface ExploreChartInput {
  readonly name: string;
  readonly unit: string;
  /** URL of the KPI's readings CSV (`data/<id>.csv`, base path included). */
  readonly csvUrl: string;
  readonly plan: readonly Point[];
}

/**
 * The interactive chart behind a KPI's "Explore" drill-down: every reading as recorded (loaded
 * from the CSV the site serves, so the spec stays a few hundred bytes), the plan dashed, a
 * tooltip per reading with its note, and zoom and pan on the time axis. Rendered in the browser
 * by vega-embed; the page's build-time SVG shows the same data without it.
 */
export function exploreChartSpec(input: ExploreChartInput): TopLevelSpec {
  const x = { field: 'date', type: 'temporal', scale: { type: 'utc' }, title: null } as const;
  const y = {
    field: 'value',
    type: 'quantitative',
    title: input.unit,
    scale: { zero: false },
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `${input.name}: every reading, zoomable`,
    width: 'container',
    height: 320,
    autosize: { type: 'fit', contains: 'padding' },
    // The page shows through, as behind the build-time charts: ink is currentColor, which is
    // light on a dark page (vega-embed's default, white, left it nearly unreadable there).
    background: 'transparent',
    config: chartConfig(),
    layer: [
      {
        name: 'readings',
        data: {
          url: input.csvUrl,
          format: { type: 'csv', parse: { date: "utc:'%Y-%m-%d'", value: 'number' } },
        },
        transform: [{ filter: 'isValid(datum.value) && isFinite(datum.value)' }],
        params: [{ name: 'zoom', select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
        mark: {
          type: 'line',
          color: PALETTE.ink,
          strokeWidth: 1.5,
          point: { size: 12, opacity: 0.6 },
        },
        encoding: {
          x,
          y,
          tooltip: [
            {
              field: 'date',
              type: 'temporal',
              scale: { type: 'utc' },
              format: '%Y-%m-%d',
              title: 'Date',
            },
            { field: 'value', type: 'quantitative', title: input.unit },
            { field: 'note', type: 'nominal', title: 'Note' },
          ],
        },
      },
      ...(input.plan.length === 0
        ? []
        : [
            {
              name: 'plan',
              data: { values: input.plan.map((p) => ({ date: p.day * DAY_MS, value: p.value })) },
              mark: { type: 'line' as const, strokeDash: [6, 4], color: PALETTE.ink, opacity: 0.7 },
              encoding: { x, y },
            },
          ]),
    ],
  } as TopLevelSpec;
}
