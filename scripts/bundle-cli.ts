/**
 * Bundles the CLI with esbuild into lib/bundle/: one file for the entry and every command but
 * `build` and `dev`, plus one chunk per command it loads lazily, so a command reads a handful of
 * files instead of the ~630 modules of the sources (zod, yaml, @stdlib…); `check`, whose
 * start-up counts most, is one CommonJS script with its own code cache (SCRIPT_COMMANDS).
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
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { SCRIPT_WRAPPER } from '../src/cli/code-cached-script.ts';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'lib', 'bundle');

/** Commands run from the sources (or tsc's lib/), with the function each one exports. */
export const UNBUNDLED_COMMANDS: Readonly<Record<string, string>> = {
  'build.ts': 'runBuild',
  'dev.ts': 'runDev',
};

/**
 * Commands bundled, each with everything it imports, into a CommonJS script of its own
 * (lib/bundle/check.script.js), which main.js runs with a V8 code cache written after its first run
 * (src/cli/code-cached-script.ts): `check`, whose start-up is timed (`npm run bench:startup`),
 * then spends little time compiling. Such a command may import only Node's built-ins besides.
 */
export const SCRIPT_COMMANDS: Readonly<Record<string, string>> = {
  'check.ts': 'runCheck',
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

/** A stand-in for a command bundled as a script: runs it (`version`: a checksum of its text). */
function scriptStandIn(file: string, exported: string, version: string): string {
  return `
import { fileURLToPath } from 'node:url';
import { runCodeCachedScript } from './code-cached-script.ts';
export async function ${exported}(...args) {
  const file = fileURLToPath(new URL(${JSON.stringify(`./${scriptName(file)}`)}, import.meta.url));
  return runCodeCachedScript(file, ${JSON.stringify(version)}, ${JSON.stringify(exported)}, args);
}
`;
}

/** A script is no module (its text is a function expression): it is named so. */
const SCRIPT_EXTENSION = '.script.js';
const scriptName = (file: string) => file.replace(/\.ts$/, SCRIPT_EXTENSION);

/** Puts stand-ins in place of the commands main.ts imports that are not in its bundle. */
function standIns(scriptVersions: Readonly<Record<string, string>>): esbuild.Plugin {
  return {
    name: 'stand-ins',
    setup(build) {
      build.onResolve({ filter: /^\.\/[a-z-]+\.ts$/ }, (args) => {
        const file = args.path.slice(2);
        if (path.basename(args.importer) !== 'main.ts') return undefined;
        if (Object.hasOwn(UNBUNDLED_COMMANDS, file)) return { path: file, namespace: 'unbundled' };
        if (Object.hasOwn(SCRIPT_COMMANDS, file)) return { path: file, namespace: 'script' };
        return undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'unbundled' }, (args) => ({
        contents: standIn(args.path, UNBUNDLED_COMMANDS[args.path]!),
        loader: 'js',
        resolveDir: path.join(ROOT, 'src', 'cli'),
      }));
      build.onLoad({ filter: /.*/, namespace: 'script' }, (args) => ({
        contents: scriptStandIn(args.path, SCRIPT_COMMANDS[args.path]!, scriptVersions[args.path]!),
        loader: 'js',
        resolveDir: path.join(ROOT, 'src', 'cli'),
      }));
    },
  };
}

/**
 * `yaml` from its ES-module build (the one it gives browsers) instead of its CommonJS one for
 * Node: esbuild then leaves out what no command uses, and the bundle does not run the whole
 * package wrapped in CommonJS on load. The two builds are the same code but for Node's ways of
 * warning (`process.emitWarning`, never reached: we parse with `logLevel: 'error'` and only
 * stringify plain data), of decoding YAML 1.1's `!!binary` (not in the core schema we read)
 * and the LOG_TOKENS/LOG_STREAM debugging variables.
 */
const yamlAsEsm: esbuild.Plugin = {
  name: 'yaml-as-esm',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({
      path: path.join(
        path.dirname(createRequire(import.meta.url).resolve('yaml/package.json')),
        'browser',
        'index.js',
      ),
    }));
  },
};

/**
 * Bundles SCRIPT_COMMANDS into scripts (CommonJS, wrapped) in `outdir`; returns a checksum of each one's
 * text and the metafile.
 */
async function bundleScripts(
  outdir: string,
): Promise<{ versions: Record<string, string>; metafile: esbuild.Metafile }> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.keys(SCRIPT_COMMANDS).map((file) => ({
      in: `src/cli/${file}`,
      out: path.basename(file, '.ts'),
    })),
    outdir,
    outExtension: { '.js': SCRIPT_EXTENSION },
    bundle: true,
    format: 'cjs',
    // The CommonJS wrapper written out, so V8 compiles the text as read (see SCRIPT_WRAPPER).
    banner: { js: SCRIPT_WRAPPER.head },
    footer: { js: SCRIPT_WRAPPER.tail },
    platform: 'node',
    target: 'node22.19',
    plugins: [yamlAsEsm],
    metafile: true,
    legalComments: 'none',
    // Less text to read and hold (a third less); names are kept, for stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  // A warning here is a bug to come: `import.meta`, for one, is empty in a CommonJS script.
  if (result.warnings.length > 0)
    throw new Error(`Bundling ${Object.keys(SCRIPT_COMMANDS).join(', ')} as scripts warned.`);
  // What a script still imports is left to Node: `require` of a built-in only (vm.Script
  // runs it without a loader for `import()`).
  for (const [output, { imports }] of Object.entries(result.metafile.outputs)) {
    const others = imports.filter((i) => i.kind !== 'require-call' || !isBuiltin(i.path));
    if (others.length > 0)
      throw new Error(
        `${output} imports ${others.map((i) => i.path).join(', ')}: a script command may only require Node's built-ins.`,
      );
  }
  const versions = Object.fromEntries(
    Object.keys(SCRIPT_COMMANDS).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(outdir, scriptName(file))))
        .digest('hex')
        .slice(0, 16),
    ]),
  );
  return { versions, metafile: result.metafile };
}

/** Builds lib/bundle/ afresh (in a scratch folder first, so a reader never sees half of it). */
export async function bundleCli(): Promise<{ files: number; inputs: number }> {
  const scratch = `${OUT}.${process.pid}.tmp`;
  rmSync(scratch, { recursive: true, force: true });
  const scripts = await bundleScripts(scratch).catch((error: unknown) => {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  });
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
    plugins: [standIns(scripts.versions), yamlAsEsm],
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
  const inputs = [
    ...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(scripts.metafile.inputs)]),
  ].filter((input) => !input.includes(':'));
  const sources = inputs.filter((input) => !input.startsWith('node_modules/')).sort();
  writeFileSync(
    path.join(scratch, 'inputs.json'),
    `${JSON.stringify({ inputs: [...sources, 'node_modules/.package-lock.json'] }, null, 1)}\n`,
  );
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(path.dirname(OUT), { recursive: true });
  renameSync(scratch, OUT);
  return {
    files:
      Object.keys(result.metafile.outputs).length + Object.keys(scripts.metafile.outputs).length,
    inputs: inputs.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const { files, inputs } = await bundleCli();
  console.log(
    `Bundled the CLI into ${path.relative(process.cwd(), OUT) || '.'}/: ${files} files from ${inputs} modules in ${((performance.now() - t0) / 1000).toFixed(2)} s.`,
  );
}
