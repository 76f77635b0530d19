import type { MapObjective } from './chart-data.ts';
import { layoutStrategyMap } from './strategy-map/map-layout.ts';
import { mapSvg } from './strategy-map/map-svg.ts';

export { strategyMapList, type MapListBand } from './strategy-map/map-list.ts';

/**
 * The strategy map (DESIGN.md "Charts") as an SVG string: laid out by ELK (map-layout.ts) and
 * drawn by map-svg.ts. Asynchronous because ELK is; deterministic: the same objectives, in any
 * order, give the same bytes.
 */
export async function strategyMapSvg(objectives: readonly MapObjective[]): Promise<string> {
  return mapSvg(await layoutStrategyMap(objectives));
}
