// Imported first by render-worker.ts, so that it runs before Vega loads: a chart worker draws with
// what the main thread leaves. The main thread computes the model and renders the pages, which
// wait for nothing, while the charts are only needed at the end. (On Linux a thread has a
// priority of its own.)
import { setPriority } from 'node:os';

try {
  setPriority(10);
} catch {
  // Not allowed here: the worker draws at the process's priority.
}
