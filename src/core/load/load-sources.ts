/**
 * The SQL side of a KPI folder: `sources.yaml` (named connections) and `metrics/<id>.sql` (the
 * query that fills `metrics/<id>.csv`, `plumbline pull`). Pure: the files come in as text, each
 * query comes out with the connection it runs against, and every problem as a diagnostic.
 *
 *   sources.yaml ── parseYamlFile → sourcesSchema ─┐
 *   metrics/<id>.sql ── KPI exists? ───────────────┼─ connection: source.connection, or the only one
 *   metrics/<id>.yaml (loaded Project) ────────────┘
 */
import { SOURCES_FILE } from '../names/file-names.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { sourcesSchema, type Connection, type Sources } from '../schema/sources.ts';

import type { Project } from './project.ts';
import { hasText, type SourceFile } from './source-file.ts';

import { didYouMean } from './suggest.ts';

import type { ParsedAhead } from './parsed-ahead.ts';
import { parseYamlFile } from './yaml-file.ts';

import { issuesToDiagnostics, PARSE_OPTIONS } from './zod-issues.ts';

const QUERY_FILE = /^metrics\/([^/]+)\.sql$/;

/** True for a path that is a KPI query, `metrics/<id>.sql`. */
export function isQueryFile(path: string): boolean {
  return QUERY_FILE.test(path);
}

/** One KPI query with the connection it runs against. */
export interface QueryRecord {
  readonly kpi: string;
  /** `metrics/<id>.sql`. */
  readonly file: string;
  readonly text: string;
  readonly connectionName: string;
  readonly connection: Connection;
}

/** What loadSources found. */
export interface SourcesResult {
  /** The parsed sources.yaml, or null when there is none or it has errors. */
  readonly sources: Sources | null;
  /** Queries whose KPI loaded and whose connection is known, sorted by KPI id. */
  readonly queries: readonly QueryRecord[];
  readonly diagnostics: Diagnostic[];
}

/** Reads sources.yaml and the KPI queries of a folder; never throws on user input. */
export function loadSources(
  files: readonly SourceFile[],
  project: Project,
  ahead: ParsedAhead = {},
): SourcesResult {
  const diagnostics: Diagnostic[] = [];
  const sourcesFile = files.find((f) => f.path === SOURCES_FILE);
  let sources: Sources | null = null;
  let sourcesBroken = false;
  if (sourcesFile !== undefined && hasText(sourcesFile)) {
    const yaml = ahead.yaml?.get(SOURCES_FILE) ?? parseYamlFile(SOURCES_FILE, sourcesFile.text);
    diagnostics.push(...yaml.diagnostics);
    if (yaml.diagnostics.length === 0) {
      const parsed = sourcesSchema.safeParse(yaml.value, PARSE_OPTIONS);
      if (parsed.success) sources = parsed.data;
      else
        diagnostics.push(
          ...issuesToDiagnostics(parsed.error.issues, {
            file: SOURCES_FILE,
            locator: yaml.locator,
            schema: sourcesSchema,
            noun: 'sources.yaml',
          }),
        );
    }
    sourcesBroken = sources === null;
  } else if (sourcesFile !== undefined) {
    sourcesBroken = true; // unreadable: the loader already reported it
  }

  const kpiFiles = new Set(
    files.filter((f) => /^metrics\/[^/]+\.ya?ml$/.test(f.path)).map((f) => f.path),
  );
  const names = sources === null ? [] : Object.keys(sources.connections).sort();
  const queries: QueryRecord[] = [];
  for (const file of files) {
    const match = QUERY_FILE.exec(file.path);
    if (match === null || !hasText(file)) continue;
    const id = match[1]!;
    if (!kpiFiles.has(`metrics/${id}.yaml`) && !kpiFiles.has(`metrics/${id}.yml`)) {
      diagnostics.push(
        diagnostic(
          'sql-orphan',
          { file: file.path, line: 1, col: 1 },
          `This query belongs to no KPI: there is no \`metrics/${id}.yaml\`, so \`plumbline pull\` never runs it.`,
          `Add \`metrics/${id}.yaml\` to define the KPI, or rename the query to match its KPI's file name.${didYouMean(
            id,
            [...kpiFiles].map((p) => p.slice(8).replace(/\.ya?ml$/, '')),
          )}`,
        ),
      );
      continue;
    }
    const kpi = project.kpiById.get(id);
    if (kpi === undefined || sourcesBroken) continue; // its own errors are already reported
    const wanted = kpi.def.source?.connection;
    if (wanted !== undefined) {
      const at = project.locate(kpi.file, ['source', 'connection']);
      if (sources === null) {
        diagnostics.push(
          diagnostic(
            'sql-no-connection',
            at,
            `\`source.connection\` names \`${wanted}\`, but the folder has no sources.yaml.`,
            `Add sources.yaml with \`connections: { ${wanted}: { type: duckdb, root: ../data } }\` (or a postgres connection with \`url_env\`).`,
          ),
        );
        continue;
      }
      const connection = sources.connections[wanted];
      if (connection === undefined) {
        diagnostics.push(
          diagnostic(
            'sql-no-connection',
            at,
            `There is no connection \`${wanted}\` in sources.yaml.${didYouMean(wanted, names)}`,
            `Use one of: ${names.map((n) => `\`${n}\``).join(', ') || '(none yet)'}, or add it to sources.yaml.`,
          ),
        );
        continue;
      }
      queries.push({
        kpi: id,
        file: file.path,
        text: file.text,
        connectionName: wanted,
        connection,
      });
      continue;
    }
    if (sources !== null && names.length === 1) {
      const name = names[0]!;
      queries.push({
        kpi: id,
        file: file.path,
        text: file.text,
        connectionName: name,
        connection: sources.connections[name]!,
      });
      continue;
    }
    diagnostics.push(
      diagnostic(
        'sql-no-connection',
        { file: file.path, line: 1, col: 1 },
        sources === null
          ? 'This query has no connection to run against: the folder has no sources.yaml.'
          : names.length === 0
            ? 'This query has no connection to run against: sources.yaml lists none.'
            : `This query could run against ${names.length} connections (${names.map((n) => `\`${n}\``).join(', ')}); its KPI does not say which.`,
        sources === null || names.length === 0
          ? 'Add sources.yaml with `connections: { files: { type: duckdb, root: ../data } }` (or a postgres connection with `url_env`).'
          : `Add \`source: { connection: ${names[0]} }\` (or another name) to \`metrics/${id}.yaml\`.`,
      ),
    );
  }
  queries.sort((a, b) => (a.kpi < b.kpi ? -1 : a.kpi > b.kpi ? 1 : 0));
  return { sources, queries, diagnostics };
}
