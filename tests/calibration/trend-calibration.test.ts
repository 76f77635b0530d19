/**
 * Calibration of the trend flags (SPEC §3.1, issue 13): on KPIs with no trend at all, how many
 * does the organisation's Benjamini–Hochberg step flag? Seeded, so the figures are the same on
 * every run; printed for the record (`TZ=UTC npx vitest run tests/calibration`).
 *
 * Each simulated organisation has 40 active monthly KPIs with no trend. A KPI is flagged when
 * q < 0.1. Under independence and no trend anywhere, BH keeps the chance that an organisation
 * flags anything at all at about 10 %, and the share of KPIs flagged far lower.
 */
import { describe, expect, it } from 'vitest';
import type { PeriodSeries } from '../../src/core/analytics/series.ts';
import { benjaminiHochberg } from '../../src/core/analytics/stats/benjamini-hochberg.ts';
import { mannKendall } from '../../src/core/analytics/stats/mann-kendall.ts';
import { computeTrend, judgeTrend, TREND_FDR } from '../../src/core/analytics/trend.ts';
import { createRandom, type Random } from '../../scripts/lib/random.ts';

const ORGS = 60;
const KPIS = 40;
const JAN_2024 = 2024 * 12;

/** A monthly series starting in January 2024. */
const monthly = (values: readonly number[]): PeriodSeries => ({
  grain: 'month',
  first: JAN_2024,
  values: Float64Array.from(values),
});

/** AR(1): u[t] = φ·u[t−1] + e[t], stationary start, unit innovations. */
function ar1(r: Random, n: number, phi: number): number[] {
  const out: number[] = [];
  let u = r.normal(0, 1 / Math.sqrt(1 - phi * phi));
  for (let t = 0; t < n; t++) {
    out.push(100 + u);
    u = phi * u + r.normal();
  }
  return out;
}

/** A season (amplitude 3, peak in spring) plus AR(1) noise with φ = 0.3, starting in January. */
function seasonal(r: Random, n: number): number[] {
  const phase = r.next() * 0.5; // a little variety in the peak month
  return ar1(r, n, 0.3).map((v, t) => v + 3 * Math.sin(((t % 12) / 12 + phase) * 2 * Math.PI));
}

interface Rates {
  /** Share of all simulated KPIs flagged. */
  readonly kpis: number;
  /** Share of organisations that flag at least one KPI. */
  readonly orgs: number;
  /** Share flagged by the old rule, Mann–Kendall p < 0.05 on the last 12 periods. */
  readonly oldRule: number;
}

function flagRates(seed: number, make: (r: Random) => number[]): Rates {
  return flagRatesOf(createRandom(seed), make, 'month');
}

function flagRatesOf(r: Random, make: (r: Random) => number[], grain: 'month' | 'week'): Rates {
  let flagged = 0;
  let orgsFlagging = 0;
  let old = 0;
  for (let o = 0; o < ORGS; o++) {
    const trends = Array.from({ length: KPIS }, () => {
      const values = make(r);
      const p12 = mannKendall(values.slice(-12))?.p ?? 1;
      if (p12 < 0.05) old++;
      const series: PeriodSeries =
        grain === 'month'
          ? monthly(values)
          : { grain, first: 2817 /* 2024-W01 */, values: Float64Array.from(values) };
      return computeTrend(series, { direction: 'up' });
    });
    const q = benjaminiHochberg(trends.map((t) => t.p));
    const n = trends.filter((t, i) => {
      const judged = judgeTrend(t, q[i]!);
      return judged.q !== null && judged.q < TREND_FDR;
    }).length;
    flagged += n;
    if (n > 0) orgsFlagging++;
  }
  return { kpis: flagged / (ORGS * KPIS), orgs: orgsFlagging / ORGS, oldRule: old / (ORGS * KPIS) };
}

const record = (name: string, rates: Rates) =>
  console.log(
    `trend calibration, ${name}: ${(rates.kpis * 100).toFixed(2)} % of ${ORGS * KPIS} KPIs flagged, ` +
      `${(rates.orgs * 100).toFixed(0)} % of ${ORGS} organisations flag any; ` +
      `old rule (MK p < 0.05, 12 periods) ${(rates.oldRule * 100).toFixed(1)} %`,
  );

describe('trend flags on trend-free KPIs', () => {
  it('white noise, 12 months: few flags', () => {
    const rates = flagRates(1, (r) => Array.from({ length: 12 }, () => 100 + r.normal()));
    record('white noise, 12 months', rates);
    expect(rates.kpis).toBeLessThan(0.01);
    expect(rates.orgs).toBeLessThan(0.2);
  });

  it('AR(1) φ = 0.5, 12 months: few flags', () => {
    const rates = flagRates(2, (r) => ar1(r, 12, 0.5));
    record('AR(1) φ = 0.5, 12 months', rates);
    expect(rates.kpis).toBeLessThan(0.03);
  });

  it('AR(1) φ = 0.5, 36 months (the seasonal test): few flags', () => {
    const rates = flagRates(3, (r) => ar1(r, 36, 0.5));
    record('AR(1) φ = 0.5, 36 months', rates);
    expect(rates.kpis).toBeLessThan(0.03);
  });

  it('AR(1) φ = 0.5, 3 years of weeks (the seasonal test): few flags', () => {
    const r0 = createRandom(5);
    const rates = flagRatesOf(r0, (r) => ar1(r, 156, 0.5), 'week');
    record('AR(1) φ = 0.5, 156 weeks', rates);
    expect(rates.kpis).toBeLessThan(0.03);
  });

  it('a season starting in January, 36 months (the seasonal test): few flags', () => {
    const rates = flagRates(4, (r) => seasonal(r, 36));
    record('seasonal, from January, 36 months', rates);
    expect(rates.kpis).toBeLessThan(0.03);
    // The old rule, 12 months of the same series, mistook the season for a trend.
    expect(rates.oldRule).toBeGreaterThan(0.2);
  });
});
