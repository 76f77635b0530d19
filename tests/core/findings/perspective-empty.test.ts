import { describe, expect, it } from 'vitest';
import { perspectiveEmpty } from '../../../src/core/findings/perspective-empty.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const strategy = (perspectives: readonly string[]) =>
  [
    'organization: Acme',
    'goals:',
    '  - { id: grow, title: Grow, kpis: [revenue] }',
    'objectives:',
    '  - { id: grow-sales, title: Grow sales, perspective: financial, goals: [grow] }',
    ...perspectives.map((p) => `  - { id: o-${p}, title: An objective, perspective: ${p} }`),
    '',
  ].join('\n');

describe('perspectiveEmpty', () => {
  it('flags each perspective without an objective, at `objectives:`', () => {
    const found = perspectiveEmpty(analyzeFiles({ 'strategy.yaml': strategy(['customer']) }));
    const at = {
      rule: 'perspective-empty',
      severity: 'warning',
      file: 'strategy.yaml',
      line: 4,
      col: 1,
    };
    expect(where(found)).toEqual([at, at]);
    expect(found.map((d) => d.message)).toEqual([
      'The internal-process perspective has no objective.',
      'The learning-growth perspective has no objective.',
    ]);
  });

  it('passes a strategy with all four perspectives', () => {
    const found = perspectiveEmpty(
      analyzeFiles({
        'strategy.yaml': strategy(['customer', 'internal-process', 'learning-growth']),
      }),
    );
    expect(found).toEqual([]);
  });
});
