import { describe, expect, it } from 'vitest';
import { alertReport } from '../../../src/core/alerts/alert-report.ts';
import { computeProject } from '../../../src/core/pipeline.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { ALERT_AS_OF, alertFiles } from '../../helpers/alert-files.ts';

function report(asOf = ALERT_AS_OF, overrides: Record<string, string | null> = {}) {
  const computed = computeProject(alertFiles(overrides), parseDay(asOf)!);
  expect(computed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return alertReport(computed.analysis);
}

describe('alertReport', () => {
  it('lists the active alert, the unhandled firing and the overdue review (see alert-files.ts)', () => {
    const r = report();
    expect(r.asOf).toBe('2026-06-15');
    expect(r.responseDays).toBe(14);
    expect(r.active.map((f) => [f.key, f.period, f.start, f.end, f.due, f.handled])).toEqual([
      ['leads/0/2026-05', '2026-05', '2026-05-01', '2026-05-31', '2026-06-14', false],
    ]);
    const [alert] = r.active;
    expect(alert!.condition).toBe('below 10');
    expect(alert!.action).toBe('Run a lead audit');
    expect(alert!.owner).toEqual({ name: 'Lee Wong', github: 'leewong', email: 'lee@example.com' });
    expect(alert!.kpi).toEqual({
      id: 'leads',
      name: 'Qualified leads',
      team: 'sales',
      sharedWith: ['acme'],
    });
    expect(alert!.latest).toEqual({ period: '2026-05', value: 9 });
    expect(r.unhandled.map((f) => f.key)).toEqual(['leads/0/2026-05']);
    // 90 days before 2026-06-15 is 2026-03-17: only May's firing ended after it.
    expect(r.recent.map((f) => f.key)).toEqual(['leads/0/2026-05']);
    expect(r.reviews).toEqual([
      {
        kpi: { id: 'leads', name: 'Qualified leads', team: 'sales', sharedWith: ['acme'] },
        cadence: 'quarterly',
        last: '2026-02-10',
        due: '2026-05-13',
        overdue: true,
        owner: { name: 'Lee Wong', github: 'leewong', email: 'lee@example.com' },
      },
    ]);
  });

  it('counts the February firing as handled by the 2026-03-05 action', () => {
    const r = report('2026-04-10');
    // As of Apr 10 March is complete: below 10 holds (7), but it started in Feb → active since Feb.
    expect(r.active.map((f) => [f.key, f.handled, f.response?.date])).toEqual([
      ['leads/0/2026-02', true, '2026-03-05'],
    ]);
    expect(r.unhandled).toEqual([]);
    // Feb 10 + 92 days = May 13, not yet due.
    expect(r.reviews).toEqual([]);
    expect(r.schedule.map((s) => [s.kpi.id, s.due, s.overdue])).toEqual([
      ['leads', '2026-05-13', false],
    ]);
  });

  it('is still open on the last day of the response window', () => {
    // 2026-06-14 = May 31 + 14: the window has not closed yet.
    expect(report('2026-06-14').unhandled).toEqual([]);
  });

  it('shows a late answer without counting it as handled', () => {
    const r = report(ALERT_AS_OF, {
      'journal/2026-06-15.yaml':
        'date: 2026-06-15\nactions:\n  - { kpi: leads, date: 2026-06-15, action: Late audit }\n',
    });
    expect(r.active[0]!.handled).toBe(false);
    expect(r.active[0]!.response).toEqual({
      file: 'journal/2026-06-15.yaml',
      date: '2026-06-15',
      action: 'Late audit',
      owner: null,
    });
  });

  it('has nothing to say about a folder without triggers or readings', () => {
    const r = report(ALERT_AS_OF, { 'metrics/leads.csv': 'date,value\n' });
    expect([r.active, r.unhandled, r.recent]).toEqual([[], [], []]);
  });

  it('gives an owner not in people.yaml without a login, and no people.yaml at all works', () => {
    const r = report(ALERT_AS_OF, { 'people.yaml': null });
    expect(r.active[0]!.owner).toEqual({ name: 'Lee Wong', github: null, email: null });
  });
});
