import { GRAIN_OF, GRAIN_RANK, type Cadence, type Grain } from '../period/period.ts';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { seasonOf, spansTwoYears } from './season-of.ts';
import type { PeriodSeries } from './series.ts';
import { effectivePairs } from './stats/effective-pairs.ts';
import { fisherWeakerP } from './stats/fisher-weaker-p.ts';
import { pearson } from './stats/pearson.ts';
import { seasonalResiduals } from './stats/seasonal-residuals.ts';

/** Fewest pairs that count as evidence: below it, "not enough data", never a number. */
export const MIN_PAIRS = 8;
/** Significance level of a lead/lag correlation. */
export const LINK_ALPHA = 0.05;
/** Lags tried when a link does not declare one. */
export const MAX_DETECTED_LAG = 6;
/** The recent window that can show a link has decorrelated. */
export const RECENT_PERIODS = 12;

/** The grain two KPIs are compared at: the coarser of their cadences. */
export function commonGrain(a: Cadence, b: Cadence): Grain {
  const ga = GRAIN_OF[a];
  const gb = GRAIN_OF[b];
  return GRAIN_RANK[ga] >= GRAIN_RANK[gb] ? ga : gb;
}

/** A correlation with its sample size; r and p are null below MIN_PAIRS. */
export interface Correlation {
  readonly r: number | null;
  readonly p: number | null;
  readonly n: number;
}

/** The evidence for one link (SPEC §3.1 Lead/lag). */
export interface LeadLagEvidence extends Correlation {
  /** The lag used: declared, or the best of 0..6; null when no lag had enough data. */
  readonly lag: number | null;
  /**
   * `p` after the lag search: Bonferroni over the lags tried (min(1, m · p)); `p` itself for a
   * declared lag. `p` already counts the seasons removed and the autocorrelation.
   */
  readonly pAdjusted: number | null;
  /** How many lags were tested (1 for a declared lag). */
  readonly lagsTried: number;
  /** True when period-of-year effects were removed before correlating. */
  readonly seasonal: boolean;
  /** pAdjusted < 0.05 with the expected sign. */
  readonly validated: boolean;
  /** Validated, and the last 12 periods' correlation is significantly weaker than the earlier one. */
  readonly decorrelated: boolean;
  /** Correlation over the last 12 periods at the same lag. */
  readonly recent: Correlation | null;
  /** Correlation over the periods before those 12. */
  readonly earlier: Correlation | null;
  /** One-sided Fisher z p-value that `recent` is weaker than `earlier`; null when not testable. */
  readonly pWeaker: number | null;
}

/**
 * First differences of consecutive periods: d[t] = v[t] − v[t−1], NaN next to a missing period.
 * Index t of the result is period `series.first + t` (d[0] is always NaN).
 */
export function differences(series: PeriodSeries): PeriodSeries {
  const v = series.values;
  const d = new Float64Array(v.length).fill(NaN);
  for (let t = 1; t < v.length; t++) d[t] = v[t]! - v[t - 1]!;
  return { grain: series.grain, first: series.first, values: d };
}

/**
 * Period-over-period relative change (v[t] − v[t−1]) / |v[t−1]|; NaN where the previous value is
 * missing or zero.
 */
export function relativeChanges(series: PeriodSeries): PeriodSeries {
  const v = series.values;
  const d = new Float64Array(v.length).fill(NaN);
  for (let t = 1; t < v.length; t++)
    if (v[t - 1] !== 0) d[t] = (v[t]! - v[t - 1]!) / Math.abs(v[t - 1]!);
  return { grain: series.grain, first: series.first, values: d };
}

/** Pairs (x[t − lag], y[t]) where both exist, for t in [from, to], with their period indexes t. */
export function laggedPairs(
  x: PeriodSeries,
  y: PeriodSeries,
  lag: number,
  from = -Infinity,
  to = Infinity,
): { xs: number[]; ys: number[]; ts: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  const ts: number[] = [];
  const start = Math.max(y.first, x.first + lag, from);
  const end = Math.min(y.first + y.values.length - 1, x.first + x.values.length - 1 + lag, to);
  for (let t = start; t <= end; t++) {
    const a = x.values[t - lag - x.first]!;
    const b = y.values[t - y.first]!;
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      xs.push(a);
      ys.push(b);
      ts.push(t);
    }
  }
  return { xs, ys, ts };
}

/**
 * Pairs at a lag with period-of-year effects removed when they span two years of a seasonal grain
 * (each side less its mean per season of the lagging period t; the leading period t − lag has then
 * a fixed season too for months and quarters). `groups` counts the means used up (1 when only the
 * overall mean was).
 */
export function adjustedPairs(
  x: PeriodSeries,
  y: PeriodSeries,
  lag: number,
): { xs: number[]; ys: number[]; ts: number[]; seasonal: boolean; groups: number } {
  const pairs = laggedPairs(x, y, lag);
  const { ts } = pairs;
  const n = ts.length;
  if (n < MIN_PAIRS || !spansTwoYears(y.grain, ts[0]!, ts[n - 1]!))
    return { ...pairs, seasonal: false, groups: 1 };
  const seasons = ts.map((t) => seasonOf(y.grain, t)!);
  const rx = seasonalResiduals(pairs.xs, seasons);
  const ry = seasonalResiduals(pairs.ys, seasons);
  return { xs: rx.residuals, ys: ry.residuals, ts, seasonal: true, groups: rx.groups };
}

