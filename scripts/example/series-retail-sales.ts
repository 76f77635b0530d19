/**
 * Stores, modelled day by day from door counts (footfall × conversion × basket), and B2B, where
 * signed bookings follow the previous month's qualified leads.
 */
import {
  blackFriday,
  day,
  isoWeekday,
  periodEnd,
  periodStart,
  ymdFromDay,
} from '../lib/calendar.ts';
import type { Random } from '../lib/random.ts';
import { peakFactor } from './series-digital.ts';
import {
  B2B_SEASON,
  eachDay,
  grown,
  LAST_DAY,
  midDay,
  MODEL_START,
  modelPeriods,
  rollUp,
  round,
  season,
  STORE_SEASON,
  valuesAt,
  years,
  type Point,
} from './shape.ts';

/** Store weekday pattern, Monday first: Saturdays are the stores' big day. */
const STORE_WEEKDAY = [0.8, 0.78, 0.82, 0.88, 1.05, 1.45, 1.22];
/** The Boulder store was closed after a burst water main. */
const FLOOD = [day('2024-09-12'), day('2024-09-25')] as const;
const CRM_MIGRATION = day('2026-03-02');
/** The door counters go dark for the vendor switch after this Sunday (the stale KPI). */
const COUNTERS_OFF = day('2026-10-04');

