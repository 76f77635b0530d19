import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeProject, type Computed } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { readProject } from '../../src/io/read-project.ts';
import { planSite } from '../../src/publish/plan-site.ts';
import type { SitePlan } from '../../src/publish/site-plan.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The example organisation (kpis/), computed as of 2026-11-24, with files edited by `edit`. */
export async function example(
  edit: (path: string, text: string) => string = (_, text) => text,
): Promise<Computed> {
  const files = (await readProject(path.join(ROOT, 'kpis'))).map((f) =>
    'text' in f ? { ...f, text: edit(f.path, f.text) } : f,
  );
  return computeProject(files, parseDay('2026-11-24')!);
}

/** The plan of a build of `computed` (chart keys salted with `salt`). */
export function examplePlan(computed: Computed, salt = 'test'): Promise<SitePlan> {
  return planSite(computed, {
    base: '/',
    salt,
    vegaEmbed: { file: 'vega-embed.test.js', code: '' },
  });
}
