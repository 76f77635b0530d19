import type { ModelDiff } from './model-diff.ts';

/**
 * The diff as JSON: `{asOf, changed, verdict: {level, text}, notes, kpis: {added, removed,
 * retired, activated, broken, repaired, changed}, entities, findings: {introduced, resolved},
 * scores}` (see model-diff.ts), indented, with a final newline.
 */
export function formatDiffJson(diff: ModelDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
