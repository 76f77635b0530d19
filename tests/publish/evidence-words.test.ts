import { describe, expect, it } from 'vitest';
import type { KpiJson, LinkJson } from '../../src/core/model/model.ts';
import {
  elasticityCell,
  evidenceLabel,
  EVIDENCE_WORDS,
  formatP,
  impactWords,
  linkCaveats,
  linkStats,
  signedPercent,
} from '../../src/publish/evidence-words.ts';

type Impact = NonNullable<KpiJson['impact']>;
const impact = (over: Partial<Impact>): Impact => ({
  to: 'revenue',
  via: ['leads', 'revenue'],
  declaredWeight: 0.4,
  elasticity: { value: 0.4, low: 0.1, high: 0.7 },
  validated: true,
  ...over,
});

describe('impactWords', () => {
  it('gives the effect with its likely range and the declared weight', () => {
    // 10 × 0.4 = +4 %, 10 × 0.1 = +1 %, 10 × 0.7 = +7 %.
    expect(impactWords(impact({}), 'up')).toEqual({
      lead: '10 % better here ≈ +4 %',
      tail: ' (likely between +1 % and +7 %); declared weight 40 %.',
      measurable: true,
    });
  });

  it('reads "better" as 10 % lower for a down KPI, flipping the effect and its range', () => {
    // −10 × 0.4 = −4 %; −10 × 0.7 = −7 % and −10 × 0.1 = −1 %, in order.
    expect(impactWords(impact({}), 'down')).toMatchObject({
      lead: '10 % better here ≈ −4 %',
      tail: ' (likely between −7 % and −1 %); declared weight 40 %.',
    });
  });

  it('says "no measurable effect yet" with the weight alone when the range includes 0', () => {
    const words = impactWords(impact({ elasticity: { value: -4.8, low: -9.9, high: 0.3 } }), 'up');
    expect(words).toEqual({
      lead: '10 % better here: no measurable effect yet',
      tail: ' (its likely range includes no change); declared weight 40 %.',
      measurable: false,
    });
    expect(words.lead + words.tail).not.toMatch(/48|4\.8/);
  });

  it('says "no measurable effect yet" when a link of the chain is not validated', () => {
    expect(impactWords(impact({ validated: false }), 'up')).toMatchObject({
      lead: '10 % better here: no measurable effect yet',
      tail: ' (the data does not confirm every link of the chain); declared weight 40 %.',
    });
  });

  it('says so when there is no estimate, or no declared weight', () => {
    expect(impactWords(impact({ elasticity: null, declaredWeight: null }), 'target')).toEqual({
      lead: '10 % better here: no measurable effect yet',
      tail: ' (the data cannot estimate it yet); no weight is declared.',
      measurable: false,
    });
  });

  it('keeps two significant digits and a true minus sign', () => {
    expect(signedPercent(0.0523)).toBe('+0.052 %');
    expect(signedPercent(-12.34)).toBe('−12 %');
    expect(signedPercent(0)).toBe('0 %');
    expect(signedPercent(1234)).toBe('+1200 %');
  });
});

describe('elasticityCell', () => {
  it('gives the value with its range only when validated and clear of 0', () => {
    const e = { value: 0.42, low: 0.1, high: 0.74, p: 0.01, n: 20 };
    expect(elasticityCell({ elasticity: e, validated: true })).toBe('0.42 (0.1 to 0.74)');
    expect(elasticityCell({ elasticity: e, validated: false })).toBe(
      'no measurable effect yet (0.1 to 0.74)',
    );
    expect(elasticityCell({ elasticity: { ...e, low: -0.2, high: 1.04 }, validated: true })).toBe(
      'no measurable effect yet (−0.2 to 1)',
    );
    expect(elasticityCell({ elasticity: null, validated: true })).toBe('–');
  });
});

describe('link evidence words', () => {
  const link = (over: Partial<LinkJson>) =>
    ({
      evidence: 'validated',
      seasonal: true,
      grain: 'monthly',
      lag: 2,
      lagDetected: false,
      r: 0.5,
      n: 30,
      pAdjusted: 0.0123,
      ...over,
    }) as const;

  it('never says validated for a suggested lag', () => {
    expect(EVIDENCE_WORDS.suggested).not.toMatch(/validated/i);
    expect(evidenceLabel('suggested')).toBe('Suggested lag, not yet declared');
    expect(evidenceLabel('not-enough-data')).toBe('Not enough data');
  });

  it('tells how to turn a suggested lag into a tested one', () => {
    expect(linkCaveats(link({ evidence: 'suggested', lagDetected: true }))).toEqual([
      'The lag of 2 was found by trying 0 to 6 (its p-value allows for that); declare `lag: 2` if it makes sense, and it is tested as given.',
      'Period-of-year effects were removed before correlating.',
    ]);
  });

  it('says seasonality could not be ruled out with less than two years', () => {
    expect(linkCaveats(link({ seasonal: false }))).toEqual([
      'Seasonality could not be ruled out: less than two years of history.',
    ]);
    // Daily and yearly grains have no period-of-year effect to speak of; no r, nothing to say.
    expect(linkCaveats(link({ seasonal: false, grain: 'daily' }))).toEqual([]);
    expect(linkCaveats(link({ seasonal: false, r: null }))).toEqual([]);
  });

  it('states r, n and the adjusted p', () => {
    expect(linkStats(link({ r: -0.456 }))).toBe('r = −0.46, n = 30, p = 0.012');
    expect(formatP(0.0004)).toBe('p < 0.001');
    expect(formatP(null)).toBe('p = –');
  });
});
