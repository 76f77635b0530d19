import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { alertSiteFiles } from '../build/alert-site-files.ts';
import type { SiteUrls } from '../build/site-urls.ts';
import type { Computed } from '../core/pipeline.ts';

/** Writes the Atom feeds and iCalendars (`alerts.xml`, `reviews.ics`, per team too) into `out`. */
export async function writeAlertFiles(
  computed: Computed,
  urls: SiteUrls,
  out: string,
): Promise<void> {
  const files = alertSiteFiles(computed, urls);
  await Promise.all(
    [...new Set(files.map((f) => path.dirname(path.join(out, f.path))))].map((d) =>
      mkdir(d, { recursive: true }),
    ),
  );
  await Promise.all(files.map((f) => writeFile(path.join(out, f.path), f.text)));
}
