/**
 * Golden tests of the model JSON (the Observable Framework pattern, ../shared/STYLE.md): each
 * organisation under tests/fixtures/golden/<name>/ is loaded from its files and computed as of a
 * fixed day, and the model must equal the committed tests/fixtures/golden/<name>.json byte for byte.
 * On a difference the new model is written beside it as <name>-changed.json (git-ignored) and the
 * test fails; read the diff, and when the change is intended accept it with
 *
 *   mv tests/fixtures/golden/<name>-changed.json tests/fixtures/golden/<name>.json
 *
 * A missing expectation is written (outside CI only) and the test still fails, so that a person
 * looks at it before it is committed. The second block checks key numbers of each model against
 * values worked out by hand, so the expectations were not just accepted.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelJson } from '../../../src/core/model/model.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { computeProject } from '../../../src/core/pipeline.ts';
import { readProject } from '../../../src/io/read-project.ts';

const GOLDEN = path.join(import.meta.dirname, '../../fixtures/golden');

/** Each organisation and the day it is computed as of. */
const CASES = {
  /** One KPI, one goal, one objective, one team. */
  minimal: '2026-06-15',
  /** A leading KPI that supports and drives a lagging one a month later. */
  links: '2026-07-15',
  /** A weekly KPI with gaps, a stale KPI without a target, a retired KPI with a replacement. */
  'gaps-stale-retired': '2026-06-24',
  /** Two triggers that fire three times, two answered in the journal, one open alert. */
  'triggers-alerts': '2026-06-15',
} as const;
type Case = keyof typeof CASES;

