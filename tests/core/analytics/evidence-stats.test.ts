/**
 * The new statistics of the lead/lag evidence and the elasticity (SPEC §3.1) against references
 * computed independently with numpy least squares (season dummies as columns) and scipy:
 *
 *   python3 tests/core/analytics/reference/evidence.py
 *
 * The series below are the ones written in that script.
 */
import { describe, expect, it } from 'vitest';
import { elasticity } from '../../../src/core/analytics/elasticity.ts';
import { evidenceState } from '../../../src/core/analytics/evidence-state.ts';
import { expectedSign } from '../../../src/core/analytics/expected-sign.ts';
import { impactInterval } from '../../../src/core/analytics/impact-interval.ts';
import { leadLagEvidence, type LeadLagEvidence } from '../../../src/core/analytics/lead-lag.ts';
import { seasonOf, spansTwoYears } from '../../../src/core/analytics/season-of.ts';
import {
  autocorrelation,
  effectivePairs,
} from '../../../src/core/analytics/stats/effective-pairs.ts';
import { fisherWeakerP } from '../../../src/core/analytics/stats/fisher-weaker-p.ts';
import { seasonalResiduals } from '../../../src/core/analytics/stats/seasonal-residuals.ts';
import { tQuantile } from '../../../src/core/analytics/stats/t-quantile.ts';
import { parsePeriodText } from '../../../src/core/period/period.ts';
import { JAN_2020, seriesOf } from '../../helpers/simulate-links.ts';

/** |actual − expected| ≤ tol · max(1, |expected|). */
function near(actual: number | null | undefined, expected: number, tol = 1e-9): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
}

const JAN_2024 = JAN_2020 + 48;
const monthly = (values: readonly number[]) => seriesOf(values, 'month', JAN_2024);

const A_LEAD = [
  100, 104, 101, 107, 103, 110, 108, 106, 113, 109, 115, 112, 111, 118, 114, 120, 117, 116, 123,
  119,
];
const A_LAG = [50, 50, 53, 51, 55, 52, 57, 56, 54, 59, 55, 60, 58, 57, 62, 59, 63, 61, 60, 65];
const B_NOISE_LEAD = [
  0, 3, -2, 5, 1, -4, 2, 6, -3, 0, 4, -1, 2, -5, 3, 1, -2, 4, 0, -3, 5, 2, -1, 3, -4, 1, 2, -2, 4,
  0,
];
const B_NOISE_LAG = [
  0, 1, -1, 3, 0, -2, 2, 2, -2, 1, 2, 0, 1, -3, 2, 0, -1, 3, 1, -2, 2, 1, 0, 1, -2, 1, 1, -1, 2, 1,
];
const B_LEAD = B_NOISE_LEAD.map((d, i) => 200 + 10 * Math.sin((i * Math.PI) / 6) + d);
const B_LAG = B_NOISE_LAG.map((d, i) => 80 + 6 * Math.sin((i * Math.PI) / 6) + d);

describe('tQuantile', () => {
  it('matches scipy.stats.t.ppf, fractional df included', () => {
    near(tQuantile(0.975, 1), 12.706204736174694, 1e-12);
    near(tQuantile(0.975, 2.5), 3.5746548420036817, 1e-12);
    near(tQuantile(0.975, 10), 2.228138851986274, 1e-12);
    near(tQuantile(0.975, 23.7), 2.065281963314983, 1e-12);
    near(tQuantile(0.975, 1000), 1.9623390808264083, 1e-12);
    near(tQuantile(0.05, 7), -1.8945786050900066, 1e-12);
    expect(tQuantile(0.5, 3)).toBe(0);
  });

  it('refuses a p outside (0, 1) or a df that is not positive', () => {
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => tQuantile(Number.NaN, 5)).toThrow(RangeError);
  });
});

