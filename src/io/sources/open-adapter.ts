import path from 'node:path';
import type { Connection } from '../../core/schema/sources.ts';
import { assertNever } from '../../core/period/period.ts';
import { openDuckdb } from './duckdb-adapter.ts';
import { openPostgres } from './postgres-adapter.ts';
import type { SourceAdapter } from './source-adapter.ts';

/** Opens a connection of sources.yaml; `kpiDir` is the folder sources.yaml is in. */
export function openAdapter(
  name: string,
  connection: Connection,
  kpiDir: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<SourceAdapter> {
  switch (connection.type) {
    case 'duckdb':
      return openDuckdb(name, path.resolve(kpiDir, connection.root ?? '.'));
    case 'postgres':
      return openPostgres(name, connection.url_env!, env[connection.url_env!]);
    default:
      return assertNever(connection.type);
  }
}
