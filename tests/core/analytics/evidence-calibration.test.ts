/**
 * Calibration of the lead/lag evidence and the elasticity interval (SPEC §3.1) on simulated
 * series, seeded and deterministic: unrelated pairs must validate at most 5 % of the time, true
 * links of ρ = 0.6 over 36 months at least 70 %, and the elasticity's 95 % interval must cover the
 * true value at least 88 % of the time (a finite sample of a 95 % interval). 400 simulations a set.
 * The rates measured are printed with `CALIBRATION=1`.
 */
import { describe, expect, it } from 'vitest';
import { elasticity } from '../../../src/core/analytics/elasticity.ts';
import { leadLagEvidence } from '../../../src/core/analytics/lead-lag.ts';
import { linkSeries } from '../../../src/core/analytics/link-series.ts';
import type { PeriodSeries } from '../../../src/core/analytics/series.ts';
import { dayFromYmd, periodEnd, periodIndexOf } from '../../../src/core/period/period.ts';
import { prng } from '../../helpers/prng.ts';
import {
  cumulate,
  draws,
  JAN_2020,
  readingsAt,
  seasonalPattern,
  seriesOf,
  weekEnds,
} from '../../helpers/simulate-links.ts';

const SIMS = 400;
type Random = ReturnType<typeof prng>;

/** The share of SIMS seeded simulations for which `trial` holds; printed with CALIBRATION=1. */
function rate(name: string, seed: number, trial: (random: Random) => boolean): number {
  let hits = 0;
  for (let i = 0; i < SIMS; i++) if (trial(prng(seed * 100_003 + i))) hits++;
  const share = hits / SIMS;
  if (process.env.CALIBRATION === '1') console.log(`${name}: ${(share * 100).toFixed(1)} %`);
  return share;
}

const monthly = (values: readonly number[]): PeriodSeries => seriesOf(values, 'month', JAN_2020);
const walk = (random: Random, changes: number) => monthly(cumulate(draws(random, changes)));

/** An AR(1) series of unit variance. */
function ar1(random: Random, n: number, phi: number): number[] {
  const out = [random.normal()];
  for (let i = 1; i < n; i++)
    out.push(phi * out[i - 1]! + Math.sqrt(1 - phi * phi) * random.normal());
  return out;
}

describe('unrelated pairs validate at most 5 % of the time', () => {
  it.each([12, 24, 52])('independent random walks, %i changes, lag searched', (n) => {
    expect(
      rate(
        `random walks n=${n} searched`,
        n,
        (r) => leadLagEvidence(walk(r, n), walk(r, n), undefined, 1).validated,
      ),
    ).toBeLessThanOrEqual(0.05);
  });

  it('independent random walks, 24 changes, lag declared', () => {
    expect(
      rate(
        'random walks n=24 declared',
        2,
        (r) => leadLagEvidence(walk(r, 24), walk(r, 24), 1, 1).validated,
      ),
    ).toBeLessThanOrEqual(0.05);
  });

  it('independent white noise (differences with ρ(1) = −0.5), 36 months, lag searched', () => {
    const noise = (r: Random) => monthly(draws(r, 37).map((x) => 100 + x));
    expect(
      rate(
        'white noise n=36 searched',
        3,
        (r) => leadLagEvidence(noise(r), noise(r), undefined, 1).validated,
      ),
    ).toBeLessThanOrEqual(0.05);
  });

  it.each([0.5, 0.8])('autocorrelated changes (AR(1), φ = %f), 36 months, lag declared', (phi) => {
    const series = (r: Random) => monthly(cumulate(ar1(r, 36, phi)));
    expect(
      rate(
        `AR(1) changes phi=${phi} declared`,
        4 + phi,
        (r) => leadLagEvidence(series(r), series(r), 0, 1).validated,
      ),
    ).toBeLessThanOrEqual(0.05);
  });

  it.each([24, 36, 60])('a shared season (a fifth of the changes’ variance), %i changes', (n) => {
    const trial = (r: Random) => {
      const season = seasonalPattern(r, 0.25);
      const side = () => monthly(cumulate(draws(r, n).map((e, t) => e + season(t + 1))));
      return leadLagEvidence(side(), side(), undefined, 1).validated;
    };
    expect(rate(`shared seasonality n=${n} searched`, 5 + n, trial)).toBeLessThanOrEqual(0.05);
  });

  it('a weekly sum against a monthly total of weeks, compared per month', () => {
    // Three years of weekly sums (iid around 100 a week); the lagging KPI is monthly and reports
    // the total of its own, unrelated, weeks — so its months of 5 weeks are 25 % bigger. The
    // weekly KPI compared as a per-day rate does not share that swing.
    const start = dayFromYmd(2022, 1, 3);
    const weeks = weekEnds(start, 156);
    const trial = (r: Random) => {
      const lead = weeks.map(() => 100 + 10 * r.normal());
      const totals = new Map<number, number>();
      for (const day of weeks) {
        const m = periodIndexOf(day, 'month');
        totals.set(m, (totals.get(m) ?? 0) + 100 + 10 * r.normal());
      }
      const months = [...totals.keys()].sort((a, b) => a - b);
      const leading = linkSeries(
        readingsAt(weeks, lead),
        { cadence: 'weekly', aggregate: 'sum' },
        'month',
        Infinity,
      );
      const lagging = linkSeries(
        readingsAt(
          months.map((m) => periodEnd({ grain: 'month', index: m })),
          months.map((m) => totals.get(m)!),
        ),
        { cadence: 'monthly', aggregate: 'sum' },
        'month',
        Infinity,
      );
      return leadLagEvidence(leading, lagging, undefined, 1).validated;
    };
    expect(rate('weekly sums at a monthly grain searched', 6, trial)).toBeLessThanOrEqual(0.05);
  });
});

