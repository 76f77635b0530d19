import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpiChartSpec } from '../../../src/charts/kpi-chart.ts';
import { openChartCache } from '../../../src/io/render-charts/chart-cache.ts';
import { renderSvg } from '../../../src/io/render-charts/render-svg.ts';
import { kpiInput } from '../../helpers/charts.ts';
import { cleanupsAfterEach, tempProject } from '../../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function tempCache() {
  const t = await tempProject({});
  defer(t.cleanup);
  return path.join(t.dir, 'cache', 'charts');
}

const KEY = 'a'.repeat(64);

describe('openChartCache', () => {
  it('gives back byte-identical SVG, including text that needed escaping or mending', async () => {
    const dir = await tempCache();
    const cache = openChartCache(dir);
    const spec = kpiChartSpec(kpiInput({ name: 'Umsatz € <Q1> & 😀 \uD800' }));
    const fresh = await renderSvg(spec);
    expect(await cache.get(KEY)).toBeNull();
    await cache.put(KEY, fresh);
    const cached = await cache.get(KEY);
    expect(cached).toBe(fresh);
    expect(await renderSvg(spec)).toBe(cached);
    expect(await readdir(dir)).toEqual([`${KEY}.svg`]); // no temporary file left behind
  });

  it('lists the keys it holds, ignoring other files, and none for a missing folder', async () => {
    const dir = await tempCache();
    const cache = openChartCache(dir);
    expect(await cache.keys()).toEqual(new Set());
    await cache.put(KEY, '<svg/>');
    await cache.put('0'.repeat(64), '<svg/>');
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    await writeFile(path.join(dir, `${'b'.repeat(64)}.svg.123.tmp`), 'half');
    expect(await cache.keys()).toEqual(new Set([KEY, '0'.repeat(64)]));
  });

  it('refuses keys that are not hashes (no path tricks)', async () => {
    const cache = openChartCache(await tempCache());
    await expect(cache.get('../../etc/passwd')).rejects.toThrow(/Not a chart cache key/);
    await expect(cache.put('../x', '<svg/>')).rejects.toThrow(/Not a chart cache key/);
  });
});
