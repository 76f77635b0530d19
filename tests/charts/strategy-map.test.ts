import { describe, expect, it } from 'vitest';
import type { MapObjective } from '../../src/charts/chart-data.ts';
import { strategyMapList, strategyMapSvg } from '../../src/charts/strategy-map.ts';
import { estimateTextWidth } from '../../src/charts/estimate-text-width.ts';
import { example } from '../publish/example.ts';
import { mapObjectives } from '../../src/publish/plan-charts.ts';
import { xmlProblems } from '../helpers/charts.ts';
import { onBorder, parseMap, segmentEntersBox, type ParsedMap } from './strategy-map-geometry.ts';

type Perspective = MapObjective['perspective'];
const TOP_DOWN: Perspective[] = ['financial', 'customer', 'internal-process', 'learning-growth'];

const objective = (
  id: string,
  perspective: Perspective,
  drives: string[] = [],
  title = `Objective ${id}`,
): MapObjective => ({ id, title, perspective, status: 'on-track', drives, href: `/o/${id}/` });

const SMALL = [
  objective('revenue', 'financial'),
  objective('nps', 'customer', ['revenue']),
  objective('retention', 'customer', ['revenue', 'revenue', 'missing']),
  objective('onboarding', 'internal-process', ['nps', 'retention']),
  objective('skills', 'learning-growth', ['onboarding', 'skills']),
];

/**
 * 30 objectives, 7–8 per perspective; each drives the objectives two and five places further
 * on in the perspective above (so many links skip boxes and fan in), and every fifth one
 * reaches two perspectives up.
 */
function synthetic(): MapObjective[] {
  const out: MapObjective[] = [];
  for (let i = 0; i < 30; i++) {
    const level = i % 4; // 0 = learning & growth … 3 = financial
    const perspective = TOP_DOWN[3 - level]!;
    const above = (k: number, up = 1) => {
      const l = level + up;
      if (l > 3) return [];
      const members = [...Array(30).keys()].filter((j) => j % 4 === l);
      return [`s${members[(Math.floor(i / 4) + k) % members.length]}`];
    };
    const drives = [...above(2), ...above(5), ...(i % 5 === 0 ? above(1, 2) : [])];
    out.push(
      objective(`s${i}`, perspective, drives, `Synthetic objective number ${i} of the test map`),
    );
  }
  return out;
}

/** The distinct known links (from → to) of a set of objectives, computed by hand. */
function expectedLinks(objectives: readonly MapObjective[]): string[] {
  const ids = new Set(objectives.map((o) => o.id));
  return [
    ...new Set(
      objectives.flatMap((o) =>
        o.drives.filter((t) => t !== o.id && ids.has(t)).map((t) => `${o.id}→${t}`),
      ),
    ),
  ].sort();
}

