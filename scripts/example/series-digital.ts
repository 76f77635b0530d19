/**
 * The web store, modelled day by day — sessions, conversion, orders, basket — and rolled up into
 * the weekly and monthly KPIs, so orders, conversion and revenue agree with each other. Growth
 * marketing's series are monthly.
 */
import {
  blackFriday,
  day,
  isoWeekday,
  periodEnd,
  periodStart,
  ymdFromDay,
  type Period,
} from '../lib/calendar.ts';
import type { Random } from '../lib/random.ts';
import {
  eachDay,
  grown,
  LAST_DAY,
  midDay,
  MODEL_START,
  modelPeriods,
  ONLINE_SEASON,
  ramp,
  rollUp,
  round,
  season,
  years,
  type Point,
} from './shape.ts';

const RELAUNCH = day('2024-03-12');
const CHECKOUT_BUG = [day('2026-06-15'), day('2026-06-18')] as const;
/** AI crawlers GA4 does not filter start to inflate sessions. */
const CRAWLERS = day('2026-08-03');
const GA4_OUTAGE = day('2025-04-09');

/** Online weekday pattern, Monday first: people shop from the sofa on Sunday and Monday evenings. */
const WEEKDAY = [1.08, 1.04, 1.0, 0.97, 0.9, 0.91, 1.1];

/** Black Friday to Cyber Monday, and the weeks around them. */
export function peakFactor(d: number): number {
  const bf = blackFriday(ymdFromDay(d).year);
  if (d >= bf && d <= bf + 3) return 1.9;
  if (d >= bf - 7 && d < bf) return 1.12;
  if (d > bf + 3 && d <= bf + 10) return 1.1;
  return 1;
}

function peakNote(d: number): string | undefined {
  const bf = blackFriday(ymdFromDay(d).year);
  if (d === bf) return 'Black Friday';
  if (d === bf + 3) return 'Cyber Monday';
  return undefined;
}

function monthlyPoints(fn: (p: Period, mid: number) => number): Point[] {
  return modelPeriods('month').map((p) => ({ period: p, value: fn(p, midDay(p)) }));
}

