import { describe, expect, it } from 'vitest';
import type { MapObjective } from '../../src/charts/chart-data.ts';
import { strategyMapSvg } from '../../src/charts/strategy-map.ts';
import { xmlProblems } from '../helpers/charts.ts';

const objective = (
  id: string,
  perspective: MapObjective['perspective'],
  drives: string[] = [],
  title = `Objective ${id}`,
): MapObjective => ({
  id,
  title,
  perspective,
  status: 'on-track',
  drives,
  href: `/objectives/${id}/`,
});

const OBJECTIVES = [
  objective('revenue', 'financial'),
  objective('nps', 'customer', ['revenue']),
  objective('retention', 'customer', ['revenue', 'revenue', 'missing']),
  objective('onboarding', 'internal-process', ['nps', 'retention']),
  objective('skills', 'learning-growth', ['onboarding', 'skills']),
];

/** The box rectangle (x, y) of each link, by href. */
function boxes(svg: string): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  for (const m of svg.matchAll(
    /<a href="([^"]*)"[^>]*>.*?<rect class="map-box map-box[^"]*" x="([\d.]+)" y="([\d.]+)"/g,
  ))
    out.set(m[1]!, { x: Number(m[2]), y: Number(m[3]) });
  return out;
}

describe('strategyMapSvg', () => {
  it('stacks the perspectives: financial above customer above process above learning', () => {
    const b = boxes(strategyMapSvg(OBJECTIVES, { width: 800 }));
    const y = (id: string) => b.get(`/objectives/${id}/`)!.y;
    expect(y('revenue')).toBeLessThan(y('nps'));
    expect(y('nps')).toBe(y('retention'));
    expect(y('retention')).toBeLessThan(y('onboarding'));
    expect(y('onboarding')).toBeLessThan(y('skills'));
  });

  it('draws one arrow per drives link to a known objective (no duplicates, self or unknown)', () => {
    const svg = strategyMapSvg(OBJECTIVES, { width: 800 });
    // nps→revenue, retention→revenue, onboarding→nps, onboarding→retention, skills→onboarding
    expect(svg.match(/class="map-arrow"/g)).toHaveLength(5);
    expect(svg).toContain('5 arrows from cause to effect');
  });

  it('draws arrows in any direction, including down and within a band', () => {
    const svg = strategyMapSvg(
      [
        objective('a', 'financial', ['b', 'c']),
        objective('b', 'learning-growth'),
        objective('c', 'financial'),
      ],
      { width: 800 },
    );
    expect(svg.match(/class="map-arrow"/g)).toHaveLength(2);
  });

  it('makes every box a link with its href and an accessible name with the status', () => {
    const svg = strategyMapSvg(
      [
        {
          ...objective('a', 'customer'),
          title: 'Win <big> & keep',
          status: 'at-risk',
          href: '/objectives/a/?x=1&y=2',
        },
      ],
      { width: 400 },
    );
    expect(svg).toContain('<a href="/objectives/a/?x=1&amp;y=2" class="map-link">');
    expect(svg).toContain('Win &lt;big&gt; &amp; keep</tspan>');
    expect(svg).toContain('▲</tspan> At risk');
    expect(svg).not.toContain('<big>');
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/<svg [^>]*aria-labelledby="strategy-map-title"/);
    expect(svg).toContain('<title id="strategy-map-title">');
  });

  it('links every objective and labels all four bands, even empty ones', () => {
    const svg = strategyMapSvg(OBJECTIVES, { width: 800 });
    expect(boxes(svg).size).toBe(OBJECTIVES.length);
    for (const label of ['Financial', 'Customer', 'Internal process', 'Learning &amp; growth'])
      expect(svg).toContain(`>${label}</text>`);
    expect(strategyMapSvg([], { width: 500 })).toContain('No objectives');
  });

  it('wraps long titles into the box and lays out the same whatever the input order', () => {
    const long = objective(
      'x',
      'customer',
      [],
      'A very long objective title that cannot possibly fit on one line of a box',
    );
    const svg = strategyMapSvg([long, ...OBJECTIVES], { width: 400 });
    const lines = [...svg.matchAll(/<tspan x="[\d.]+" y="[\d.]+">([^<]*)<\/tspan>/g)].map(
      (m) => m[1]!,
    );
    expect(lines.filter((l) => l.length > 0).length).toBeGreaterThan(OBJECTIVES.length + 1);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(30);
    expect(strategyMapSvg([...OBJECTIVES].reverse(), { width: 800 })).toBe(
      strategyMapSvg(OBJECTIVES, { width: 800 }),
    );
  });
});
