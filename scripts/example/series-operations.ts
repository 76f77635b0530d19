/**
 * Operations: same-day shipping drives on-time delivery, scanning drives pick accuracy, the
 * support backlog weighs on CSAT, first-contact resolution moves NPS (built in
 * series-enterprise.ts). The regional carrier's trouble in autumn 2026 hits on-time delivery on its
 * own, which is why same-day shipping alone does not explain it.
 */
import { blackFriday, day, isoWeekday, periodEnd, ymdFromDay } from '../lib/calendar.ts';
import type { Random } from '../lib/random.ts';
import { peakFactor } from './series-digital.ts';
import {
  eachDay,
  LAST_DAY,
  midDay,
  MODEL_START,
  modelPeriods,
  ONLINE_SEASON,
  ramp,
  round,
  season,
  valuesAt,
  years,
  type Point,
} from './shape.ts';

const WMS_ROLLOUT = [day('2024-03-01'), day('2025-08-31')] as const;
const CARRIER_TROUBLE = [day('2026-09-07'), day('2026-11-08')] as const;
const CRM_MIGRATION = day('2026-03-02');
const INBOUND_SURGE = [day('2026-10-05'), day('2026-10-18')] as const;

/** Height of the post-Black-Friday ticket wave by year: 2025 brought the new returns portal. */
const PEAK_TICKETS: Record<number, number> = {
  2022: 110,
  2023: 120,
  2024: 150,
  2025: 300,
  2026: 0,
};