/** The Digital Commerce, Web Store and Growth Marketing series, by KPI id. */
export function synthesizeDigital(rng: Random): Map<string, Point[]> {
  const r = rng.fork('web');
  const sessions = new Map<number, number>();
  const recorded = new Map<number, number>();
  const orders = new Map<number, number>();
  const revenue = new Map<number, number>();
  const pageViews: Point[] = [];
  let crawlerShare = 0;
  for (const d of eachDay(MODEL_START, LAST_DAY)) {
    const s = season(ONLINE_SEASON, d);
    const peak = peakFactor(d);
    const human =
      20_000 *
      grown(d, 0.045) *
      s *
      WEEKDAY[isoWeekday(d) - 1]! *
      peak *
      Math.exp(r.normal(0, 0.05));
    let conv =
      1.92 +
      0.045 * years(d) +
      0.14 * ramp(d, RELAUNCH, RELAUNCH + 21) +
      0.7 * (s - 1) +
      (peak > 1.5 ? 0.3 : 0) +
      r.normal(0, 0.05);
    if (d >= CHECKOUT_BUG[0] && d <= CHECKOUT_BUG[1]) conv *= 0.42;
    const n = Math.round((human * conv) / 100);
    const basket = 93 * grown(d, 0.02) * (1 + 0.05 * (s - 1)) * Math.exp(r.normal(0, 0.02));
    if (d >= CRAWLERS && isoWeekday(d) === 1) crawlerShare = 0.05 + 0.75 * r.next() ** 1.4;
    const crawler = d >= CRAWLERS ? human * crawlerShare * (0.8 + 0.4 * r.next()) : 0;
    sessions.set(d, human);
    recorded.set(d, human + crawler);
    orders.set(d, n);
    revenue.set(d, n * basket);
    const views = human * (4.4 - 0.08 * years(d) + r.normal(0, 0.12)) + crawler * 1.6;
    const note = d === RELAUNCH ? 'Site relaunch' : peakNote(d);
    pageViews.push({
      period: { grain: 'day', index: d },
      value: d === GA4_OUTAGE ? null : Math.round(views),
      ...(d === GA4_OUTAGE ? { note: 'GA4 outage — no data' } : note === undefined ? {} : { note }),
    });
  }

  const weekSessions = rollUp(recorded, 'week', 'sum');
  const weekHuman = rollUp(sessions, 'week', 'sum');
  const weekOrders = rollUp(orders, 'week', 'sum');
  const monthRevenue = rollUp(revenue, 'month', 'sum');
  const monthOrders = rollUp(orders, 'month', 'sum');
  const weeks = modelPeriods('week');
  const weekOf = (d: number): number => weeks.find((p) => periodEnd(p) >= d)!.index;
  const relaunchWeek = weekOf(RELAUNCH);
  const bugWeek = weekOf(CHECKOUT_BUG[0]);
  const crawlerWeek = weekOf(CRAWLERS);
  const bfWeek = (p: Period): boolean => {
    const bf = blackFriday(ymdFromDay(periodEnd(p)).year);
    return bf >= periodStart(p) && bf <= periodEnd(p);
  };

  const out = new Map<string, Point[]>();
  out.set(
    'online-sessions',
    weeks.map((p) => ({
      period: p,
      value: Math.round(weekSessions.get(p.index)!),
      ...(p.index === crawlerWeek ? { note: 'AI crawler traffic starts showing in GA4' } : {}),
    })),
  );
  out.set(
    'online-orders',
    weeks.map((p) => ({
      period: p,
      value: weekOrders.get(p.index)!,
      ...(bfWeek(p) ? { note: 'Black Friday week' } : {}),
    })),
  );
  out.set(
    'conversion-rate',
    weeks.map((p) => {
      const note =
        p.index === relaunchWeek
          ? 'Site relaunch: new search and a one-page checkout'
          : p.index === bugWeek
            ? 'Checkout bug after the payments SDK upgrade'
            : undefined;
      return {
        period: p,
        value: round((100 * weekOrders.get(p.index)!) / weekHuman.get(p.index)!, 2),
        ...(note === undefined ? {} : { note }),
      };
    }),
  );
  out.set('page-views', pageViews);
  out.set(
    'online-revenue',
    modelPeriods('month').map((p) => ({
      period: p,
      value: Math.round(monthRevenue.get(p.index)!),
    })),
  );

  const g = rng.fork('growth');
  out.set(
    'new-customers',
    modelPeriods('month').map((p) => {
      const share = 0.43 - 0.022 * years(midDay(p)) + g.normal(0, 0.008);
      return { period: p, value: Math.round(monthOrders.get(p.index)! * share) };
    }),
  );
  out.set(
    'cart-abandonment-rate',
    monthlyPoints((_, mid) => round(72.4 - 0.6 * years(mid) + 1.6 * g.normal(), 1)),
  );
  out.set(
    'customer-acquisition-cost',
    monthlyPoints((p, mid) => {
      const q4 = [9, 10, 11].includes(((p.index % 12) + 12) % 12) ? 3.5 : 0;
      return round(34 + 2.5 * years(mid) + q4 + g.normal(0, 0.9), 2);
    }),
  );
  out.set(
    'ltv-to-cac-ratio',
    modelPeriods('quarter').map((p) => ({
      period: p,
      value: round(2.55 + 0.1 * years(midDay(p)) + g.normal(0, 0.05), 2),
    })),
  );
  out.set(
    'paid-media-roas',
    monthlyPoints((p, mid) => {
      const peak = [10, 11].includes(((p.index % 12) + 12) % 12) ? 0.35 : 0;
      return round(4.3 - 0.2 * years(mid) + peak + g.normal(0, 0.1), 2);
    }),
  );

  // Email list: steady sign-ups, independent of what drives new customers; one list clean-up.
  let subscribers = 146_000;
  out.set(
    'email-subscribers',
    modelPeriods('month').map((p) => {
      subscribers += 2300 + g.normal(0, 900);
      const cleanup = p.index === 2025 * 12 + 2;
      if (cleanup) subscribers -= 7900;
      return {
        period: p,
        value: Math.round(subscribers),
        ...(cleanup ? { note: 'List clean-up: removed inactive addresses' } : {}),
      };
    }),
  );

  // Trail Club: enrolments peak with the holiday season.
  let members = 47_000;
  out.set(
    'loyalty-members',
    modelPeriods('month').map((p) => {
      const month = ((p.index % 12) + 12) % 12;
      members += 950 + (month === 10 ? 2600 : month === 11 ? 3200 : 0) + g.normal(0, 260);
      return { period: p, value: Math.round(members) };
    }),
  );

  const pilot: [number, number, string?][] = [
    [2026 * 12 + 7, 18_420, 'Pilot with six creators starts'],
    [2026 * 12 + 8, 26_915],
    [2026 * 12 + 9, 31_240],
  ];
  out.set(
    'creator-revenue',
    pilot.map(([index, value, note]) => ({
      period: { grain: 'month', index },
      value,
      ...(note === undefined ? {} : { note }),
    })),
  );
  return out;
}
