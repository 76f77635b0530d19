import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { PERSPECTIVES } from '../schema/strategy.ts';

import { plural } from './phrases.ts';
import { STRATEGY_FILE } from '../names/file-names.ts';

/**
 * perspective-count: a perspective has objectives, but fewer or more than
 * `policy.objectives_per_perspective` (default 2–4); one with none is perspective-empty. Points at
 * the `perspective` of its first objective when too few, of the first one over the limit when too
 * many.
 */
export function perspectiveCount(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const [min, max] = project.strategy.policy.objectives_per_perspective;
  const out: Diagnostic[] = [];
  for (const perspective of PERSPECTIVES) {
    const indexes: number[] = [];
    project.strategy.objectives.forEach((o, i) => {
      if (o.perspective === perspective) indexes.push(i);
    });
    const count = indexes.length;
    if (count === 0 || (count >= min && count <= max)) continue;
    const few = count < min;
    out.push(
      diagnostic(
        'perspective-count',
        project.locate(STRATEGY_FILE, ['objectives', indexes[few ? 0 : max]!, 'perspective']),
        `The ${perspective} perspective has ${plural(count, 'objective')}; ${min}–${max} keeps it focused yet complete.`,
        few
          ? `Add ${plural(min - count, 'objective')} with \`perspective: ${perspective}\`, or check that its objectives are in the right perspective.`
          : `Merge or drop objectives until at most ${max} remain, or move some to the perspective they belong to.`,
      ),
    );
  }
  return out;
}