/** The Operations, Fulfillment Center and Customer Care series, by KPI id. */
export function synthesizeOperations(rng: Random): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  const f = rng.fork('fulfillment');

  // Staffing varies by week (sickness, flex crew availability), so does the whole week's shipping.
  let crew = 0;
  const sameDay: Point[] = eachDay(MODEL_START, LAST_DAY).map((d) => {
    if (isoWeekday(d) === 1) crew = f.normal(0, 1.1);
    const peak = peakFactor(d) > 1.5 ? 5 : peakFactor(d) > 1 ? 2 : 0;
    const value = Math.min(99.6, 93.2 + 0.35 * years(d) - peak + crew + f.normal(0, 1.1));
    return { period: { grain: 'day', index: d }, value: round(value, 1) };
  });
  out.set('orders-shipped-same-day', sameDay);

  const sameDayWeeks = valuesAt(sameDay, 'period', 'week', 'mean');
  out.set(
    'on-time-delivery',
    modelPeriods('week').map((p) => {
      const sunday = periodEnd(p);
      const carrier = 5.8 * ramp(sunday, CARRIER_TROUBLE[0], CARRIER_TROUBLE[1]);
      const value = 61.6 + 0.37 * sameDayWeeks.get(p.index)! - carrier + f.normal(0, 0.12);
      if (sunday === day('2024-05-19'))
        return { period: p, value: null, note: 'Carrier API down — no export' };
      const note =
        sunday === day('2026-09-13') ? 'Regional carrier takes over the Front Range' : undefined;
      return { period: p, value: round(value, 1), ...(note === undefined ? {} : { note }) };
    }),
  );

  const wms: Point[] = modelPeriods('month').map((p) => {
    const value = 55 + 39 * ramp(midDay(p), WMS_ROLLOUT[0], WMS_ROLLOUT[1]) + f.normal(0, 1.6);
    return { period: p, value: round(Math.min(99.2, value), 1) };
  });
  out.set('wms-scan-compliance', wms);
  const wmsMonths = valuesAt(wms, 'period', 'month', 'last');
  out.set(
    'pick-accuracy',
    modelPeriods('week').map((p) => {
      const month = ymdFromDay(periodEnd(p));
      const previous = wmsMonths.get(month.year * 12 + month.month - 2) ?? 55;
      return { period: p, value: round(96.6 + 0.03 * previous + f.normal(0, 0.04), 2) };
    }),
  );

  // Dock-to-stock: one reading per receiving day (Monday to Friday).
  const dock: Point[] = [];
  for (const d of eachDay(MODEL_START, LAST_DAY)) {
    if (isoWeekday(d) > 5) continue;
    const { month } = ymdFromDay(d);
    const inbound = month === 9 || month === 10 ? 2.5 : 0;
    const surge = d >= INBOUND_SURGE[0] && d <= INBOUND_SURGE[1] ? 9 : 0;
    const value =
      28.5 -
      6 * ramp(d, WMS_ROLLOUT[0], WMS_ROLLOUT[1]) +
      5 * ramp(d, day('2026-01-01'), day('2026-06-30')) +
      inbound +
      surge +
      f.normal(0, 2.4);
    const note =
      d === INBOUND_SURGE[0] ? 'Pre-peak inbound surge: 40 containers in two weeks' : undefined;
    dock.push({
      period: { grain: 'day', index: d },
      value: round(value, 1),
      ...(note === undefined ? {} : { note }),
    });
  }
  out.set('dock-to-stock-hours', dock);

  const o = rng.fork('operations');
  out.set(
    'inventory-days-on-hand',
    modelPeriods('month').map((p) => {
      const month = ((p.index % 12) + 12) % 12;
      const build = [-6, -4, 0, 2, 2, 0, 2, 6, 10, 12, 4, -14][month]!;
      const value = 99 - 5 * years(midDay(p)) + build + o.normal(0, 1.5);
      const count = month === 11 && p.index > 2023 * 12;
      return {
        period: p,
        value: Math.round(value),
        ...(count ? { note: 'Year-end stock count' } : {}),
      };
    }),
  );
  out.set(
    'return-rate',
    modelPeriods('month').map((p) => {
      const month = ((p.index % 12) + 12) % 12;
      const seasonal = month === 0 ? 2.8 : month === 11 ? 0.9 : 0;
      return {
        period: p,
        value: round(11.9 - 0.22 * years(midDay(p)) + seasonal + o.normal(0, 0.3), 1),
      };
    }),
  );

  // Customer care: the morning count of open tickets.
  const c = rng.fork('care');
  const backlog: Point[] = eachDay(MODEL_START, LAST_DAY).map((d) => {
    const { year, month } = ymdFromDay(d);
    const bf = blackFriday(year);
    const wave = (PEAK_TICKETS[year] ?? 0) * Math.exp(-(((d - (bf + 14)) / 9) ** 2));
    const previousWave =
      (PEAK_TICKETS[year - 1] ?? 0) * Math.exp(-(((d - (blackFriday(year - 1) + 14)) / 9) ** 2));
    const returns = month === 1 ? 45 : 0;
    const crm = 150 * Math.exp(-(((d - (CRM_MIGRATION + 12)) / 7) ** 2));
    const carrier = 110 * ramp(d, CARRIER_TROUBLE[0] + 14, CARRIER_TROUBLE[1] + 14);
    const base = 165 * (1 + 0.45 * (season(ONLINE_SEASON, d) - 1));
    const value = base + wave + previousWave + returns + crm + carrier + c.normal(0, 13);
    const note =
      d === day('2025-12-08') ? 'Returns portal teething problems on top of peak' : undefined;
    return {
      period: { grain: 'day', index: d },
      value: Math.round(value),
      ...(note === undefined ? {} : { note }),
    };
  });
  out.set('support-backlog', backlog);

  // CSAT falls when the queue is long (a down KPI driving an up one: opposite moves), month by month.
  const backlogMonths = valuesAt(backlog, 'period', 'month', 'max');
  out.set(
    'csat-score',
    modelPeriods('month').map((p) => ({
      period: p,
      value: round(
        4.66 - 0.00085 * backlogMonths.get(p.index)! + 0.025 * years(midDay(p)) + c.normal(0, 0.02),
        2,
      ),
    })),
  );

  out.set(
    'first-contact-resolution',
    modelPeriods('month').map((p) => {
      const mid = midDay(p);
      const crm = p.index === 2026 * 12 + 2 ? 4.5 : p.index === 2026 * 12 + 3 ? 2 : 0;
      const value = 66.4 + 1.55 * years(mid) - crm + c.normal(0, 0.8);
      const note = crm === 4.5 ? 'CRM migration — partial data' : undefined;
      return { period: p, value: round(value, 1), ...(note === undefined ? {} : { note }) };
    }),
  );
  out.set(
    'training-hours-per-agent',
    modelPeriods('month').map((p) => {
      const mid = midDay(p);
      const academy = 3.1 * ramp(mid, day('2025-01-15'), day('2025-09-01'));
      return { period: p, value: round(Math.max(0.5, 2.4 + academy + c.normal(0, 0.45)), 1) };
    }),
  );
  return out;
}
