/**
 * Parses a KPI folder's files before the project is loaded, on two threads: a worker thread parses
 * the readings CSVs (readings-worker.ts) while this one parses the YAML; loadProject then only
 * checks and assembles (src/core/load/parsed-ahead.ts). For a cold build of a large folder, whose
 * model this thread computes while the chart workers wait for it: the 1,000 CSVs of the
 * 1,000-KPI organisation (33 MB, ~0.8 s to parse) no longer delay the first chart.
 */
import { Worker } from 'node:worker_threads';
import { parseYamlAhead, readingsFiles, type ParsedAhead } from '../core/load/parsed-ahead.ts';
import type { ParsedReadings } from '../core/load/parse-readings.ts';
import type { SourceFile, TextFile } from '../core/load/source-file.ts';

/**
 * Below this many bytes of CSV, a thread costs more to start (~50 ms, with its modules) than it
 * saves: the CSVs are parsed with the rest.
 */
export const MIN_CSV_BYTES = 4 * 1024 * 1024;

/**
 * The YAML of `files` parsed here and, when they hold at least `minBytes` of readings CSVs, the
 * CSVs parsed meanwhile in a worker thread. Should the worker fail, its CSVs are left to the
 * loader, which parses them as usual: the project loads the same either way.
 */
export async function parseAhead(
  files: readonly SourceFile[],
  { minBytes = MIN_CSV_BYTES }: { minBytes?: number } = {},
): Promise<ParsedAhead> {
  const csvs = readingsFiles(files);
  const bytes = csvs.reduce((n, f) => n + f.text.length, 0);
  const inWorker = csvs.length === 0 || bytes < minBytes ? null : parseInWorker(csvs);
  const yaml = parseYamlAhead(files);
  const readings = await inWorker;
  return readings === null ? { yaml } : { yaml, readings };
}

/** The CSVs' parse results from a worker thread, or null when it failed. */
function parseInWorker(
  csvs: readonly TextFile[],
): Promise<ReadonlyMap<string, ParsedReadings> | null> {
  const worker = new Worker(
    new URL(
      import.meta.url.endsWith('.ts') ? './readings-worker.ts' : './readings-worker.js',
      import.meta.url,
    ),
  );
  return new Promise<ReadonlyMap<string, ParsedReadings> | null>((resolve) => {
    worker.once('message', (results: [string, ParsedReadings][]) => resolve(new Map(results)));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null)); // ended without an answer: resolved already, or null
    worker.postMessage(csvs.map(({ path, text }) => ({ path, text })));
  }).finally(() => void worker.terminate());
}
