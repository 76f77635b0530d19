import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { installedPackage } from './package-version.ts';

/** In load order: vega-lite needs the global `vega`, vega-embed both. */
const PACKAGES = ['vega', 'vega-lite', 'vega-embed'] as const;

/**
 * vega-embed with Vega and Vega-Lite for the browser, served from the site
 * (`_vendor/vega-embed.<hash>.js`) and imported by the Explore island by URL, so neither Astro's
 * client build nor ours bundles Vega. Each package ships a minified browser build (its `jsdelivr`
 * file, a UMD script that sets a global when loaded as a plain script or module); the three are
 * joined in load order and end with `export default globalThis.vegaEmbed`, so the file is one ES
 * module. Reading them takes milliseconds, where bundling the sources took half a second and a few
 * hundred MB. The name carries a hash of the content, so a browser never keeps an old copy.
 */
export interface VendorBundle {
  /** The file name under `_vendor/`: `vega-embed.<16 hex>.js`. */
  readonly file: string;
  readonly code: string;
}

/** The vega-embed module of the installed versions. */
export async function vegaEmbedBundle(): Promise<VendorBundle> {
  const parts = await Promise.all(
    PACKAGES.map(async (name) => {
      const { dir, manifest } = await installedPackage(name);
      const browserBuild = manifest.jsdelivr ?? manifest.unpkg;
      if (typeof browserBuild !== 'string')
        throw new Error(`${name} ${String(manifest.version)} names no browser build (jsdelivr)`);
      const code = await readFile(path.join(dir, browserBuild), 'utf8');
      // Their source maps are not served: no reference to them either.
      return `/* ${name} ${String(manifest.version)} */\n${code.replace(SOURCE_MAP, '').trimEnd()}\n`;
    }),
  );
  const code = `${parts.join(';\n')}export default globalThis.vegaEmbed;\n`;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  return { file: `vega-embed.${hash}.js`, code };
}

const SOURCE_MAP = /^\/\/# sourceMappingURL=.*$/gm;
