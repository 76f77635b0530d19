import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { RENDERER_VERSION } from './render-svg.ts';

/** Rendered SVGs on disk, addressed by what produced them. */
export interface ChartCache {
  /** sha256 (hex) of the renderer version and the spec's JSON: equal keys render equal bytes. */
  keyOf(spec: TopLevelSpec): string;
  /** The cached SVG of a key, or null when there is none. */
  get(key: string): Promise<string | null>;
  /** Stores an SVG under its key atomically (a temporary file renamed into place). */
  put(key: string, svg: string): Promise<void>;
}

let tmpCounter = 0;

/**
 * A content-addressed cache of rendered SVGs under `dir` (e.g.
 * `node_modules/.cache/plumbline/charts`), one `<key>.svg` file per chart. The key covers the
 * final Vega-Lite spec and `RENDERER_VERSION` (Vega, Vega-Lite and our SVG post-processing), so a
 * cached SVG is byte-identical to a fresh render and a renderer upgrade misses. Writes are atomic,
 * so concurrent builds or a killed build never leave a half-written file behind.
 */
export function openChartCache(dir: string): ChartCache {
  let made: Promise<unknown> | null = null;
  const file = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`Not a chart cache key: ${key}`);
    return path.join(dir, `${key}.svg`);
  };
  return {
    keyOf: (spec) =>
      createHash('sha256')
        .update(`${RENDERER_VERSION}\n`)
        .update(JSON.stringify(spec))
        .digest('hex'),
    async get(key) {
      try {
        return await readFile(file(key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async put(key, svg) {
      const target = file(key);
      made ??= mkdir(dir, { recursive: true });
      await made;
      const tmp = `${target}.${process.pid}.${++tmpCounter}.tmp`;
      await writeFile(tmp, svg, 'utf8');
      await rename(tmp, target);
    },
  };
}
