import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartDrawing } from '../../charts/chart-data.ts';
import { compileChart, drawAll, VIEW_OPTIONS } from './render-svg.ts';

/**
 * Charts of one shape compile once. A spec's shape is all of it but the rows of its named
 * `datasets`, the values of its top-level `params`, its `description` and `usermeta`: the chart
 * builders put everything that changes from KPI to KPI there (kpi-chart.ts), so the KPIs of a
 * build share a few dozen shapes. The first chart of a shape is compiled, parsed and drawn as
 * renderSvg does; each later one re-runs the same View with its own rows (`view.data`) and param
 * values (`view.signal`): 2–3× faster for a chart of a few hundred points, less where drawing
 * many points dominates. A drawing's variants are drawn after its chart from the same View
 * (drawAll), as renderSvgs draws them.
 *
 * The bytes are those of a fresh render, renderSvgs (tests/io/render-charts/chart-shapes.test.ts
 * compares).
 * A re-run View keeps the marks it drew before, keyed by value (axis ticks, legend entries), and
 * puts a mark that comes back before the new ones — another order than a fresh View's. So a
 * re-run starts by emptying the View (no rows, empty array params) and checks that nothing but
 * single marks (an axis line) is left; a View that still holds a list of marks (say the ticks of
 * a fixed scale domain: the charts take their domains from params for this reason) is
 * replaced by a fresh one from the parsed dataflow, which is never wrong, only slower.
 */
export function renderWithShapes(drawing: ChartDrawing): Promise<string[]> {
  const { spec } = drawing;
  const { shape, datasets, params } = splitSpec(spec);
  let entry = shapes.get(shape);
  if (entry === undefined) {
    counts.compiled++;
    entry = { runtime: compileChart(spec), view: null };
    if (shapes.size >= MAX_SHAPES) evictOldest();
  } else shapes.delete(shape); // re-inserted below: the map's order is least recently used first
  shapes.set(shape, entry);
  const e = entry;
  const svg = previous.then(async () => {
    const size = spec as { width?: unknown; height?: unknown };
    if (e.view !== null && (await emptied(e.view, datasets, params, size))) counts.reused++;
    else {
      if (e.view !== null) counts.fresh++;
      e.view?.finalize();
      e.view = new vega.View(e.runtime, VIEW_OPTIONS);
    }
    try {
      for (const [name, value] of Object.entries(params)) e.view.signal(name, value);
      for (const [name, rows] of Object.entries(datasets)) e.view.data(name, rows);
      return await drawAll(e.view, drawing);
    } catch (error) {
      // A View that failed half-way is not re-run: the next chart of the shape gets a fresh one.
      e.view.finalize();
      e.view = null;
      throw error;
    }
  });
  // One render at a time in a thread, in the order asked: a View is never run by two at once,
  // and a worker handed many charts draws them one after another.
  previous = svg.catch(() => undefined);
  return svg;
}

/**
 * Charts of this thread by how they were drawn: the first of a shape (compiled), on a re-run
 * View (reused), on a fresh View of a compiled shape (fresh: the emptied View still held marks).
 */
export function shapeCounts(): { compiled: number; reused: number; fresh: number } {
  return { ...counts };
}

const counts = { compiled: 0, reused: 0, fresh: 0 };

/** Shapes kept per thread; a build has a few dozen. */
const MAX_SHAPES = 64;

interface Shape {
  readonly runtime: vega.Runtime;
  view: vega.View | null;
}

const shapes = new Map<string, Shape>();
/** The render this thread does last (renderWithShapes runs them one at a time). */
let previous: Promise<unknown> = Promise.resolve();

function evictOldest(): void {
  const [oldest, entry] = shapes.entries().next().value!;
  shapes.delete(oldest);
  void previous.then(() => entry.view?.finalize());
}

/** The shape of a spec (as text) and what varies within it. */
export function splitSpec(spec: TopLevelSpec): {
  readonly shape: string;
  readonly datasets: Readonly<Record<string, unknown[]>>;
  readonly params: Readonly<Record<string, unknown>>;
} {
  const {
    description: _,
    datasets = {},
    ...rest
  } = spec as TopLevelSpec & {
    description?: string;
    datasets?: Record<string, unknown[]>;
  };
  const params: Record<string, unknown> = {};
  const topParams = (rest as { params?: { name: string; value?: unknown }[] }).params;
  for (const p of topParams ?? []) if ('value' in p) params[p.name] = p.value;
  const shape = JSON.stringify({
    ...rest,
    datasets: Object.keys(datasets),
    params: topParams?.map(({ value: _, ...p }) => p),
  });
  return { shape, datasets, params };
}

/**
 * Empties a View that drew another chart of the shape and puts its size back (autosize `fit`
 * shrank it to the last chart's axes); true when only single marks are left (see above).
 */
async function emptied(
  view: vega.View,
  datasets: Readonly<Record<string, unknown[]>>,
  params: Readonly<Record<string, unknown>>,
  size: { width?: unknown; height?: unknown },
): Promise<boolean> {
  const resize = () => {
    if (typeof size.width === 'number') view.width(size.width);
    if (typeof size.height === 'number') view.height(size.height);
  };
  resize();
  for (const [name, value] of Object.entries(params))
    if (Array.isArray(value)) view.signal(name, []);
  for (const name of Object.keys(datasets)) view.data(name, []);
  await view.runAsync();
  resize(); // the empty chart was fitted too
  return onlySingles((view.scenegraph() as unknown as { root: SceneMark }).root);
}

interface SceneMark {
  readonly marktype?: string;
  readonly items?: readonly {
    readonly datum?: { readonly value?: unknown };
    readonly items?: readonly SceneMark[];
  }[];
}

/**
 * True when no mark below the root group holds more than one item, and none an item drawn for a
 * value (an axis tick, a legend entry: an empty linear scale still ticks 0, which a re-run would
 * keep ahead of the new ticks).
 */
function onlySingles(mark: SceneMark, depth = 0): boolean {
  const items = mark.items ?? [];
  if (depth > 0 && (items.length > 1 || items.some((i) => i.datum?.value !== undefined)))
    return false;
  return items.every((item) => (item.items ?? []).every((m) => onlySingles(m, depth + 1)));
}