/** Checks every geometric promise of the map; returns the parsed map for more checks. */
function checkGeometry(svg: string, objectives: readonly MapObjective[]): ParsedMap {
  expect(xmlProblems(svg)).toEqual([]);
  const map = parseMap(svg);
  const box = new Map(map.boxes.map((b) => [b.id, b]));
  expect(map.boxes.map((b) => b.id).sort()).toEqual(objectives.map((o) => o.id).sort());
  expect(map.edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual(expectedLinks(objectives));

  // No two boxes overlap.
  for (const a of map.boxes)
    for (const b of map.boxes)
      if (a !== b)
        expect(
          a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y,
          `${a.id} overlaps ${b.id}`,
        ).toBe(true);

  for (const e of map.edges) {
    const name = `${e.from}→${e.to}`;
    // (2) Exactly one arrowhead: a marker at the end, none at the start or the bends.
    expect(e.markerEnd, name).toBe('url(#strategy-map-arrow)');
    expect(e.markerStart, name).toBeNull();
    expect(e.markerMid, name).toBeNull();
    // It starts on its source's border and ends on its target's.
    expect(onBorder(e.points[0]!, box.get(e.from)!), `${name} start`).toBe(true);
    expect(onBorder(e.points.at(-1)!, box.get(e.to)!), `${name} end`).toBe(true);
    for (let i = 1; i < e.points.length; i++) {
      const [a, b] = [e.points[i - 1]!, e.points[i]!];
      // Orthogonal: every segment horizontal or vertical.
      expect(a.x === b.x || a.y === b.y, `${name} segment ${i} is orthogonal`).toBe(true);
      // (1) No segment runs through any box: not others, and not into its own two either.
      for (const b2 of map.boxes)
        expect(segmentEntersBox(a, b, b2), `${name} segment ${i} crosses ${b2.id}`).toBe(false);
    }
  }
  // Edges into one box meet it at distinct points; edges out of one box leave at distinct points.
  for (const end of ['from', 'to'] as const) {
    const seen = new Map<string, string>();
    for (const e of map.edges) {
      const p = end === 'from' ? e.points[0]! : e.points.at(-1)!;
      const key = `${e[end]} ${p.x},${p.y}`;
      expect(seen.get(key), `${e.from}→${e.to} shares its ${end} point`).toBeUndefined();
      seen.set(key, `${e.from}→${e.to}`);
    }
  }
  expect(map.markers).toHaveLength(1);
  // Boxes come in reading order, the keyboard's: top-down, then left to right.
  map.boxes.forEach((b, i) => {
    const prev = map.boxes[i - 1];
    if (prev !== undefined) expect(prev.y < b.y || (prev.y === b.y && prev.x < b.x)).toBe(true);
  });
  // Four bands, top-down, each below the last, tiling the height; each box inside its band.
  expect(map.bands.map((b) => b.perspective)).toEqual(TOP_DOWN);
  map.bands.forEach((band, i) => {
    expect(band.height, band.perspective).toBeGreaterThan(0);
    expect(band.y).toBe(i === 0 ? 0 : map.bands[i - 1]!.y + map.bands[i - 1]!.height);
    for (const b of map.boxes.filter((x) => perspectiveOf(x.id) === band.perspective)) {
      expect(b.y, b.id).toBeGreaterThan(band.y);
      expect(b.y + b.height, b.id).toBeLessThan(band.y + band.height);
    }
  });

  const words = (t: string) => t.split(/\s+/).filter(Boolean).join(' ');
  // (3) No text wider than its box, and no title cut: the lines put together are the title.
  for (const b of map.boxes) {
    const o = objectives.find((x) => x.id === b.id)!;
    const room = b.x + b.width - b.textX;
    expect(b.textX).toBeGreaterThan(b.x);
    for (const line of b.lines)
      expect(estimateTextWidth(line.trimEnd(), b.titleFont, true), line).toBeLessThan(room);
    expect(estimateTextWidth(b.status, b.statusFont)).toBeLessThan(room);
    expect(b.lines.join('')).toBe(words(o.title));
    // The link's text has its words apart, and its name contains it (the symbol aside).
    expect(words(b.text)).toBe(words(`${b.status} ${o.title}`));
    expect(b.label.replace(':', '')).toBe(words(`${b.status.slice(2)} ${o.title}`));
  }
  // Perspectives stack top-down in Balanced Scorecard order: every box of a perspective above
  // every box of the next one.
  for (let i = 1; i < TOP_DOWN.length; i++) {
    const upper = map.boxes.filter((b) => perspectiveOf(b.id) === TOP_DOWN[i - 1]);
    const lower = map.boxes.filter((b) => perspectiveOf(b.id) === TOP_DOWN[i]);
    for (const u of upper) for (const l of lower) expect(u.y + u.height).toBeLessThan(l.y);
  }
  return map;

  function perspectiveOf(id: string): Perspective {
    return objectives.find((o) => o.id === id)!.perspective;
  }
}

describe('strategyMapSvg', () => {
  it('lays out a small map: perspectives top-down, one arrow per distinct known link', async () => {
    const svg = await strategyMapSvg(SMALL);
    const map = checkGeometry(svg, SMALL);
    // nps→revenue, retention→revenue, onboarding→nps, onboarding→retention, skills→onboarding
    expect(map.edges).toHaveLength(5);
    // Arrows go up: each ends above where it starts.
    for (const e of map.edges) expect(e.points.at(-1)!.y).toBeLessThan(e.points[0]!.y);
  });

  it('lays out the example organisation without an arrow through a box', async () => {
    const { model } = await example();
    const objectives = mapObjectives(model, '/');
    const map = checkGeometry(await strategyMapSvg(objectives), objectives);
    // Deliver on time → Lower the cost to serve skips the customer band: it must go around.
    expect(
      map.edges.some((e) => e.from === 'deliver-on-time' && e.to === 'lower-cost-to-serve'),
    ).toBe(true);
  });

  it('lays out 30 objectives with long and fanned-in links', async () => {
    const objectives = synthetic();
    expect(expectedLinks(objectives).length).toBeGreaterThan(45);
    const map = checkGeometry(await strategyMapSvg(objectives), objectives);
    // At most four boxes a row: a perspective of 7 or 8 takes two rows or more.
    const rows = new Map<number, number>();
    for (const b of map.boxes) rows.set(b.y, (rows.get(b.y) ?? 0) + 1);
    for (const count of rows.values()) expect(count).toBeLessThanOrEqual(4);
    expect(rows.size).toBeGreaterThanOrEqual(8);
  });

  it('draws links in any direction: down, within a band, and both ways', async () => {
    const objectives = [
      objective('a', 'financial', ['b', 'c']),
      objective('b', 'learning-growth', ['a']),
      objective('c', 'financial', ['d']),
      objective('d', 'customer'),
    ];
    const map = checkGeometry(await strategyMapSvg(objectives), objectives);
    expect(map.edges).toHaveLength(4);
  });

  it('is the same bytes for the same objectives, in any order and on every call', async () => {
    const objectives = synthetic();
    const first = await strategyMapSvg(objectives);
    expect(await strategyMapSvg(objectives)).toBe(first);
    expect(await strategyMapSvg([...objectives].reverse())).toBe(first);
    const [a, b] = await Promise.all([strategyMapSvg(SMALL), strategyMapSvg(SMALL)]);
    expect(a).toBe(b);
  });

  it('escapes and wraps hostile titles, ids and links, and cuts no text', async () => {
    const long = 'Supercalifragilistic'.repeat(12);
    const hostile = [
      {
        ...objective('x"><script>alert(1)</script>', 'customer', ['y']),
        title: '<script>alert("x")</script> & </text></svg>',
        href: '/o/"onmouseover="alert(1)/?a=1&b=2',
        status: 'off-track' as const,
      },
      objective('y', 'financial', [], `Grow ${long} now`),
      objective('z', 'internal-process', ['y'], 'Ünïcødé 🚀🚀 客户满意度提升 e\u0301 שלום\u0007'),
    ];
    const svg = await strategyMapSvg(hostile);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"onmouseover');
    expect(svg).not.toContain('\u0007');
    const clean = hostile.map((o) => ({ ...o, title: o.title.replace('\u0007', '') }));
    const map = checkGeometry(svg, clean);
    const x = map.boxes.find((b) => b.id === 'x"><script>alert(1)</script>')!;
    expect(x.href).toBe('/o/"onmouseover="alert(1)/?a=1&b=2');
    expect(x.label).toBe('Off track: <script>alert("x")</script> & </text></svg>');
    expect(x.status).toBe('■ Off track');
    // The 240-letter word is broken over several lines, each inside the box.
    expect(map.boxes.find((b) => b.id === 'y')!.lines.length).toBeGreaterThan(4);
  });

  it('labels the SVG and names every box link by its title and status', async () => {
    const svg = await strategyMapSvg([{ ...objective('a', 'customer'), status: 'at-risk' }]);
    const { root, boxes } = parseMap(svg);
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 [\d.]+ [\d.]+$/);
    expect(root.getAttribute('width')).toBe('100%');
    expect(root.getAttribute('role')).toBe('group');
    expect(root.getAttribute('aria-labelledby')).toBe('strategy-map-title');
    expect(root.getAttribute('aria-describedby')).toBe('strategy-map-desc');
    expect(svg).toContain('<title id="strategy-map-title">Strategy map</title>');
    expect(svg).toContain(
      '<desc id="strategy-map-desc">1 objective in four perspectives, Financial at the top and ' +
        'Learning &amp; growth at the bottom, coloured by status; 0 arrows from cause to effect.</desc>',
    );
    expect(boxes).toEqual([
      expect.objectContaining({
        href: '/o/a/',
        label: 'At risk: Objective a',
        status: '▲ At risk',
      }),
    ]);
  });

  it('keeps its smallest text at 14 px or more: a min-width of 14/15 of the viewBox', async () => {
    const { root } = parseMap(await strategyMapSvg(synthetic()));
    const viewWidth = Number(root.getAttribute('viewBox')!.split(' ')[2]);
    const minWidth = Number(/--map-min-width:(\d+)px/.exec(root.getAttribute('style')!)![1]);
    expect(minWidth).toBe(Math.ceil((viewWidth * 14) / 15));
  });

  it('keeps all four bands in order, saying so in an empty one', async () => {
    const one = [objective('a', 'customer')];
    const svg = await strategyMapSvg(one);
    checkGeometry(svg, one);
    // Labels wrap to the column; a line keeps the space that parts it from the next.
    for (const label of [
      'Financial',
      'Customer',
      'Internal ',
      'process',
      'Learning ',
      '&amp; growth',
    ])
      expect(svg).toContain(`>${label}</tspan>`);
    expect(svg.match(/>No objectives</g)).toHaveLength(3);
    const none = await strategyMapSvg([]);
    checkGeometry(none, []);
    expect(none.match(/>No objectives</g)).toHaveLength(4);
  });
});

