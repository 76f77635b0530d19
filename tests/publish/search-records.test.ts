import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/publish/search-records.ts';
import { example } from './example.ts';

const computed = await example();
const m = computed.model;

describe('searchRecords', () => {
  it('has one record per KPI, goal, objective and team, at its page under the base path', () => {
    const records = searchRecords(m, '/repo/');
    expect(records).toHaveLength(
      m.kpis.length + m.goals.length + m.objectives.length + m.teams.length,
    );
    const kpi = m.kpis.find((k) => k.id === 'qualified-leads')!;
    const r = records.find((x) => x.url === '/repo/kpis/qualified-leads/')!;
    expect(r.meta).toEqual({ title: kpi.name });
    expect(r.language).toBe('en');
    const team = m.teams.find((t) => t.id === kpi.team)!;
    expect(r.content).toContain(`Team: ${team.name}`);
    expect(r.content.startsWith(`${kpi.name}. `)).toBe(true);
    expect(r.content).toMatch(/\. KPI$/);
    expect(records.filter((x) => x.url.startsWith('/repo/teams/'))).toHaveLength(m.teams.length);
  });

  it('indexes descriptions as plain text, not markdown', async () => {
    const edited = await example((p, t) =>
      p === 'metrics/qualified-leads.yaml'
        ? t.replace(
            /^description: >-\n(?: {2}.*\n)+/m,
            'description: "Leads **scored** by [the model](https://x.test/m)"\n',
          )
        : t,
    );
    const r = searchRecords(edited.model, '/').find((x) => x.url === '/kpis/qualified-leads/')!;
    expect(r.content).toContain('Leads scored by the model');
    expect(r.content).not.toMatch(/\*\*|\]\(/);
  });

  it('does not change when only readings change', async () => {
    const edited = await example((p, t) =>
      p === 'metrics/qualified-leads.csv'
        ? t.replace(/\n2026-11-16,\d+,\n$/, '\n2026-11-16,95,\n')
        : t,
    );
    expect(edited.model.kpis.find((k) => k.id === 'qualified-leads')!.latest).not.toEqual(
      m.kpis.find((k) => k.id === 'qualified-leads')!.latest,
    );
    expect(searchRecords(edited.model, '/')).toEqual(searchRecords(m, '/'));
  });
});
