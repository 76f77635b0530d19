import { describe, expect, it } from 'vitest';
import { metricYaml } from '../../helpers/project-files.ts';
import { analyzeFiles } from '../../helpers/analyze-files.ts';

/** Monthly readings from January 2025: a start value, then one change per month. */
function monthly(start: number, changes: readonly number[]): string {
  const rows: string[] = [];
  let v = start;
  for (let i = 0; i <= changes.length; i++) {
    rows.push(`${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${v}`);
    v += changes[i] ?? 0;
  }
  return ['date,value', ...rows, ''].join('\n');
}

// 20 changes (21 months: under two years, so no season is removed).
const COST = [5, 1, -1, -3, -5, -5, 5, -1, 3, -2, 5, 2, 1, -2, 1, -1, 4, 2, 1, 2];
// Revenue falls 3 for every 1 the cost rises, plus a little noise of its own.
const NOISE = [1, -1, 0, 2, -2, 1, 0, -1, 1, 0, -2, 1, 2, -1, 0, 1, -1, 0, 2, -1];
const REVENUE = COST.map((c, i) => -3 * c + NOISE[i]!);

function analyze(costDirection: 'up' | 'down', drives: unknown[] = []) {
  return analyzeFiles({
    'metrics/cost.yaml': metricYaml({
      name: 'Cost',
      direction: costDirection,
      team: 'sales',
      objectives: ['grow-sales'],
      supports: [{ kpi: 'revenue', weight: 0.5 }],
      drives,
    }),
    'metrics/cost.csv': monthly(400, COST),
    'metrics/revenue.csv': monthly(1000, REVENUE),
    'metrics/leads.yaml': null,
    'metrics/leads.csv': null,
  });
}

describe('links of a project', () => {
  it('expects a down KPI to move against the up KPI it supports', () => {
    const cost = analyze('down').kpiById.get('cost')!;
    const link = cost.links[0]!;
    expect(link).toMatchObject({ type: 'supports', sign: -1, state: 'validated' });
    expect(link.evidence.r).toBeLessThan(-0.9);
    expect(link.evidence.seasonal).toBe(false);
  });

  it('does not validate the same data when both are up', () => {
    const cost = analyze('up').kpiById.get('cost')!;
    expect(cost.links[0]).toMatchObject({ sign: 1, state: 'unvalidated' });
    expect(cost.impact!.validated).toBe(false);
  });

  it('carries the link’s elasticity and its interval into the impact of a one-link chain', () => {
    const cost = analyze('down').kpiById.get('cost')!;
    const e = cost.links[0]!.elasticity!;
    expect(e.low).toBeLessThan(e.value);
    expect(e.high).toBeGreaterThan(e.value);
    expect(e.high).toBeLessThan(0);
    expect(cost.impact).toEqual({
      to: 'revenue',
      via: ['cost', 'revenue'],
      declaredWeight: 0.5,
      elasticity: { value: e.value, low: e.low, high: e.high },
      validated: true,
    });
  });

  it('calls a link validated at a searched lag suggested', () => {
    const cost = analyze('down', [{ kpi: 'revenue' }]).kpiById.get('cost')!;
    const drives = cost.links.find((l) => l.type === 'drives')!;
    expect(drives).toMatchObject({ lagDetected: true, state: 'suggested' });
    expect(drives.evidence.lag).toBe(0);
    expect(drives.evidence.lagsTried).toBe(7);
    expect(drives.evidence.pAdjusted).toBeCloseTo(Math.min(1, 7 * drives.evidence.p!), 15);
    // It still counts as evidence for the alignment score, and says how.
    const evidenced = cost.alignment.checks.find((c) => c.id === 'evidenced')!;
    expect(evidenced.detail).toBe(
      'Suggested lead of revenue (lag found in the data, not yet declared).',
    );
  });
});