describe('fisherWeakerP', () => {
  it('matches scipy.stats.norm.sf of the Fisher z difference', () => {
    near(fisherWeakerP({ r: 0.8, n: 30 }, { r: 0.1, n: 12 }, 1), 0.004748851623094782, 1e-12);
    // Stronger lately: far from significant.
    near(fisherWeakerP({ r: 0.5, n: 20 }, { r: 0.6, n: 10 }, 1), 0.6256277842582754, 1e-12);
  });

  it('reads "weaker" in the expected direction of an inverse link', () => {
    near(fisherWeakerP({ r: -0.8, n: 30 }, { r: -0.1, n: 12 }, -1), 0.004748851623094782, 1e-12);
  });

  it('survives r = ±1 and needs more than 3 pairs a side', () => {
    expect(fisherWeakerP({ r: 1, n: 20 }, { r: 0, n: 12 }, 1)).toBeLessThan(1e-6);
    expect(fisherWeakerP({ r: 0.5, n: 3 }, { r: 0, n: 12 }, 1)).toBeNull();
  });
});

describe('seasonalResiduals', () => {
  it('subtracts each season’s mean and counts the seasons', () => {
    // Season 1: 1, 3 (mean 2); season 2: 10 (mean 10); season 3: 4, 5, 9 (mean 6).
    expect(seasonalResiduals([1, 10, 4, 3, 5, 9], [1, 2, 3, 1, 3, 3])).toEqual({
      residuals: [-1, 0, -2, 1, -1, 3],
      groups: 3,
    });
  });

  it('is empty for no values and refuses mismatched lengths', () => {
    expect(seasonalResiduals([], [])).toEqual({ residuals: [], groups: 0 });
    expect(() => seasonalResiduals([1], [])).toThrow(RangeError);
  });
});

describe('effectivePairs', () => {
  it('counts lag-k products only between periods k apart, across gaps', () => {
    // Centred: −1.5, −0.5, 0.5, 1.5 at periods 0, 1, 3, 4; Σc² = 5. Lag 1 pairs: (0,1), (3,4):
    // 0.75 + 0.75 = 1.5 → 0.3. Lag 2 pairs: (1,3): −0.25 → −0.05.
    const ts = [0, 1, 3, 4];
    near(autocorrelation([1, 2, 3, 4], ts, 1), 0.3, 1e-15);
    near(autocorrelation([1, 2, 3, 4], ts, 2), -0.05, 1e-15);
    expect(autocorrelation([5, 5, 5, 5], ts, 1)).toBe(0);
  });

  it('sums the same products with and without gaps in the periods', () => {
    // Periods 10…15 without a gap (the quick path) and 0, 2, 4, … 10 (every lag-1 pair missing):
    // c = −2.5 … 2.5 (Σc² = 17.5). Lag 1 without gaps: Σ c[i]·c[i+1] = 8.75 → 0.5; with
    // gaps there is no pair one period apart → 0, and lag 2 has the same five pairs → 0.5.
    const values = [1, 2, 3, 4, 5, 6];
    near(autocorrelation(values, [10, 11, 12, 13, 14, 15], 1), 8.75 / 17.5, 1e-15);
    expect(autocorrelation(values, [0, 2, 4, 6, 8, 10], 1)).toBe(0);
    near(autocorrelation(values, [0, 2, 4, 6, 8, 10], 2), 8.75 / 17.5, 1e-15);
  });

  it('shrinks n by Bartlett’s factor and never grows it', () => {
    // Two alternating series: ρ(1) = −7/8 and ρ(2) = 6/8 each over 8 periods (⌊8/4⌋ = 2 lags):
    // factor 1 + 2·(49/64 + 36/64) = 1 + 170/64; n_eff = 8 / (234/64) = 512/234.
    const alt = [1, -1, 1, -1, 1, -1, 1, -1];
    const ts = alt.map((_, i) => i);
    near(effectivePairs(alt, alt, ts), 512 / 234, 1e-12);
    // Opposite autocorrelations (product negative): the factor is held at 1.
    const smooth = [1, 2, 3, 4, 4, 3, 2, 1];
    expect(effectivePairs(alt, smooth, ts)).toBeLessThanOrEqual(8);
  });
});

