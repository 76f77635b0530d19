/**
 * Words for the evidence behind a link and the impact along a line of sight (SPEC §3.1): a lag
 * the data picked is "suggested", never "validated"; an effect size never goes without its range;
 * an interval that includes 0, or a link the data does not confirm, reads "no measurable effect
 * yet" with the declared weight alone. Every page words links and impacts through these helpers.
 */
import type { KpiJson, LinkJson } from '../core/model/model.ts';

/** The evidence of a link in a few words, for a table cell or a sentence. */
export const EVIDENCE_WORDS = {
  validated: 'validated',
  suggested: 'suggested lag, not yet declared',
  decorrelated: 'weaker lately (decorrelated)',
  unvalidated: 'not validated',
  'not-enough-data': 'not enough data',
} as const satisfies Record<LinkJson['evidence'], string>;

/** The same, capitalised, for the start of a cell. */
export function evidenceLabel(state: LinkJson['evidence']): string {
  const words = EVIDENCE_WORDS[state];
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A p-value: `p = 0.013`, `p < 0.001`, `p = –`. */
export function formatP(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return 'p = –';
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** r with two decimals and a true minus sign; `–` when missing. */
export function formatR(r: number | null): string {
  return r === null || !Number.isFinite(r) ? '–' : r.toFixed(2).replace('-', '−');
}

/**
 * The statistics of a link: "r = 0.62, n = 30, p = 0.004" — p after the lag search (and, for a
 * searched lag, how many lags were tried is in `lagNote`).
 */
export function linkStats(l: Pick<LinkJson, 'r' | 'n' | 'pAdjusted'>): string {
  return `r = ${formatR(l.r)}, n = ${l.n}, ${formatP(l.pAdjusted)}`;
}

/**
 * What a reader must know about the test beyond its state: that a searched lag is a suggestion
 * until declared, and whether seasonality was removed or could not be ruled out.
 */
export function linkCaveats(
  l: Pick<LinkJson, 'evidence' | 'seasonal' | 'grain' | 'lag' | 'lagDetected' | 'r'>,
): string[] {
  const out: string[] = [];
  if (l.evidence === 'suggested' && l.lag !== null)
    out.push(
      `The lag of ${l.lag} was found by trying 0 to 6 (its p-value allows for that); declare \`lag: ${l.lag}\` if it makes sense, and it is tested as given.`,
    );
  if (l.r !== null && (l.grain === 'weekly' || l.grain === 'monthly' || l.grain === 'quarterly'))
    out.push(
      l.seasonal
        ? 'Period-of-year effects were removed before correlating.'
        : 'Seasonality could not be ruled out: less than two years of history.',
    );
  return out;
}

/** True when an interval lies wholly on one side of 0. */
export function excludesZero(e: { low: number; high: number }): boolean {
  return e.low > 0 || e.high < 0;
}

/** A number with two significant digits and a true minus sign: `0.42`, `−1.3`, `1200`. */
export function twoDigits(x: number): string {
  const rounded = Number(x.toPrecision(2));
  return (rounded === 0 ? 0 : rounded).toString().replace('-', '−');
}

/** A signed percentage with two significant digits: `+4 %`, `−0.52 %`, `0 %`. */
export function signedPercent(x: number): string {
  const text = twoDigits(x);
  return `${x > 0 && text !== '0' ? '+' : ''}${text} %`;
}

/**
 * The elasticity of one link for a table cell: "0.42 (0.10 to 0.74)" when the link is evidenced
 * (validated, suggested or decorrelated) and its interval excludes 0; "no measurable effect yet
 * (−0.2 to 1.0)" otherwise; "–" when there is none.
 */
export function elasticityCell(l: Pick<LinkJson, 'elasticity' | 'validated'>): string {
  const e = l.elasticity;
  if (e === null) return '–';
  const range = `${twoDigits(e.low)} to ${twoDigits(e.high)}`;
  return l.validated && excludesZero(e)
    ? `${twoDigits(e.value)} (${range})`
    : `no measurable effect yet (${range})`;
}

/**
 * The line-of-sight sentence, in two parts around the name of the KPI at the top of the chain:
 * `${lead} on <name>${tail}`.
 *
 *   measurable → "10 % better here ≈ +4 %" … " (likely between +1 % and +7 %); declared weight 40 %."
 *   otherwise  → "10 % better here: no measurable effect yet" … "; declared weight 40 %."
 *
 * "Better" follows the KPI's direction: 10 % lower for a `down` KPI, so the effect's sign is
 * flipped. Measurable means every link of the chain is validated and the 95 % interval excludes 0.
 */
export function impactWords(
  impact: NonNullable<KpiJson['impact']>,
  direction: KpiJson['direction'],
): { lead: string; tail: string; measurable: boolean } {
  const weight =
    impact.declaredWeight === null
      ? 'no weight is declared'
      : `declared weight ${twoDigits(impact.declaredWeight * 100)} %`;
  const e = impact.elasticity;
  if (e === null || !impact.validated || !excludesZero(e)) {
    const why =
      e === null
        ? 'the data cannot estimate it yet'
        : !impact.validated
          ? 'the data does not confirm every link of the chain'
          : 'its likely range includes no change';
    return {
      lead: '10 % better here: no measurable effect yet',
      tail: ` (${why}); ${weight}.`,
      measurable: false,
    };
  }
  const step = direction === 'down' ? -10 : 10;
  const a = step * e.low;
  const b = step * e.high;
  return {
    lead: `10 % better here ≈ ${signedPercent(step * e.value)}`,
    tail: ` (likely between ${signedPercent(Math.min(a, b))} and ${signedPercent(Math.max(a, b))}); ${weight}.`,
    measurable: true,
  };
}
