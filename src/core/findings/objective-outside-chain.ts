import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import type { Perspective } from '../schema/strategy.ts';
import { code } from './phrases.ts';
import { STRATEGY_FILE } from '../names/file-names.ts';

/** The next perspective along the usual cause-and-effect chain (SPEC §1). */
const EFFECT_OF = {
  'learning-growth': 'internal-process',
  'internal-process': 'customer',
  customer: 'financial',
  financial: null,
} as const satisfies Record<Perspective, Perspective | null>;

/** The perspective that usually causes this one. */
const CAUSE_OF = {
  'learning-growth': null,
  'internal-process': 'learning-growth',
  customer: 'internal-process',
  financial: 'customer',
} as const satisfies Record<Perspective, Perspective | null>;

/**
 * objective-outside-chain: with two or more objectives, an objective that drives no other and
 * that no other drives (links to unknown ids or to itself do not count). Points at its id.
 */
export function objectiveOutsideChain(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const objectives = project.strategy.objectives;
  if (objectives.length < 2) return [];
  const known = new Set(objectives.map((o) => o.id));
  const driven = new Set<string>();
  const drives = new Set<string>();
  for (const o of objectives) {
    for (const target of o.drives) {
      if (target === o.id || !known.has(target)) continue;
      driven.add(target);
      drives.add(o.id);
    }
  }
  const out: Diagnostic[] = [];
  objectives.forEach((objective, index) => {
    if (drives.has(objective.id) || driven.has(objective.id)) return;
    const effect = EFFECT_OF[objective.perspective];
    const cause = CAUSE_OF[objective.perspective];
    const fix =
      effect === null
        ? `list ${code(objective.id)} in the \`drives:\` of the ${cause} objective that causes it`
        : `add \`drives: [<id of the ${effect} objective it causes>]\` here`;
    out.push(
      diagnostic(
        'objective-outside-chain',
        project.locate(STRATEGY_FILE, ['objectives', index, 'id']),
        `Objective ${code(objective.id)} is outside the cause-and-effect chain: it drives no other objective and none drives it.`,
        `Connect it: ${fix}. The chain normally runs learning-growth → internal-process → customer → financial.`,
      ),
    );
  });
  return out;
}
