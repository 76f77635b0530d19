import { describe, expect, it } from 'vitest';
import { sparklineSvg } from '../../src/charts/sparkline.ts';
import { xmlProblems } from '../helpers/charts.ts';

const pointsOf = (svg: string) =>
  (/points="([^"]*)"/.exec(svg)?.[1] ?? '')
    .split(' ')
    .filter(Boolean)
    .map((p) => p.split(',').map(Number) as [number, number]);

describe('sparklineSvg', () => {
  it('escapes the label and is well formed', () => {
    const svg = sparklineSvg({
      values: [1, 2],
      status: 'on-track',
      width: 80,
      height: 20,
      label: '<script>alert("x")</script> R&D',
    });
    expect(svg).toContain('aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; R&amp;D"');
    expect(svg).not.toContain('<script');
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
  });

  it('scales the polyline to the box, highest value at the top, and marks the last point', () => {
    // 3 values in 100×20 with 2.5 px padding: x = 2.5, 50, 97.5; y(min) = 17.5, y(max) = 2.5.
    const svg = sparklineSvg({
      values: [10, 30, 20],
      status: 'at-risk',
      width: 100,
      height: 20,
      label: 'x',
    });
    expect(pointsOf(svg)).toEqual([
      [2.5, 17.5],
      [50, 2.5],
      [97.5, 10],
    ]);
    expect(svg).toContain('<circle cx="97.5" cy="10"');
    expect(svg).toContain('stroke="#E69F00"');
    expect(svg).toContain('class="sparkline sparkline-at-risk"');
  });

  it('draws one value as a dot and no values as a faint baseline', () => {
    const one = sparklineSvg({
      values: [5],
      status: 'off-track',
      width: 60,
      height: 20,
      label: 'x',
    });
    expect(one).not.toContain('polyline');
    expect(one).toContain('<circle cx="30" cy="10"');
    const none = sparklineSvg({ values: [], status: 'no-data', width: 60, height: 20, label: 'x' });
    expect(none).toContain('<line');
    expect(none).toContain('#8C8C8C');
  });

  it('thins long series to two values per pixel column, keeping the peaks', () => {
    const values = Array.from({ length: 5000 }, (_, i) => Math.sin(i / 100));
    values[2500] = 50;
    values[4000] = -50;
    const pts = pointsOf(
      sparklineSvg({ values, status: 'on-track', width: 100, height: 24, label: 'x' }),
    );
    expect(pts.length).toBeLessThanOrEqual(2 * 100);
    const ys = pts.map((p) => p[1]);
    expect(Math.min(...ys)).toBe(2.5); // the +50 spike is the top
    expect(Math.max(...ys)).toBe(21.5); // the −50 spike is the bottom
  });
});
