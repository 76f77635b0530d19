// A tinypool worker: renders one Vega-Lite spec (sent as JSON text, which crosses threads faster
// than an object) to an SVG string. Each worker thread loads Vega once and sets its text metrics
// on import (render-svg.ts).
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from './render-svg.ts';

/** Renders one spec. */
export default function renderOne(json: string): Promise<string> {
  return renderSvg(JSON.parse(json) as TopLevelSpec);
}
