import { describe, expect, it } from 'vitest';
import { retiredReferenced } from '../../../src/core/findings/retired-referenced.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const retiredRevenue = [
  'name: Revenue',
  'direction: up',
  'team: acme',
  'cadence: monthly',
  'status: retired',
  'retired: { date: 2026-03-31, reason: Replaced, replaced_by: bookings }',
  '',
].join('\n');
const bookings = 'name: Bookings\ndirection: up\nteam: acme\ncadence: monthly\n';

describe('retiredReferenced', () => {
  it('flags supports links, headline kpis and later journal decisions naming a retired KPI', () => {
    const found = retiredReferenced(
      analyzeFiles({
        'metrics/revenue.yaml': retiredRevenue,
        'metrics/bookings.yaml': bookings,
        'journal/q2.yaml': 'date: 2026-06-30\ndecisions:\n  - { kpi: revenue, decision: keep }\n',
      }),
    );
    // metricYaml writes leads.yaml in block style: line 8 is `  - kpi: revenue` (value at col 10);
    // strategy.yaml line 5 is `    kpis: [revenue]`; the journal's "  - { kpi: " is 11 chars.
    expect(where(found)).toEqual([
      {
        rule: 'retired-referenced',
        severity: 'warning',
        file: 'metrics/leads.yaml',
        line: 8,
        col: 10,
      },
      { rule: 'retired-referenced', severity: 'warning', file: 'strategy.yaml', line: 5, col: 12 },
      {
        rule: 'retired-referenced',
        severity: 'warning',
        file: 'journal/q2.yaml',
        line: 3,
        col: 12,
      },
    ]);
    const supports = found.find((d) => d.file === 'metrics/leads.yaml')!;
    expect(supports.message).toBe('`leads` supports `revenue`, which was retired on 2026-03-31.');
    expect(supports.hint).toBe(
      'Point this `supports` link at `bookings`, which replaced it, or remove it.',
    );
  });

  it('passes a retire decision after the date, decisions before it, and links from retired KPIs', () => {
    const found = retiredReferenced(
      analyzeFiles({
        'strategy.yaml':
          'organization: Acme\nobjectives:\n  - { id: grow-sales, title: Grow sales, perspective: financial }\n',
        'metrics/revenue.yaml': retiredRevenue,
        'metrics/bookings.yaml': bookings,
        'metrics/leads.yaml':
          'name: Leads\ndirection: up\nteam: sales\ncadence: monthly\nsupports: [{ kpi: revenue }]\nstatus: retired\nretired: { date: 2026-03-31, reason: Gone }\n',
        'journal/q1.yaml': 'date: 2026-03-15\ndecisions:\n  - { kpi: revenue, decision: keep }\n',
        'journal/q2.yaml': 'date: 2026-04-02\ndecisions:\n  - { kpi: revenue, decision: retire }\n',
      }),
    );
    expect(found).toEqual([]);
  });
});
