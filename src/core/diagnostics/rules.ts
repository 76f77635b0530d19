/**
 * The catalogue of every rule a diagnostic can carry. Load rules are always errors (an invalid
 * file cannot be built on); guardrail rules have a default severity that `policy.severity` in
 * strategy.yaml may change. SPEC §4.
 */
export interface RuleMeta {
  /** The severity used unless policy overrides it. */
  readonly severity: 'error' | 'warning' | 'info';
  /** One line on what the rule checks, shown in `--help` and on the alignment page. */
  readonly summary: string;
  /** `load` rules come from reading files and cannot be downgraded; `guardrail` rules can. */
  readonly kind: 'load' | 'guardrail';
  /**
   * An error of this rule means its file was not loaded (unreadable, not YAML, not the schema):
   * nothing else is known about that file, so nothing about it can be compared or checked.
   */
  readonly blocking?: true;
  /**
   * The rule checks ids across files, so it depends on strategy.yaml and teams.yaml: it is not
   * run against a file that failed to load, and its findings cannot be compared when one did.
   */
  readonly references?: true;
}

export const RULES = {
  // — files and syntax —
  'file-empty': { kind: 'load', blocking: true, severity: 'error', summary: 'A file is empty.' },
  'file-encoding': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A file is not UTF-8 text.',
  },
  'file-too-large': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A file is larger than Plumbline reads.',
  },
  'file-outside': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A file or link points outside the KPI folder.',
  },
  'file-missing': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A required file is missing.',
  },
  'file-unexpected': {
    kind: 'load',
    severity: 'warning',
    summary: 'A file Plumbline does not read sits in the KPI folder.',
  },
  'yaml-syntax': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A YAML file cannot be parsed.',
  },
  // — schema —
  'schema-type': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A field has the wrong type.',
  },
  'schema-value': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A field has a value that is not allowed.',
  },
  'schema-unknown-key': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A field name is not part of the format (often a typo).',
  },
  'schema-missing': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A required field is missing.',
  },
  // — readings —
  'csv-header': { kind: 'load', severity: 'error', summary: 'A readings CSV has a wrong header.' },
  'csv-row': {
    kind: 'load',
    severity: 'error',
    summary: 'A readings CSV row has the wrong number of cells.',
  },
  'csv-date': {
    kind: 'load',
    severity: 'error',
    summary: 'A reading has a date Plumbline cannot read.',
  },
  'csv-number': {
    kind: 'load',
    severity: 'error',
    summary: 'A reading has a value that is not a number.',
  },
  'csv-duplicate-date': {
    kind: 'load',
    severity: 'error',
    summary: 'Two readings have the same date.',
  },
  'csv-coarse-date': {
    kind: 'load',
    severity: 'error',
    summary: 'A reading is dated by a period coarser than the cadence.',
  },
  'csv-missing': { kind: 'load', severity: 'info', summary: 'A KPI has no readings file.' },
  // — references —
  'id-format': { kind: 'load', severity: 'error', summary: 'An id is not kebab-case.' },
  'id-duplicate': {
    kind: 'load',
    references: true,
    severity: 'error',
    summary: 'Two things share one id.',
  },
  'ref-unknown': {
    kind: 'load',
    references: true,
    severity: 'error',
    summary: 'A reference names an id that does not exist.',
  },
  'ref-level': {
    kind: 'load',
    references: true,
    severity: 'error',
    summary: 'A cascade link does not go one level up.',
  },
  'cycle-supports': {
    kind: 'load',
    references: true,
    severity: 'error',
    summary: 'KPIs support each other in a cycle.',
  },
  'cycle-drives': {
    kind: 'load',
    references: true,
    severity: 'error',
    summary: 'Leading indicators drive each other in a cycle.',
  },
  'cycle-objectives': {
    kind: 'load',
    references: true,
    severity: 'error',
    summary: 'Objectives drive each other in a cycle.',
  },
  'cycle-teams': {
    kind: 'load',
    references: true,
    severity: 'error',
    summary: 'The team tree has a cycle.',
  },
  'team-level': {
    kind: 'load',
    references: true,
    severity: 'error',
    summary: 'A team sits at the wrong level under its parent.',
  },
  // — guardrails (SPEC §4): findings about a valid project, computed as of a date —
  'owner-missing': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'An active KPI names no owner.',
  },
  'target-missing': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'An active KPI has no time-bound target.',
  },
  'target-past': {
    kind: 'guardrail',
    severity: 'info',
    summary: 'An active KPI’s target date has passed.',
  },
  'trigger-missing': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'An active KPI has no trigger that names an action.',
  },
  orphan: {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'An active KPI has no line of sight to a goal.',
  },
  'vanity-in-core': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A vanity metric is reported as core (primary, headline or enterprise).',
  },
  'stale-data': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'An active KPI’s readings are overdue.',
  },
  'leading-unvalidated': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A leading indicator is not backed by its data.',
  },
  'leading-decorrelated': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A leading indicator no longer moves with the KPI it drives.',
  },
  'primary-overload': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'One owner has too many primary KPIs on a goal, objective or team.',
  },
  'vital-few': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A team owns too few or too many active KPIs for its level.',
  },
  'objective-without-kpi': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'No active KPI measures an objective.',
  },
  'perspective-empty': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A Balanced Scorecard perspective has no objective.',
  },
  'perspective-count': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A perspective has too few or too many objectives.',
  },
  'objectives-total': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'The strategy has too few or too many objectives in all.',
  },
  'objective-outside-chain': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'An objective is outside the cause-and-effect chain.',
  },
  'goal-not-smart': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A goal is not SMART (specific, measurable, achievable, relevant, time-bound).',
  },
  'kpi-conflict': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'Two teams measure one objective in opposite directions.',
  },
  'review-overdue': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A KPI has not been reviewed as often as it says.',
  },
  'retired-referenced': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A retired KPI is still referenced.',
  },
  'trigger-unhandled': {
    kind: 'guardrail',
    severity: 'warning',
    summary: 'A trigger fired and no action was recorded in time.',
  },
  // — the loader: files that are not what they seem, numbers that read two ways, plans that
  //   contradict themselves —
  'file-unreadable': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'The system refuses to read a file (permissions, a link to nothing).',
  },
  'file-folder': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A folder is named like a file Plumbline reads.',
  },
  'file-special': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A named pipe, socket or device is named like a file Plumbline reads.',
  },
  'file-loop': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A symbolic link leads back to itself.',
  },
  'file-misnamed': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A file looks meant for Plumbline but its name or place keeps it from being read.',
  },
  'file-duplicate': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'Two files define one id (another extension or case).',
  },
  'yaml-tag': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A YAML value carries a tag (`!include`…) that plain YAML does not have.',
  },
  'yaml-key': {
    kind: 'load',
    blocking: true,
    severity: 'error',
    summary: 'A YAML key is `__proto__`, `constructor` or `prototype`.',
  },
  'csv-ambiguous': {
    kind: 'load',
    severity: 'error',
    summary: 'A reading can be read as two different numbers.',
  },
  'plan-contradiction': {
    kind: 'load',
    severity: 'error',
    summary: 'A KPI’s plan contradicts itself (dates out of order, warning beyond critical).',
  },
  'range-reversed': {
    kind: 'load',
    severity: 'error',
    summary: 'A `[min, max]` range of the policy has its minimum above its maximum.',
  },
  // — people (people.yaml) —
  'person-duplicate': {
    kind: 'load',
    severity: 'error',
    summary: 'Two entries of people.yaml have one name.',
  },
  'person-unlisted': {
    kind: 'guardrail',
    severity: 'info',
    summary: 'An owner or lead is not listed in people.yaml.',
  },
  // — SQL sources (sources.yaml, metrics/<id>.sql, plumbline pull) —
  'sql-no-connection': {
    kind: 'load',
    severity: 'error',
    summary: 'A KPI query has no connection in sources.yaml to run against.',
  },
  'sql-orphan': {
    kind: 'load',
    severity: 'warning',
    summary: 'A query file belongs to no KPI.',
  },
  'pull-connection': {
    kind: 'load',
    severity: 'error',
    summary: 'A connection could not be opened when pulling.',
  },
  'pull-query': { kind: 'load', severity: 'error', summary: 'A KPI query failed when pulling.' },
  'pull-column': {
    kind: 'load',
    severity: 'error',
    summary: 'A KPI query does not return the date and value columns.',
  },
  'pull-row': {
    kind: 'load',
    severity: 'error',
    summary: 'A KPI query returned a row without a usable date or value.',
  },
  'pull-timeout': {
    kind: 'load',
    severity: 'error',
    summary: 'A KPI query ran longer than --timeout and was cancelled.',
  },
  'pull-merge': {
    kind: 'load',
    severity: 'error',
    summary: 'Pulled readings could not be merged into the readings file.',
  },
} as const satisfies Record<string, RuleMeta>;

/** The id of a rule of the catalogue. */
export type RuleId = keyof typeof RULES;

/** True when `id` names a rule of the catalogue. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
