import { describe, expect, it } from 'vitest';
import { vitalFew } from '../../../src/core/findings/vital-few.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';
import { strategyWithPolicy } from '../../helpers/project-files.ts';

describe('vitalFew', () => {
  it('flags teams owning fewer active KPIs than their level allows, at the team id', () => {
    // acme (enterprise, 5–7) and sales (function, 4–6) own one KPI each.
    const found = vitalFew(analyzeFiles());
    expect(where(found)).toEqual([
      { rule: 'vital-few', severity: 'warning', file: 'teams.yaml', line: 1, col: 9 },
      { rule: 'vital-few', severity: 'warning', file: 'teams.yaml', line: 2, col: 9 },
    ]);
    expect(found[0]!.message).toBe(
      'Acme (`acme`, an enterprise) owns 1 active KPI; the vital few for an enterprise is 5–7.',
    );
  });

  it('flags a team owning more than the range, not counting retired KPIs', () => {
    const found = vitalFew(
      analyzeFiles({
        'strategy.yaml': strategyWithPolicy(
          '{ vital_few: { enterprise: [1, 1], function: [0, 0] } }',
        ),
        'metrics/old.yaml':
          'name: Old\ndirection: up\nteam: acme\ncadence: monthly\nstatus: retired\nretired: { date: 2026-01-31, reason: Gone }\n',
      }),
    );
    expect(where(found)).toEqual([
      { rule: 'vital-few', severity: 'warning', file: 'teams.yaml', line: 2, col: 9 },
    ]);
    expect(found[0]!.hint).toContain('Keep the 0 that matter most');
  });

  it('passes counts inside policy.vital_few', () => {
    const found = vitalFew(
      analyzeFiles({
        'strategy.yaml': strategyWithPolicy(
          '{ vital_few: { enterprise: [1, 7], function: [1, 6] } }',
        ),
      }),
    );
    expect(found).toEqual([]);
  });
});