/** The test of one lag: r of the (seasonally adjusted) pairs, its p, and what it counted. */
interface LagTest extends Correlation {
  readonly lag: number;
  readonly seasonal: boolean;
  /** (df + 2) / n: the share of the pairs that count, by which the Fisher z test scales its sizes. */
  readonly sizeRatio: number;
  readonly pairs: { xs: number[]; ys: number[]; ts: number[] };
}

/**
 * Pearson r of the pairs at a lag, tested with Student's t on df = (n − 1 − groups) × n_eff / n
 * (at least 1): the partial correlation given the season means removed (`groups`), its degrees of
 * freedom scaled by Bartlett's effective share of pairs (`effectivePairs`) for the autocorrelation
 * of both sides.
 */
function testLag(x: PeriodSeries, y: PeriodSeries, lag: number): LagTest {
  const adjusted = adjustedPairs(x, y, lag);
  const { xs, ys, ts, seasonal, groups } = adjusted;
  const n = ts.length;
  const base = { lag, seasonal, pairs: { xs, ys, ts }, n };
  if (n < MIN_PAIRS) return { ...base, r: null, p: null, sizeRatio: 1 };
  const result = pearson(xs, ys);
  if (result === null) return { ...base, r: null, p: null, sizeRatio: 1 };
  const nEff = effectivePairs(xs, ys, ts);
  const df = Math.max(1, ((n - 1 - groups) * nEff) / n);
  const r = result.r;
  const p =
    Math.abs(r) === 1
      ? 0
      : Math.min(1, 2 * tCdf(-Math.abs(r * Math.sqrt(df / ((1 - r) * (1 + r)))), df));
  return { ...base, r, p, sizeRatio: (df + 2) / n };
}

/** Orders lag tests: the strongest evidence in the expected direction first, the smaller lag on a tie. */
function strength(test: LagTest, sign: 1 | -1): number {
  if (test.r === null || test.p === null) return -Infinity;
  return Math.sign(test.r) === sign ? 2 - test.p : test.p;
}

/**
 * The evidence for a link between two series already at the common grain (SPEC §3.1): first
 * differences, seasonality removed where two years allow, Pearson r between leading[t − lag] and
 * lagging[t], tested with the autocorrelation and the seasons' degrees of freedom counted.
 *
 * A declared lag is tested as given. Without one, lags 0..6 with at least 8 pairs are tested and
 * the one with the strongest evidence in the expected direction is kept; its p is multiplied by
 * the number of lags tried (Bonferroni). Validated: pAdjusted < 0.05 and r has the expected sign.
 * Decorrelated: validated, and the correlation of the last 12 periods is weaker than that of the
 * periods before them by a one-sided Fisher z test at 0.05 (each side with at least 8 pairs).
 *
 * @param sign the sign r is expected to have (`expectedSign`).
 */
export function leadLagEvidence(
  leading: PeriodSeries,
  lagging: PeriodSeries,
  declaredLag: number | undefined,
  sign: 1 | -1,
): LeadLagEvidence {
  const x = differences(leading);
  const y = differences(lagging);
  let best: LagTest;
  let tried: number;
  if (declaredLag !== undefined) {
    best = testLag(x, y, declaredLag);
    tried = 1;
  } else {
    const tests: LagTest[] = [];
    for (let lag = 0; lag <= MAX_DETECTED_LAG; lag++) tests.push(testLag(x, y, lag));
    const candidates = tests.filter((t) => t.r !== null);
    tried = candidates.length;
    best =
      candidates.reduce<LagTest | null>(
        (a, b) => (a === null || strength(b, sign) > strength(a, sign) ? b : a),
        null,
      ) ?? tests.reduce((a, b) => (b.n > a.n ? b : a));
  }
  const lag = best.r === null && declaredLag === undefined ? null : best.lag;
  const pAdjusted = best.p === null ? null : Math.min(1, best.p * Math.max(1, tried));
  const validated =
    best.r !== null && pAdjusted !== null && pAdjusted < LINK_ALPHA && Math.sign(best.r) === sign;

  let recent: Correlation | null = null;
  let earlier: Correlation | null = null;
  let pWeaker: number | null = null;
  const last = lastValueIndex(lagging);
  if (lag !== null && last !== null) {
    const cut = last - RECENT_PERIODS + 1;
    const { xs, ys, ts } = best.pairs;
    // The periods ascend: the pairs before `cut` are a prefix, the recent ones the rest.
    let split = ts.length;
    while (split > 0 && ts[split - 1]! >= cut) split--;
    const part = (from: number, to: number): Correlation => {
      const px = xs.slice(from, to);
      const py = ys.slice(from, to);
      const c = px.length >= MIN_PAIRS ? pearson(px, py) : null;
      return { r: c?.r ?? null, p: c?.p ?? null, n: px.length };
    };
    recent = part(split, ts.length);
    earlier = part(0, split);
    if (earlier.r !== null && recent.r !== null)
      pWeaker = fisherWeakerP(
        { r: earlier.r, n: earlier.n * best.sizeRatio },
        { r: recent.r, n: recent.n * best.sizeRatio },
        sign,
      );
  }
  const decorrelated = validated && pWeaker !== null && pWeaker < LINK_ALPHA;
  return {
    r: best.r,
    p: best.p,
    n: best.n,
    lag,
    pAdjusted,
    lagsTried: tried,
    seasonal: best.seasonal,
    validated,
    decorrelated,
    recent,
    earlier,
    pWeaker,
  };
}

function lastValueIndex(series: PeriodSeries): number | null {
  for (let k = series.values.length - 1; k >= 0; k--)
    if (!Number.isNaN(series.values[k]!)) return series.first + k;
  return null;
}
