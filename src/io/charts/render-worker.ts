// A tinypool worker: renders one Vega-Lite spec to an SVG string. Each worker thread loads Vega
// once and sets its text metrics on import (render-svg.ts).
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from './render-svg.ts';

/** Renders one spec. */
export default function renderOne(spec: TopLevelSpec): Promise<string> {
  return renderSvg(spec);
}
