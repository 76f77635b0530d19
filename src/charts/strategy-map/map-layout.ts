import elkModule from 'elkjs/lib/elk.bundled.js';
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { PERSPECTIVE_LABELS, PERSPECTIVES } from '../../core/schema/strategy.ts';
import type { MapObjective } from '../chart-data.ts';
import { wrapToWidth } from './wrap-to-width.ts';

/** Sizes in SVG user units; the SVG is drawn about 1:1 in a 1,280 px wide window. */
export const MAP_SIZES = {
  titleFont: 17,
  titleLine: 21,
  statusFont: 15,
  statusLine: 20,
  bandFont: 15,
  bandLine: 19,
  boxWidth: 232,
  padX: 12,
  padY: 10,
  /** The column of perspective names left of the graph. */
  labelColumn: 116,
  /** Text is wrapped to this share of the room it has: real fonts run wider than the estimate. */
  slack: 0.8,
} as const;

type Perspective = MapObjective['perspective'];

export interface MapBox {
  readonly objective: MapObjective;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The wrapped title, one entry per line. */
  readonly lines: readonly string[];
}

export interface MapEdge {
  readonly from: string;
  readonly to: string;
  /** The orthogonal route from the source box's border to the target box's border. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface MapBand {
  readonly perspective: Perspective;
  readonly y: number;
  readonly height: number;
  /** The perspective's name, wrapped to the label column. */
  readonly label: readonly string[];
  readonly empty: boolean;
}

/** Where everything of the strategy map goes; coordinates rounded to hundredths. */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly bands: readonly MapBand[];
  readonly boxes: readonly MapBox[];
  readonly edges: readonly MapEdge[];
}

/** Perspectives from the bottom band up: ELK's first layer is the bottom one (direction UP). */
const BOTTOM_UP: readonly Perspective[] = [...PERSPECTIVES].reverse();
const EMPTY = '\u0000empty:';
const EMPTY_HEIGHT = 36;

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'UP',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.partitioning.activate': 'true',
  // One graph, so that the partitions order objectives that no link connects.
  'elk.separateConnectedComponents': 'false',
  'elk.layered.mergeEdges': 'false',
  // At most four boxes a row: a perspective with more objectives takes two rows or more, so a
  // large map grows down rather than only sideways.
  'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
  'elk.layered.layering.coffmanGraham.layerBound': '4',
  'elk.randomSeed': '1',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '52',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
} as const;

/**
 * The bundled ELK (layout in this thread) is a CommonJS module whose `module.exports` is the
 * class; its typings declare an ES default export, so the import is typed by hand.
 */
type ElkClass = new () => ELK;
const ElkConstructor: ElkClass =
  (elkModule as unknown as { default?: ElkClass }).default ?? (elkModule as unknown as ElkClass);
let elk: ELK | undefined;

/**
 * Lays the strategy map out with ELK's layered algorithm: one partition per perspective, in
 * Balanced Scorecard order from Learning & growth at the bottom to Financial at the top, edges
 * from cause to effect routed orthogonally between the boxes, each edge with its own end points
 * on the boxes. Box sizes come from the wrapped titles, so no title is cut. The input is sorted
 * (objectives by id, drives deduplicated and sorted; unknown targets and self-links dropped), so
 * the same objectives in any order give the same layout.
 */
