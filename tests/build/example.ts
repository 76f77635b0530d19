import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareSite } from '../../src/build/prepare-site.ts';
import { siteDataOf, type SiteData } from '../../src/build/site-data.ts';
import { computeProject, type Computed } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { readProject } from '../../src/io/read-project.ts';

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

/** The site data a build of `computed` publishes (chart keys salted with `salt`). */
export async function exampleSiteData(computed: Computed, salt = 'test'): Promise<SiteData> {
  const { jobs: _, ...prepared } = await prepareSite(computed, '/', salt);
  return siteDataOf(computed.model, '/', prepared, { vegaEmbed: 'vega-embed.test.js' });
}
