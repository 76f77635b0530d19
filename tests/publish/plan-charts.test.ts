import { describe, expect, it } from 'vitest';
import { leadLagInput } from '../../src/charts/chart-data-from-analysis.ts';
import { planCharts } from '../../src/publish/plan-charts.ts';
import { example } from './example.ts';

const computed = await example();
const { analysis } = computed;

describe('planCharts', () => {
  it('captions each KPI chart with what it draws: a target or a forecast only where the KPI has one', () => {
    const { captions } = planCharts(computed, 'test');
    let targets = 0;
    for (const kpi of computed.model.kpis) {
      const caption = captions[`kpi/${kpi.id}`]!;
      expect(caption, kpi.id).toMatch(new RegExp(`^${kpi.name.replace(/[()]/g, '\\$&')}`));
      expect(/\btarget\b/.test(caption), `${kpi.id}: ${caption}`).toBe(kpi.target !== null);
      const forecast = kpi.forecast !== null && kpi.latest !== null;
      expect(caption.includes('forecast (dotted)'), `${kpi.id}: ${caption}`).toBe(forecast);
      if (kpi.target !== null) targets++;
    }
    expect(targets).toBeGreaterThan(0);
    expect(targets).toBeLessThan(computed.model.kpis.length);
  });

  it('makes a lead/lag chart for each drives link with a lag and two pairs or more, of n pairs', () => {
    const { charts, jobs, titles, legends } = planCharts(computed, 'test');
    const withChart = Object.keys(charts).filter((name) => name.startsWith('leadlag/'));
    const expected: string[] = [];
    for (const k of analysis.kpis)
      for (const link of k.links) {
        const lagging = analysis.project.kpiById.get(link.to)!;
        const pair = leadLagInput(k.record, lagging, link, analysis.asOf);
        // The chart's pairs are the evidence's pairs: n counts them.
        if (pair !== null)
          expect(pair.pairs.length, `${k.record.id} → ${link.to}`).toBe(link.evidence.n);
        if (pair !== null && pair.pairs.length >= 2)
          expected.push(`leadlag/${k.record.id}/${link.to}`);
      }
    expect(expected.length).toBeGreaterThan(3);
    expect(withChart.sort()).toEqual(expected.sort());
    // Each has a job whose spec draws those pairs, and a title (the page's) giving their number.
    for (const name of withChart) {
      const [, from, to] = name.split('/');
      const link = analysis.kpiById
        .get(from!)!
        .links.find((l) => l.to === to && l.type === 'drives')!;
      const job = jobs.find((j) => j.keys[0] === charts[name])!;
      const { spec, variants } = job.drawing();
      const drawnPairs = new Set(
        (spec as unknown as { datasets: { changes: { date: number }[] } }).datasets.changes.map(
          (r) => r.date,
        ),
      );
      // The example's pairs are fewer than half a point per px: all are drawn.
      expect(drawnPairs.size).toBe(link.evidence.n);
      expect(titles[name]!.text).toContain(`n = ${link.evidence.n},`);
      const lagging = analysis.project.kpiById.get(to!)!.def.name;
      expect(legends[name]!.map((e) => e.label)).toEqual([
        expect.stringMatching(/ \((same|\d+) \w+( earlier)?\)$/),
        lagging,
      ]);
      // And one drawn for phones by the same job, of the same pairs.
      expect(job.keys[1]).toBe(charts[`leadlag-narrow/${from}/${to}`]);
      expect(variants).toHaveLength(1);
      expect(variants[0]).toMatchObject({ width: 360 });
    }
  });
});
