// A tinypool worker: renders a batch of Vega-Lite specs to SVG strings, in order. Each worker
// thread loads Vega once and sets its text metrics on import (render-svg.ts).
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from './render-svg.ts';

/** Renders each spec of a batch; one message per batch amortises the thread hop. */
export default async function renderBatch(specs: readonly TopLevelSpec[]): Promise<string[]> {
  const out: string[] = [];
  for (const spec of specs) out.push(await renderSvg(spec));
  return out;
}
