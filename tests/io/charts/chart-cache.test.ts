import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kpiChartSpec } from '../../../src/charts/kpi-chart.ts';
import { openChartCache } from '../../../src/io/charts/chart-cache.ts';
import { renderSvg } from '../../../src/io/charts/render-svg.ts';
import { kpiInput } from '../../helpers/charts.ts';
import { tempProject } from '../../helpers/temp-project.ts';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

async function tempCache() {
  const t = await tempProject({});
  cleanup = t.cleanup;
  return path.join(t.dir, 'cache', 'charts');
}

describe('openChartCache', () => {
  it('gives back byte-identical SVG, including text that needed escaping or mending', async () => {
    const dir = await tempCache();
    const cache = openChartCache(dir);
    const spec = kpiChartSpec(kpiInput({ name: 'Umsatz € <Q1> & 😀 \uD800' }));
    const fresh = await renderSvg(spec);
    const key = cache.keyOf(spec);
    expect(await cache.get(key)).toBeNull();
    await cache.put(key, fresh);
    const cached = await cache.get(key);
    expect(cached).toBe(fresh);
    expect(await renderSvg(spec)).toBe(cached);
    expect(await readdir(dir)).toEqual([`${key}.svg`]); // no temporary file left behind
  });

  it('keys by content: the same spec the same key, any change another key', async () => {
    const cache = openChartCache(await tempCache());
    const a = cache.keyOf(kpiChartSpec(kpiInput()));
    expect(cache.keyOf(kpiChartSpec(kpiInput()))).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.keyOf(kpiChartSpec(kpiInput({ width: 641 })))).not.toBe(a);
  });

  it('refuses keys that are not hashes (no path tricks)', async () => {
    const cache = openChartCache(await tempCache());
    await expect(cache.get('../../etc/passwd')).rejects.toThrow(/Not a chart cache key/);
  });
});
