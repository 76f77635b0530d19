// Independent, deliberately naive reference implementations for the stats tests. They share no
// code with src/ and favour the most literal form of each textbook definition.
import { expect } from 'vitest';

/** Asserts |actual − expected| ≤ rel · max(|expected|, scale) (scale guards values near 0). */
export function expectClose(
  actual: number | null | undefined,
  expected: number,
  scale = 0,
  rel = 1e-9,
): void {
  expect(actual).toBeTypeOf('number');
  const a = actual as number;
  const tolerance = rel * Math.max(Math.abs(expected), scale);
  if (!(Math.abs(a - expected) <= tolerance)) {
    expect.fail(`expected ${a} to be within ${tolerance} of ${expected}`);
  }
}

/** Median by sorting a copy with a comparator and picking the middle by hand. */
export function naiveMedian(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  if (s.length % 2 === 1) return s[m]!;
  return (s[m - 1]! + s[m]!) / 2;
}

/** Every pairwise slope, nested loops, pairs with equal x skipped. */
export function naivePairwiseSlopes(xs: readonly number[], ys: readonly number[]): number[] {
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < xs.length; j++) {
      if (i < j && xs[i] !== xs[j]) slopes.push((ys[j]! - ys[i]!) / (xs[j]! - xs[i]!));
    }
  }
  return slopes;
}

/** Theil–Sen by the book: median slope, then median of y − slope·x. */
export function naiveTheilSen(
  xs: readonly number[],
  ys: readonly number[],
): { slope: number; intercept: number } {
  const slope = naiveMedian(naivePairwiseSlopes(xs, ys));
  const intercept = naiveMedian(xs.map((x, i) => ys[i]! - slope * x));
  // theilSen reports 0 for −0; do the same so toEqual compares values, not zero signs
  return { slope: slope === 0 ? 0 : slope, intercept: intercept === 0 ? 0 : intercept };
}

/** Mann–Kendall S and tie-corrected variance: nested loops and a tally of each distinct value. */
export function naiveMannKendall(ys: readonly number[]): { s: number; varS: number } {
  const n = ys.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (ys[j]! > ys[i]!) s += 1;
      if (ys[j]! < ys[i]!) s -= 1;
    }
  }
  const counts = new Map<number, number>();
  for (const y of ys) counts.set(y, (counts.get(y) ?? 0) + 1);
  let varS = n * (n - 1) * (2 * n + 5);
  for (const t of counts.values()) varS -= t * (t - 1) * (2 * t + 5);
  return { s, varS: varS / 18 };
}

/**
 * erfc(x) for x ≥ 0. Below 3: erf from its all-positive Maclaurin-type series
 * erf(x) = (2/√π)·e^(−x²)·Σ 2^k·x^(2k+1) / (1·3·5···(2k+1)), then 1 − erf.
 * From 3 up: the Laplace continued fraction
 * erfc(x) = (e^(−x²)/√π) / (x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated bottom-up.
 */
export function erfcReference(x: number): number {
  if (x < 3) {
    let term = x;
    let sum = x;
    for (let k = 1; k < 200; k++) {
      term *= (2 * x * x) / (2 * k + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  let f = x;
  for (let k = 300; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** Two-sided normal p-value: P(|Z| ≥ |z|) = erfc(|z|/√2). */
export function normalTwoSidedReference(z: number): number {
  return erfcReference(Math.abs(z) / Math.SQRT2);
}

/**
 * Two-sided Student-t p-value P(|T| ≥ |t|) in closed form (Abramowitz & Stegun 26.7.3–26.7.4),
 * θ = atan(|t|/√ν):
 * - ν odd:  A = (2/π)·[θ + sinθ·(cosθ + (2/3)cos³θ + … + (2·4···(ν−3))/(1·3···(ν−2))·cos^(ν−2)θ)]
 *   (for ν = 1 the bracket is θ alone);
 * - ν even: A = sinθ·[1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … + (1·3···(ν−3))/(2·4···(ν−2))·cos^(ν−2)θ];
 * and p = 1 − A.
 */
export function tTwoSidedReference(t: number, df: number): number {
  const theta = Math.atan(Math.abs(t) / Math.sqrt(df));
  const s = Math.sin(theta);
  const c = Math.cos(theta);
  let a: number;
  if (df % 2 === 1) {
    let bracket = theta;
    if (df > 1) {
      let term = c;
      let sum = c;
      for (let k = 1; 2 * k + 1 <= df - 2; k++) {
        term *= ((2 * k) / (2 * k + 1)) * c * c;
        sum += term;
      }
      bracket += s * sum;
    }
    a = (2 / Math.PI) * bracket;
  } else {
    let term = 1;
    let sum = 1;
    for (let k = 1; 2 * k <= df - 2; k++) {
      term *= ((2 * k - 1) / (2 * k)) * c * c;
      sum += term;
    }
    a = s * sum;
  }
  return 1 - a;
}

/** Pearson r from the one-pass textbook formula (exact for small integer data). */
export function naivePearsonR(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
    sxx += xs[i]! * xs[i]!;
    syy += ys[i]! * ys[i]!;
    sxy += xs[i]! * ys[i]!;
  }
  return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
}

/** OLS from the normal equations with raw sums (exact for small integer data). */
export function naiveOls(
  xs: readonly number[],
  ys: readonly number[],
): { slope: number; intercept: number } {
  const n = xs.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
    sxx += xs[i]! * xs[i]!;
    sxy += xs[i]! * ys[i]!;
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { slope, intercept: (sy - slope * sx) / n };
}
