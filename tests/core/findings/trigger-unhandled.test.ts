import { describe, expect, it } from 'vitest';
import { triggerUnhandled } from '../../../src/core/findings/trigger-unhandled.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const leads = [
  'name: Leads',
  'direction: up',
  'team: sales',
  'cadence: monthly',
  'objectives: [grow-sales]',
  'triggers:',
  '  - when: { above: 1000 }',
  '    action: Hire another rep',
  '  - when: { below: 5 }',
  '    action: Call the top accounts',
  '',
].join('\n');

/** Monthly readings: `below: 5` holds in the months given 3, and fires where it starts to. */
const readings = (rows: readonly string[]) => ['date,value', ...rows, ''].join('\n');
// Fires at 2025-06 (more than 365 days before 2026-11-24: not counted), 2026-02 and 2026-04.
const FIRINGS = [
  '2025-06,3',
  '2025-07,10',
  '2026-01,10',
  '2026-02,3',
  '2026-03,10',
  '2026-04,3',
  '2026-05,10',
];

const action = (date: string) =>
  `date: ${date}\nactions:\n  - { kpi: leads, date: ${date}, action: Called them }\n`;

describe('triggerUnhandled', () => {
  it('flags a trigger that fired without a timely action, once, at `triggers[i]`', () => {
    const found = triggerUnhandled(
      analyzeFiles({ 'metrics/leads.yaml': leads, 'metrics/leads.csv': readings(FIRINGS) }),
    );
    // triggers[1] is the block map starting at `when` on line 9, after "  - ".
    expect(where(found)).toEqual([
      {
        rule: 'trigger-unhandled',
        severity: 'warning',
        file: 'metrics/leads.yaml',
        line: 9,
        col: 5,
      },
    ]);
    expect(found[0]!.message).toBe(
      'The trigger “Call the top accounts” of `leads` fired 2 times in the last 365 days with no action recorded within 14 days; the latest was 2026-04.',
    );
  });

  it('counts an action from the period’s first day to 14 days after its end as handled', () => {
    // 2026-05-14 is April's end + 14 days; 2026-03-15 is too late for February.
    const found = triggerUnhandled(
      analyzeFiles({
        'metrics/leads.yaml': leads,
        'metrics/leads.csv': readings(FIRINGS),
        'journal/a.yaml': action('2026-05-14'),
        'journal/b.yaml': action('2026-03-15'),
      }),
    );
    expect(found[0]!.message).toContain('fired once');
    expect(found[0]!.message).toContain('the latest was 2026-02');
  });

  it('passes a firing whose response window is still open', () => {
    // October ends 2026-10-31; the window closes after 2026-11-14.
    const found = triggerUnhandled(
      analyzeFiles(
        { 'metrics/leads.yaml': leads, 'metrics/leads.csv': readings(['2026-09,10', '2026-10,3']) },
        '2026-11-14',
      ),
    );
    expect(found).toEqual([]);
  });
});
