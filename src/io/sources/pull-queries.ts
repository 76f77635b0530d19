import { diagnostic } from '../../core/diagnostics/diagnostic.ts';
import { openAdapter } from './open-adapter.ts';
import { pullKpi, type PullOutcome, type PullTarget } from './pull-kpi.ts';
import { SourceError, type SourceAdapter } from './source-adapter.ts';

/** How the queries run. */
export interface PullQueriesOptions {
  /** The KPI folder (sources.yaml's folder), absolute. */
  readonly kpiDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly since: number | null;
  readonly timeoutMs: number;
  /** Called as queries start and finish. */
  readonly onProgress?: (done: number, total: number, running: readonly string[]) => void;
}

/**
 * Runs every target's query: one adapter per connection, opened once and closed at the end,
 * up to `adapter.parallel` queries at once on each, every connection at the same time. A
 * connection that cannot be opened fails its KPIs only.
 */
export async function pullQueries(
  targets: readonly PullTarget[],
  options: PullQueriesOptions,
): Promise<Map<string, PullOutcome>> {
  const outcomes = new Map<string, PullOutcome>();
  const groups = new Map<string, PullTarget[]>();
  for (const t of targets) {
    const list = groups.get(t.query.connectionName);
    if (list === undefined) groups.set(t.query.connectionName, [t]);
    else list.push(t);
  }
  const running = new Set<string>();
  const progress = (): void =>
    options.onProgress?.(outcomes.size, targets.length, [...running].sort());
  progress();

  const runGroup = async (name: string, group: PullTarget[]): Promise<void> => {
    let adapter: SourceAdapter;
    try {
      adapter = await openAdapter(name, group[0]!.query.connection, options.kpiDir, options.env);
    } catch (error) {
      const message =
        error instanceof SourceError
          ? error.message
          : `Connection \`${name}\` could not be opened: ${error instanceof Error ? error.message : String(error)}`;
      for (const t of group) {
        outcomes.set(t.query.kpi, {
          kind: 'error',
          diagnostic: diagnostic(
            'pull-connection',
            { file: t.query.file, line: 1, col: 1 },
            message,
            t.query.connection.type === 'postgres'
              ? `Set ${t.query.connection.url_env} to a connection string that reaches the server (postgres://user:password@host:5432/database), from where pull runs.`
              : 'Check `root` in sources.yaml: it is relative to the folder sources.yaml is in.',
          ),
        });
      }
      progress();
      return;
    }
    try {
      const queue = [...group];
      const worker = async (): Promise<void> => {
        for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
          running.add(t.query.kpi);
          progress();
          const outcome = await pullKpi(adapter, t, options);
          running.delete(t.query.kpi);
          outcomes.set(t.query.kpi, outcome);
          progress();
        }
      };
      await Promise.all(
        Array.from({ length: Math.min(adapter.parallel, group.length) }, () => worker()),
      );
    } finally {
      await adapter.close();
    }
  };
  await Promise.all([...groups].map(([name, group]) => runGroup(name, group)));
  return outcomes;
}
