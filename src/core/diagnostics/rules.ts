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
}

export const RULES = {
  // — files and syntax —
  'file-empty': { kind: 'load', severity: 'error', summary: 'A file is empty.' },
  'file-encoding': { kind: 'load', severity: 'error', summary: 'A file is not UTF-8 text.' },
  'file-too-large': {
    kind: 'load',
    severity: 'error',
    summary: 'A file is larger than Plumbline reads.',
  },
  'file-outside': {
    kind: 'load',
    severity: 'error',
    summary: 'A file or link points outside the KPI folder.',
  },
  'file-missing': { kind: 'load', severity: 'error', summary: 'A required file is missing.' },
  'file-unexpected': {
    kind: 'load',
    severity: 'warning',
    summary: 'A file Plumbline does not read sits in the KPI folder.',
  },
  'yaml-syntax': { kind: 'load', severity: 'error', summary: 'A YAML file cannot be parsed.' },
  // — schema —
  'schema-type': { kind: 'load', severity: 'error', summary: 'A field has the wrong type.' },
  'schema-value': {
    kind: 'load',
    severity: 'error',
    summary: 'A field has a value that is not allowed.',
  },
  'schema-unknown-key': {
    kind: 'load',
    severity: 'error',
    summary: 'A field name is not part of the format (often a typo).',
  },
  'schema-missing': { kind: 'load', severity: 'error', summary: 'A required field is missing.' },
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
  'csv-missing': { kind: 'load', severity: 'warning', summary: 'A KPI has no readings file.' },
  // — references —
  'id-format': { kind: 'load', severity: 'error', summary: 'An id is not kebab-case.' },
  'id-duplicate': { kind: 'load', severity: 'error', summary: 'Two things share one id.' },
  'ref-unknown': {
    kind: 'load',
    severity: 'error',
    summary: 'A reference names an id that does not exist.',
  },
  'ref-level': {
    kind: 'load',
    severity: 'error',
    summary: 'A cascade link does not go one level up.',
  },
  'cycle-supports': {
    kind: 'load',
    severity: 'error',
    summary: 'KPIs support each other in a cycle.',
  },
  'cycle-drives': {
    kind: 'load',
    severity: 'error',
    summary: 'Leading indicators drive each other in a cycle.',
  },
  'cycle-objectives': {
    kind: 'load',
    severity: 'error',
    summary: 'Objectives drive each other in a cycle.',
  },
  'cycle-teams': { kind: 'load', severity: 'error', summary: 'The team tree has a cycle.' },
  'team-level': {
    kind: 'load',
    severity: 'error',
    summary: 'A team sits at the wrong level under its parent.',
  },
} as const satisfies Record<string, RuleMeta>;

/** The id of a rule of the catalogue. */
export type RuleId = keyof typeof RULES;

/** True when `id` names a rule of the catalogue. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
