import * as z from 'zod';
import { CADENCES } from '../period/period.ts';
import {
  amountSchema,
  dateSchema,
  idListSchema,
  idSchema,
  markdownSchema,
  percentSchema,
  personSchema,
  planPointSchema,
  schemaRefSchema,
} from './common.ts';

/** Which way is better. */
export const DIRECTIONS = ['up', 'down', 'target'] as const;
/** How readings within one period combine. */
export const AGGREGATES = ['last', 'sum', 'mean', 'min', 'max'] as const;
/** Whether a KPI moves first (leading) or records the outcome (lagging). */
export const KPI_KINDS = ['leading', 'lagging'] as const;
/** The metric audit label. */
export const AUDIT_LABELS = ['outcome', 'driver', 'proxy', 'vanity'] as const;
/** Lifecycle of a KPI. */
export const KPI_STATUSES = ['proposed', 'active', 'retired'] as const;
/** Review cadences. */
export const REVIEW_CADENCES = ['monthly', 'quarterly', 'yearly'] as const;

/** A cascade link to a parent KPI one level up. */
export const supportsLinkSchema = z.strictObject({
  kpi: idSchema,
  /** Declared share of the parent, 0–1. */
  weight: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({ description: 'Declared share of the parent, from 0 to 1.' }),
});

/** A leading → lagging link. */
export const drivesLinkSchema = z.strictObject({
  kpi: idSchema,
  /** Lag in periods of the coarser cadence; omitted means detect the best of 0..6. */
  lag: z
    .int()
    .min(0)
    .max(24)
    .optional()
    .meta({ description: 'Lag in periods of the coarser cadence; omit to detect 0–6.' }),
  /**
   * The expected sign follows both KPIs' `direction` (better here, better there); `inverse` when
   * a better value here is expected to make the lagging KPI worse.
   */
  effect: z.enum(['direct', 'inverse']).default('direct').meta({
    description:
      'The expected sign follows both KPIs’ `direction` (better here, better there); `inverse` when a better value here is expected to make the lagging KPI worse.',
  }),
});

/** When a trigger fires: exactly one of change, below, above. */
export const triggerConditionSchema = z
  .strictObject({
    /** Change against k periods earlier, as a percent. */
    change: percentSchema
      .optional()
      .meta({ description: 'Change against `periods` earlier, e.g. `-20%`.' }),
    /** Below this value for k periods in a row. */
    below: z
      .number()
      .optional()
      .meta({ description: 'Below this value for `periods` periods in a row.' }),
    /** Above this value for k periods in a row. */
    above: z
      .number()
      .optional()
      .meta({ description: 'Above this value for `periods` periods in a row.' }),
    periods: z
      .int()
      .min(1)
      .max(104)
      .default(1)
      .meta({ description: 'How many periods (default 1).' }),
  })
  // For editors: exactly one of change, below and above (as the refinement below checks).
  .meta({
    description: 'When it fires: exactly one of `change`, `below` or `above`, and `periods`.',
    oneOf: [{ required: ['change'] }, { required: ['below'] }, { required: ['above'] }],
  })
  .superRefine((when, ctx) => {
    const given = (['change', 'below', 'above'] as const).filter((k) => when[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'trigger-condition',
        params: { plumbline: 'trigger-condition', given },
      });
    }
  });

/** A trigger: a condition and the action to take. */
export const triggerSchema = z.strictObject({
  when: triggerConditionSchema,
  /** What to do when it fires. */
  action: z.string().trim().min(1).meta({ description: 'What to do when it fires.' }),
  /** Who acts; defaults to the KPI owner. */
  owner: personSchema.optional(),
});

