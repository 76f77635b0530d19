import { PERSPECTIVE_LABELS, PERSPECTIVES } from '../core/schema/strategy.ts';
import type { MapObjective } from './chart-data.ts';
import { escapeXml } from './escape-xml.ts';
import { PALETTE } from './palette.ts';
import { wrapText } from './wrap-text.ts';

/** Perspectives from the top band to the bottom one, with their labels. */
const BANDS = PERSPECTIVES.map((p) => [p, PERSPECTIVE_LABELS[p]] as const);

const MARGIN = 8;
const GAP = 16; // between boxes in a row
const ROW_GAP = 26; // between rows of one band
const LABEL_H = 26; // band label above the boxes
const BAND_PAD = 22; // below the last row: room for arrows between bands
const MIN_BOX_W = 150;
const MAX_BOX_W = 240;
const PAD = 8;
const FONT = 12;
const LINE_H = 15;
const MAX_LINES = 3;

interface Box {
  readonly o: MapObjective;
  readonly x: number;
  readonly y: number;
  readonly row: string;
  readonly lines: readonly string[];
}

/**
 * The strategy map (DESIGN.md "Charts") as a hand-built SVG string: four horizontal bands,
 * Financial at the top and Learning & growth at the bottom, each labelled; objectives as boxes
 * in their band (sorted by id, in rows centred in the band) tinted and outlined in their status
 * colour with the status symbol and word written in the box too (never colour alone); titles
 * wrapped to the box; one arrow per `drives` link to a known objective, from cause to effect
 * (upward when the map is well formed, but any direction draws: same-row neighbours side to
 * side, other boxes in a row by an arc above). Every box is an `<a href>` named by its title and
 * status; the SVG is labelled by its `<title>`. All text is escaped; the layout is deterministic.
 */
