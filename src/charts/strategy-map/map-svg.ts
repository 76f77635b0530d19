import { escapeXml } from '../escape-xml.ts';
import { PALETTE } from '../palette.ts';
import { MAP_SIZES, round, type MapBox, type MapEdge, type MapLayout } from './map-layout.ts';

/** The smallest text of the map in user units, and the smallest it may be drawn, in CSS px. */
const SMALLEST_FONT = MAP_SIZES.statusFont;
const SMALLEST_PX = 14;
const ARROW = 'strategy-map-arrow';

/**
 * The strategy map's SVG from its layout: a `viewBox` and `width="100%"`, so it takes its
 * container's width and its text scales with it (the custom property `--map-min-width` is the
 * width at which the smallest text is 14 px: a page that sets it as the SVG's `min-width` in a
 * scrolling box has a wide map scroll rather than shrink); four perspective bands with their names
 * in a column on the left; one box per objective, outlined and tinted in its status colour with
 * the status symbol and word (never colour alone) and the whole title; one path per `drives`
 * link with one arrowhead at its end. Every box is an `<a href>` named by its status and title,
 * as they read ("At risk: Protect gross margin"); the SVG is a group labelled by its `<title>`
 * and described by its `<desc>`. All text escaped.
 */
export function mapSvg(layout: MapLayout): string {
  const S = MAP_SIZES;
  const { width, height } = layout;
  const n = layout.boxes.length;
  const title = 'Strategy map';
  const desc =
    `${n} objective${n === 1 ? '' : 's'} in four perspectives, Financial at the top and ` +
    `Learning & growth at the bottom, coloured by status; ${layout.edges.length} ` +
    `arrow${layout.edges.length === 1 ? '' : 's'} from cause to effect.`;
  const bands = layout.bands.map(
    (b, i) =>
      `<g class="map-band map-band-${b.perspective}">` +
      `<rect x="0" y="${b.y}" width="${width}" height="${b.height}" fill="currentColor" fill-opacity="${i % 2 === 0 ? 0.035 : 0.075}"/>` +
      `<text class="map-band-label" font-size="${S.bandFont}" font-weight="700" fill="currentColor">` +
      b.label
        .map(
          (line, j) =>
            `<tspan x="${S.padX}" y="${round(b.y + S.padY + S.bandLine * (j + 1) - 4)}">${escapeXml(line)}</tspan>`,
        )
        .join('') +
      `</text>` +
      (b.empty
        ? `<text x="${S.labelColumn + S.padX}" y="${round(b.y + b.height / 2 + 5)}" font-size="${S.statusFont}" font-style="italic" fill="currentColor">No objectives</text>`
        : '') +
      `</g>`,
  );
  const minWidth = Math.ceil((width * SMALLEST_PX) / SMALLEST_FONT);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="strategy-map" viewBox="0 0 ${width} ${height}" ` +
    `width="100%" style="--map-min-width:${minWidth}px" font-family="${PALETTE.font}" role="group" ` +
    `aria-labelledby="strategy-map-title" aria-describedby="strategy-map-desc">` +
    `<title id="strategy-map-title">${title}</title>` +
    `<desc id="strategy-map-desc">${escapeXml(desc)}</desc>` +
    `<defs><marker id="${ARROW}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" ` +
    `markerWidth="11" markerHeight="11" orient="auto">` +
    `<path d="M0,0L10,5L0,10z" fill="currentColor"/></marker></defs>` +
    bands.join('') +
    `<g class="map-arrows" aria-hidden="true">${layout.edges.map(edgeSvg).join('')}</g>` +
    // In reading order (top-down, left to right), which is the order the keyboard visits them.
    [...layout.boxes]
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map(boxSvg)
      .join('') +
    `</svg>`
  );
}

function edgeSvg(e: MapEdge): string {
  const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  return (
    `<path class="map-arrow" data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}" d="${d}" ` +
    `fill="none" stroke="currentColor" stroke-opacity="0.8" stroke-width="1.5" marker-end="url(#${ARROW})"/>`
  );
}

function boxSvg(box: MapBox): string {
  const S = MAP_SIZES;
  const o = box.objective;
  const s = PALETTE.status[o.status];
  const x = round(box.x + S.padX);
  const statusY = round(box.y + S.padY + S.statusLine - 5);
  // Lines keep the space that ends them (wrapToWidth): not drawn, it parts the link's words.
  const lines = box.lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${round(statusY + S.titleLine * (i + 1))}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const rect = `x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6"`;
  return (
    `<a href="${escapeXml(o.href)}" class="map-link" aria-label="${escapeXml(`${s.word}: ${o.title}`)}">` +
    `<rect class="map-box-bg" ${rect} fill="Canvas"/>` +
    `<rect class="map-box map-box-status-${o.status}" data-id="${escapeXml(o.id)}" ${rect} ` +
    `fill="${s.color}" fill-opacity="0.14" stroke="${s.color}" stroke-width="2"/>` +
    `<text class="map-box-status" x="${x}" y="${statusY}" font-size="${S.statusFont}" fill="currentColor">` +
    `<tspan fill="${s.color}" aria-hidden="true">${s.symbol}</tspan> ${escapeXml(s.word)} </text>` +
    `<text class="map-box-title" font-size="${S.titleFont}" font-weight="600" fill="currentColor">${lines}</text></a>`
  );
}
