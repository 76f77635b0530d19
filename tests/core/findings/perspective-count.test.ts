import { describe, expect, it } from 'vitest';
import { perspectiveCount } from '../../../src/core/findings/perspective-count.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const strategy = (policy: string, extra: readonly string[]) =>
  [
    'organization: Acme',
    `policy: ${policy}`,
    'goals:',
    '  - { id: grow, title: Grow, kpis: [revenue] }',
    'objectives:',
    '  - { id: grow-sales, title: Grow sales, perspective: financial, goals: [grow] }',
    ...extra,
    '',
  ].join('\n');

describe('perspectiveCount', () => {
  it('flags too few objectives at the first one’s perspective', () => {
    // Default range 2–4; financial has one. Line 6: "  - { id: grow-sales, title: Grow sales,
    // perspective: " is 54 characters.
    const found = perspectiveCount(analyzeFiles({ 'strategy.yaml': strategy('{}', []) }));
    expect(where(found)).toEqual([
      { rule: 'perspective-count', severity: 'warning', file: 'strategy.yaml', line: 6, col: 55 },
    ]);
    expect(found[0]!.message).toBe(
      'The financial perspective has 1 objective; 2–4 keeps it focused yet complete.',
    );
  });

  it('flags too many at the first one over the limit', () => {
    const found = perspectiveCount(
      analyzeFiles({
        'strategy.yaml': strategy('{ objectives_per_perspective: [1, 1] }', [
          '  - id: cut-costs',
          '    title: Cut costs',
          '    perspective: financial',
        ]),
      }),
    );
    expect(where(found)).toEqual([
      { rule: 'perspective-count', severity: 'warning', file: 'strategy.yaml', line: 9, col: 18 },
    ]);
  });

  it('passes counts inside the range, and leaves empty perspectives to perspective-empty', () => {
    const found = perspectiveCount(
      analyzeFiles({ 'strategy.yaml': strategy('{ objectives_per_perspective: [1, 4] }', []) }),
    );
    expect(found).toEqual([]);
  });
});
