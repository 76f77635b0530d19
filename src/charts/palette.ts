import type { Status } from '../core/analytics/status.ts';

/**
 * Colours, symbols and words of the charts. Marks use colours that read on light and on dark
 * backgrounds; everything that is "ink" (axis labels, titles, gridlines, the readings line) is
 * `currentColor`, so an inline SVG takes the page's text colour in either colour scheme.
 *
 * Status colours are Okabe–Ito (safe for colour-blind readers). Against white and against #121212
 * the non-text contrast is: blue 5.1 / 3.7, vermillion 4.0 / 4.2, grey 3.4 / 5.0; orange is
 * 2.1 / 8.7, which is why status is never shown by colour alone (symbol and word too, DESIGN.md
 * "Encoding status").
 *
 * Vega's SVG carries these classes, which the page may style (CSS beats SVG presentation
 * attributes): `role-axis-label`, `role-axis-title`, `role-axis-grid`, `role-axis-tick`,
 * `role-axis-domain` (text is in `<text>` children, lines in `<line>`/`<path>` children), and
 * the root `svg.marks`. The hand-built SVGs use `sparkline`, `strategy-map`, `map-band`,
 * `map-band-label`, `map-box`, `map-box-status-<status>`, `map-arrow`.
 */
export const PALETTE = {
  /** Fill or stroke per status, with the symbol and word that must accompany it. */
  status: {
    'on-track': { color: '#0072B2', symbol: '●', word: 'On track' },
    'at-risk': { color: '#E69F00', symbol: '▲', word: 'At risk' },
    'off-track': { color: '#D55E00', symbol: '■', word: 'Off track' },
    'no-target': { color: '#8C8C8C', symbol: '○', word: 'No target' },
    'no-data': { color: '#8C8C8C', symbol: '–', word: 'No data' },
  } satisfies Record<Status, { color: string; symbol: string; word: string }>,
  /** The page's text colour: readings, axes, plan and forecast lines. */
  ink: 'currentColor',
  /** Series after the first (which is ink): bluish green, reddish purple, sky blue (Okabe–Ito). */
  series: ['currentColor', '#009E73', '#CC79A7', '#56B4E9'],
  /** Band fills around the plan: the on-track corridor and the at-risk strips beside it. */
  band: { corridor: '#0072B2', risk: '#E69F00', opacity: 0.2 },
  /** Trigger firings. */
  alert: '#D55E00',
  /** Opacity of gridlines (drawn in ink). */
  gridOpacity: 0.15,
  /** The system font stack (no web fonts; unquoted names so no escaping is needed). */
  font: 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif',
} as const;
