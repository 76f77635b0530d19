import * as z from 'zod';
import { ID_PATTERN, schemaRefSchema } from './common.ts';

/** The kinds of connection `plumbline pull` speaks; each is one adapter in src/io/sources/. */
export const CONNECTION_TYPES = ['duckdb', 'postgres'] as const;

/** A connection type. */
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

/** Keys that would put a secret into git: refused with a hint to use `url_env`. */
export const SECRET_KEYS = ['password', 'url', 'uri', 'dsn', 'connection_string'] as const;

/** An environment variable name, as shells and GitHub Actions accept them. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const forbidden = z
  .unknown()
  .optional()
  .meta({ description: 'Not allowed: the connection string comes from `url_env`.' });

/** One named connection. */
export const connectionSchema = z
  .strictObject({
    /** What it speaks. */
    type: z.enum(CONNECTION_TYPES).meta({
      description:
        '`duckdb`: SQL over CSV, Parquet and JSON files, embedded, no server. `postgres`: the PostgreSQL protocol (also Citus, CockroachDB, Redshift, YugabyteDB…).',
    }),
    /** duckdb: where relative file paths in queries resolve, relative to sources.yaml's folder. */
    root: z.string().trim().min(1).optional().meta({
      description:
        '(duckdb) The folder relative file paths in queries resolve against, relative to the folder of sources.yaml (default: that folder).',
    }),
    /** postgres: the environment variable that holds the connection string. */
    url_env: z
      .string()
      .superRefine((name, ctx) => {
        if (ENV_NAME.test(name)) return;
        const secret = name.includes('://') || name.includes('@') || name.includes('=');
        ctx.addIssue({
          code: 'custom',
          message: secret ? 'sources-secret' : 'sources-env-name',
          params: { plumbline: secret ? 'sources-secret' : 'sources-env-name' },
        });
      })
      .optional()
      .meta({
        description:
          '(postgres) The name of the environment variable holding the connection string (postgres://user:password@host:5432/db). Never write the string itself here.',
      }),
    ...Object.fromEntries(SECRET_KEYS.map((key) => [key, forbidden])),
  })
  .superRefine((c, ctx) => {
    const raw = c as Record<string, unknown>;
    for (const key of SECRET_KEYS) {
      if (raw[key] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'sources-secret',
          params: { plumbline: 'sources-secret' },
        });
    }
    if (c.type === 'postgres' && c.url_env === undefined && !SECRET_KEYS.some((k) => k in raw))
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: 'sources-url-env',
        params: { plumbline: 'sources-url-env' },
      });
    const misplaced = c.type === 'postgres' ? 'root' : 'url_env';
    if (c[misplaced] !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [misplaced],
        message: 'sources-misplaced',
        params: { plumbline: 'sources-misplaced', type: c.type },
      });
  });

/** kpis/sources.yaml: named SQL connections that readings are pulled from (`plumbline pull`). */
export const sourcesSchema = z
  .strictObject({
    $schema: schemaRefSchema.optional(),
    /** The connections, by name: a KPI names one in `source: { connection: NAME }`. */
    connections: z.record(z.string().regex(ID_PATTERN), connectionSchema).meta({
      description:
        'The connections by name (kebab-case); a KPI picks one with `source: { connection: NAME }`, or gets the only one.',
    }),
  })
  .meta({
    title: 'Plumbline sources.yaml',
    description: 'Named SQL connections that `plumbline pull` reads KPI readings from.',
  });

/** A parsed connection. */
export type Connection = z.output<typeof connectionSchema>;
/** A parsed sources.yaml. */
export type Sources = z.output<typeof sourcesSchema>;