async function modelOf(name: Case): Promise<ModelJson> {
  const files = await readProject(path.join(GOLDEN, name));
  const computed = computeProject(files, parseDay(CASES[name])!);
  expect(computed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return computed.model;
}

describe('the model JSON of small organisations matches its golden file', () => {
  for (const name of Object.keys(CASES) as Case[]) {
    it(name, async () => {
      const actual = `${JSON.stringify(await modelOf(name), null, 2)}\n`;
      const expectedFile = path.join(GOLDEN, `${name}.json`);
      const changedFile = path.join(GOLDEN, `${name}-changed.json`);
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : null;
      if (actual === expected) {
        rmSync(changedFile, { force: true });
        return;
      }
      if (expected === null) {
        if (process.env.CI !== 'true') writeFileSync(expectedFile, actual);
        expect.fail(
          `No golden model for ${name}: wrote ${path.relative(process.cwd(), expectedFile)} (not in CI). ` +
            'Check it by hand, then commit it.',
        );
      }
      writeFileSync(changedFile, actual);
      const rel = (f: string) => path.relative(process.cwd(), f);
      expect.fail(
        `The model of ${name} changed: compare ${rel(changedFile)} with ${rel(expectedFile)}. ` +
          `If the change is intended, accept it: mv ${rel(changedFile)} ${rel(expectedFile)}`,
      );
    });
  }
});

describe('the golden models, checked by hand', () => {
  const kpi = (m: ModelJson, id: string) => m.kpis.find((k) => k.id === id)!;

  it('minimal: the plan line at the end of May and the gap from it', async () => {
    const m = await modelOf('minimal');
    const sales = kpi(m, 'sales');
    // Plan 100 on 2026-01-31 → 200 on 2027-01-31 (365 days); May ends 28 + 31 + 30 + 31 = 120 days
    // after the baseline: 100 + 100 × 120 / 365 = 132.877. Actual 125: gap (125 − 132.877) / 132.877
    // = −5.93 %, between −5 % and −10 %: at risk.
    const planned = 100 + (100 * 120) / 365;
    expect(sales.latest).toEqual({ period: '2026-05', date: '2026-05-31', value: 125 });
    expect(sales.planned).toBeCloseTo(planned, 9);
    expect(sales.gap).toBeCloseTo((125 - planned) / planned, 9);
    expect(sales.status).toBe('at-risk');
    // Theil–Sen: the median of the 10 pairwise slopes 10, 7.5, 6.67, 6.25 and six of 5 is 5.
    expect(sales.trend.slope).toBe(5);
    // The goal and the objective take the status of their only KPI.
    expect(m.goals[0]!.status).toBe('at-risk');
    expect(m.objectives[0]!.status).toBe('at-risk');
    expect(m.teams[0]!.vitalFew).toEqual({ min: 5, max: 7, count: 1, within: false });
  });

  it('links: orders are 3 × the leads of the month before + 20, a perfect link at lag 1', async () => {
    const m = await modelOf('links');
    const drives = kpi(m, 'leads').links.find((l) => l.type === 'drives')!;
    // 17 months of orders, all with the month-before leads; first differences leave 16 pairs.
    expect(drives).toMatchObject({ to: 'orders', lag: 1, n: 16, evidence: 'validated' });
    expect(drives.r).toBeCloseTo(1, 9);
    const orders = kpi(m, 'orders');
    // Plan 80 on 2025-01-31 → 140 on 2026-12-31 (699 days); June 2026 ends 515 days after the
    // baseline: 80 + 60 × 515 / 699 = 124.206; actual 3 × 40 + 20 = 140, 12.7 % ahead.
    const planned = 80 + (60 * 515) / 699;
    expect(orders.latest?.value).toBe(140);
    expect(orders.planned).toBeCloseTo(planned, 9);
    expect(orders.gap).toBeCloseTo((140 - planned) / planned, 9);
    expect(orders.status).toBe('on-track');
    expect(orders.linkedFrom).toEqual([
      { type: 'drives', from: 'leads' },
      { type: 'supports', from: 'leads' },
    ]);
  });

  it('gaps, stale, retired: the states each KPI was written for', async () => {
    const m = await modelOf('gaps-stale-retired');
    const tickets = kpi(m, 'tickets-closed');
    // As of Wednesday 2026-06-24 the last whole week is W25 (June 15–21): 47 against a flat plan of
    // 50 is −6 %: at risk. W21 is empty and W23 has no row: 5 readings of 6 rows counted.
    expect(tickets.latest).toEqual({ period: '2026-W25', date: '2026-06-21', value: 47 });
    expect(tickets.gap).toBeCloseTo(-0.06, 12);
    expect(tickets.status).toBe('at-risk');
    expect(tickets.stale).toBe(false);
    // Monthly, last reading March; April and May have ended: 2 periods overdue, stale at 2.
    const survey = kpi(m, 'survey-score');
    expect([survey.status, survey.stale, survey.overdue]).toEqual(['no-target', true, 2]);
    const retired = kpi(m, 'first-reply-hours');
    expect(retired.lifecycle).toBe('retired');
    expect(retired.retired).toEqual({
      date: '2026-03-31',
      reason: 'Replaced by tickets closed',
      replacedBy: 'tickets-closed',
    });
    // Retired KPIs are not rolled up: the team owns the two active ones.
    expect(m.teams[0]!.kpis).toEqual(['survey-score', 'tickets-closed']);
    // Introduced 2025-01-01 and retired 2026-03-31: KPI churn in 2025-Q1 and 2026-Q1.
    expect(m.noise).toEqual([
      { quarter: '2025-Q1', introduced: ['first-reply-hours'], retired: [] },
      { quarter: '2026-Q1', introduced: [], retired: ['first-reply-hours'] },
    ]);
  });

  it('triggers and alerts: three firings, two answered in time, one open alert', async () => {
    const m = await modelOf('triggers-alerts');
    const leads = kpi(m, 'leads');
    // Readings 12, 8, 7, 11, 9 (Jan–May). Below 10 starts in Feb and again in May (Mar continues
    // Feb's run); 12 → 8 is −33 %, past the −30 % trigger, in Feb. The action on 2026-03-05 falls
    // within Feb's window (Feb 28 + 14 days = Mar 14); nothing answers May by June 15.
    expect(leads.triggers.map((t) => [t.trigger, t.period, t.handled])).toEqual([
      [0, '2026-02', true],
      [1, '2026-02', true],
      [0, '2026-05', false],
    ]);
    expect(m.execution).toEqual({ fired: 3, handled: 2, rate: 2 / 3 });
    expect(m.alerts).toEqual([
      {
        kpi: 'leads',
        trigger: 0,
        since: '2026-05',
        action: 'Run a lead audit',
        owner: 'Lee Wong',
      },
    ]);
    expect(m.findings.map((f) => f.rule)).toContain('trigger-unhandled');
  });
});
