import { versionOf } from '../package-version.ts';

/**
 * Identifies what turns a spec into SVG bytes (it goes into every chart's content key): bump the
 * first part whenever render-svg.ts or the text metrics change, so cached SVGs from an older
 * renderer are not reused. Read from the installed packages, so a build whose charts are all
 * drawn by workers (or cached) never loads Vega in its main thread.
 */
export async function rendererVersion(): Promise<string> {
  const [vega, vegaLite] = await Promise.all([versionOf('vega'), versionOf('vega-lite')]);
  return `plumbline-svg-3 vega-${vega} vega-lite-${vegaLite}`;
}
