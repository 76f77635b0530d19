import { describe, expect, it } from 'vitest';
import type { KpiRef, ModelDiff } from '../../../src/core/diff/model-diff.ts';
import { NO_CHANGES, verdictOf } from '../../../src/core/diff/verdict.ts';
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
});