describe('strategyMapList', () => {
  it('lists objectives by perspective, top-down, with what each leads to and depends on', () => {
    const list = strategyMapList(SMALL);
    expect(list.map((b) => b.label)).toEqual([
      'Financial',
      'Customer',
      'Internal process',
      'Learning & growth',
    ]);
    const item = (id: string) => list.flatMap((b) => b.objectives).find((o) => o.id === id)!;
    const titles = (links: readonly { title: string }[]) => links.map((l) => l.title);
    expect(titles(item('revenue').drivenBy)).toEqual(['Objective nps', 'Objective retention']);
    expect(titles(item('retention').drives)).toEqual(['Objective revenue']);
    expect(titles(item('onboarding').drives)).toEqual(['Objective nps', 'Objective retention']);
    expect(titles(item('skills').drives)).toEqual(['Objective onboarding']);
    expect(item('skills').drivenBy).toEqual([]);
    expect(item('nps').href).toBe('/o/nps/');
  });
});

describe('the geometry checks themselves', () => {
  const box = { x: 10, y: 10, width: 20, height: 10 };
  it('see a segment through a box, not one along its border or beside it', () => {
    expect(segmentEntersBox({ x: 0, y: 15 }, { x: 40, y: 15 }, box)).toBe(true);
    expect(segmentEntersBox({ x: 20, y: 0 }, { x: 20, y: 12 }, box)).toBe(true);
    expect(segmentEntersBox({ x: 0, y: 10 }, { x: 40, y: 10 }, box)).toBe(false);
    expect(segmentEntersBox({ x: 20, y: 0 }, { x: 20, y: 10 }, box)).toBe(false);
    expect(segmentEntersBox({ x: 0, y: 25 }, { x: 40, y: 25 }, box)).toBe(false);
    expect(segmentEntersBox({ x: 0, y: 0 }, { x: 40, y: 30 }, box)).toBe(true);
  });
  it('see a point on the border, not inside or away', () => {
    expect(onBorder({ x: 15, y: 10 }, box)).toBe(true);
    expect(onBorder({ x: 30, y: 20 }, box)).toBe(true);
    expect(onBorder({ x: 15, y: 15 }, box)).toBe(false);
    expect(onBorder({ x: 15, y: 40 }, box)).toBe(false);
  });
});