export function strategyMapSvg(
  objectives: readonly MapObjective[],
  options: { readonly width: number },
): string {
  const width = Math.max(MIN_BOX_W + 2 * MARGIN, options.width);
  const inner = width - 2 * MARGIN;
  const cols = Math.max(1, Math.floor((inner + GAP) / (MIN_BOX_W + GAP)));
  const boxW = Math.min(MAX_BOX_W, (inner - (cols - 1) * GAP) / cols);
  const chars = Math.floor((boxW - 2 * PAD) / (FONT * 0.56));
  const wrapped = new Map(objectives.map((o) => [o.id, wrapText(o.title, chars, MAX_LINES)]));
  const lineCount = Math.max(1, ...[...wrapped.values()].map((l) => l.length));
  const boxH = 2 * PAD + LINE_H + lineCount * LINE_H;

  const boxes = new Map<string, Box>();
  const parts: string[] = [];
  let y = 0;
  BANDS.forEach(([perspective, label], b) => {
    const members = objectives
      .filter((o) => o.perspective === perspective)
      .sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    const rows = Math.max(1, Math.ceil(members.length / cols));
    const height = LABEL_H + rows * boxH + (rows - 1) * ROW_GAP + BAND_PAD;
    parts.push(
      `<g class="map-band map-band-${perspective}">` +
        `<rect x="0" y="${y}" width="${width}" height="${height}" fill="currentColor" fill-opacity="${b % 2 === 0 ? 0.035 : 0.07}"/>` +
        `<text class="map-band-label" x="${MARGIN}" y="${y + 17}" font-size="12" font-weight="bold" fill="currentColor">${escapeXml(label)}</text>` +
        (members.length === 0
          ? `<text x="${MARGIN}" y="${y + LABEL_H + 14}" font-size="11" fill="currentColor" fill-opacity="0.7">No objectives</text>`
          : '') +
        `</g>`,
    );
    members.forEach((o, i) => {
      const r = Math.floor(i / cols);
      const inRow = Math.min(cols, members.length - r * cols);
      const x0 = (width - (inRow * boxW + (inRow - 1) * GAP)) / 2;
      const x = x0 + (i % cols) * (boxW + GAP);
      const top = y + LABEL_H + r * (boxH + ROW_GAP);
      boxes.set(o.id, { o, x, y: top, row: `${b}:${r}`, lines: wrapped.get(o.id)! });
    });
    y += height;
  });

  // Arrows first: boxes are opaque, so a long arrow passes under the boxes it crosses.
  let arrows = 0;
  for (const box of boxes.values())
    for (const id of new Set(box.o.drives)) {
      const target = boxes.get(id);
      if (target === undefined || target === box) continue;
      parts.push(arrowSvg(box, target, boxW, boxH, boxes));
      arrows++;
    }
  for (const box of boxes.values()) parts.push(boxSvg(box, boxW, boxH));
  const title =
    `Strategy map: ${boxes.size} objective${boxes.size === 1 ? '' : 's'} in four perspectives, ` +
    `Financial at the top, Learning & growth at the bottom; ${arrows} arrow${arrows === 1 ? '' : 's'} from cause to effect.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="strategy-map" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" ` +
    `font-family="${PALETTE.font}" aria-labelledby="strategy-map-title">` +
    `<title id="strategy-map-title">${escapeXml(title)}</title>` +
    `<defs><marker id="strategy-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    `<path d="M0,0L10,5L0,10z" fill="currentColor"/></marker></defs>` +
    parts.join('') +
    `</svg>`
  );
}

function boxSvg(box: Box, w: number, h: number): string {
  const { o } = box;
  const s = PALETTE.status[o.status];
  const text = box.lines
    .map(
      (line, i) =>
        `<tspan x="${n(box.x + PAD)}" y="${n(box.y + PAD + LINE_H * (i + 2) - 3)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return (
    // The link is named by its visible text (status, then title), so what is seen is what is read.
    `<a href="${escapeXml(o.href)}" class="map-link">` +
    `<rect class="map-box-bg" x="${n(box.x)}" y="${n(box.y)}" width="${n(w)}" height="${h}" rx="6" fill="Canvas"/>` +
    `<rect class="map-box map-box-status-${o.status}" x="${n(box.x)}" y="${n(box.y)}" width="${n(w)}" height="${h}" rx="6" ` +
    `fill="${s.color}" fill-opacity="0.14" stroke="${s.color}" stroke-width="2"/>` +
    `<text x="${n(box.x + PAD)}" y="${n(box.y + PAD + LINE_H - 3)}" font-size="11" fill="currentColor">` +
    `<tspan fill="${s.color}" aria-hidden="true">${s.symbol}</tspan> ${escapeXml(s.word)}</text>` +
    `<text font-size="${FONT}" fill="currentColor">${text}</text></a>`
  );
}

function arrowSvg(
  from: Box,
  to: Box,
  w: number,
  h: number,
  boxes: ReadonlyMap<string, Box>,
): string {
  let d: string;
  if (from.row === to.row) {
    const between = [...boxes.values()].some(
      (b) => b.row === from.row && b.x > Math.min(from.x, to.x) && b.x < Math.max(from.x, to.x),
    );
    const cy = from.y + h / 2;
    if (!between) {
      const [x1, x2] = to.x > from.x ? [from.x + w, to.x] : [from.x, to.x + w];
      d = `M${n(x1)},${n(cy)}L${n(x2)},${n(cy)}`;
    } else {
      const [x1, x2, top] = [from.x + w / 2, to.x + w / 2, from.y];
      d = `M${n(x1)},${n(top)}C${n(x1)},${n(top - 22)} ${n(x2)},${n(top - 22)} ${n(x2)},${n(top)}`;
    }
  } else {
    const up = to.y < from.y;
    const [x1, x2] = [from.x + w / 2, to.x + w / 2];
    const [y1, y2] = up ? [from.y, to.y + h] : [from.y + h, to.y];
    const mid = (y1 + y2) / 2;
    d = `M${n(x1)},${n(y1)}C${n(x1)},${n(mid)} ${n(x2)},${n(mid)} ${n(x2)},${n(y2)}`;
  }
  return `<path class="map-arrow" d="${d}" fill="none" stroke="currentColor" stroke-opacity="0.75" stroke-width="1.5" marker-end="url(#strategy-map-arrow)"/>`;
}

/** Two decimals at most. */
function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}
