/**
 * The plan of the pages of this build (src/publish/site-plan.ts), served by the build as the
 * module `virtual:plumbline/pages` (src/io/pages-module.ts). Pages read their props from it —
 * dynamic routes through `getStaticPaths` — and compute nothing.
 */
import pagesPlan from 'virtual:plumbline/pages';
import type { PagesPlan, SiteContext } from '../../publish/site-plan.ts';

/** The props of every page. */
export function plan(): PagesPlan {
  return pagesPlan() as PagesPlan;
}

/** What every page shares: base path, organisation, as-of date, names. */
export function site(): SiteContext {
  return plan().site;
}

/** The paths of a dynamic route, each with its props and its cache key. */
export function pagePaths<P extends { readonly id: string }>(
  kind: 'kpis' | 'goals' | 'objectives' | 'teams',
  pages: readonly P[],
): { params: { id: string }; props: P; cacheKey: string | undefined }[] {
  const keys = plan().cacheKeys;
  return pages.map((p) => ({ params: { id: p.id }, props: p, cacheKey: keys[`${kind}/${p.id}`] }));
}
