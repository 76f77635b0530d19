// A tinypool worker: renders Vega-Lite drawings (sent a few at a time, each as JSON text, which
// crosses threads faster than an object) to SVG strings, one at a time in the order they came.
// Each worker thread loads Vega once, sets its text metrics on import (render-svg.ts) and keeps
// the charts' compiled shapes (chart-shapes.ts). The pool hands a worker many specs at once
// (chart-pool.ts), so that it keeps drawing while the main thread is busy with the pages and
// cannot hand it the next.
import './worker-priority.ts';
import type { ChartDrawing } from '../../charts/chart-data.ts';
import { renderWithShapes } from './chart-shapes.ts';
import { renderSvgs } from './render-svg.ts';

/**
 * Renders drawings (each its chart and variants), after the ones handed to this worker before
 * them, one at a time. Each text is parsed when its drawing's turn comes: a worker holds many,
 * and their rows would otherwise sit in memory as objects the garbage collector copies.
 */
export default function renderBatch(texts: readonly string[]): Promise<string[][]> {
  const svgs = turn.then(async () => {
    const out: string[][] = [];
    for (const text of texts) out.push(await renderWithShapes(JSON.parse(text) as ChartDrawing));
    return out;
  });
  turn = svgs.catch(() => undefined);
  return svgs;
}

let turn: Promise<unknown> = Promise.resolve();

/**
 * Draws a drawing and drops it (chart-pool.ts startChartWorkers: warm-up-chart.ts), so that the
 * worker has loaded and compiled Vega's code before the first real chart.
 */
export async function warmUp(json: string): Promise<void> {
  await renderSvgs(JSON.parse(json) as ChartDrawing);
}