describe('leadLagEvidence against the reference', () => {
  it('a declared lag: r, p with the effective pairs, pAdjusted = p', () => {
    const e = leadLagEvidence(monthly(A_LEAD), monthly(A_LAG), 1, 1);
    near(e.r, 0.9940063038815141);
    near(e.p, 5.685700477184032e-7, 1e-6);
    expect(e.pAdjusted).toBe(e.p);
    expect(e).toMatchObject({ n: 18, lag: 1, lagsTried: 1, seasonal: false, validated: true });
  });

  it('a searched lag: the best of 7 with its p multiplied by 7 (Bonferroni)', () => {
    const e = leadLagEvidence(monthly(A_LEAD), monthly(A_LAG), undefined, 1);
    expect(e.lag).toBe(1);
    expect(e.lagsTried).toBe(7);
    near(e.pAdjusted, 7 * 5.685700477184032e-7, 1e-6);
    expect(e.validated).toBe(true);
  });

  it('an inverse link keeps the strongest negative lag, and the search costs it its evidence', () => {
    // Negative r at lags 0 (p 0.0134), 2 (0.0437) and 5 (0.111): lag 0 is kept; 7 × 0.0134 > 0.05.
    const searched = leadLagEvidence(monthly(A_LEAD), monthly(A_LAG), undefined, -1);
    expect(searched.lag).toBe(0);
    near(searched.r, -0.8108715935166233);
    near(searched.pAdjusted, 7 * 0.013377856251959773, 1e-6);
    expect(searched.validated).toBe(false);
    // Declared at 0, the same correlation passes.
    const declared = leadLagEvidence(monthly(A_LEAD), monthly(A_LAG), 0, -1);
    near(declared.p, 0.013377856251959773, 1e-6);
    expect(declared.validated).toBe(true);
  });

  it('removes period-of-year effects from 2 years on, with the seasons’ degrees of freedom', () => {
    const e = leadLagEvidence(monthly(B_LEAD), monthly(B_LAG), 0, 1);
    expect(e.seasonal).toBe(true);
    expect(e.n).toBe(29);
    near(e.r, 0.9781372009155971);
    near(e.p, 1.3895253120846376e-5, 1e-6);
  });

  it('does not remove seasons below two years', () => {
    const e = leadLagEvidence(monthly(B_LEAD.slice(0, 24)), monthly(B_LAG.slice(0, 24)), 0, 1);
    // 24 months give 23 changes, spanning 23 months.
    expect(e).toMatchObject({ n: 23, seasonal: false });
  });
});

describe('elasticity against the reference', () => {
  it('seasonal: the slope given month dummies, with its 95 % interval', () => {
    const e = elasticity(monthly(B_LEAD), monthly(B_LAG), 0).estimate!;
    near(e.value, 1.2541336267875478);
    near(e.low, 0.9858536538025959, 1e-8);
    near(e.high, 1.5224135997724997, 1e-8);
    near(e.p, 3.1129645967607766e-5, 1e-6);
    expect(e.n).toBe(29);
  });

  it('at a lag, without seasons', () => {
    const e = elasticity(monthly(A_LEAD), monthly(A_LAG), 1).estimate!;
    near(e.value, 1.4364023885226394);
    near(e.low, 1.3420523075782886, 1e-8);
    near(e.high, 1.53075246946699, 1e-8);
    expect(e.n).toBe(18);
  });

  it('skips a child whose changes barely vary (standard deviation below 0.5 %)', () => {
    // ±0.1 % a month around 1000.
    const flat = Array.from({ length: 20 }, (_, i) => 1000 + (i % 2 === 0 ? 0 : 1));
    expect(elasticity(monthly(flat), monthly(A_LAG), 0)).toMatchObject({
      estimate: null,
      why: 'barely-varies',
    });
  });
});

