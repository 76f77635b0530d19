import { PERSPECTIVE_LABELS, PERSPECTIVES } from '../../core/schema/strategy.ts';
import type { MapObjective } from '../chart-data.ts';

/** An objective named and linked, as the list view shows it. */
export interface MapListLink {
  readonly title: string;
  readonly href: string;
}

export interface MapListItem extends MapListLink {
  readonly id: string;
  readonly status: MapObjective['status'];
  /** The objectives it drives (its effects), in the order written. */
  readonly drives: readonly MapListLink[];
  /** The objectives that drive it (its causes), in the order of the input. */
  readonly drivenBy: readonly MapListLink[];
}

export interface MapListBand {
  readonly perspective: MapObjective['perspective'];
  readonly label: string;
  readonly objectives: readonly MapListItem[];
}

/**
 * The strategy map as a list, for phones and screen readers: the four perspectives from Financial
 * down to Learning & growth, each objective with what it drives and what drives it. The same
 * links as the map's arrows: duplicates, self-links and unknown objectives are left out.
 */
export function strategyMapList(objectives: readonly MapObjective[]): MapListBand[] {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const link = (o: MapObjective): MapListLink => ({ title: o.title, href: o.href });
  const effects = (o: MapObjective) =>
    [...new Set(o.drives)].filter((id) => id !== o.id && byId.has(id)).map((id) => byId.get(id)!);
  return PERSPECTIVES.map((perspective) => ({
    perspective,
    label: PERSPECTIVE_LABELS[perspective],
    objectives: objectives
      .filter((o) => o.perspective === perspective)
      .map((o) => ({
        id: o.id,
        status: o.status,
        ...link(o),
        drives: effects(o).map(link),
        drivenBy: objectives.filter((c) => effects(c).includes(o)).map(link),
      })),
  }));
}
