import { createHash } from 'node:crypto';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ChartDrawing } from '../../charts/chart-data.ts';
import { escapeXml } from '../../charts/escape-xml.ts';
import { estimateTextWidth } from '../../charts/estimate-text-width.ts';

interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
  readonly limit?: number;
}

/** Vega exports its text measurer at run time; the typings do not declare it. */
const { textMetrics } = vega as unknown as {
  textMetrics: { width: (item: TextItem, text?: unknown) => number };
};

// Set once per thread, before any render: Vega measures text through this hook.
textMetrics.width = (item, text) => {
  const size = item.fontSize ?? 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const lines = Array.isArray(text) ? text : [text];
  const width = Math.max(
    0,
    ...lines.map((line) => estimateTextWidth(String(line ?? ''), size, bold)),
  );
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
};

const quiet = vega.logger(vega.Error);

/**
 * Renders a Vega-Lite spec to an SVG string without a browser or canvas: compile → parse → a
 * headless View → `toSVG()`, afresh (chart-shapes.ts re-runs compiled views and must give these
 * very bytes). The result depends only on the spec: Vega's process-wide clip and gradient
 * counters are replaced by ids derived from the SVG's content (unique per distinct chart, so
 * several charts inline on one page never collide), the root `<svg>` gets `role="img"` and the
 * spec's `description` as its `aria-label`, and geometry is rounded to 0.1 px.
 * Compile warnings are not printed. Vega takes the spec's inline data as its own (it marks the
 * rows).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  return (await renderSvgs({ spec, variants: [] }))[0]!;
}

/** A chart's SVG and then its variants', afresh (renderSvg), from one View (drawAll). */
export async function renderSvgs(drawing: ChartDrawing): Promise<string[]> {
  const view = new vega.View(compileChart(drawing.spec), VIEW_OPTIONS);
  try {
    return await drawAll(view, drawing);
  } finally {
    view.finalize();
  }
}

/**
 * The SVGs of a drawing from a View that holds its spec's rows and params: the chart's, then each
 * variant's, drawn after setting the variant's size and params on the same View (its rows stay,
 * so a variant costs a re-run of the marks, not of the data). A tick the variant keeps stays
 * where the chart drew it among the SVG's elements, ahead of the new ones: the picture is the one
 * a chart made for the variant's size draws (Vega thins overlapping labels in tick order, not
 * element order), the bytes depend only on the drawing.
 */
export async function drawAll(view: vega.View, drawing: ChartDrawing): Promise<string[]> {
  const svgs = [finishSvg(await view.toSVG(), drawing.spec)];
  for (const variant of drawing.variants) {
    view.width(variant.width);
    view.height(variant.height);
    for (const [name, value] of Object.entries(variant.params)) view.signal(name, value);
    svgs.push(finishSvg(await view.toSVG(), drawing.spec));
  }
  return svgs;
}

/** Options of every headless View. */
export const VIEW_OPTIONS = { renderer: 'none', logLevel: vega.Error } as const;

/**
 * The parsed dataflow of a spec. The `description` is left out: it is not drawn (finishSvg puts
 * it on the root), so charts that differ only there compile the same.
 */
export function compileChart(spec: TopLevelSpec): vega.Runtime {
  const { description: _, ...drawn } = spec as TopLevelSpec & {
    description?: string;
  };
  return vega.parse(compile(drawn as TopLevelSpec, { logger: quiet }).spec);
}

/** Vega's SVG of a chart made independent of the process (see renderSvg). */
export function finishSvg(svg: string, spec: Pick<TopLevelSpec, 'description'>): string {
  const { description } = spec;
  // Geometry to 0.1 px (Vega writes transforms with up to 16 digits): smaller, the same picture
  // (a tenth of a CSS pixel is a fifth of a device pixel on a 2× screen).
  let out = lean(
    svg.replace(
      GEOMETRY,
      (_, name: string, value: string) => ` ${name}="${value.replace(LONG_NUMBER, roundTenth)}"`,
    ),
  );
  if (description !== undefined)
    out = out.replace(/^<svg /, `<svg role="img" aria-label="${escapeXml(description)}" `);
  // Vega numbers clip paths and gradients with counters that live as long as the process:
  // number them by first appearance instead, prefixed by a hash of the SVG so numbered.
  const ids = new Map<string, number>();
  const renumber = (prefix: string) =>
    out.replace(DEF_ID, (_, before: string, id: string) => {
      if (!ids.has(id)) ids.set(id, ids.size);
      return `${before}${prefix}${ids.get(id)!}`;
    });
  const numbered = renumber('id-');
  if (ids.size === 0) return out;
  return renumber(`pl${createHash('sha256').update(numbered).digest('hex').slice(0, 10)}-`);
}

/**
 * Vega's SVG without what a static chart inside an `aria-hidden` figure does not use: the roles
 * and pointer events of an interactive view, the empty foreground and zero-size background
 * paths, and one font family per text where one on the root does (a fifth of a chart's bytes).
 */
function lean(svg: string): string {
  let out = svg
    .replace(VIEW_ATTRIBUTES, '')
    .replace(/<path class="foreground" d="" display="none"\/>/g, '')
    .replace(/<path class="background" d="M0,0h0v0h0Z"\/>/g, '');
  const families = new Set([...out.matchAll(FONT_FAMILY)].map((m) => m[1]!));
  if (families.size === 1)
    out = out
      .replace(FONT_FAMILY, '')
      .replace(/^<svg /, `<svg font-family="${[...families][0]!}" `);
  return out;
}

const VIEW_ATTRIBUTES =
  / (?:pointer-events="none"|aria-hidden="true"|role="graphics-[a-z-]+"|aria-roledescription="[^"]*")(?=[^<>]*>)/g;
const FONT_FAMILY = / font-family="([^"]*)"(?=[^<>]*>)/g;

// Attributes only: the lookahead reaches the tag's end without crossing into text content.
const GEOMETRY = / (d|transform|x|y|x2|y2|width|height)="([^"]*)"(?=[^<>]*>)/g;
const LONG_NUMBER = /-?\d+\.\d{2,}/g;

/**
 * A number's text to one decimal: `String(Math.round(Number(n) * 10) / 10)`, written from the
 * whole number of tenths rather than from the double (a chart has a thousand such numbers, and
 * a double's text costs more to write); the same text below 10^14 tenths, where every tenth is
 * the double nearest it.
 */
export function roundTenth(n: string): string {
  const tenths = Math.round(Number(n) * 10);
  if (tenths % 10 === 0 || !(Math.abs(tenths) < 1e14)) return String(tenths / 10);
  const abs = tenths < 0 ? -tenths : tenths;
  return `${tenths < 0 ? '-' : ''}${(abs - (abs % 10)) / 10}.${abs % 10}`;
}

/** An id Vega generates, as defined (`id="clip3"`) or referred to (`url(#clip3)`). */
const DEF_ID =
  /( id="| clip-path="url\(#| fill="url\(#| stroke="url\(#)((?:clip|gradient_)\d+)(?=[^<>]*>)/g;
