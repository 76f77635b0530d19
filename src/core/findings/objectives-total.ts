import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { plural } from './phrases.ts';
import { STRATEGY_FILE } from '../names/file-names.ts';

/**
 * objectives-total: the strategy has fewer or more objectives than `policy.objectives_total`
 * (default 8–12). Points at `objectives:` in strategy.yaml (the top of the file when it has none).
 */
export function objectivesTotal(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const [min, max] = project.strategy.policy.objectives_total;
  const count = project.strategy.objectives.length;
  if (count >= min && count <= max) return [];
  return [
    diagnostic(
      'objectives-total',
      project.locate(STRATEGY_FILE, ['objectives'], { key: true }),
      `The strategy has ${plural(count, 'objective')} in all; ${min}–${max} keeps it focused yet complete.`,
      count < min
        ? 'Add the objectives that are missing for the goals to be met, across the four perspectives.'
        : `Merge or drop objectives until at most ${max} remain: a strategy with too many priorities has none.`,
    ),
  ];
}
