import type { SparklineInput } from './chart-data.ts';
import { escapeXml } from './escape-xml.ts';
import { PALETTE } from './palette.ts';

/** Room for the end dot and the stroke, in px. */
const PAD = 2.5;

/**
 * A table sparkline as a tiny inline SVG string, built by hand (Vega would cost milliseconds per
 * row; this costs microseconds): a polyline scaled to the box, no axes, the last value marked with
 * a dot, stroked in the status colour, `role="img"` with the (escaped) label as its accessible
 * name. Non-finite values are skipped; no values draw only a faint baseline. Long series keep at
 * most two values per pixel (the largest and smallest of each pixel column) so peaks survive.
 */
export function sparklineSvg(input: SparklineInput): string {
  const w = Math.max(1, input.width);
  const h = Math.max(1, input.height);
  const colour = PALETTE.status[input.status].color;
  const values = thin(
    input.values.filter((v) => Number.isFinite(v)),
    Math.max(1, Math.floor(w - 2 * PAD)),
  );
  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" class="sparkline sparkline-${input.status}" ` +
    `width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeXml(input.label)}">`;
  if (values.length === 0)
    return `${open}<line x1="${PAD}" y1="${h / 2}" x2="${w - PAD}" y2="${h / 2}" stroke="${colour}" stroke-opacity="0.5" stroke-dasharray="2 2"/></svg>`;
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) [min, max] = [min - 1, max + 1];
  const x = (i: number) =>
    values.length === 1 ? w / 2 : PAD + (i * (w - 2 * PAD)) / (values.length - 1);
  const y = (v: number) => PAD + ((max - v) * (h - 2 * PAD)) / (max - min);
  const points = values.map((v, i) => `${num(x(i))},${num(y(v))}`).join(' ');
  const lastX = num(x(values.length - 1));
  const lastY = num(y(values[values.length - 1]!));
  return (
    open +
    (values.length > 1
      ? `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>`
      : '') +
    `<circle cx="${lastX}" cy="${lastY}" r="2.25" fill="${colour}"/></svg>`
  );
}

/** Two decimals at most, no trailing zeros. */
function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** At most `columns` × 2 values: the first and last kept, the min and max of each column. */
function thin(values: readonly number[], columns: number): readonly number[] {
  if (values.length <= columns * 2) return values;
  const out: number[] = [];
  const per = values.length / columns;
  for (let c = 0; c < columns; c++) {
    const from = Math.floor(c * per);
    const to = Math.floor((c + 1) * per);
    let lo = from;
    let hi = from;
    for (let i = from; i < to; i++) {
      if (values[i]! < values[lo]!) lo = i;
      if (values[i]! > values[hi]!) hi = i;
    }
    for (const i of lo === hi ? [lo] : lo < hi ? [lo, hi] : [hi, lo]) out.push(values[i]!);
  }
  out[0] = values[0]!;
  out[out.length - 1] = values[values.length - 1]!;
  return out;
}
