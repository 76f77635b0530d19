import path from 'node:path';
import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { formatText } from '../core/diagnostics/format-text.ts';
import { formatDay } from '../core/period/period.ts';
import { checkProject } from '../core/pipeline.ts';
import { buildSite, drawsEveryChart, type BuildProgress } from '../io/build-site.ts';
import { parseAhead } from '../io/parse-ahead.ts';
import { startChartWorkers } from '../io/render-charts/chart-pool.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { FORMAT_OPTION, outputFormat, printResult } from './output-format.ts';
import { progressOf, type Progress } from './progress.ts';
import {
  displayPrefix,
  parseAsOf,
  parseCommand,
  readFolder,
  folderArgument,
} from './parse-command.ts';

/**
 * `plumbline build [dir] [--out dist] [--as-of DATE] [--base /repo/] [--site URL]`: check, compute
 * once, emit the site. A failed check prints the errors, builds nothing and leaves the previous
 * output alone (exit 1).
 */
export async function runBuild(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('build', args, {
    out: { type: 'string', default: 'dist' },
    'as-of': { type: 'string' },
    base: { type: 'string' },
    site: { type: 'string' },
    'no-cache': { type: 'boolean' },
    'cache-dir': { type: 'string' },
    threads: { type: 'string' },
    concurrency: { type: 'string' },
    repo: { type: 'string' },
    format: FORMAT_OPTION,
  });
  const format = outputFormat('build', values.format);
  const env = effects.env ?? {};
  const base = normalizeBase(values.base ?? env.BASE_PATH ?? '/');
  const site = values.site ?? env.SITE_URL;
  if (site !== undefined && site !== '' && !/^https?:\/\/[^\s]+$/.test(site))
    throw new CliError(`build: --site must be an http(s) URL, got \`${site}\`.`);
  const repo = values.repo ?? env.GITHUB_REPOSITORY;
  if (repo !== undefined && repo !== '' && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repo))
    throw new CliError(`build: --repo must be OWNER/NAME, got \`${repo}\`.`);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))
    throw new CliError('build: --threads must be a whole number ≥ 1.');
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1))
    throw new CliError('build: --concurrency must be a whole number ≥ 1.');
  const asOf = parseAsOf(values['as-of'], effects);
  const dir = folderArgument('build', positionals);
  const cacheDir =
    values['no-cache'] === true
      ? undefined
      : path.resolve(
          effects.cwd,
          values['cache-dir'] ?? path.join('node_modules', '.cache', 'plumbline'),
        );
  // For a cold build, the chart workers load Vega while this thread reads and computes (the
  // build takes them over).
  const workers = (await drawsEveryChart(cacheDir)) ? startChartWorkers(threads) : null;
  try {
    return await readAndBuild();
  } finally {
    await workers?.stop(); // A failed check or build leaves no worker to keep the process alive.
  }

  async function readAndBuild(): Promise<number> {
    const progress = progressOf(effects, 'build');
    progress.phase('reading files');
    const files = await readFolder(dir, effects);
    progress.phase(`checking and computing ${files.length} files`);
    // A cold build's charts wait for the model: a large folder's CSVs are parsed on another
    // thread meanwhile, while this one parses the YAML (parse-ahead.ts).
    const ahead = workers === null ? {} : await parseAhead(files);
    // The model is built by buildSite, once the first charts are handed out.
    const checked = checkProject(files, asOf, undefined, ahead);
    const prefix = displayPrefix(dir);
    if (hasErrors(checked.diagnostics)) {
      progress.end();
      effects.stderr(
        formatText(
          checked.diagnostics.filter((d) => d.severity === 'error'),
          { pathPrefix: prefix },
        ),
      );
      effects.stderr('Nothing was built: fix the errors above, then build again.\n');
      return 1;
    }
    const out = path.resolve(effects.cwd, values.out);
    // A failed build's message starts on a line of its own, not after the live progress line.
    const report = await buildSite(checked, {
      out,
      base,
      ...(site === undefined || site === '' ? {} : { site }),
      ...(cacheDir === undefined ? {} : { cacheDir }),
      ...(threads === undefined ? {} : { threads }),
      workers,
      ...(concurrency === undefined ? {} : { concurrency }),
      ...(repo === undefined || repo === ''
        ? {}
        : { repository: { server: env.GITHUB_SERVER_URL ?? 'https://github.com', name: repo } }),
      onWait: (holder, lockFile) => {
        progress.end();
        effects.stderr(
          `Waiting for another build${holder === null ? '' : ` (process ${holder})`} to finish: one build runs at a time. ` +
            `If none is running, delete ${lockFile}.\n`,
        );
      },
      onProgress: showBuildProgress(progress, checked.analysis.kpis.length),
      // The pages are counted only for a live line: plain lines (CI logs) show the charts' count.
      countPages: progress.live,
    }).finally(() => progress.end());
    const warnings = checked.diagnostics.filter((d) => d.severity === 'warning').length;
    const ms = report.ms;
    const where = path.relative(effects.cwd, out) || '.';
    printResult(effects, format, {
      text: () =>
        `Built ${report.pages} pages into ${where} (base ${base}) as of ${formatDay(asOf)}: ` +
        `${report.rendered} pages rendered, ${report.pages - report.rendered} unchanged; ${report.charts.rendered} charts rendered, ${report.charts.cached} from cache; ${warnings} guardrail warning${warnings === 1 ? '' : 's'} (run \`npx plumbline check\`).\n` +
        `Time: prepare ${ms.prepare.toFixed(0)} ms, pages ${ms.pages.toFixed(0)} ms (charts drawn meanwhile), then charts +${ms.charts.toFixed(0)} ms, files +${ms.files.toFixed(0)} ms.\n`,
      json: () => ({
        out: where.split(path.sep).join('/'),
        base,
        asOf: formatDay(asOf),
        pages: { total: report.pages, rendered: report.rendered },
        charts: report.charts,
        warnings,
        ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)])),
      }),
    });
    return 0;
  }
}

/** Build phases as progress lines: `build: rendering pages 120 (charts 300/2207)`. */
function showBuildProgress(progress: Progress, kpis: number): (p: BuildProgress) => void {
  let last: BuildProgress['phase'] | null = null;
  return (p) => {
    if (p.phase !== last) {
      last = p.phase;
      const name = {
        prepare: `preparing pages and charts for ${kpis} KPI${kpis === 1 ? '' : 's'}`,
        pages: 'rendering pages; charts drawn',
        charts: 'drawing the last charts',
        files: 'writing data files and the search index',
      }[p.phase];
      progress.phase(name);
    }
    if (p.phase === 'pages')
      progress.count(p.charts.done, p.charts.total, progress.live ? `${p.pages} pages` : undefined);
    if (p.phase === 'charts') progress.count(p.charts.done, p.charts.total);
  };
}

/** `repo` → `/repo/`; empty → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed !== '' && !/^[\w.~-]+(\/[\w.~-]+)*$/.test(trimmed))
    throw new CliError(`build: the base path \`${base}\` has characters a URL path cannot hold.`);
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
