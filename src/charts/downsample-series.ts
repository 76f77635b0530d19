import { createLTTB } from 'downsample';
import type { Point } from './chart-data.ts';

interface Indexed {
  readonly x: number;
  readonly y: number;
}

const lttb = createLTTB<Indexed>({ x: 'x', y: 'y' });

/**
 * The points to DRAW a long series with (never to compute with): Largest-Triangle-Three-Buckets
 * down to at most `maxPoints`, always keeping the first, last, largest and smallest points and
 * the points at `keep` (indices, e.g. the edges of gaps), in their original order. The x of
 * LTTB is the position in the series (the series is evenly spaced per period). A series that
 * already fits is returned as is. If `keep` alone exceeds `maxPoints`, all of it is kept.
 */
export function downsampleSeries(
  points: readonly Point[],
  maxPoints: number,
  keep: readonly number[] = [],
): readonly Point[] {
  if (points.length <= maxPoints) return points;
  let max = 0;
  let min = 0;
  points.forEach((p, i) => {
    if (p.value > points[max]!.value) max = i;
    if (p.value < points[min]!.value) min = i;
  });
  const forced = new Set([0, points.length - 1, max, min, ...keep]);
  const budget = Math.max(3, maxPoints - forced.size);
  const chosen = new Set<number>(forced);
  for (const p of lttb(
    points.map((p, i) => ({ x: i, y: p.value })),
    budget,
  ) as readonly Indexed[])
    chosen.add(p.x);
  return [...chosen].sort((a, b) => a - b).map((i) => points[i]!);
}
