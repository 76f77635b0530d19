import { describe, expect, it } from 'vitest';
import { periodSeries } from '../../../src/core/analytics/series.ts';
import {
  actionsFor,
  evaluateTriggers,
  executionRate,
  type KpiAction,
} from '../../../src/core/analytics/triggers.ts';
import { parseDay, parsePeriodText } from '../../../src/core/period/period.ts';
import { journalSchema } from '../../../src/core/schema/journal.ts';
import { triggerSchema, type Trigger } from '../../../src/core/schema/metric.ts';
import { readings } from '../../helpers/readings.ts';

const day = (s: string) => parseDay(s)!;
const month = (s: string) => parsePeriodText(s)!.index;
const trigger = (when: Record<string, unknown>, action = 'Act'): Trigger =>
  triggerSchema.parse({ when, action });
// Jan..Jul 2026.
const series = periodSeries(
  readings('2026-01', [100, 100, 70, 65, 100, 100, 60]),
  'month',
  'last',
  day('2026-12-31'),
);

describe('evaluateTriggers', () => {
  it('fires a change trigger once where its condition starts to hold', () => {
    // March: 70 vs 100 = −30 % (fires); April: 65 vs 70 = −7 %; July: 60 vs 100 = −40 % (fires).
    const r = evaluateTriggers([trigger({ change: '-20%', periods: 1 })], series, [], 14, 'Lee');
    expect(r.events.map((e) => e.period)).toEqual([month('2026-03'), month('2026-07')]);
    expect(r.alerts).toEqual([
      { trigger: 0, since: month('2026-07'), action: 'Act', owner: 'Lee' },
    ]);
  });

  it('needs every one of k periods below the limit, and fires once per run', () => {
    // below 80 for 2: April (65, 70) holds; May is 100; July (60, 100) does not.
    const r = evaluateTriggers([trigger({ below: 80, periods: 2 })], series, [], 14, null);
    expect(r.events.map((e) => e.period)).toEqual([month('2026-04')]);
    expect(r.alerts).toEqual([]);
  });

  it('compares k calendar periods back for a change over several periods', () => {
    // +20 % against 2 months earlier: May 100 vs March 70 = +43 % fires; June 100 vs April 65 holds on.
    const r = evaluateTriggers([trigger({ change: '20%', periods: 2 })], series, [], 14, null);
    expect(r.events.map((e) => e.period)).toEqual([month('2026-05')]);
  });

  it('treats a gap as not holding, so the run after it fires again', () => {
    const gappy = periodSeries(
      readings('2026-01', [50, null, 50]),
      'month',
      'last',
      day('2026-12-31'),
    );
    const r = evaluateTriggers([trigger({ above: 10 })], gappy, [], 14, null);
    expect(r.events.map((e) => e.period)).toEqual([month('2026-01'), month('2026-03')]);
  });

  it('counts an event handled by an action from the period start to response_days after its end', () => {
    const act = (d: string): KpiAction => ({
      file: 'journal/a.yaml',
      day: day(d),
      action: 'Audit',
      owner: 'Lee',
    });
    const when = [trigger({ change: '-20%' })];
    // March ends on the 31st: the window is 1 March – 14 April.
    expect(evaluateTriggers(when, series, [act('2026-04-14')], 14, null).events[0]!.handled).toBe(
      true,
    );
    expect(evaluateTriggers(when, series, [act('2026-04-15')], 14, null).events[0]!.handled).toBe(
      false,
    );
    expect(evaluateTriggers(when, series, [act('2026-02-28')], 14, null).events[0]!.handled).toBe(
      false,
    );
    expect(
      evaluateTriggers(when, series, [act('2026-03-01')], 14, null).events[0]!.response,
    ).toEqual(act('2026-03-01'));
  });
});

describe('actionsFor', () => {
  it('keeps this KPI’s actions up to the as-of date, by date', () => {
    const entry = journalSchema.parse({
      date: '2026-04-01',
      actions: [
        { kpi: 'a', date: '2026-03-20', action: 'Second' },
        { kpi: 'b', date: '2026-03-10', action: 'Other KPI' },
        { kpi: 'a', date: '2026-03-05', action: 'First', owner: 'Lee' },
        { kpi: 'a', date: '2026-05-01', action: 'Later' },
      ],
    });
    const list = actionsFor('a', [{ file: 'journal/q1.yaml', entry }], day('2026-04-30'));
    expect(list.map((a) => a.action)).toEqual(['First', 'Second']);
    expect(actionsFor('a', [{ file: 'journal/q1.yaml', entry }], day('2026-03-31'))).toEqual([]);
  });
});

describe('executionRate', () => {
  it('counts events whose period ended in the 365 days up to the as-of date', () => {
    const events = [
      { period: month('2025-10'), handled: true }, // ends 2025-10-31: more than 365 days before
      { period: month('2025-12'), handled: false },
      { period: month('2026-06'), handled: true },
      { period: month('2026-11'), handled: true }, // ends 2026-11-30, after the as-of date
    ];
    expect(executionRate(events, 'month', day('2026-11-24'))).toEqual({
      fired: 2,
      handled: 1,
      rate: 0.5,
    });
    expect(executionRate([], 'month', day('2026-11-24'))).toEqual({
      fired: 0,
      handled: 0,
      rate: null,
    });
  });
});
