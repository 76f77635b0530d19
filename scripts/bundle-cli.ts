/**
 * Bundles the CLI with esbuild into lib/bundle/: one file for the entry and every command but
 * `build` and `dev`, plus one chunk per command it loads lazily, so `plumbline check` reads a
 * handful of files instead of the ~630 modules of the sources (zod, yaml, @stdlib…).
 *
 *   node scripts/bundle-cli.ts
 *
 * `build` and `dev` stay out of the bundle: they drive Astro, whose pages read the sources, and
 * render charts in worker threads by file name. The bundle imports them at run time from the
 * TypeScript sources in the repository, or from lib/ (compiled by tsc at pack time) once
 * installed. Packages only those or the network commands use stay external (below).
 * `bin/plumbline.js` runs the bundle when it is there and no input is newer than it
 * (lib/bundle/inputs.json lists them); otherwise the sources.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'lib', 'bundle');

/** Commands run from the sources (or tsc's lib/), with the function each one exports. */
export const UNBUNDLED_COMMANDS: Readonly<Record<string, string>> = {
  'build.ts': 'runBuild',
  'dev.ts': 'runDev',
};

/**
 * Packages left to Node's resolver: the site builder's, native or binary ones, and the network
 * clients, which no quick command loads.
 */
const EXTERNAL = [
  'astro',
  'astro/*',
  '@astrojs/*',
  'vite',
  'react',
  'react-dom',
  'vega',
  'vega-lite',
  'vega-embed',
  '@duckdb/*',
  'pg',
  '@octokit/*',
  'bottleneck',
  'tinypool',
  'pagefind',
];

/**
 * A stand-in for an unbundled command: imports it when called, from lib/cli/ (compiled) when
 * this bundle runs from an installed package, from src/cli/ (TypeScript) in the repository.
 */
function standIn(file: string, exported: string): string {
  const compiled = `../cli/${file.replace(/\.ts$/, '.js')}`;
  const source = `../../src/cli/${file}`;
  return `
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
const installed = fileURLToPath(import.meta.url).split(sep).includes('node_modules');
export async function ${exported}(...args) {
  const url = new URL(installed ? ${JSON.stringify(compiled)} : ${JSON.stringify(source)}, import.meta.url);
  return (await import(url.href)).${exported}(...args);
}
`;
}

const unbundled: esbuild.Plugin = {
  name: 'unbundled-commands',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z-]+\.ts$/ }, (args) => {
      const file = args.path.slice(2);
      if (path.basename(args.importer) !== 'main.ts' || !Object.hasOwn(UNBUNDLED_COMMANDS, file))
        return undefined;
      return { path: file, namespace: 'unbundled' };
    });
    build.onLoad({ filter: /.*/, namespace: 'unbundled' }, (args) => ({
      contents: standIn(args.path, UNBUNDLED_COMMANDS[args.path]!),
      loader: 'js',
      resolveDir: path.join(ROOT, 'src', 'cli'),
    }));
  },
};

/** Builds lib/bundle/ afresh (in a scratch folder first, so a reader never sees half of it). */
export async function bundleCli(): Promise<{ files: number; inputs: number }> {
  const scratch = `${OUT}.${process.pid}.tmp`;
  rmSync(scratch, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: scratch,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22.19',
    external: EXTERNAL,
    plugins: [unbundled],
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS packages (@stdlib) bundled into ES modules call `require` for Node's built-ins.
    banner: {
      js: "import { createRequire as __plumblineRequire } from 'node:module'; const require = __plumblineRequire(import.meta.url);",
    },
  });
  // What bin/plumbline.js compares the bundle's age with: our modules, and the file npm
  // rewrites on every install (for the packages bundled in).
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes(':'));
  const sources = inputs.filter((input) => !input.startsWith('node_modules/')).sort();
  writeFileSync(
    path.join(scratch, 'inputs.json'),
    `${JSON.stringify({ inputs: [...sources, 'node_modules/.package-lock.json'] }, null, 1)}\n`,
  );
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(path.dirname(OUT), { recursive: true });
  renameSync(scratch, OUT);
  return { files: Object.keys(result.metafile.outputs).length, inputs: inputs.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const { files, inputs } = await bundleCli();
  console.log(
    `Bundled the CLI into ${path.relative(process.cwd(), OUT) || '.'}/: ${files} files from ${inputs} modules in ${((performance.now() - t0) / 1000).toFixed(2)} s.`,
  );
}
