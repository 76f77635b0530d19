import { describe, expect, it } from 'vitest';
import { objectivesTotal } from '../../../src/core/findings/objectives-total.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';
import { strategyWithPolicy } from '../../helpers/project-files.ts';

describe('objectivesTotal', () => {
  it('flags fewer than 8 objectives at `objectives:`', () => {
    const found = objectivesTotal(analyzeFiles());
    expect(where(found)).toEqual([
      { rule: 'objectives-total', severity: 'warning', file: 'strategy.yaml', line: 6, col: 1 },
    ]);
    expect(found[0]!.message).toBe(
      'The strategy has 1 objective in all; 8–12 keeps it focused yet complete.',
    );
  });

  it('flags more than policy.objectives_total allows', () => {
    const found = objectivesTotal(
      analyzeFiles({ 'strategy.yaml': strategyWithPolicy('{ objectives_total: [0, 0] }') }),
    );
    expect(where(found)).toEqual([
      { rule: 'objectives-total', severity: 'warning', file: 'strategy.yaml', line: 7, col: 1 },
    ]);
  });

  it('passes a count inside policy.objectives_total', () => {
    const found = objectivesTotal(
      analyzeFiles({ 'strategy.yaml': strategyWithPolicy('{ objectives_total: [1, 12] }') }),
    );
    expect(found).toEqual([]);
  });
});
