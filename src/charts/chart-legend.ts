/**
 * A chart's legend as the page writes it above the chart, not inside the SVG: it wraps to the
 * page's width by itself, prints in the page's type and reads as text. kpi-chart-legend.ts and
 * lead-lag-chart.ts make the entries.
 */

/**
 * A legend entry as the page writes it above a chart: its words and its symbol — a line (dashed
 * as the chart's), a band swatch, a vertical tick or a diamond — with its stroke (and its width),
 * fill and dash.
 */
export interface ChartLegendEntry {
  readonly label: string;
  readonly symbol: LegendSymbol;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly fill: string;
  readonly fillOpacity: number;
  readonly strokeDash: readonly number[];
}

/** How a legend entry's symbol is drawn (legendSymbolSvg). */
export type LegendSymbol = 'line' | 'swatch' | 'tick' | 'diamond';

/**
 * The symbol of a legend entry as a small inline SVG (24 × 12 px, hidden from screen readers:
 * the label says it), drawn as the chart draws the part: a line in its width and dash, a band's
 * fill with its edge, a trigger's or the as-of day's tick, the target's diamond. Ink is
 * `currentColor`, so it follows the page's colour scheme.
 */
export function legendSymbolSvg(entry: ChartLegendEntry): string {
  const dash = entry.strokeDash.join(',');
  const stroke = `stroke="${entry.stroke}" stroke-width="${entry.strokeWidth}" stroke-dasharray="${dash}"`;
  const drawn = (() => {
    switch (entry.symbol) {
      case 'line':
        return `<path d="M1,6H23" fill="none" ${stroke}/>`;
      case 'swatch':
        return `<rect x="1" y="2" width="22" height="8" fill="${entry.fill}" fill-opacity="${entry.fillOpacity}" stroke="${entry.stroke}" stroke-opacity="0.5"/>`;
      case 'tick':
        return `<path d="M12,0V12" fill="none" ${stroke}/>`;
      case 'diamond':
        return `<path d="M12,1L17,6L12,11L7,6Z" fill="${entry.fill}"/>`;
    }
  })();
  return `<svg class="legend-symbol" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true">${drawn}</svg>`;
}
