import type { Config } from 'vega-lite';
import { PALETTE } from './palette.ts';
import type { UnitAxis } from './unit-axis.ts';

/**
 * The `format` of a chart's named data: rows as they are. Dates are epoch milliseconds, which a
 * UTC scale takes as they are; without this, Vega-Lite parses them into a Date per row and layer
 * (a `toDate` formula) on every chart.
 */
export const NO_PARSE = { parse: null } as const;

/**
 * The Vega-Lite config every Plumbline chart shares: ink in `currentColor` (so the SVG follows the
 * page's colour scheme), faint gridlines, the system font, no frame, no default ARIA labels on
 * marks (the figure has a summary and a data table; per-point labels would only bloat the SVG).
 * `locale` sets the currency symbol of the y-axis.
 */
export function chartConfig(locale?: UnitAxis['locale']): Config {
  const ink = PALETTE.ink;
  return {
    aria: false,
    font: PALETTE.font,
    view: { stroke: null },
    axis: {
      labelColor: ink,
      titleColor: ink,
      tickColor: ink,
      domainColor: ink,
      gridColor: ink,
      gridOpacity: PALETTE.gridOpacity,
      tickOpacity: 0.4,
      domainOpacity: 0.4,
      labelFontSize: 10,
      titleFontSize: 11,
      titleFontWeight: 'normal',
    },
    legend: {
      labelColor: ink,
      titleColor: ink,
      labelFontSize: 10,
      labelLimit: 260,
      columnPadding: 16,
      symbolStrokeColor: ink,
      symbolType: 'stroke',
      symbolSize: 360,
      symbolStrokeWidth: 1.5,
    },
    title: { color: ink, subtitleColor: ink, fontSize: 12, fontWeight: 'normal', anchor: 'start' },
    text: { color: ink, fontSize: 10 },
    ...(locale === undefined
      ? {}
      : {
          locale: {
            number: {
              decimal: locale.decimal,
              thousands: locale.thousands,
              grouping: [...locale.grouping],
              currency: [...locale.currency],
            },
          },
        }),
  };
}
