import type { Cadence } from '../period/period.ts';
import type { AGGREGATES, AUDIT_LABELS, DIRECTIONS } from '../schema/metric.ts';
import { flowList, schemaLine, withComment, yamlScalar } from './yaml-text.ts';

/** A value at a date, written as given (`2026-12-31`, `2026-06`). */
export interface TemplatePoint {
  readonly value: number;
  readonly date: string;
}

/** A trigger to write: its condition as YAML flow text (`{ below: 80, periods: 2 }`). */
export interface TemplateTrigger {
  readonly when: string;
  /** What the condition means, in words, for the comment. */
  readonly meaning: string;
  readonly action: string;
}

/** What a new KPI file says. Fields left out are written commented-out, with an example. */
export interface KpiTemplateInput {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly cadence: Cadence;
  readonly direction: (typeof DIRECTIONS)[number];
  readonly kind: 'leading' | 'lagging';
  readonly unit: string;
  readonly aggregate: (typeof AGGREGATES)[number];
  readonly objectives: readonly string[];
  readonly sharedWith: readonly string[];
  /** Today, `YYYY-MM-DD`: the `introduced` date; example dates are drawn from its year. */
  readonly today: string;
  /** The schemas folder relative to the KPI folder (see `schemaLine`). */
  readonly schemaDir: string;
  readonly owner?: string;
  readonly description?: string;
  readonly formula?: string;
  readonly primary?: boolean;
  readonly baseline?: TemplatePoint;
  readonly milestones?: readonly TemplatePoint[];
  readonly target?: TemplatePoint;
  readonly triggers?: readonly TemplateTrigger[];
  readonly audit?: (typeof AUDIT_LABELS)[number];
  readonly horizon?: 'short' | 'long';
  /** When it was first used (default: today). */
  readonly introduced?: string;
}

/** The header of a readings file: `date,value,note`. */
export const READINGS_HEADER = 'date,value,note';

/**
 * The text of `metrics/<id>.yaml`: every field of the KPI format, each explained in a comment.
 * Fields that have no value yet and would be invalid empty (owner, baseline, target, audit…) are
 * written commented-out with an example, so the file passes `plumbline check` as written.
 */
export function kpiTemplate(input: KpiTemplateInput): string {
  const year = Number(input.today.slice(0, 4));
  const point = (p: TemplatePoint) => `{ value: ${p.value}, date: ${p.date} }`;
  const on = (text: string, comment: string) => withComment(text, comment);
  const off = (text: string, comment: string) => withComment(`# ${text}`, comment);
  /** The field with its value, or commented-out with an example when there is none. */
  const maybe = <T>(value: T | undefined, write: (v: T) => string, example: string, c: string) =>
    value === undefined ? off(example, c) : on(write(value), c);
  const triggers = input.triggers ?? [];
  return [
    schemaLine(input.schemaDir, 'metric', 1),
    `# KPI \`${input.id}\`: one measure, owned by one team. Its id is this file's name; its`,
    `# readings go in ${input.id}.csv beside it, one row per date (date,value,note).`,
    '# Lines starting with # are comments. To use a commented-out field, delete the "# " before it.',
    '',
    '# What it is',
    on(`name: ${yamlScalar(input.name)}`, 'the name people see'),
    on(
      `description: ${yamlScalar(input.description ?? '')}`,
      'what it measures and why it matters',
    ),
    on(`formula: ${yamlScalar(input.formula ?? '')}`, 'how it is calculated, in words'),
    on(
      `unit: ${yamlScalar(input.unit)}`,
      'count, percent, currency:USD, ratio, days, hours, score…',
    ),
    '',
    '# Who owns it',
    on(`team: ${yamlScalar(input.team)}`, 'the team that owns it (an id from teams.yaml)'),
    on(`shared_with: ${flowList(input.sharedWith)}`, 'other teams that share it, e.g. [sales]'),
    maybe(
      input.owner,
      (o) => `owner: ${yamlScalar(o)}`,
      'owner: Your Name',
      'the person who answers for it',
    ),
    '',
    '# How to read it',
    on(`direction: ${input.direction}`, 'up: higher is better; down: lower; target: nearest it'),
    on(`kind: ${input.kind}`, 'lagging: shows a result; leading: moves first, predicts one'),
    on(`cadence: ${input.cadence}`, 'how often: daily, weekly, monthly, quarterly, yearly'),
    on(`aggregate: ${input.aggregate}`, 'several readings in a period: last, sum, mean, min, max'),
    '',
    '# How it fits the strategy',
    on(`objectives: ${flowList(input.objectives)}`, 'objectives it measures (from strategy.yaml)'),
    on('supports: []', 'KPIs one level up it feeds: [{ kpi: id, weight: 0.5 }]'),
    on('drives: []', 'KPIs it moves ahead of: [{ kpi: id, lag: 1 }] (lag in periods)'),
    on(`primary: ${input.primary === true}`, 'true: shown first on goal, objective, team pages'),
    '',
    '# The plan: where it starts, where it should be and by when',
    maybe(
      input.baseline,
      (b) => `baseline: ${point(b)}`,
      `baseline: { value: 100, date: ${year}-01 }`,
      'the starting value and its date',
    ),
    on(
      `milestones: [${(input.milestones ?? []).map(point).join(', ')}]`,
      `points on the way, e.g. [{ value: 125, date: ${year + 1}-06-30 }]`,
    ),
    maybe(
      input.target,
      (t) => `target: ${point(t)}`,
      `target: { value: 150, date: ${year + 1}-12-31 }`,
      'the value to reach, and by when',
    ),
    on(
      'thresholds: { warning: 5%, critical: 10% }',
      'behind plan by this much: at risk, off track',
    ),
    '',
    '# What to do when it goes wrong: a condition, and the action it calls for',
    ...(triggers.length === 0
      ? [
          on('triggers: []', 'to add one: delete [] and the "# " before an example'),
          off('  - when: { change: -20%, periods: 1 }', 'fell 20% since the period before'),
          '#     action: Find the cause with the team this week',
          off('  - when: { below: 80, periods: 2 }', 'below 80 two periods in a row (or above:)'),
          '#     action: Raise it at the monthly review',
        ]
      : [
          'triggers:',
          ...triggers.flatMap((t) => [
            on(`  - when: ${t.when}`, t.meaning),
            `    action: ${yamlScalar(t.action)}`,
          ]),
        ]),
    '',
    '# Its life',
    maybe(
      input.audit,
      (a) => `audit: ${a}`,
      'audit: outcome',
      'outcome, driver, proxy, or vanity (no decision hangs on it)',
    ),
    maybe(
      input.horizon,
      (h) => `horizon: ${h}`,
      'horizon: short',
      'short or long: how soon it responds to the work',
    ),
    on('status: active', 'proposed, active, or retired'),
    on(`introduced: ${input.introduced ?? input.today}`, 'when it was first used'),
    off(
      `retired: { date: ${year + 1}-12-31, reason: Replaced, replaced_by: other-kpi }`,
      'only with status: retired',
    ),
    off('review: quarterly', 'how often it is reviewed (record it in journal/)'),
    off(
      'source: { system: Your CRM, url: https://example.com/report }',
      'where the numbers come from',
    ),
    '',
  ].join('\n');
}
