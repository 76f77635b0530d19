/**
 * Calibration of the forecast (SPEC §3.1, issue 13): on simulated KPIs whose future is known, how
 * often does the 80 % band hold the outcome, and does the probability of meeting the target beat
 * the old yes/no by Brier score? Seeded; the figures are printed for the record
 * (`TZ=UTC npx vitest run tests/calibration`).
 *
 * Each KPI: a monthly line with a random slope plus AR(1) noise (φ = 0.6, unit innovations), 36
 * months read, the target 6 months after the last one, set where the planner would expect the
 * line to be plus a planning error, so meeting it is genuinely uncertain.
 */
import { describe, expect, it } from 'vitest';
import { computeForecast, meetsTarget } from '../../src/core/analytics/forecast.ts';
import type { PeriodSeries } from '../../src/core/analytics/series.ts';
import { periodEnd } from '../../src/core/period/period.ts';
import { createRandom } from '../../scripts/lib/random.ts';

const KPIS = 1000;
const READ = 36;
const HORIZON = 6;
const PHI = 0.6;
const JAN_2024 = 2024 * 12;

describe('forecast calibration on AR(1) series', () => {
  const r = createRandom(13);
  let covered = 0;
  let banded = 0;
  let brierProbability = 0;
  let brierYesNo = 0;
  let wrongYesNo = 0;
  let n = 0;
  for (let i = 0; i < KPIS; i++) {
    const slope = r.normal(0, 0.2);
    let u = r.normal(0, 1 / Math.sqrt(1 - PHI * PHI));
    const values: number[] = [];
    for (let t = 0; t < READ + HORIZON; t++) {
      values.push(50 + slope * t + u);
      u = PHI * u + r.normal();
    }
    const series: PeriodSeries = {
      grain: 'month',
      first: JAN_2024,
      values: Float64Array.from(values.slice(0, READ)),
    };
    const last = JAN_2024 + READ - 1;
    const asOf = periodEnd({ grain: 'month', index: last }) + 1;
    const targetIndex = last + HORIZON;
    const target = {
      value: 50 + slope * (READ - 1 + HORIZON) + r.normal(0, 2),
      date: periodEnd({ grain: 'month', index: targetIndex }),
    };
    const def = { direction: 'up' as const, target };
    const f = computeForecast(def, series, asOf)!;
    const actual = values[READ - 1 + HORIZON]!;
    const met = meetsTarget(def, target.value, actual) ? 1 : 0;
    if (f.low !== null && f.high !== null) {
      banded++;
      if (f.low <= actual && actual <= f.high) covered++;
    }
    const yesNo = meetsTarget(def, target.value, f.value) ? 1 : 0;
    brierProbability += (f.probability - met) ** 2;
    brierYesNo += (yesNo - met) ** 2;
    if (yesNo !== met) wrongYesNo++;
    n++;
  }
  const coverage = covered / banded;
  console.log(
    `forecast calibration, AR(1) φ = ${PHI}, ${READ} months, horizon ${HORIZON}, ${n} KPIs: ` +
      `80 % band covers ${(coverage * 100).toFixed(1)} % (${banded} bands); Brier probability ` +
      `${(brierProbability / n).toFixed(3)} vs yes/no ${(brierYesNo / n).toFixed(3)} ` +
      `(yes/no wrong ${((wrongYesNo / n) * 100).toFixed(1)} %)`,
  );

  it('the 80 % band holds 70–90 % of outcomes', () => {
    expect(banded).toBe(KPIS);
    expect(coverage).toBeGreaterThanOrEqual(0.7);
    expect(coverage).toBeLessThanOrEqual(0.9);
  });

  it('the probability beats the yes/no by Brier score', () => {
    expect(brierProbability).toBeLessThan(brierYesNo);
  });
});
