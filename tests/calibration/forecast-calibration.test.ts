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

interface Calibration {
  readonly n: number;
  readonly banded: number;
  readonly coverage: number;
  readonly brierProbability: number;
  readonly brierYesNo: number;
}

/** Simulates `KPIS` KPIs (coverage 0 when no forecast had a band) read for `read` months and scores their forecasts `horizon` months on. */
function calibrate(seed: number, read: number, horizon: number): Calibration {
  const r = createRandom(seed);
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
    for (let t = 0; t < read + horizon; t++) {
      values.push(50 + slope * t + u);
      u = PHI * u + r.normal();
    }
    const series: PeriodSeries = {
      grain: 'month',
      first: JAN_2024,
      values: Float64Array.from(values.slice(0, read)),
    };
    const last = JAN_2024 + read - 1;
    const asOf = periodEnd({ grain: 'month', index: last }) + 1;
    const target = {
      value: 50 + slope * (read - 1 + horizon) + r.normal(0, 2),
      date: periodEnd({ grain: 'month', index: last + horizon }),
    };
    const def = { direction: 'up' as const, target };
    const f = computeForecast(def, series, asOf)!;
    const actual = values[read - 1 + horizon]!;
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
  const result = {
    n,
    banded,
    coverage: banded === 0 ? 0 : covered / banded,
    brierProbability: brierProbability / n,
    brierYesNo: brierYesNo / n,
  };
  console.log(
    `forecast calibration, AR(1) φ = ${PHI}, ${read} months, horizon ${horizon}, ${n} KPIs: ` +
      `80 % band covers ${banded === 0 ? '–' : `${(result.coverage * 100).toFixed(1)} %`} (${banded} bands); Brier probability ` +
      `${result.brierProbability.toFixed(3)} vs yes/no ${result.brierYesNo.toFixed(3)} ` +
      `(yes/no wrong ${((wrongYesNo / n) * 100).toFixed(1)} %)`,
  );
  return result;
}

describe('forecast calibration on AR(1) series', () => {
  const long = calibrate(13, READ, HORIZON);

  it('the 80 % band holds 70–90 % of outcomes', () => {
    expect(long.banded).toBe(KPIS);
    expect(long.coverage).toBeGreaterThanOrEqual(0.7);
    expect(long.coverage).toBeLessThanOrEqual(0.9);
  });

  it('the probability beats the yes/no by Brier score', () => {
    expect(long.brierProbability).toBeLessThan(long.brierYesNo);
  });

  it('still beats it from a short record: 18 months, 7 backtests, no band', () => {
    const short = calibrate(14, 18, 4);
    expect(short.banded).toBe(0);
    expect(short.brierProbability).toBeLessThan(short.brierYesNo);
  });
});
