import { DOMParser, type Element } from '@xmldom/xmldom';

/** A box of the emitted strategy-map SVG: its objective id, rectangle, link and text lines. */
export interface SvgBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly href: string;
  readonly label: string;
  readonly status: string;
  readonly lines: string[];
  /** All the text in the link, as assistive technology gets it. */
  readonly text: string;
  readonly titleFont: number;
  readonly statusFont: number;
  readonly textX: number;
}

/** An arrow of the emitted SVG: its ends, its points (from `d`) and its markers. */
export interface SvgEdge {
  readonly from: string;
  readonly to: string;
  readonly points: { x: number; y: number }[];
  readonly markerEnd: string | null;
  readonly markerStart: string | null;
  readonly markerMid: string | null;
}

export interface ParsedMap {
  readonly root: Element;
  readonly boxes: SvgBox[];
  readonly edges: SvgEdge[];
  readonly markers: Element[];
  /** The perspective bands, top-down as drawn. */
  readonly bands: { perspective: string; y: number; height: number }[];
}

/** Parses the map's SVG as XML (a parse error throws) and reads its boxes and arrows. */
export function parseMap(svg: string): ParsedMap {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement!;
  const all = (name: string) => [...root.getElementsByTagName(name)];
  const num = (e: Element, a: string) => Number(e.getAttribute(a));
  const boxes = all('a').map((a): SvgBox => {
    const rect = [...a.getElementsByTagName('rect')].find((r) =>
      (r.getAttribute('class') ?? '').split(' ').includes('map-box'),
    )!;
    const texts = [...a.getElementsByTagName('text')];
    const title = texts.find((t) => t.getAttribute('class') === 'map-box-title')!;
    const status = texts.find((t) => t.getAttribute('class') === 'map-box-status')!;
    return {
      id: rect.getAttribute('data-id')!,
      x: num(rect, 'x'),
      y: num(rect, 'y'),
      width: num(rect, 'width'),
      height: num(rect, 'height'),
      href: a.getAttribute('href')!,
      label: a.getAttribute('aria-label')!,
      status: status.textContent!.trim(),
      lines: [...title.getElementsByTagName('tspan')].map((t) => t.textContent!),
      text: a.textContent!,
      titleFont: num(title, 'font-size'),
      statusFont: num(status, 'font-size'),
      textX: num(status, 'x'),
    };
  });
  const edges = all('path')
    .filter((p) => p.getAttribute('class') === 'map-arrow')
    .map((p): SvgEdge => ({
      from: p.getAttribute('data-from')!,
      to: p.getAttribute('data-to')!,
      points: [...p.getAttribute('d')!.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
      })),
      markerEnd: p.getAttribute('marker-end'),
      markerStart: p.getAttribute('marker-start'),
      markerMid: p.getAttribute('marker-mid'),
    }));
  const bands = all('g')
    .filter((g) => (g.getAttribute('class') ?? '').startsWith('map-band '))
    .map((g) => {
      const rect = g.getElementsByTagName('rect')[0]!;
      return {
        perspective: g.getAttribute('class')!.replace('map-band map-band-', ''),
        y: num(rect, 'y'),
        height: num(rect, 'height'),
      };
    });
  return { root, boxes, edges, markers: all('marker'), bands };
}

type Rect = Pick<SvgBox, 'x' | 'y' | 'width' | 'height'>;

/** Whether the segment a–b passes through the inside of `r` (its border shrunk by `inset`). */
export function segmentEntersBox(
  a: { x: number; y: number },
  b: { x: number; y: number },
  r: Rect,
  inset = 0.5,
): boolean {
  // Clip the segment's parameter range to the slab of each axis (Liang–Barsky).
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, d: number, lo: number, hi: number): boolean => {
    if (d === 0) return p > lo && p < hi;
    let ta = (lo - p) / d;
    let tb = (hi - p) / d;
    if (ta > tb) [ta, tb] = [tb, ta];
    t0 = Math.max(t0, ta);
    t1 = Math.min(t1, tb);
    return t0 < t1;
  };
  return (
    clip(a.x, b.x - a.x, r.x + inset, r.x + r.width - inset) &&
    clip(a.y, b.y - a.y, r.y + inset, r.y + r.height - inset)
  );
}

/** Whether point p lies on the border of r (within `tol`). */
export function onBorder(p: { x: number; y: number }, r: Rect, tol = 0.6): boolean {
  const inX = p.x >= r.x - tol && p.x <= r.x + r.width + tol;
  const inY = p.y >= r.y - tol && p.y <= r.y + r.height + tol;
  const nearX = Math.abs(p.x - r.x) <= tol || Math.abs(p.x - r.x - r.width) <= tol;
  const nearY = Math.abs(p.y - r.y) <= tol || Math.abs(p.y - r.y - r.height) <= tol;
  return (inX && nearY) || (inY && nearX);
}
