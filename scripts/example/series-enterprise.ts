/**
 * The enterprise scorecard, built on the functions' series: trailing revenue is the sum of the
 * three channels, NPS follows first-contact resolution, the repeat rate follows Trail Club
 * membership two months later.
 */
import { day } from '../lib/calendar.ts';
import type { Random } from '../lib/random.ts';
import { midDay, modelPeriods, ramp, round, valuesAt, years, type Point } from './shape.ts';

const TARIFFS = [day('2025-10-01'), day('2026-04-30')] as const;
const SURCHARGES = [day('2026-05-01'), day('2026-10-31')] as const;

/** Engagement survey results, 2018–2025 (one survey each October). */
const ENGAGEMENT: [number, number, string?][] = [
  [2018, 64],
  [2019, 66],
  [2020, 61, 'Pandemic year: stores closed March–May'],
  [2021, 63, 'Survey vendor change (Glint → Culture Amp)'],
  [2022, 65],
  [2023, 68],
  [2024, 70],
  [2025, 71],
];

/** The enterprise series, by KPI id, from the other series. */
export function synthesizeEnterprise(
  rng: Random,
  series: ReadonlyMap<string, Point[]>,
): Map<string, Point[]> {
  const r = rng.fork('enterprise');
  const get = (id: string): Point[] => series.get(id)!;
  const out = new Map<string, Point[]>();

  const online = valuesAt(get('online-revenue'), 'start', 'month', 'sum');
  const stores = valuesAt(get('store-revenue'), 'end', 'month', 'sum');
  const b2b = valuesAt(get('b2b-bookings'), 'period', 'month', 'sum');
  const months = modelPeriods('month');
  const monthTotal = (index: number): number | undefined => {
    const parts = [online.get(index), stores.get(index), b2b.get(index)];
    return parts.some((x) => x === undefined) ? undefined : parts.reduce((a, b) => a! + b!, 0);
  };
  const trailing: Point[] = [];
  for (const p of months) {
    let total = 0;
    let complete = true;
    for (let k = 0; k < 12; k++) {
      const m = monthTotal(p.index - k);
      if (m === undefined) complete = false;
      else total += m;
    }
    if (complete) trailing.push({ period: p, value: Math.round(total) });
  }
  out.set('net-revenue', trailing);

  out.set(
    'gross-margin',
    months.map((p) => {
      const month = ((p.index % 12) + 12) % 12;
      const mid = midDay(p);
      const seasonal = [-1.8, 0, 0, 0, 0, 0, -0.9, 0, 0, 0, -2.2, -1.4][month]!;
      const tariffs = 3.6 * ramp(mid, TARIFFS[0], TARIFFS[1]);
      const value = 43.1 + 0.28 * years(mid) + seasonal - tariffs + r.normal(0, 0.3);
      const note =
        p.index === 2026 * 12 + 3
          ? 'Tariff surcharges on imported tents and down from April'
          : undefined;
      return { period: p, value: round(value, 1), ...(note === undefined ? {} : { note }) };
    }),
  );

  // Repeat purchases follow Trail Club membership two months later.
  const members = valuesAt(get('loyalty-members'), 'period', 'month', 'last');
  out.set(
    'repeat-purchase-rate',
    months
      .filter((p) => members.has(p.index - 2))
      .map((p) => ({
        period: p,
        value: round(20 + 0.000142 * members.get(p.index - 2)! + r.normal(0, 0.01), 2),
      })),
  );

  // NPS follows first-contact resolution at quarter end.
  const fcr = valuesAt(get('first-contact-resolution'), 'period', 'quarter', 'last');
  out.set(
    'net-promoter-score',
    modelPeriods('quarter').map((p) => {
      const note = p.index === 2026 * 4 ? 'Surveyed during the CRM migration' : undefined;
      return {
        period: p,
        value: Math.round(-38.6 + 1.18 * fcr.get(p.index)! + r.normal(0, 0.7)),
        ...(note === undefined ? {} : { note }),
      };
    }),
  );

  out.set(
    'cost-per-order',
    months.map((p) => {
      const mid = midDay(p);
      const month = ((p.index % 12) + 12) % 12;
      const wms = 1.15 * ramp(mid, day('2023-03-01'), day('2025-03-31'));
      const surcharges = 0.82 * ramp(mid, SURCHARGES[0], SURCHARGES[1]);
      const peak = month === 11 ? 0.12 : 0;
      const value = 9.5 - wms + surcharges + peak + r.normal(0, 0.05);
      const note =
        p.index === 2026 * 12 + 4
          ? 'Regional carrier fuel and residential surcharges start'
          : undefined;
      return { period: p, value: round(value, 2), ...(note === undefined ? {} : { note }) };
    }),
  );

  out.set(
    'employee-engagement',
    ENGAGEMENT.map(([year, value, note]) => ({
      period: { grain: 'year', index: year },
      value,
      ...(note === undefined ? {} : { note }),
    })),
  );
  return out;
}
