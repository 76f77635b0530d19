import { describe, expect, it } from 'vitest';
import { pageView } from '../../src/build/page-views.ts';
import { example, exampleSiteData } from './example.ts';

const computed = await example();
const data = exampleSiteData(computed);
const m = data.model;

describe('pageView', () => {
  it('gives a KPI page its KPI, its charts, table and journal decisions, and every name', () => {
    const kpi = m.kpis.find((k) => k.links.some((l) => l.type === 'drives') && k.impact !== null)!;
    const view = pageView(data, 'kpis', kpi.id)!;
    expect(view.model.kpis.map((k) => k.id)).toEqual(
      [kpi.id, kpi.impact!.to].filter((id, i, all) => all.indexOf(id) === i),
    );
    expect(view.model.kpis[0]).toBe(kpi);
    const charts = Object.keys(data.charts).filter(
      (key) =>
        key.endsWith(`/${kpi.id}`) ||
        (/^leadlag(-narrow)?\//.test(key) && key.split('/')[1] === kpi.id),
    );
    expect(Object.keys(view.charts).sort()).toEqual(charts.sort());
    expect(view.tables).toEqual({ [kpi.id]: data.tables[kpi.id] });
    const decided = m.journal.filter((j) => j.decisions.some((d) => d.kpi === kpi.id));
    expect(view.model.journal.map((j) => [j.file, j.date, j.title])).toEqual(
      decided.map((j) => [j.file, j.date, j.title]),
    );
    expect(view.model.journal.flatMap((j) => j.decisions)).toEqual(
      decided.flatMap((j) => j.decisions.filter((d) => d.kpi === kpi.id)),
    );
    expect(view.model.journal.flatMap((j) => j.decisions).length).toBeGreaterThan(0);
    expect(view.names).toBe(data.names);
    expect([view.model.organization, view.model.asOf]).toEqual([m.organization, m.asOf]);
    expect([view.model.goals, view.model.teams, view.model.findings]).toEqual([[], [], []]);
  });

  it('gives a team page its KPIs as lists show them, its parents and its alerts', () => {
    const team = m.teams.find((t) => t.parent !== null && t.kpis.length > 1)!;
    const view = pageView(data, 'teams', team.id)!;
    expect(view.model.kpis.map((k) => k.id).sort()).toEqual([...team.kpis, ...team.shared].sort());
    expect(view.model.teams[0]).toBe(team);
    expect(view.model.teams[1]!.id).toBe(team.parent);
    expect(view.model.alerts).toEqual(m.alerts.filter((a) => team.kpis.includes(a.kpi)));
    for (const k of view.model.kpis) {
      const full = m.kpis.find((x) => x.id === k.id)!;
      // What lists show is kept as it is; what only the KPI's own page shows is left out.
      expect([k.name, k.status, k.latest, k.lineOfSight, k.alignment.score]).toEqual([
        full.name,
        full.status,
        full.latest,
        full.lineOfSight,
        full.alignment.score,
      ]);
      expect([k.impact, k.links, k.linkedFrom, k.alignment.checks]).toEqual([null, [], [], []]);
    }
    expect(Object.keys(view.sparklines).sort()).toEqual(view.model.kpis.map((k) => k.id).sort());
  });

  it('gives a goal page its headline and reaching KPIs, its objectives and headline charts', () => {
    const goal = m.goals.find((g) => g.kpis.length > 0)!;
    const view = pageView(data, 'goals', goal.id)!;
    const reaching = m.kpis.filter((k) => k.lineOfSight?.at(-1) === goal.id).map((k) => k.id);
    expect(view.model.kpis.map((k) => k.id).sort()).toEqual(
      [...new Set([...goal.kpis, ...reaching])].sort(),
    );
    expect(view.model.objectives.map((o) => o.id).sort()).toEqual([...goal.objectives].sort());
    expect(Object.keys(view.charts).sort()).toEqual(
      goal.kpis.flatMap((id) => [`kpi-narrow/${id}`, `kpi/${id}`]).sort(),
    );
  });

  it('keeps links between an objective’s KPIs, and knows no unknown id', () => {
    const objective = m.objectives.find((o) => o.kpis.length > 1)!;
    const view = pageView(data, 'objectives', objective.id)!;
    for (const k of view.model.kpis)
      expect(k.links).toEqual(m.kpis.find((x) => x.id === k.id)!.links);
    expect(pageView(data, 'kpis', 'no-such-kpi')).toBeNull();
    expect(pageView(data, 'teams', 'no-such-team')).toBeNull();
  });
});
