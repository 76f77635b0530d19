/** How pages of the site are addressed from files that leave it (feeds, calendars, issues). */
export interface SiteUrls {
  /** The base path, starting and ending with `/`. */
  readonly base: string;
  /** The site's absolute URL (`https://example.org`), when known. */
  readonly site: string | null;
}

/**
 * A page's address: absolute when the site URL is known (`https://example.org/base/kpis/x/`),
 * else the path under the base (`/base/kpis/x/`), which a reader resolves against the file's URL.
 */
export function pageUrl(urls: SiteUrls, path: string): string {
  const rel = `${urls.base}${path.replace(/^\/+/, '')}`;
  return urls.site === null ? rel : `${urls.site.replace(/\/+$/, '')}${rel}`;
}
