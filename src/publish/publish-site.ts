/**
 * The executor of a site plan (plan-site.ts): the one sequence `plumbline build`, `plumbline dev`
 * and the tests run, with the effects they give it — where files go, how pages are rendered,
 * how a chart is drawn, where progress is told. The files and the search index are written while
 * the pages render; then each page's charts are filled in.
 */
import { fillCharts, markedCharts } from './fill-charts.ts';
import type { PagesPlan, PlannedFile, SitePlan } from './site-plan.ts';
import type { SearchRecord } from './search-records.ts';

/** What the executor does through others. */
export interface PublishEffects {
  /** Writes a planned file (an effect with a cache may copy it by `cacheKey` instead). */
  readonly writeFile: (file: PlannedFile) => Promise<void>;
  readonly writeSearchIndex: (records: readonly SearchRecord[]) => Promise<void>;
  /** Renders every page from the pages' plan; resolves with the paths of the HTML written. */
  readonly renderPages: (pages: PagesPlan) => Promise<readonly string[]>;
  readonly readPage: (path: string) => Promise<string>;
  readonly writePage: (path: string, html: string) => Promise<void>;
  /** The SVG of a chart's content key. */
  readonly chartSvg: (key: string) => Promise<string>;
  /** Told as each step starts: rendering pages, filling in their charts, finishing the files. */
  readonly log: (step: 'pages' | 'charts' | 'files') => void;
}

/** Carries out a plan; resolves when every file and page is written. */
export async function publishSite(plan: SitePlan, effects: PublishEffects): Promise<void> {
  const files = Promise.all([
    ...plan.files.map((f) => effects.writeFile(f)),
    effects.writeSearchIndex(plan.search),
  ]);
  // Awaited below; a failure is reported there, after the pages (never unhandled).
  files.catch(() => undefined);
  effects.log('pages');
  const pages = await effects.renderPages(plan.pages);
  effects.log('charts');
  // A few pages at a time: thousands of open files at once would exhaust the descriptors.
  let next = 0;
  const worker = async () => {
    while (next < pages.length) await fillPage(pages[next++]!, effects);
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, pages.length) }, worker));
  effects.log('files');
  await files;
}

const PAGES_AT_ONCE = 16;

/** A page with its charts filled in. */
async function fillPage(page: string, effects: PublishEffects): Promise<void> {
  const html = await effects.readPage(page);
  const keys = markedCharts(html);
  if (keys.length === 0) return;
  const svgs = await Promise.all(
    keys.map(async (key) => [key, await effects.chartSvg(key)] as const),
  );
  await effects.writePage(page, fillCharts(html, new Map(svgs)));
}
