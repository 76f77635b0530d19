/**
 * The terms of art the pages use, each explained in plain words on the /help/ page, with the
 * method and its reference where there is one. A page links a term with `<Term id="…">`
 * (Term.astro); the id is the anchor on /help/, and /help/ lists the entries in this order.
 */
export interface GlossaryEntry {
  /** The term as a reader meets it on a page. */
  readonly term: string;
  /** One to three sentences in plain words: what it means for the reader and what to do with it. */
  readonly plain: string;
  /** How it is computed, briefly, for the reader who wants to check. */
  readonly method?: string;
  /** The published source of the method. */
  readonly reference?: string;
}

export const GLOSSARY = {
  status: {
    term: 'Status',
    plain:
      'Whether a KPI is where its plan says it should be, judged on the latest complete period: on track, at risk (a little behind plan) or off track (well behind). “No target” and “no data” mean there is nothing to judge against yet.',
    method:
      'The gap is the actual value against the planned value, in the direction that is better for this KPI. Within the warning threshold (5 % unless the KPI says otherwise) it is on track; within the critical threshold (10 %) at risk; beyond it off track.',
  },
  stale: {
    term: 'Stale',
    plain:
      'The KPI’s readings are late: at least two periods that should have a reading have none. A stale KPI’s status is old news, so it is never shown as on track.',
  },
  trend: {
    term: 'Trend',
    plain:
      'Which way the KPI has really been moving over its last 12 periods — improving, worsening or flat. “Flat” also means any movement is too small to tell apart from ordinary ups and downs.',
    method:
      'The slope is the median of the slopes between every two of the 12 periods (Theil–Sen); the Mann–Kendall test says whether the values rise or fall more often than chance would allow, its variance widened when one period tends to resemble the next.',
    reference:
      'Theil (1950), Indagationes Mathematicae 12; Sen (1968), J. Am. Stat. Assoc. 63; Mann (1945), Econometrica 13; Kendall (1975), Rank Correlation Methods; Hamed & Rao (1998), J. Hydrology 204.',
  },
  significant: {
    term: 'Significant',
    plain:
      'The movement is large and steady enough that it is very unlikely to be a fluke, even allowing for the fact that many KPIs are checked at once. Only significant trends are called improving or worsening.',
    method:
      'A trend is significant when its Benjamini–Hochberg q-value is below 0.1: among all the trends flagged across the organisation, at most one in ten is expected to be a fluke.',
    reference: 'Benjamini & Hochberg (1995), J. R. Stat. Soc. B 57(1).',
  },
  forecast: {
    term: 'Forecast',
    plain:
      'Where the KPI will probably be on its target date if it keeps its recent pace, with a likely range (the 80 % band): in four cases out of five, the outcome should land inside it.',
    method:
      'The Theil–Sen line through the last 12 complete periods (at least 8), extended to the target date. The band comes from replaying the same forecast at past dates and measuring how far off it was (split-conformal prediction).',
    reference:
      'Vovk, Gammerman & Shafer (2005), Algorithmic Learning in a Random World; Lei et al. (2018), J. Am. Stat. Assoc. 113.',
  },
  'likely-to-meet': {
    term: 'Likely to meet',
    plain:
      'The chance that the KPI reaches its target by the deadline, judged from how well the same forecast did on this KPI’s own past. “Likely” from 70 %, “unlikely” up to 30 %, “uncertain” in between.',
    method:
      'Out of n past forecast errors, k would still have met the target if added to today’s forecast; the chance is (k + 1) / (n + 2) (Laplace’s rule of succession), so a short record never says 0 % or 100 %.',
  },
  'lead-lag': {
    term: 'Leading and lagging KPIs',
    plain:
      'A leading KPI moves first and gives early warning; a lagging KPI reports the result some periods later (qualified leads this month, bookings next month).',
  },
  evidence: {
    term: 'Evidence of a link',
    plain:
      'Whether the readings back up a declared link between two KPIs — that changes in one are followed by changes in the other, in the expected direction. The possible answers are validated, suggested, not shown by the data, link weakened and not enough data.',
    method:
      'Both KPIs’ period-to-period changes are correlated at the link’s delay, after removing the season when there are two years of data; the test counts only the effectively independent pairs (Bartlett) and, when the delay was searched for, multiplies p by the number of delays tried (Bonferroni).',
    reference:
      'Bartlett (1935), J. R. Stat. Soc. 98; Pyper & Peterman (1998), Can. J. Fish. Aquat. Sci. 55.',
  },
  validated: {
    term: 'Validated',
    plain:
      'The readings support the declared link: changes in the leading KPI are followed by changes in the lagging one, in the expected direction, more clearly than chance would produce.',
    method: 'Adjusted p below 0.05 with the expected sign, at the declared delay.',
  },
  suggested: {
    term: 'Suggested',
    plain:
      'The readings show the link at a delay the data itself pointed to, not the one declared. Declare that delay in the KPI file to have it tested as validated.',
    method: 'The strongest of the delays 0–6 tried, its p multiplied by the number tried (Bonferroni), below 0.05.',
  },
  unvalidated: {
    term: 'Not shown by the data',
    plain:
      'The readings do not (yet) show the declared link: the two KPIs do not move together more than chance would allow. The link may still be real but weak, or slower than declared.',
  },
  decorrelated: {
    term: 'Link weakened',
    plain:
      'The link held in the past but has become measurably weaker in the last 12 periods: what drove the result before may no longer do so.',
    method:
      'A one-sided Fisher z test at 0.05 comparing the correlation of the last 12 periods with that of the periods before.',
    reference: 'Fisher (1921), Metron 1.',
  },
  'not-enough-data': {
    term: 'Not enough data',
    plain:
      'Fewer than 8 pairs of readings: too few to judge the link either way. No correlation is shown, rather than a number that would mean nothing.',
  },
  elasticity: {
    term: 'Effect size',
    plain:
      'How much the higher KPI tends to move when this one improves by 10 %, with the likely range. “No measurable effect yet” means the range still includes no effect at all.',
    method:
      'The slope of one KPI’s percentage changes on the other’s at the link’s delay (ordinary least squares), with a 95 % interval widened for periods that resemble their neighbours; along a chain the slopes multiply and their uncertainty combines (delta method).',
  },
  correlation: {
    term: 'Correlation (r)',
    plain:
      'How closely two KPIs’ changes move together, from −1 (always opposite) through 0 (unrelated) to +1 (always together). Above about 0.5 either way is a strong relation.',
    method: 'Pearson’s r between the period-to-period changes, the season removed when there are two years of data.',
  },
  'p-value': {
    term: 'p-value',
    plain:
      'How often pure chance would produce a result at least this strong. Small is convincing: p < 0.05 means less than one time in twenty. It says nothing about how large an effect is.',
    method: 'Student’s t test on the correlation, with the degrees of freedom of the effectively independent pairs.',
  },
  lag: {
    term: 'Lag',
    plain: 'How many periods the lagging KPI follows the leading one: a lag of 1 month means this month’s change shows up there next month.',
  },
  cascade: {
    term: 'Cascade',
    plain:
      'A team’s KPI that feeds a KPI of the team above it, so that the teams’ numbers add up to the organisation’s (branch sales into regional sales into revenue).',
  },
  supports: {
    term: 'Supports',
    plain: 'This KPI is one of the parts of a KPI one level up: when it improves, that KPI should improve too.',
  },
  weight: {
    term: 'Weight',
    plain:
      'The share of a higher KPI that this KPI is declared to make up, as its owners expect it — a weight of 0.3 means about 30 %. It is a declaration, not a measurement; the effect size is what the data shows.',
  },
  'alignment-score': {
    term: 'Alignment score',
    plain:
      'How well a KPI, objective, goal or team is set up to steer by, from 0 to 100: owned, linked to a goal, with a dated target, an action when it goes wrong, fresh data and evidence. It is not a measure of performance.',
    method:
      'A KPI’s points: owned 15, line of sight 25, dated target 15, a trigger with an action 10, fresh 10, evidence 15, not a vanity metric 10. Teams and objectives average their active KPIs; goals average their objectives.',
  },
  'line-of-sight': {
    term: 'Line of sight',
    plain: 'The chain from a KPI up to the goal it serves, so everyone can see which goal their number moves.',
  },
  'vital-few': {
    term: 'Vital few',
    plain:
      'A guideline to keep the number of KPIs a team owns small (5–7 at the top, fewer further down), so that attention goes where it matters. A reminder, not a problem with performance.',
  },
  guardrail: {
    term: 'Guardrail',
    plain:
      'An automatic check on how the KPIs are set up — that each has an owner, a dated target, an action when it goes wrong — not on how they perform.',
  },
  finding: {
    term: 'Finding',
    plain: 'Something a guardrail check flagged, with what is wrong, what to do about it and the file to change.',
  },
  trigger: {
    term: 'Trigger',
    plain:
      'An agreed rule on a KPI — “when it stays below 30 for 3 weeks” — with the action to take and the person who takes it. When the rule holds, the trigger fires and becomes an active alert.',
  },
  threshold: {
    term: 'Threshold',
    plain:
      'How far behind plan a KPI may fall before it counts as at risk (the warning threshold) or off track (the critical threshold).',
  },
  plan: {
    term: 'Plan',
    plain: 'The value the KPI should have at each date on its way to the target, drawn as a dashed line on the chart.',
    method: 'A straight line between the baseline, each milestone and the target; flat at the target after its date.',
  },
  target: {
    term: 'Target',
    plain: 'The value the KPI should reach, and by when.',
  },
  seasonal: {
    term: 'Seasonal adjustment',
    plain:
      'Comparing each period with the same period of earlier years, so that a pattern that repeats every year (December always beats November) is not mistaken for a trend.',
    method:
      'The seasonal Kendall test: each of the 12 recent periods is compared only with the same week, month or quarter of the two years before.',
    reference: 'Hirsch, Slack & Smith (1982), Water Resources Research 18(1).',
  },
  'so-far': {
    term: 'So far',
    plain:
      'The current period is not over, so its value may still change. It is shown, but not judged, trended or forecast until the period is complete.',
  },
  smart: {
    term: 'SMART',
    plain:
      'A goal that is specific, measurable, achievable, relevant and time-bound: it says what, has a KPI, an owner and a priority, an objective serving it, and a deadline.',
  },
  perspective: {
    term: 'Perspective',
    plain:
      'One of the Balanced Scorecard’s four views of a strategy, read from the bottom up: learning and growth, internal process, customer, financial.',
    reference: 'Kaplan & Norton (1996), The Balanced Scorecard.',
  },
  'q-value': {
    term: 'q-value',
    plain:
      'A p-value corrected for checking many KPIs at once: with forty KPIs, two would look significant by chance alone every time. Flagging trends with q below 0.1 keeps flukes to at most one in ten of those flagged.',
    method: 'The Benjamini–Hochberg procedure over the p-values of all the organisation’s active KPIs.',
    reference: 'Benjamini & Hochberg (1995), J. R. Stat. Soc. B 57(1).',
  },
  'effective-n': {
    term: 'Number of pairs (n)',
    plain:
      'How many pairs of readings a link was judged on. Readings close in time tend to resemble each other, so the test counts fewer independent pairs than n when they do.',
    method: 'Bartlett’s effective number of pairs, n / (1 + 2 Σ ρₓ(k) ρᵧ(k)) over the first few lags.',
    reference: 'Bartlett (1935), J. R. Stat. Soc. 98.',
  },
  'active-alert': {
    term: 'Active alert',
    plain:
      'A trigger whose rule still holds at the latest period: its action is due, and the person named is expected to act and record what was done in the journal.',
  },
  'execution-rate': {
    term: 'Execution rate',
    plain:
      'Of the triggers that fired in the last year, the share that someone answered with a recorded action in time.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryId = keyof typeof GLOSSARY;

/** The /help/ page's sections, by what a reader is asking; a term listed in none goes last. */
const SECTIONS: readonly { readonly title: string; readonly ids: readonly GlossaryId[] }[] = [
  {
    title: 'Are we on track?',
    ids: ['status', 'plan', 'target', 'threshold', 'stale', 'so-far'],
  },
  {
    title: 'Where is it heading?',
    ids: ['trend', 'significant', 'q-value', 'seasonal', 'forecast', 'likely-to-meet'],
  },
  {
    title: 'What is being done?',
    ids: ['trigger', 'active-alert', 'execution-rate'],
  },
  {
    title: 'How KPIs connect',
    ids: [
      'line-of-sight',
      'cascade',
      'supports',
      'weight',
      'lead-lag',
      'lag',
      'evidence',
      'validated',
      'suggested',
      'unvalidated',
      'decorrelated',
      'not-enough-data',
      'elasticity',
      'correlation',
      'p-value',
      'effective-n',
    ],
  },
  {
    title: 'How the strategy is set up',
    ids: ['perspective', 'smart', 'alignment-score', 'guardrail', 'finding', 'vital-few'],
  },
];

/** The glossary in the /help/ page's sections: every entry exactly once, in its section's order. */
export function glossarySections(): {
  title: string;
  entries: (GlossaryEntry & { id: GlossaryId })[];
}[] {
  const entry = (id: GlossaryId) => ({ id, ...(GLOSSARY[id] as GlossaryEntry) });
  const listed = new Set<GlossaryId>(SECTIONS.flatMap((s) => s.ids));
  const rest = (Object.keys(GLOSSARY) as GlossaryId[]).filter((id) => !listed.has(id));
  return [
    ...SECTIONS.map((s) => ({ title: s.title, entries: s.ids.map(entry) })),
    ...(rest.length === 0 ? [] : [{ title: 'Other terms', entries: rest.map(entry) }]),
  ];
}
