// A tinypool worker: renders one Vega-Lite spec (sent as JSON text, which crosses threads faster
// than an object) to an SVG string. Each worker thread loads Vega once, sets its text metrics on
// import (render-svg.ts) and keeps the charts' compiled shapes (chart-shapes.ts).
import type { TopLevelSpec } from 'vega-lite';
import { renderWithShapes } from './chart-shapes.ts';

/** Renders one spec. */
export default function renderOne(json: string): Promise<string> {
  return renderWithShapes(JSON.parse(json) as TopLevelSpec);
}
