/**
 * How many pages a build reused from Astro's page cache: read from Astro's incremental-build
 * manifest before and after the build. A page was reused when the previous build recorded it
 * with the same cache key, under the same route code and configuration (Astro's own test).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface Manifest {
  readonly configHash?: string;
  readonly lockfileHash?: string;
  readonly routes?: Record<
    string,
    {
      readonly dependencyHash?: string;
      readonly paths?: Record<string, { readonly cacheKey?: string }>;
    }
  >;
}

/** The manifest in Astro's cache folder; an empty one when there is none. */
export async function readPageManifest(cacheDir: string): Promise<Manifest> {
  try {
    return JSON.parse(
      await readFile(path.join(cacheDir, 'incremental-build.json'), 'utf8'),
    ) as Manifest;
  } catch {
    return {};
  }
}

/** The pages of `after` whose entry in `before` let Astro reuse them. */
export function reusedPages(before: Manifest, after: Manifest): number {
  if (before.configHash !== after.configHash || before.lockfileHash !== after.lockfileHash)
    return 0;
  let reused = 0;
  for (const [route, entry] of Object.entries(after.routes ?? {})) {
    const previous = before.routes?.[route];
    if (previous === undefined || previous.dependencyHash !== entry.dependencyHash) continue;
    for (const [page, { cacheKey }] of Object.entries(entry.paths ?? {}))
      if (cacheKey !== undefined && previous.paths?.[page]?.cacheKey === cacheKey) reused++;
  }
  return reused;
}
