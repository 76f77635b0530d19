import * as z from 'zod';
import { journalSchema } from './journal.ts';
import { metricSchema } from './metric.ts';
import { peopleSchema } from './people.ts';
import { sourcesSchema } from './sources.ts';
import { strategySchema } from './strategy.ts';
import { teamsSchema } from './teams.ts';

/** The kinds of file Plumbline reads, named as their JSON Schemas are (`/schemas/<kind>.json`). */
export const FILE_KINDS = ['strategy', 'teams', 'metric', 'journal', 'people', 'sources'] as const;

/** A file kind. */
export type FileKind = (typeof FILE_KINDS)[number];

const SCHEMAS = {
  strategy: strategySchema,
  teams: teamsSchema,
  metric: metricSchema,
  journal: journalSchema,
  people: peopleSchema,
  sources: sourcesSchema,
} as const satisfies Record<FileKind, z.ZodType>;

/**
 * The JSON Schema of each file kind, generated from the zod schemas (the input side: what people
 * write), so editors autocomplete and flag mistakes through `# yaml-language-server: $schema=`.
 */
export function jsonSchemas(): Record<FileKind, Record<string, unknown>> {
  const out = {} as Record<FileKind, Record<string, unknown>>;
  for (const kind of FILE_KINDS) {
    out[kind] = {
      ...z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }),
      $id: `${kind}.json`,
    };
  }
  return out;
}