export async function layoutStrategyMap(objectives: readonly MapObjective[]): Promise<MapLayout> {
  const S = MAP_SIZES;
  const sorted = [...objectives].sort((a, b) => compare(a.id, b.id));
  const byId = new Map(sorted.map((o) => [o.id, o]));
  const textWidth = (S.boxWidth - 2 * S.padX) * S.slack;
  const lines = new Map(
    sorted.map((o) => [o.id, wrapToWidth(o.title, textWidth, S.titleFont, true)] as const),
  );
  // Boxes of one perspective are equally tall (the tallest title), so a band reads as a row.
  const bandLines = new Map<Perspective, number>();
  for (const o of sorted)
    bandLines.set(
      o.perspective,
      Math.max(bandLines.get(o.perspective) ?? 1, lines.get(o.id)!.length),
    );
  const boxHeight = (p: Perspective) =>
    2 * S.padY + S.statusLine + (bandLines.get(p) ?? 1) * S.titleLine;

  const edges: ElkExtendedEdge[] = sorted.flatMap((o) =>
    [...new Set(o.drives)]
      .filter((to) => to !== o.id && byId.has(to))
      .sort(compare)
      .map((to) => ({ id: `${o.id}\u0000${to}`, sources: [o.id], targets: [to] })),
  );
  const partition = (p: Perspective) => ({
    'elk.partitioning.partition': String(BOTTOM_UP.indexOf(p)),
  });
  const children: ElkNode[] = sorted.map((o) => ({
    id: o.id,
    width: S.boxWidth,
    height: boxHeight(o.perspective),
    layoutOptions: partition(o.perspective),
  }));
  // An empty perspective keeps its band: a placeholder node holds its place in the partitions.
  for (const p of BOTTOM_UP)
    if (!sorted.some((o) => o.perspective === p))
      children.push({
        id: EMPTY + p,
        width: S.boxWidth,
        height: EMPTY_HEIGHT,
        layoutOptions: partition(p),
      });

  elk ??= new ElkConstructor();
  const graph: ElkNode = { id: 'root', layoutOptions: { ...LAYOUT_OPTIONS }, children, edges };
  const laid: ElkNode = await elk.layout(graph);

  const dx = S.labelColumn;
  const at = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const boxes: MapBox[] = sorted.map((o) => {
    const c = at.get(o.id)!;
    return {
      objective: o,
      x: round(c.x! + dx),
      y: round(c.y!),
      width: c.width!,
      height: c.height!,
      lines: lines.get(o.id)!,
    };
  });
  const routed: MapEdge[] = (laid.edges ?? []).map((e) => {
    const [from, to] = e.id.split('\u0000') as [string, string];
    const s = e.sections![0]!;
    const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({
      x: round(p.x + dx),
      y: round(p.y),
    }));
    return { from, to, points };
  });
  const height = round(laid.height!);
  return {
    width: round(laid.width! + dx),
    height,
    bands: bandsOf(
      [...at.values()].map((c) => ({
        perspective: byId.get(c.id)?.perspective ?? (c.id.slice(EMPTY.length) as Perspective),
        top: c.y!,
        bottom: c.y! + c.height!,
      })),
      new Set(children.filter((c) => c.id.startsWith(EMPTY)).map((c) => c.id.slice(EMPTY.length))),
      height,
    ),
    boxes,
    edges: routed,
  };
}

/** Bands from the top down, meeting halfway between the boxes of neighbouring perspectives. */
function bandsOf(
  nodes: readonly { perspective: Perspective; top: number; bottom: number }[],
  empty: ReadonlySet<string>,
  height: number,
): MapBand[] {
  const extent = PERSPECTIVES.map((p) => {
    const mine = nodes.filter((n) => n.perspective === p);
    return {
      top: Math.min(...mine.map((n) => n.top)),
      bottom: Math.max(...mine.map((n) => n.bottom)),
    };
  });
  const cuts = [0];
  for (let i = 1; i < extent.length; i++)
    cuts.push(round((extent[i - 1]!.bottom + extent[i]!.top) / 2));
  cuts.push(height);
  return PERSPECTIVES.map((p, i) => ({
    perspective: p,
    y: cuts[i]!,
    height: round(cuts[i + 1]! - cuts[i]!),
    label: wrapToWidth(
      PERSPECTIVE_LABELS[p],
      (MAP_SIZES.labelColumn - 2 * MAP_SIZES.padX) * MAP_SIZES.slack,
      MAP_SIZES.bandFont,
      true,
    ),
    empty: empty.has(p),
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rounded to hundredths: short, stable numbers in the SVG. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
