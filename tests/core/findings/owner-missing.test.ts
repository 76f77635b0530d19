import { describe, expect, it } from 'vitest';
import { ownerMissing } from '../../../src/core/findings/owner-missing.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const leads = (extra: string[] = []) =>
  [
    '# yaml-language-server: $schema=../../schemas/metric.json',
    'name: Leads',
    'direction: up',
    'team: sales',
    'cadence: monthly',
    'objectives: [grow-sales]',
    ...extra,
    '',
  ].join('\n');

describe('ownerMissing', () => {
  it('flags an active KPI without an owner at the top of its file', () => {
    const found = ownerMissing(
      analyzeFiles({
        'metrics/leads.yaml': leads(),
        'metrics/revenue.yaml':
          'name: Revenue\ndirection: up\nteam: acme\ncadence: monthly\nowner: Ana\n',
      }),
    );
    // Line 1 is the schema comment, so the KPI's map starts on line 2.
    expect(where(found)).toEqual([
      { rule: 'owner-missing', severity: 'warning', file: 'metrics/leads.yaml', line: 2, col: 1 },
    ]);
    expect(found[0]!.message).toBe('`leads` has no owner.');
    expect(found[0]!.hint).toBe('Add `owner: <name>` — the person who answers for this number.');
  });

  it("proposes the team's lead when teams.yaml names one", () => {
    const found = ownerMissing(
      analyzeFiles({
        'teams.yaml':
          '- { id: acme, name: Acme, level: enterprise }\n- { id: sales, name: Sales, level: function, parent: acme, lead: Raj Patel }\n',
      }),
    );
    const hint = found.find((d) => d.file === 'metrics/leads.yaml')!.hint;
    expect(hint).toContain('the lead of sales is Raj Patel');
  });

  it('passes a KPI with an owner, and ignores proposed and retired KPIs', () => {
    const found = ownerMissing(
      analyzeFiles({
        'metrics/leads.yaml': leads(['owner: Lee Wong']),
        'metrics/revenue.yaml':
          'name: Revenue\ndirection: up\nteam: acme\ncadence: monthly\nstatus: proposed\n',
        'metrics/old.yaml':
          'name: Old\ndirection: up\ncadence: monthly\nteam: acme\nstatus: retired\nretired: { date: 2026-01-31, reason: Replaced }\n',
      }),
    );
    expect(found).toEqual([]);
  });
});
