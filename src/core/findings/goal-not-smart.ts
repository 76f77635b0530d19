import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { code, listWords } from './phrases.ts';

import { smartChecks } from './smart-checks.ts';
import { STRATEGY_FILE } from '../names/file-names.ts';

/**
 * goal-not-smart: a goal misses a SMART part (see `smartChecks` for what each part needs). One
 * finding per goal, at its id, listing every missing part and what to add.
 */
export function goalNotSmart(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  project.strategy.goals.forEach((goal, index) => {
    const missing = smartChecks(project, goal).filter((c) => !c.ok);
    if (missing.length === 0) return;
    out.push(
      diagnostic(
        'goal-not-smart',
        project.locate(STRATEGY_FILE, ['goals', index, 'id']),
        `Goal ${code(goal.id)} is not SMART: it is ${listWords(missing.map((m) => `not ${m.part} (${m.detail})`))}.`,
        `${capitalize(missing.map((m) => m.fix).join('; '))}.`,
      ),
    );
  });
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
