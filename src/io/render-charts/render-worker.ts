// A tinypool worker: renders Vega-Lite drawings (sent as JSON text, which crosses threads faster
// than an object) to SVG strings, one at a time in the order they came. Each worker thread loads
// Vega once, sets its text metrics on import (render-svg.ts) and keeps the charts' compiled
// shapes (chart-shapes.ts). The pool hands a worker many specs at once (chart-pool.ts), so that
// it keeps drawing while the main thread is busy with the pages and cannot hand it the next.
import { setPriority } from 'node:os';
import type { ChartDrawing } from '../../charts/chart-data.ts';
import { renderWithShapes } from './chart-shapes.ts';

// Charts are drawn with what the main thread leaves: it renders the pages, which wait for nothing,
// while the charts are only needed at the end. (On Linux a thread has a priority of its own.)
try {
  setPriority(10);
} catch {
  // Not allowed here: the worker draws at the process's priority.
}

/**
 * Renders one drawing (its chart and variants), after the ones handed to this worker before it
 * (renderWithShapes queues).
 */
export default function renderOne(json: string): Promise<string[]> {
  return renderWithShapes(JSON.parse(json) as ChartDrawing);
}
