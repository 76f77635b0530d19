import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { PERSPECTIVES } from '../schema/strategy.ts';
import { STRATEGY_FILE } from '../names/file-names.ts';

/**
 * perspective-empty: a Balanced Scorecard perspective has no objective. Points at `objectives:`
 * in strategy.yaml (the top of the file when it has none).
 */
export function perspectiveEmpty(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const used = new Set(project.strategy.objectives.map((o) => o.perspective));
  const at = project.locate(STRATEGY_FILE, ['objectives'], { key: true });
  return PERSPECTIVES.filter((p) => !used.has(p)).map((perspective) =>
    diagnostic(
      'perspective-empty',
      at,
      `The ${perspective} perspective has no objective.`,
      `Add an objective with \`perspective: ${perspective}\`: a balanced scorecard looks at financial, customer, internal-process and learning-growth together.`,
    ),
  );
}
