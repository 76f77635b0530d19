import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawsEveryChart } from '../../src/io/build-site.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

describe('drawsEveryChart', () => {
  it('is true without a cache, with a missing or empty one, and false once a chart is cached', async () => {
    const t = await tempProject({});
    defer(t.cleanup);
    const cache = path.join(t.dir, 'cache');
    expect(await drawsEveryChart(undefined)).toBe(true);
    expect(await drawsEveryChart(cache)).toBe(true);
    mkdirSync(path.join(cache, 'charts'), { recursive: true });
    // Files that are not cached charts (a temporary file of a write) do not count.
    writeFileSync(path.join(cache, 'charts', 'notes.txt'), 'x');
    expect(await drawsEveryChart(cache)).toBe(true);
    writeFileSync(path.join(cache, 'charts', `${'a'.repeat(64)}.svg`), '<svg/>');
    expect(await drawsEveryChart(cache)).toBe(false);
  });
});
