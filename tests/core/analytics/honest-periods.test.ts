import { describe, expect, it } from 'vitest';
import { computeProject } from '../../../src/core/pipeline.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { metricYaml, projectFiles } from '../../helpers/project-files.ts';

/** The model of the small organisation with extra files, as of a day. */
function model(overrides: Record<string, string | null>, asOf: string) {
  const { model: m, diagnostics } = computeProject(projectFiles(overrides), parseDay(asOf)!);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return m;
}
const csv = (rows: readonly (readonly [string, number])[]) =>
  ['date,value', ...rows.map(([d, v]) => `${d},${v}`)].join('\n');

describe('the in-progress period (SPEC §3.1)', () => {
  // A weekly sum: 100 a week for W40–W47 2026, and Monday of W48 (23 Nov) with 12 so far.
  const weeks = Array.from({ length: 8 }, (_, i) => [`2026-W${40 + i}`, 100] as const);
  const files = {
    'metrics/orders.yaml': metricYaml({
      name: 'Orders',
      cadence: 'weekly',
      aggregate: 'sum',
      objectives: ['grow-sales'],
      baseline: { value: 100, date: '2026-10-04' },
      target: { value: 90, date: '2027-03-28' },
      triggers: [{ when: { change: '-20%', periods: 1 }, action: 'Look into it' }],
    }),
    'metrics/orders.csv': csv([...weeks, ['2026-11-23', 12]]),
  };

  it('keeps the partial week out of latest, status, trend and triggers, and shows it as current', () => {
    // Wednesday 25 November 2026 is in W48 (23–29 Nov).
    const k = model(files, '2026-11-25').kpis.find((x) => x.id === 'orders')!;
    expect(k.latest).toEqual({ period: '2026-W47', date: '2026-11-22', value: 100 });
    expect(k.current).toEqual({ period: '2026-W48', date: '2026-11-29', value: 12, partial: true });
    expect(k.status).toBe('on-track');
    // 12 against 100 would be a −88 % change: the trigger must not fire on a week under way.
    expect(k.triggers).toEqual([]);
    expect(k.alerts).toEqual([]);
    expect(k.trend.n).toBe(8);
    expect(k.trend.slope).toBe(0);
    // A week in progress is not overdue.
    expect(k.overdue).toBe(0);
    expect(k.stale).toBe(false);
  });

  it('counts the period that ends on the as-of date as complete', () => {
    // Sunday 29 November ends W48: 12 is its final value, the trigger fires, nothing is current.
    const k = model(files, '2026-11-29').kpis.find((x) => x.id === 'orders')!;
    expect(k.latest).toEqual({ period: '2026-W48', date: '2026-11-29', value: 12 });
    expect(k.current).toBeNull();
    expect(k.triggers.map((t) => t.period)).toEqual(['2026-W48']);
  });
});

describe('trend q across the active KPIs (SPEC §3.1)', () => {
  const rising = Array.from(
    { length: 12 },
    (_, i) => [`2026-${String(i + 1).padStart(2, '0')}`, 10 + i] as const,
  );
  const zigzag = rising.map(([d], i) => [d, i % 2 === 0 ? 5 : 7] as const);
  const kpi = (name: string, status: 'active' | 'proposed' = 'active') =>
    metricYaml({ name, objectives: ['grow-sales'], status });

  it('adds a Benjamini–Hochberg q to every active trend and flags only q < 0.1', () => {
    const m = model(
      {
        'metrics/revenue.csv': csv(rising),
        'metrics/leads.csv': csv(zigzag),
        'metrics/idea.yaml': kpi('Idea', 'proposed'),
        'metrics/idea.csv': csv(rising),
      },
      '2026-12-31',
    );
    const by = (id: string) => m.kpis.find((k) => k.id === id)!.trend;
    // Two active KPIs with a p: q(revenue) = 2·p/1 unless the other p is smaller.
    const pr = by('revenue').p!;
    const pl = by('leads').p!;
    expect(pr).toBeLessThan(pl);
    expect(by('revenue').q).toBeCloseTo(Math.min(2 * pr, pl), 12);
    expect(by('leads').q).toBeCloseTo(pl, 12);
    expect(by('revenue').direction).toBe('improving');
    expect(by('leads').direction).toBe('flat');
    // The proposed KPI has the same rise but no q: not among the active KPIs, never flagged.
    expect(by('idea')).toMatchObject({ q: null, direction: 'flat' });
    expect(by('idea').p).toBe(pr);
    expect(m.trends).toEqual({ tested: 2, flagged: 1, threshold: pr });
  });

  it('ties 0.1 + 0.2 with 0.3: no trend from float noise', () => {
    const rows: [string, number][] = [];
    for (let i = 1; i <= 12; i++) {
      const mm = String(i).padStart(2, '0');
      if (i <= 6) rows.push([`2026-${mm}-01`, 0.1], [`2026-${mm}-02`, 0.2]);
      else rows.push([`2026-${mm}-01`, 0.3]);
    }
    const m = model(
      {
        'metrics/revenue.yaml': metricYaml({
          name: 'Revenue',
          aggregate: 'sum',
          objectives: ['grow-sales'],
        }),
        'metrics/revenue.csv': csv(rows),
      },
      '2026-12-31',
    );
    expect(m.kpis.find((k) => k.id === 'revenue')!.trend).toMatchObject({
      slope: 0,
      p: null,
      q: null,
      direction: 'flat',
    });
  });
});
