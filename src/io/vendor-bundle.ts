import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './file-cache.ts';
import { versionOf } from './package-version.ts';

/** The packages in the Explore island's vega-embed bundle (and the bundler): its cache key. */
const PACKAGES = ['vega-embed', 'vega', 'vega-lite', 'rolldown'] as const;

/**
 * vega-embed with Vega and Vega-Lite, bundled for the browser once per set of versions and
 * served from the site (`_vendor/vega-embed.<key>.js`, ES module, default export `embed`). The
 * Explore island imports it by URL, so Astro's client build does not bundle Vega on every build.
 */
export interface VendorBundle {
  /** The bundle's file name, under `_vendor/` in the site: `vega-embed.<key>.js`. */
  readonly file: string;
  /** The bundle's code from the cache folder, or null when it is not there. */
  cached(): Promise<string | null>;
  /** Bundles the code (about half a second and a few hundred MB) and stores it in the cache. */
  make(): Promise<string>;
}

/** The vega-embed bundle of the installed versions; `cacheDir` keeps it between builds. */
export async function vegaEmbedBundle(cacheDir?: string): Promise<VendorBundle> {
  const versions = await Promise.all(
    PACKAGES.map(async (name) => `${name}@${await versionOf(name)}`),
  );
  const key = createHash('sha256').update(versions.join('\n')).digest('hex').slice(0, 16);
  const file = `vega-embed.${key}.js`;
  const cachedFile = cacheDir === undefined ? null : path.join(cacheDir, file);
  return {
    file,
    async cached() {
      return cachedFile === null ? null : await readFile(cachedFile, 'utf8').catch(() => null);
    },
    async make() {
      const made = await bundle();
      if (cachedFile !== null) writeFileAtomic(cachedFile, made);
      return made;
    },
  };
}

async function bundle(): Promise<string> {
  const { build } = await import('rolldown');
  const result = await build({
    input: fileURLToPath(import.meta.resolve('vega-embed')),
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    output: { format: 'esm', minify: true, codeSplitting: false },
  });
  const chunks = result.output.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`vega-embed bundled into ${chunks.length} chunks`);
  return chunks[0]!.code;
}
