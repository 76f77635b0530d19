import { kpiTemplate, READINGS_HEADER } from './kpi-template.ts';
import { schemaLine } from './yaml-text.ts';

/** A file to write: its posix path relative to the KPI folder, and its text. */
export interface NewFile {
  readonly path: string;
  readonly text: string;
}

/** What `plumbline init` needs to know to write its files. */
export interface StarterOptions {
  /** Today, `YYYY-MM-DD`: the example readings are the three months before it. */
  readonly today: string;
  /** The schemas folder relative to the KPI folder (see `schemaLine`). */
  readonly schemaDir: string;
}

/** The id of the starter's one KPI. */
export const STARTER_KPI = 'revenue';

/** The example monthly readings, oldest first. */
const READINGS = [100_000, 102_500, 105_000];

/**
 * A new organisation's KPI folder: strategy.yaml (one goal, four objectives in a cause-and-effect
 * chain), teams.yaml (an enterprise, a function and a team), and one KPI with three example
 * readings, dated from `today` so they are fresh. Every field is explained in plain words, and
 * the folder passes `plumbline check` with no error.
 */
export function starterFiles(options: StarterOptions): NewFile[] {
  const year = Number(options.today.slice(0, 4));
  const month = Number(options.today.slice(5, 7));
  const months = [3, 2, 1].map((back) => monthBefore(year, month, back));
  const deadline = `${year + 1}-12-31`;
  return [
    { path: 'strategy.yaml', text: strategyText(options.schemaDir, deadline) },
    { path: 'teams.yaml', text: teamsText(options.schemaDir) },
    {
      path: `metrics/${STARTER_KPI}.yaml`,
      text: kpiTemplate({
        id: STARTER_KPI,
        name: 'Revenue',
        description: 'Money invoiced to customers in the month, before tax.',
        formula: 'sum(invoice amounts in the month, excluding tax)',
        unit: 'currency:USD',
        direction: 'up',
        kind: 'lagging',
        team: 'company',
        sharedWith: [],
        owner: 'Your Name',
        cadence: 'monthly',
        aggregate: 'last',
        objectives: ['increase-revenue'],
        primary: true,
        baseline: { value: READINGS[0]!, date: months[0]! },
        milestones: [{ value: 125_000, date: `${year + 1}-06-30` }],
        target: { value: 150_000, date: deadline },
        triggers: [
          {
            when: '{ below: 95000, periods: 2 }',
            meaning: 'below 95,000 two months in a row',
            action: 'Review the sales pipeline with the sales lead',
          },
        ],
        audit: 'outcome',
        horizon: 'short',
        introduced: `${months[0]}-01`,
        today: options.today,
        schemaDir: options.schemaDir,
      }),
    },
    {
      path: `metrics/${STARTER_KPI}.csv`,
      text: [
        READINGS_HEADER,
        ...months.map(
          (m, i) =>
            `${m},${READINGS[i]},${i === 0 ? 'Example readings: replace them with yours' : ''}`,
        ),
        '',
      ].join('\n'),
    },
  ];
}

/** `YYYY-MM` of the month `back` months before the given one. */
function monthBefore(year: number, month: number, back: number): string {
  const index = year * 12 + (month - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function strategyText(schemaDir: string, deadline: string): string {
  return `${schemaLine(schemaDir, 'strategy', 0)}
# Your strategy: where the organisation is going (goals) and what must go well to get there
# (objectives). Lines starting with # are comments; Plumbline ignores them.
# Replace the examples with your own, then run \`plumbline check\` to see what is still missing.

organization: Our Company  # your organisation's name, shown at the top of the dashboard

# Where you want to be in three years, in a few plain sentences (markdown: **bold**, lists…).
destination: |
  In three years we are the company our customers recommend first, and we have doubled our
  revenue without cutting corners on quality. (Replace this paragraph with your own.)

# Checks that compare your strategy with a mature one (8–12 objectives, 2–4 per perspective,
# 3–7 KPIs per team) would all complain about a new, small strategy. While you fill it in they are
# notes instead of warnings; \`plumbline check\` still lists them. Delete these lines when you are done.
policy:
  severity: { objectives-total: info, perspective-count: info, vital-few: info }

# Goals: what leadership wants to achieve. Write each one SMART: specific, measurable (a KPI),
# achievable (an owner and a priority), relevant (objectives serve it) and time-bound (a deadline).
goals:
  - id: grow-revenue       # a short name in lower-case words joined by hyphens; used to refer to it
    title: Grow revenue    # the name people see
    statement: Grow monthly revenue from $100,000 to $150,000 by ${deadline}   # what, how much, by when
    kpis: [${STARTER_KPI}]        # the KPI(s) that show whether it is met (files in metrics/)
    owner: Your Name       # the person who answers for it
    deadline: ${deadline}   # when it must be met
    priority: 1            # 1 is the most important goal

# Objectives: what must go well for the goals to be met. Each sits in one of four perspectives
# (financial, customer, internal-process, learning-growth). \`drives:\` says which objective it
# helps next: people's skills → better processes → happier customers → money.
# The three objectives without a KPI yet are warnings in \`plumbline check\`: add a KPI for each with
#   plumbline new kpi <id> --team <team> --objective <objective>
objectives:
  - id: increase-revenue
    title: Increase revenue
    perspective: financial
    goals: [grow-revenue]  # the goals it serves
    owner: Your Name
  - id: keep-customers
    title: Win and keep more customers
    perspective: customer
    goals: [grow-revenue]
    drives: [increase-revenue]  # happier customers bring in more revenue
    owner: Your Name
  - id: deliver-on-time
    title: Deliver on time, every time
    perspective: internal-process
    goals: [grow-revenue]
    drives: [keep-customers]
    owner: Your Name
  - id: build-skills
    title: Build the skills our work needs
    perspective: learning-growth
    goals: [grow-revenue]
    drives: [deliver-on-time]
    owner: Your Name
`;
}

function teamsText(schemaDir: string): string {
  return `${schemaLine(schemaDir, 'teams', 0)}
# Your organisation as a tree: the enterprise at the top (level 1), functions under it (level 2),
# teams under those (level 3). Each KPI belongs to one of them.
#   id      a short name in lower-case words joined by hyphens; KPIs refer to the team by it
#   name    the name people see
#   level   enterprise, function or team
#   parent  the id of the team one level up (every team but the enterprise has one)
#   lead    who leads it
#   github  the GitHub team that reviews changes to its KPI files, e.g. '@your-org/sales';
#           \`plumbline codeowners\` turns these into a CODEOWNERS file. Teams without one use
#           their parent's.

- id: company
  name: Our Company
  level: enterprise
  lead: Your Name
  # github: '@your-org/leadership'

- id: sales
  name: Sales
  level: function
  parent: company
  lead: Your Name
  # github: '@your-org/sales'

- id: inside-sales
  name: Inside Sales
  level: team
  parent: sales
  lead: Your Name
`;
}
