// A worker thread that parses readings CSVs (parse-ahead.ts): it is sent the files once, posts
// back each one's result (parseReadings, by path, in the order sent) and ends.
import { parentPort } from 'node:worker_threads';
import { parseReadings } from '../core/load/parse-readings.ts';
import type { TextFile } from '../core/load/source-file.ts';

parentPort!.once('message', (files: readonly TextFile[]) => {
  parentPort!.postMessage(files.map((f) => [f.path, parseReadings(f.path, f.text)] as const));
});