/** Where the numbers come from. */
export const sourceSchema = z.strictObject({
  system: z.string().trim().min(1).optional().meta({ description: 'The system of record.' }),
  /** The sources.yaml connection that metrics/<id>.sql runs against (`plumbline pull`). */
  connection: idSchema.optional().meta({
    description:
      'The connection in sources.yaml that metrics/<id>.sql runs against; optional when there is only one.',
  }),
  url: z
    .string()
    .regex(/^https?:\/\//i)
    .optional()
    .meta({ description: 'An http(s) link to the report or query.' }),
  note: markdownSchema.optional(),
});

/** metrics/<id>.yaml: one KPI. */
export const metricSchema = z
  .strictObject({
    $schema: schemaRefSchema.optional(),
    name: z.string().trim().min(1).meta({ description: 'Display name.' }),
    description: markdownSchema.optional(),
    formula: z
      .string()
      .optional()
      .meta({ description: 'How it is computed, in words or pseudo-code.' }),
    unit: z.string().trim().min(1).default('count').meta({
      description: 'count, percent, currency:USD, ratio, days, hours, score, or any text.',
    }),
    direction: z
      .enum(DIRECTIONS)
      .meta({ description: 'up, down, or target (closer to the target is better).' }),
    kind: z.enum(KPI_KINDS).default('lagging').meta({ description: 'leading or lagging.' }),
    team: idSchema.meta({ description: 'The owning team; the KPI’s level is this team’s level.' }),
    shared_with: idListSchema.default([]).meta({ description: 'Co-owning teams.' }),
    owner: personSchema.optional(),
    cadence: z.enum(CADENCES).meta({ description: 'daily, weekly, monthly, quarterly or yearly.' }),
    aggregate: z
      .enum(AGGREGATES)
      .default('last')
      .meta({ description: 'How readings in one period combine (default last).' }),
    objectives: idListSchema.default([]).meta({ description: 'Objectives this KPI measures.' }),
    supports: z
      .array(supportsLinkSchema)
      .default([])
      .meta({ description: 'Parent KPIs one level up.' }),
    drives: z
      .array(drivesLinkSchema)
      .default([])
      .meta({ description: 'Lagging KPIs this one leads.' }),
    primary: z
      .boolean()
      .default(false)
      .meta({ description: 'Surfaced on goal, objective and team pages.' }),
    baseline: planPointSchema
      .optional()
      .meta({ description: 'Where the KPI started: `{value, date}`; the plan runs from here.' }),
    target: planPointSchema
      .optional()
      .meta({ description: 'Where it must be, by when: `{value, date}`.' }),
    milestones: z.array(planPointSchema).default([]).meta({
      description: 'Points on the way to the target (`{value, date}` each); the plan joins them.',
    }),
    thresholds: z.strictObject({ warning: amountSchema, critical: amountSchema }).optional().meta({
      description: 'Gap to plan that makes it at risk (warning) and off track (critical).',
    }),
    triggers: z.array(triggerSchema).default([]).meta({
      description: 'Conditions that call for an action (`when`, `action`, `owner`).',
    }),
    audit: z
      .enum(AUDIT_LABELS)
      .optional()
      .meta({ description: 'outcome, driver, proxy or vanity.' }),
    horizon: z
      .enum(['short', 'long'])
      .optional()
      .meta({ description: 'short or long: how soon a change shows in the number.' }),
    status: z
      .enum(KPI_STATUSES)
      .default('active')
      .meta({ description: 'proposed, active or retired.' }),
    introduced: dateSchema.optional(),
    retired: z
      .strictObject({
        date: dateSchema.meta({ description: 'When it was retired.' }),
        reason: z.string().trim().min(1).meta({ description: 'Why it was retired.' }),
        replaced_by: idSchema.optional().meta({ description: 'The KPI that replaces it, if any.' }),
      })
      .optional()
      .meta({ description: 'Required with `status: retired`, and only then: date and reason.' }),
    review: z
      .enum(REVIEW_CADENCES)
      .optional()
      .meta({ description: 'How often it must be reviewed.' }),
    source: sourceSchema
      .optional()
      .meta({ description: 'Where the numbers come from: `system`, `url`, `note`.' }),
  })
  .superRefine((kpi, ctx) => {
    if (kpi.status === 'retired' && kpi.retired === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'retired-needs-record',
        params: { plumbline: 'retired-needs-record' },
      });
    }
    if (kpi.status !== 'retired' && kpi.retired !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['retired'],
        message: 'retired-but-active',
        params: { plumbline: 'retired-but-active' },
      });
    }
  })
  .meta({
    title: 'Plumbline KPI',
    description: 'One KPI; its id is the file name.',
    // For editors: `retired:` with `status: retired`, and only then (as the refinement checks).
    if: { properties: { status: { const: 'retired' } }, required: ['status'] },
    then: { required: ['retired'] },
    else: { not: { required: ['retired'] } },
  });

/** A parsed KPI file. */
export type Metric = z.output<typeof metricSchema>;
/** A parsed trigger. */
export type Trigger = z.output<typeof triggerSchema>;
/** A parsed drives link. */
export type DrivesLink = z.output<typeof drivesLinkSchema>;
/** A parsed supports link. */
export type SupportsLink = z.output<typeof supportsLinkSchema>;
