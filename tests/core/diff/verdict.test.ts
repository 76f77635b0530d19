import { describe, expect, it } from 'vitest';
import type { KpiRef, ModelDiff } from '../../../src/core/diff/model-diff.ts';
import { NO_CHANGES, verdictOf } from '../../../src/core/diff/verdict.ts';
import { describeThresholds, formatChangeValues } from '../../../src/core/diff/describe-value.ts';
import type { FindingJson } from '../../../src/core/model/model.ts';

const kpi = (id: string): KpiRef => ({ id, name: id, team: 't' });
const finding = (severity: FindingJson['severity']): FindingJson => ({
  rule: 'owner-missing',
  severity,
  message: 'm',
  hint: null,
  file: 'f',
  line: 1,
  col: 1,
});

/** A diff with every list empty and the organisation at 94 → 96, changed by `parts`. */
function input(parts: Partial<Omit<ModelDiff, 'verdict'>> = {}): Omit<ModelDiff, 'verdict'> {
  return {
    asOf: '2026-11-24',
    changed: true,
    notes: [],
    kpis: {
      added: [],
      removed: [],
      retired: [],
      activated: [],
      broken: [],
      repaired: [],
      changed: [],
    },
    entities: [],
    findings: { introduced: [], resolved: [] },
    scores: [{ kind: 'organization', id: '', name: 'A', before: 94, after: 96 }],
    ...parts,
  };
}

describe('verdictOf', () => {
  it('says ✅ with the score and the KPI counts', () => {
    const kpis = {
      ...input().kpis,
      added: [kpi('a')],
      changed: [
        { ...kpi('b'), unit: '', changes: [] },
        { ...kpi('c'), unit: '', changes: [] },
      ],
    };
    expect(verdictOf(input({ kpis }))).toEqual({
      level: 'ok',
      text: '✅ No new errors; alignment 94 → 96 (+2); 1 KPI added, 2 changed',
    });
  });

  it('says ❌ for new errors, counting new warnings and resolved findings too', () => {
    const findings = {
      introduced: [finding('error'), finding('error'), finding('warning'), finding('info')],
      resolved: [finding('warning'), finding('info'), finding('error')],
    };
    const kpis = { ...input().kpis, added: [kpi('a'), kpi('b')], retired: [kpi('c')] };
    const scores = [{ kind: 'organization' as const, id: '', name: 'A', before: 95.55, after: 94 }];
    expect(verdictOf(input({ findings, kpis, scores }))).toEqual({
      level: 'error',
      text: '❌ 2 new errors, 1 new warning; 3 findings resolved; alignment 95.6 → 94 (−1.6); 2 KPIs added, 1 retired',
    });
  });

  it('says ⚠️ for new warnings only', () => {
    const findings = {
      introduced: [finding('warning'), finding('warning'), finding('warning')],
      resolved: [],
    };
    const scores = [{ kind: 'organization' as const, id: '', name: 'A', before: 80, after: 80 }];
    expect(verdictOf(input({ findings, scores }))).toEqual({
      level: 'warning',
      text: '⚠️ 3 new warnings; alignment 80 → 80 (±0)',
    });
  });

  it('says when scores were not compared, and when nothing changed', () => {
    expect(verdictOf(input({ scores: null })).text).toBe(
      '✅ No new errors; alignment not compared',
    );
    expect(verdictOf(input({ changed: false }))).toEqual({ level: 'ok', text: NO_CHANGES });
  });

  it('does not say ✅ when a KPI’s status got worse, even with no new finding', () => {
    const moved = (id: string, before: string, after: string) => ({
      ...kpi(id),
      unit: '',
      changes: [{ field: 'status', before, after }] as never,
    });
    const one = { ...input().kpis, changed: [moved('a', 'on-track', 'at-risk')] };
    expect(verdictOf(input({ kpis: one }))).toEqual({
      level: 'warning',
      text: '⚠️ No new errors, but 1 KPI worse (on-track → at-risk); alignment 94 → 96 (+2); 1 KPI changed',
    });
    const mixed = {
      ...input().kpis,
      changed: [
        moved('a', 'at-risk', 'off-track'),
        moved('b', 'on-track', 'off-track'),
        moved('c', 'off-track', 'on-track'),
        moved('d', 'no-data', 'off-track'), // no judgement before: neither worse nor better
      ],
    };
    const findings = { introduced: [finding('warning')], resolved: [] };
    expect(verdictOf(input({ kpis: mixed, findings })).text).toBe(
      '⚠️ 1 new warning; 2 KPIs worse; 1 KPI better; alignment 94 → 96 (+2); 4 KPIs changed',
    );
    const better = { ...input().kpis, changed: [moved('c', 'off-track', 'at-risk')] };
    expect(verdictOf(input({ kpis: better }))).toEqual({
      level: 'ok',
      text: '✅ No new errors; 1 KPI better; alignment 94 → 96 (+2); 1 KPI changed',
    });
  });
});

describe('values in the report', () => {
  it('are written as the site writes them: money with its symbol and separators, in full', () => {
    // Expected by hand: en-US currency style, no decimals from 100 up; never compact.
    expect(formatChangeValues(150_000, 1200, 'currency:USD')).toEqual(['$150,000', '$1,200']);
    expect(formatChangeValues(12.5, null, 'currency:EUR')).toEqual(['€12.50', null]);
    expect(formatChangeValues(null, 1_234_567, 'count')).toEqual([null, '1,234,567']);
    expect(formatChangeValues(12.5, 15, 'percent')).toEqual(['12.5 %', '15.0 %']);
    expect(formatChangeValues(3, 1, 'days')).toEqual(['3 days', '1 day']);
  });

  it('give a before and after one precision, so a change never reads the same on both sides', () => {
    // 4.6 → 4.64 at one decimal is "4.6 → 4.6": two decimals on both.
    expect(formatChangeValues(4.6, 4.64, 'count')).toEqual(['4.60', '4.64']);
    expect(formatChangeValues(-3154, -3154.4, 'count')).toEqual(['−3,154.0', '−3,154.4']);
  });

  it('write thresholds of plan without float noise, amounts in the unit', () => {
    const t = {
      warning: { kind: 'percent', value: 0.07 },
      critical: { kind: 'absolute', value: 1200 },
    } as const;
    // 0.07 × 100 is 7.000000000000001 in floating point.
    expect(describeThresholds(t, 'currency:USD')).toBe('warning 7 %, critical $1,200');
  });
});
