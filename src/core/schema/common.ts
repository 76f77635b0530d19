// `import * as z` (here and in every schema): the bundle then leaves out what we do not use of
// zod, its 40-odd locales among them (scripts/bundle-cli.ts); `import { z }` takes all of it.
import * as z from 'zod';
import { parsePeriodText, periodEnd } from '../period/period.ts';

/** A kebab-case id: lower-case letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of a goal, objective, team or KPI. */
export const idSchema = z.string().regex(ID_PATTERN).meta({
  description: 'A kebab-case id: lower-case words joined by hyphens, e.g. `grow-pipeline`.',
});

/** A list of ids; an empty list is allowed. */
export const idListSchema = z.array(idSchema);

/** A person's name or handle. */
export const personSchema = z.string().trim().min(1).meta({ description: 'A person, by name.' });

/** Markdown text written by people; rendered sanitised. */
export const markdownSchema = z.string().meta({ description: 'Markdown text.' });

/**
 * The forms of a date, for editors (the JSON Schemas): `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`,
 * `YYYY-Qn`, `YYYY`, with months 01–12, days 01–31 and weeks 01–53. Whether the day is on the
 * calendar (no 2026-02-30, no week 53 in a 52-week year) only `check` can tell.
 */
export const DATE_JSON_PATTERN =
  '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?|-Q[1-4]|-W(?:0[1-9]|[1-4]\\d|5[0-3]))?$';

/** `$schema`: the line editors read; Plumbline ignores it. */
export const schemaRefSchema = z.string().meta({
  description:
    'The JSON Schema editors check this file against (usually given by the `# yaml-language-server: $schema=` comment instead).',
});

/**
 * A date in one of the SPEC §2 forms — `2026-03-02`, `2026-W09`, `2026-03`, `2026-Q1`, `2026` —
 * read as the day number of its last day. YAML reads a bare year such as `2026` as a number, so a
 * whole number is accepted as a year too.
 */
export const dateSchema = z
  // The pattern and the year's range are for editors only: `check` reads the date itself, with
  // its own messages, and also knows the calendar.
  .union([
    z.string().meta({ pattern: DATE_JSON_PATTERN }),
    z.int().meta({ minimum: 1000, maximum: 9999 }),
  ])
  .meta({
    description:
      'A date: `YYYY-MM-DD`, or a period (`YYYY-Www`, `YYYY-MM`, `YYYY-Qn`, `YYYY`) meaning its last day. The editor checks the form; `plumbline check` also checks that the day exists (no 2026-02-30).',
  })
  .transform((value, ctx) => {
    const period = parsePeriodText(String(value));
    if (period === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'date',
        params: { plumbline: 'date' },
        input: value,
      });
      return z.NEVER;
    }
    return periodEnd(period);
  });

/** A value at a date: a plan point. */
export const planPointSchema = z.strictObject({
  /** The planned value. */
  value: z.number().meta({ description: 'The planned value, in the KPI unit.' }),
  /** When it is planned for. */
  date: dateSchema.meta({ description: 'When the value is planned for (a date or a period).' }),
});

/** A percent (`5%`) or an absolute number (`12`). */
export type Amount = { readonly kind: 'percent' | 'absolute'; readonly value: number };

const PERCENT_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;

/** A percent string such as `5%` or `-20%` (stored as a fraction, 0.05), or a plain number. */
export const amountSchema = z
  .union([z.number(), z.string().regex(PERCENT_RE)])
  .meta({ description: 'A percent such as `5%`, or an absolute number in the KPI unit.' })
  .transform((value): Amount => {
    if (typeof value === 'number') return { kind: 'absolute', value };
    return { kind: 'percent', value: Number(PERCENT_RE.exec(value)![1]) / 100 };
  });

/** A percent string only (`-20%`), stored as a fraction. */
export const percentSchema = z
  .string()
  .regex(PERCENT_RE)
  .meta({ description: 'A percent such as `-20%`.' })
  .transform((value) => Number(PERCENT_RE.exec(value)![1]) / 100);
