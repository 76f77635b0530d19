import { metricYaml, projectFiles } from './project-files.ts';

/**
 * A folder with one monthly KPI, `leads`, whose trigger `below 10` fires twice:
 *
 *   month   2026-01 02 03 04 05
 *   value        12  8  7 11  9      below 10 holds in Feb, Mar and May → fires Feb and May
 *
 * As of 2026-06-15 (May complete): the May firing is the active alert (since 2026-05). A journal
 * action on 2026-03-05 answers the Feb firing (window Feb 1 – Feb 28 + 14 days = Mar 14); nothing
 * answers May (window May 1 – Jun 14, closed on Jun 15). A decision on 2026-02-10 is the last
 * review; quarterly means 92 days, so it was due 2026-05-13.
 * `texts` replaces the KPI name, the action and the owner, for hostile-text tests.
 */
export function alertFiles(
  overrides: Record<string, string | null> = {},
  texts: { name?: string; action?: string; owner?: string } = {},
) {
  return projectFiles({
    'people.yaml': '- { name: Lee Wong, github: leewong, email: lee@example.com }\n',
    'metrics/leads.yaml': metricYaml({
      name: texts.name ?? 'Qualified leads',
      team: 'sales',
      shared_with: ['acme'],
      objectives: ['grow-sales'],
      owner: texts.owner ?? 'Lee Wong',
      review: 'quarterly',
      introduced: '2026-01-01',
      triggers: [{ when: { below: 10, periods: 1 }, action: texts.action ?? 'Run a lead audit' }],
    }),
    'metrics/leads.csv': 'date,value\n2026-01,12\n2026-02,8\n2026-03,7\n2026-04,11\n2026-05,9\n',
    'journal/2026-03-05.yaml':
      'date: 2026-03-05\nactions:\n  - { kpi: leads, date: 2026-03-05, action: Audited sources, owner: Lee Wong }\n',
    'journal/2026-02-10.yaml': 'date: 2026-02-10\ndecisions:\n  - { kpi: leads, decision: keep }\n',
    ...overrides,
  });
}

/** The as-of date the fixture is described at. */
export const ALERT_AS_OF = '2026-06-15';