/** 36 changes of a true link: lagging[t] = 0.6·leading[t − 1] + 0.8·noise, so ρ = 0.6. */
function trueLink(r: Random, rho = 0.6, n = 36): { lead: PeriodSeries; lag: PeriodSeries } {
  const x = draws(r, n + 1);
  const y = x.map((_, t) => (t >= 1 ? rho * x[t - 1]! : 0) + Math.sqrt(1 - rho * rho) * r.normal());
  return { lead: monthly(cumulate(x.slice(1))), lag: monthly(cumulate(y.slice(1))) };
}

describe('true links', () => {
  it('ρ = 0.6 over 36 months validates at least 70 % of the time at its declared lag', () => {
    const power = rate('power rho=0.6 n=36 declared', 7, (r) => {
      const { lead, lag } = trueLink(r);
      return leadLagEvidence(lead, lag, 1, 1).validated;
    });
    expect(power).toBeGreaterThanOrEqual(0.7);
  });

  it('the lag search costs power, but finds most (measured, at least 50 %)', () => {
    const power = rate('power rho=0.6 n=36 searched', 8, (r) => {
      const { lead, lag } = trueLink(r);
      const e = leadLagEvidence(lead, lag, undefined, 1);
      return e.validated && e.lag === 1;
    });
    expect(power).toBeGreaterThanOrEqual(0.5);
  });

  it('a link whose strength never changed is rarely called decorrelated (at most 10 % of validated ones)', () => {
    let validated = 0;
    const decorrelated = rate('decorrelated among stable rho=0.5 n=48 (share of all)', 9, (r) => {
      const { lead, lag } = trueLink(r, 0.5, 48);
      const e = leadLagEvidence(lead, lag, 1, 1);
      if (e.validated) validated++;
      return e.decorrelated;
    });
    expect(validated).toBeGreaterThan(SIMS / 2);
    if (process.env.CALIBRATION === '1')
      console.log(
        `validated: ${validated} of ${SIMS}, decorrelated among them: ${((100 * decorrelated * SIMS) / validated).toFixed(1)} %`,
      );
    expect((decorrelated * SIMS) / validated).toBeLessThanOrEqual(0.1);
  });
});

describe('the elasticity’s 95 % interval', () => {
  /** % changes of a child (sd 5 %) and a parent moving `beta` × as much, plus noise. */
  function pair(
    r: Random,
    beta: number,
    n: number,
    childPhi = 0,
  ): { child: PeriodSeries; parent: PeriodSeries } {
    const xs = ar1(r, n, childPhi).map((v) => 0.05 * v);
    const child = [100];
    const parent = [500];
    for (const x of xs) {
      child.push(child[child.length - 1]! * (1 + x));
      parent.push(parent[parent.length - 1]! * (1 + beta * x + 0.03 * r.normal()));
    }
    return { child: monthly(child), parent: monthly(parent) };
  }

  it.each([
    [36, 0],
    [18, 0],
    [36, 0.5],
  ])(
    'covers the true value at least 88 percent of the time (%i months, child AR φ = %f)',
    (n, phi) => {
      const coverage = rate(`elasticity coverage n=${n} phi=${phi}`, 10 + n + phi, (r) => {
        const { child, parent } = pair(r, 0.5, n, phi);
        const e = elasticity(child, parent, 0).estimate;
        return e !== null && e.low <= 0.5 && 0.5 <= e.high;
      });
      expect(coverage).toBeGreaterThanOrEqual(0.88);
    },
  );
});