/** The Retail Stores, B2B Sales and Inside Sales series, by KPI id. */
export function synthesizeRetailSales(rng: Random): Map<string, Point[]> {
  const r = rng.fork('stores');
  const footfall = new Map<number, number>();
  const revenue = new Map<number, number>();
  for (const d of eachDay(MODEL_START, LAST_DAY)) {
    const s = season(STORE_SEASON, d);
    const closed = d >= FLOOD[0] && d <= FLOOD[1] ? 13 / 14 : 1;
    const peak = 1 + (peakFactor(d) - 1) * 0.6;
    const visitors =
      2950 *
      grown(d, 0.006) *
      s *
      STORE_WEEKDAY[isoWeekday(d) - 1]! *
      peak *
      closed *
      Math.exp(r.normal(0, 0.06));
    const conversion = 0.236 + 0.002 * years(d) + r.normal(0, 0.008);
    const basket = 97 * grown(d, 0.022) * Math.exp(r.normal(0, 0.03));
    footfall.set(d, visitors);
    revenue.set(d, visitors * conversion * basket);
  }
  const out = new Map<string, Point[]>();
  const weekFootfall = rollUp(footfall, 'week', 'sum');
  out.set(
    'store-footfall',
    modelPeriods('week').map((p) => {
      const flood = periodEnd(p) >= FLOOD[0] && periodStart(p) <= FLOOD[1];
      const note = flood
        ? 'Boulder closed: water damage'
        : periodEnd(p) === COUNTERS_OFF
          ? 'Last week before the counters are replaced'
          : undefined;
      return {
        period: p,
        value: Math.round(weekFootfall.get(p.index)!),
        ...(note === undefined ? {} : { note }),
      };
    }),
  );
  const monthRevenue = rollUp(revenue, 'month', 'sum');
  out.set(
    'store-revenue',
    modelPeriods('month').map((p) => ({
      period: p,
      value: Math.round(monthRevenue.get(p.index)!),
    })),
  );
  out.set(
    'sales-per-labor-hour',
    modelPeriods('month').map((p) => {
      const s = season(STORE_SEASON, midDay(p));
      return {
        period: p,
        value: round(176 * grown(midDay(p), 0.03) * (0.9 + 0.1 * s) + r.normal(0, 3), 0),
      };
    }),
  );
  out.set(
    'staff-certification-rate',
    modelPeriods('quarter').map((p) => {
      const t = years(midDay(p));
      return {
        period: p,
        value: round(18 + 58 / (1 + Math.exp(-(t - 2.6) * 1.6)) + r.normal(0, 0.8), 0),
      };
    }),
  );

  // Inside Sales: weekly leads, with the trade shows, the holidays and the CRM migration.
  const b = rng.fork('b2b');
  const leads: Point[] = modelPeriods('week').map((p) => {
    const monday = periodStart(p);
    const { year, month, day: dom } = ymdFromDay(monday);
    let value =
      50 * grown(monday, 0.075) * season(B2B_SEASON, monday + 3) * Math.exp(b.normal(0, 0.09));
    let note: string | undefined;
    const thanksgiving = blackFriday(year) - 1;
    // Mondays of Christmas week, New Year week and the week after.
    if (month === 12 && dom >= 19 && dom <= 25) value *= 0.5;
    else if ((month === 12 && dom >= 26) || (month === 1 && dom === 1)) value *= 0.4;
    else if (month === 1 && dom <= 7) value *= 0.85;
    else if (thanksgiving >= monday && thanksgiving <= monday + 6) value *= 0.72;
    // Outdoor Retailer: mid-June and early November shows.
    const show = (month === 6 && dom >= 15 && dom <= 21) || (month === 11 && dom >= 2 && dom <= 8);
    const after =
      (month === 6 && dom >= 22 && dom <= 28) || (month === 11 && dom >= 9 && dom <= 15);
    if (show) {
      value *= 0.7;
      note = 'Trade show week: team at Outdoor Retailer';
    } else if (after) {
      value *= 1.4;
      note = 'Show follow-ups';
    }
    if (monday === CRM_MIGRATION)
      return { period: p, value: null, note: 'CRM migration — no export this week' };
    if (monday === CRM_MIGRATION + 7) {
      value *= 0.6;
      note = 'CRM migration — partial data';
    }
    return { period: p, value: Math.round(value), ...(note === undefined ? {} : { note }) };
  });
  out.set('qualified-leads', leads);
  out.set(
    'lead-response-hours',
    modelPeriods('week').map((p) => {
      const start = periodStart(p);
      const crm = start >= CRM_MIGRATION && start < CRM_MIGRATION + 28 ? 4 : 0;
      const value = Math.max(3.2, 9.2 - 1.05 * years(start)) + crm + b.normal(0, 0.7);
      return { period: p, value: round(Math.max(1.5, value), 1) };
    }),
  );

  // Bookings follow last month's leads per week — the rate Plumbline compares a weekly sum at a
  // monthly grain by, so a month of 5 weeks does not count as a busier one.
  const leadMonths = valuesAt(leads, 'start', 'month', 'sum');
  const leadWeeks = valuesAt(
    leads.map((l) => ({ ...l, value: l.value === null ? null : 1 })),
    'start',
    'month',
    'sum',
  );
  const perMonth = (m: number): number | undefined => {
    const sum = leadMonths.get(m);
    return sum === undefined ? undefined : (sum / leadWeeks.get(m)!) * (52 / 12);
  };
  out.set(
    'b2b-bookings',
    modelPeriods('month').map((p) => {
      const prior = perMonth(p.index - 1) ?? perMonth(p.index)!;
      const value = 95_000 * grown(midDay(p), 0.03) + 2050 * prior + b.normal(0, 18_000);
      const crm = p.index === 2026 * 12 + 2;
      return {
        period: p,
        value: Math.round(value),
        ...(crm ? { note: 'CRM migration month: some bookings entered late' } : {}),
      };
    }),
  );
  out.set(
    'win-rate',
    modelPeriods('quarter').map((p) => ({
      period: p,
      value: round(23.5 + 0.7 * years(midDay(p)) + b.normal(0, 1.1), 1),
    })),
  );
  out.set(
    'active-b2b-accounts',
    modelPeriods('month').map((p) => ({
      period: p,
      value: Math.round(296 + 27 * years(midDay(p)) + b.normal(0, 3)),
    })),
  );
  out.set(
    'sales-cycle-days',
    modelPeriods('month').map((p) => ({
      period: p,
      value: Math.round(45 - 1.6 * years(midDay(p)) + b.normal(0, 2)),
    })),
  );
  out.set('b2b-reorder-rate', []);
  return out;
}
