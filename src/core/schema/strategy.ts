import * as z from 'zod';
import { RULES } from '../diagnostics/rules.ts';
import {
  dateSchema,
  idListSchema,
  idSchema,
  markdownSchema,
  personSchema,
  schemaRefSchema,
} from './common.ts';

/** The four perspectives of the Balanced Scorecard, from outcome to enabler. */
export const PERSPECTIVES = [
  'financial',
  'customer',
  'internal-process',
  'learning-growth',
] as const;

/** A Balanced Scorecard perspective. */
export type Perspective = (typeof PERSPECTIVES)[number];

/** How the site and the charts name each perspective. */
export const PERSPECTIVE_LABELS: Readonly<Record<Perspective, string>> = {
  financial: 'Financial',
  customer: 'Customer',
  'internal-process': 'Internal process',
  'learning-growth': 'Learning & growth',
};

const SEVERITY_OVERRIDES = ['error', 'warning', 'info', 'off'] as const;
const severityOverride = z.enum(SEVERITY_OVERRIDES);

/**
 * For editors: the rule ids `policy.severity` takes, each with what it checks (`check` reports
 * any other key).
 */
const severityRules = Object.fromEntries(
  Object.entries(RULES).map(([id, rule]) => [
    id,
    {
      type: 'string',
      enum: [...SEVERITY_OVERRIDES],
      description: `${rule.summary} Default: ${rule.severity}.${rule.kind === 'load' ? ' (A file rule: it can be raised, never lowered or silenced.)' : ''}`,
    },
  ]),
);

const range = z
  .tuple([z.int().min(0), z.int().min(0)])
  .meta({ description: 'An inclusive range `[min, max]`.' });

/** Guardrail thresholds; every one has a default (SPEC §3, §4). */
export const policySchema = z
  .strictObject({
    /** Most primary KPIs one owner may have per goal, objective or team. */
    primary_per_owner: z.int().min(1).default(3).meta({
      description: 'Most primary KPIs per owner on one goal, objective or team (default 3).',
    }),
    /** Overdue periods after which a KPI is stale. */
    stale_after_periods: z
      .int()
      .min(1)
      .default(2)
      .meta({ description: 'Overdue periods after which a KPI counts as stale (default 2).' }),
    /** Days after a trigger's period within which a journal action handles it. */
    response_days: z.int().min(0).default(14).meta({
      description:
        'Days after a fired trigger’s period within which an action counts as its response (default 14).',
    }),
    /** The vital few: how many active KPIs a team of each level should own. */
    vital_few: z
      .strictObject({
        enterprise: range.default([5, 7]),
        function: range.default([4, 6]),
        team: range.default([3, 5]),
      })
      .prefault({})
      .meta({
        description:
          'KPI counts per team level that keep to the vital few (default 5–7, 4–6, 3–5).',
      }),
    /** How many objectives a perspective should have. */
    objectives_per_perspective: range
      .default([2, 4])
      .meta({ description: 'Objectives per perspective (default 2–4).' }),
    /** How many objectives the strategy should have in all. */
    objectives_total: range
      .default([8, 12])
      .meta({ description: 'Objectives in all (default 8–12).' }),
    /** Severity of a guardrail rule, by rule id; `off` silences it. */
    severity: z
      .record(z.string(), severityOverride)
      .meta({ properties: severityRules, additionalProperties: false })
      .default({})
      .meta({ description: 'Severity per guardrail rule id: error, warning, info or off.' }),
  })
  .meta({ description: 'Guardrail thresholds. Every one has a default.' });

/** A leadership goal, written SMART. */
export const goalSchema = z.strictObject({
  id: idSchema,
  /** A short name. */
  title: z.string().trim().min(1).meta({ description: 'A short name.' }),
  /** The SMART statement: what, how much, by when. */
  statement: z
    .string()
    .optional()
    .meta({ description: 'The SMART statement: what, how much, by when.' }),
  /** Headline KPI ids. */
  kpis: idListSchema
    .default([])
    .meta({ description: 'Headline KPI ids: how the goal is measured.' }),
  owner: personSchema.optional(),
  /** When the goal must be met. */
  deadline: dateSchema.optional(),
  /** 1 is the most important. */
  priority: z
    .int()
    .min(1)
    .optional()
    .meta({ description: 'Priority rank; 1 is the most important.' }),
});

/** A strategic objective in one perspective. */
export const objectiveSchema = z.strictObject({
  id: idSchema,
  title: z
    .string()
    .trim()
    .min(1)
    .meta({ description: 'A short name: an outcome, not an activity.' }),
  description: markdownSchema.optional(),
  /** The Balanced Scorecard perspective. */
  perspective: z.enum(PERSPECTIVES).meta({ description: 'The Balanced Scorecard perspective.' }),
  /** Goals it serves. */
  goals: idListSchema.default([]).meta({ description: 'Ids of the goals this objective serves.' }),
  /** Objectives it causes (cause → effect). */
  drives: idListSchema
    .default([])
    .meta({ description: 'Ids of the objectives this one causes (cause → effect).' }),
  owner: personSchema.optional(),
});

/** The locale of the site when strategy.yaml names none. */
export const DEFAULT_LOCALE = 'en-US';

/** The locale of an organisation's site: strategy.yaml's, else DEFAULT_LOCALE. */
export function localeOf(strategy: { readonly locale?: string | undefined }): string {
  return strategy.locale ?? DEFAULT_LOCALE;
}

/** A BCP 47 language tag as Intl takes it: `de`, `de-DE`, `pt-BR`, `zh-Hant-TW`, `es-419`. */
const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

/** strategy.yaml: the organisation, its destination, policy, goals and objectives. */
export const strategySchema = z
  .strictObject({
    $schema: schemaRefSchema.optional(),
    /** The organisation's name. */
    organization: z.string().trim().min(1).meta({ description: 'The organisation’s name.' }),
    /** How the site writes numbers and dates. */
    locale: z.string().regex(LOCALE_PATTERN).optional().meta({
      description:
        'How the site writes numbers and dates, as a language tag: `en-US` (default), `de-DE`, `fr-FR`, `pt-BR`…',
    }),
    /** The 3-year destination paragraph. */
    destination: markdownSchema
      .optional()
      .meta({ description: 'The 3-year destination (markdown).' }),
    policy: policySchema.prefault({}),
    goals: z
      .array(goalSchema)
      .default([])
      .meta({ description: 'Leadership goals, written SMART: what, how much, by when.' }),
    objectives: z.array(objectiveSchema).default([]).meta({
      description: 'Strategic objectives, each in one Balanced Scorecard perspective.',
    }),
  })
  .meta({
    title: 'Plumbline strategy.yaml',
    description: 'The organisation, its goals and objectives.',
  });

/** A parsed strategy.yaml. */
export type Strategy = z.output<typeof strategySchema>;
/** A parsed goal. */
export type Goal = z.output<typeof goalSchema>;
/** A parsed objective. */
export type Objective = z.output<typeof objectiveSchema>;
/** The policy with defaults filled in. */
export type Policy = z.output<typeof policySchema>;
