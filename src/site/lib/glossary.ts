/**
 * The terms of art the pages use, each explained in plain words on the /help/ page, with the
 * method's reference where there is one. A page links a term with `<Term id="…">` (Term.astro);
 * the id is the anchor on /help/.
 */
export interface GlossaryEntry {
  /** The term as a reader meets it on a page. */
  readonly term: string;
  /** One or two sentences in plain words: what it means for the reader. */
  readonly plain: string;
  /** How it is computed, briefly, with the reference of the method when there is one. */
  readonly method?: string;
}

export const GLOSSARY = {
  status: { term: 'Status', plain: 'Whether a KPI is on track, at risk or off track against its plan for the latest complete period.' },
  stale: { term: 'Stale', plain: 'No reading arrived when the KPI’s cadence said one was due.' },
  trend: { term: 'Trend', plain: 'The direction a KPI has moved over its recent periods, when that movement is larger than noise.' },
  significant: { term: 'Significant', plain: 'Larger than chance would plausibly produce, at the rate stated.' },
  forecast: { term: 'Forecast', plain: 'Where the KPI is heading by its target date if it keeps its recent pace, with a range.' },
  'likely-to-meet': { term: 'Likely to meet', plain: 'The chance that the KPI reaches its target by the deadline, judged from how well past forecasts did.' },
  'lead-lag': { term: 'Leading and lagging KPIs', plain: 'A leading KPI moves first; a lagging KPI follows some periods later.' },
  evidence: { term: 'Evidence of a link', plain: 'Whether the readings support the declared link between two KPIs.' },
  validated: { term: 'Validated', plain: 'The readings support the declared link at the stated error rate.' },
  suggested: { term: 'Suggested', plain: 'A link shows up when several delays are tried; not yet confirmed.' },
  unvalidated: { term: 'Not shown by the data', plain: 'The readings do not (yet) show the declared link.' },
  decorrelated: { term: 'Link weakened', plain: 'The link held in the past but is measurably weaker in the last twelve periods.' },
  'not-enough-data': { term: 'Not enough data', plain: 'Too few paired readings to judge the link.' },
  elasticity: { term: 'Effect size', plain: 'How much the goal’s KPI moves when this KPI improves by 10 %.' },
  correlation: { term: 'Correlation (r)', plain: 'How closely two KPIs move together, from −1 to +1.' },
  'p-value': { term: 'p-value', plain: 'How often chance alone would give a result at least this strong.' },
  lag: { term: 'Lag', plain: 'How many periods the lagging KPI follows the leading one.' },
  cascade: { term: 'Cascade', plain: 'A team’s KPI that rolls up into a KPI of the team above.' },
  supports: { term: 'Supports', plain: 'This KPI contributes to another KPI higher up.' },
  weight: { term: 'Weight', plain: 'The declared share of a parent KPI that this KPI contributes.' },
  'alignment-score': { term: 'Alignment score', plain: 'How well a goal, objective or KPI is wired to the strategy, 0–100; not performance.' },
  'line-of-sight': { term: 'Line of sight', plain: 'The chain from a KPI up to the goal it serves.' },
  'vital-few': { term: 'Vital few', plain: 'The guideline to keep a small number of KPIs per team.' },
  guardrail: { term: 'Guardrail', plain: 'A check on how KPIs are defined, such as an owner or a time-bound target.' },
  finding: { term: 'Finding', plain: 'Something a guardrail check flagged.' },
  trigger: { term: 'Trigger', plain: 'A condition on a KPI that calls for a stated action by a named person.' },
  threshold: { term: 'Threshold', plain: 'The limits around the plan that separate on track, at risk and off track.' },
  plan: { term: 'Plan', plain: 'The value the KPI should have at each period on its way to the target.' },
  target: { term: 'Target', plain: 'The value the KPI should reach by its deadline.' },
  seasonal: { term: 'Seasonal adjustment', plain: 'Removing the pattern that repeats every year before comparing.' },
  'so-far': { term: 'So far', plain: 'The current period is not complete; its value may still change.' },
  smart: { term: 'SMART', plain: 'Specific, measurable, achievable, relevant and time-bound.' },
  perspective: { term: 'Perspective', plain: 'One of the Balanced Scorecard’s four views: financial, customer, internal process, learning and growth.' },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryId = keyof typeof GLOSSARY;
