import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run when missing); override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this sandbox needs and a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Chromium can take well over Playwright's 30 s to start on a machine busy with other jobs.
    timeout: 180_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * Runs `visit` on every item, in up to `tabs` pages of one context at once (each tab takes the
 * next item when it is done), and returns the results in the items' order.
 */
export async function inTabs<T, R>(
  context: BrowserContext,
  items: readonly T[],
  tabs: number,
  visit: (page: Page, item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    try {
      while (next < items.length) {
        const i = next++;
        results[i] = await visit(page, items[i]!);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, items.length) }, worker));
  return results;
}

/** Every page of a built site (each folder's index.html), as site paths: '', 'kpis/x/', …. */
export function sitePages(out: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name === 'index.html') {
        const p = path.relative(out, dir).split(path.sep).join('/');
        found.push(p === '' ? '' : `${p}/`);
      }
    }
  };
  walk(out);
  return found.sort();
}
