import * as z from 'zod';
import { dateSchema, idSchema, markdownSchema, personSchema, schemaRefSchema } from './common.ts';

/** What a review decided about a KPI. */
export const DECISIONS = ['keep', 'modify', 'retire', 'add'] as const;

/** A review decision on one KPI. */
export const decisionSchema = z.strictObject({
  kpi: idSchema,
  decision: z.enum(DECISIONS).meta({ description: 'keep, modify, retire or add.' }),
  note: markdownSchema.optional(),
});

/** An action taken, usually in response to a trigger. */
export const actionSchema = z.strictObject({
  kpi: idSchema,
  /** When it was started. */
  date: dateSchema,
  action: z.string().trim().min(1).meta({ description: 'What was done.' }),
  owner: personSchema.optional(),
  /** When it was finished. */
  done: dateSchema.optional(),
});

/** journal/*.yaml: one meeting or event. */
export const journalSchema = z
  .strictObject({
    $schema: schemaRefSchema.optional(),
    date: dateSchema,
    title: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'What the meeting or event was.' }),
    attendees: z.array(personSchema).default([]).meta({ description: 'Who took part.' }),
    notes: markdownSchema.optional(),
    decisions: z.array(decisionSchema).default([]).meta({
      description: 'What was decided about each KPI reviewed (`kpi`, `decision`, `note`).',
    }),
    actions: z.array(actionSchema).default([]).meta({
      description:
        'Actions taken, e.g. in response to a trigger (`kpi`, `date`, `action`, `done`).',
    }),
  })
  .meta({ title: 'Plumbline journal entry', description: 'A review or an action record.' });

/** A parsed journal file. */
export type JournalEntry = z.output<typeof journalSchema>;
