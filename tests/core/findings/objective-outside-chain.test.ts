import { describe, expect, it } from 'vitest';
import { objectiveOutsideChain } from '../../../src/core/findings/objective-outside-chain.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const strategy = (objectives: readonly string[]) =>
  [
    'organization: Acme',
    'goals:',
    '  - { id: grow, title: Grow, kpis: [revenue] }',
    'objectives:',
    '  - { id: grow-sales, title: Grow sales, perspective: financial, goals: [grow] }',
    ...objectives,
    '',
  ].join('\n');

describe('objectiveOutsideChain', () => {
  it('flags objectives that drive none and that none drive, at their ids', () => {
    const found = objectiveOutsideChain(
      analyzeFiles({
        'strategy.yaml': strategy([
          '  - { id: serve-well, title: Serve well, perspective: customer, drives: [grow-sales] }',
          '  - { id: train-staff, title: Train staff, perspective: learning-growth }',
        ]),
      }),
    );
    // serve-well → grow-sales is a chain; train-staff (line 7) is alone. "  - { id: " is 10 chars.
    expect(where(found)).toEqual([
      {
        rule: 'objective-outside-chain',
        severity: 'warning',
        file: 'strategy.yaml',
        line: 7,
        col: 11,
      },
    ]);
    expect(found[0]!.hint).toBe(
      'Connect it: add `drives: [<id of the internal-process objective it causes>]` here. The chain normally runs learning-growth → internal-process → customer → financial.',
    );
  });

  it('passes a connected chain, and a strategy with a single objective', () => {
    const chained = objectiveOutsideChain(
      analyzeFiles({
        'strategy.yaml': strategy([
          '  - { id: train-staff, title: Train staff, perspective: learning-growth, drives: [grow-sales] }',
        ]),
      }),
    );
    expect(chained).toEqual([]);
    expect(objectiveOutsideChain(analyzeFiles())).toEqual([]);
  });
});