describe('expectedSign', () => {
  it.each([
    ['up', 'up', 'direct', 1],
    ['down', 'down', 'direct', 1],
    ['down', 'up', 'direct', -1],
    ['up', 'down', 'direct', -1],
    ['up', 'up', 'inverse', -1],
    ['down', 'up', 'inverse', 1],
    ['target', 'up', 'direct', 1],
    ['target', 'down', 'direct', -1],
  ] as const)('%s → %s (%s): %i', (from, to, effect, sign) => {
    expect(expectedSign(from, to, effect)).toBe(sign);
  });
});

describe('seasonOf', () => {
  const index = (text: string) => parsePeriodText(text)!.index;
  it('months and quarters of year; a week by its Thursday; none for days and years', () => {
    expect(seasonOf('month', index('2026-03'))).toBe(3);
    expect(seasonOf('quarter', index('2026-Q4'))).toBe(4);
    expect(seasonOf('quarter', index('1969-Q1'))).toBe(1);
    // 2026-W01 runs Mon 2025-12-29 to Sun 2026-01-04: its Thursday is 1 January.
    expect(seasonOf('week', index('2026-W01'))).toBe(1);
    // 2026-W05 runs 26 January to 1 February: Thursday 29 January.
    expect(seasonOf('week', index('2026-W05'))).toBe(1);
    expect(seasonOf('day', 20000)).toBeNull();
    expect(seasonOf('year', 2026)).toBeNull();
  });

  it('two years are 24 months, 8 quarters or 104 weeks', () => {
    expect(spansTwoYears('month', 0, 23)).toBe(true);
    expect(spansTwoYears('month', 0, 22)).toBe(false);
    expect(spansTwoYears('quarter', 5, 12)).toBe(true);
    expect(spansTwoYears('week', 0, 102)).toBe(false);
    expect(spansTwoYears('day', 0, 1000)).toBe(false);
  });
});

describe('impactInterval', () => {
  it('keeps a single link’s interval', () => {
    expect(impactInterval([{ value: 0.5, low: 0.1, high: 0.9 }])).toEqual({
      value: 0.5,
      low: 0.1,
      high: 0.9,
    });
  });

  it('propagates two links by the delta method', () => {
    // se₁ = 0.8/3.92, se₂ = 0.4/3.92; Var = (2·se₁)² + (0.5·se₂)² = (1.6² + 0.2²)/3.92²;
    // half = 1.96·√Var = √2.6 / 2 = 0.806225…
    const z = 1.959963984540054;
    const out = impactInterval([
      { value: 0.5, low: 0.5 - 0.4, high: 0.5 + 0.4 },
      { value: 2, low: 2 - 0.2, high: 2 + 0.2 },
    ])!;
    const half = z * Math.sqrt(((0.8 / (2 * z)) * 2) ** 2 + ((0.4 / (2 * z)) * 0.5) ** 2);
    near(out.value, 1, 1e-15);
    near(out.high - out.value, half, 1e-12);
    near(half, Math.sqrt(2.6) / 2 / 1, 1e-12);
  });

  it('is null for an empty chain or a link without an estimate', () => {
    expect(impactInterval([])).toBeNull();
    expect(impactInterval([{ value: 1, low: 0, high: 2 }, null])).toBeNull();
  });
});

describe('evidenceState', () => {
  const base: LeadLagEvidence = {
    r: 0.7,
    p: 0.001,
    n: 20,
    lag: 1,
    pAdjusted: 0.007,
    lagsTried: 7,
    seasonal: false,
    validated: true,
    decorrelated: false,
    recent: null,
    earlier: null,
    pWeaker: null,
  };
  it('words each state', () => {
    expect(evidenceState(base, false)).toBe('validated');
    expect(evidenceState(base, true)).toBe('suggested');
    expect(evidenceState({ ...base, decorrelated: true }, true)).toBe('decorrelated');
    expect(evidenceState({ ...base, validated: false }, false)).toBe('unvalidated');
    expect(evidenceState({ ...base, r: null, validated: false }, false)).toBe('not-enough-data');
  });
});
