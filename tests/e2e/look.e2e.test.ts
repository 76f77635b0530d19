/**
 * How the example site looks, in a real browser: screenshots of every page type in light, dark,
 * phone and print (kept in test-output/screenshots/, out of git, to be looked at); no page wider
 * than a 360 px phone; no two numbers on a page that print alike for different values; every KPI
 * printed on at most two A4 pages under a running header; search readable in dark mode.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTabs, launchBrowser, sitePages } from './browser.ts';
import { build, ROOT, scratch } from './build-site.ts';
import { pdfPageTexts } from './pdf-text.ts';
import { serveSite } from './static-server.ts';

const BASE = '/northwind/';
const AS_OF = '2026-11-24';
/** The as-of date as the site prints it (en locale, day month year). */
const AS_OF_TEXT = '24 Nov 2026';
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** One page of each type, named for the screenshot files. */
const PAGE_TYPES: Record<string, string> = {
  home: '',
  goals: 'goals/',
  goal: 'goals/grow-profitable-revenue/',
  objective: 'objectives/grow-net-revenue/',
  teams: 'teams/',
  team: 'teams/inside-sales/',
  kpis: 'kpis/',
  kpi: 'kpis/qualified-leads/',
  alignment: 'alignment/',
  'strategy-map': 'strategy-map/',
  journal: 'journal/',
  search: 'search/?q=revenue',
  help: 'help/',
  'not-found': 'no-such-page/',
};
/** Tabs open at once: enough to overlap loading with rendering on a small machine. */
const TABS = 3;

let out = '';
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let model: {
  organization: string;
  kpis: { id: string; name: string; readings: { count: number } }[];
};

beforeAll(async () => {
  out = path.join(scratch('plumbline-look-'), 'dist');
  // Built from another folder than Plumbline's: the static files must come from the package.
  const r = build(
    [path.join(ROOT, 'kpis'), '--out', out, '--base', BASE, '--as-of', AS_OF, '--no-cache'],
    path.dirname(out),
  );
  if (r.code !== 0) throw new Error(`build failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  model = JSON.parse(readFileSync(path.join(out, 'data', 'model.json'), 'utf8')) as typeof model;
  site = await serveSite(out, BASE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (out !== '') rmSync(path.dirname(out), { recursive: true, force: true });
});

/** Opens a site page and waits until it is complete: loaded, and on search, answered. */
async function open(page: Page, p: string): Promise<void> {
  const response = await page.goto(site.url(p), { waitUntil: 'load', timeout: 60_000 });
  const status = response?.status() ?? 0;
  if (status !== (p.startsWith('no-such-page') ? 404 : 200))
    throw new Error(`${p}: HTTP ${status}`);
  if (p.startsWith('search/?q='))
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
}

/** The number of pages of a PDF, from its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('the example site, looked at', () => {
  it('serves the favicon and robots.txt from public/, linked from every page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, 'help/');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe(`${BASE}favicon.svg`);
    for (const [file, type] of [
      ['favicon.svg', '<svg'],
      ['robots.txt', 'User-agent: *'],
    ] as const) {
      const r = await context.request.get(site.url(file));
      expect(r.status(), file).toBe(200);
      expect(await r.text(), file).toContain(type);
      expect(readFileSync(path.join(out, file), 'utf8')).toBe(
        readFileSync(path.join(ROOT, 'public', file), 'utf8'),
      );
    }
    await context.close();
  });

  it('is screenshot in light, dark, phone and print for every page type', async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const variants: [string, Parameters<Browser['newContext']>[0]][] = [
      ['light', { colorScheme: 'light', viewport: { width: 1280, height: 800 } }],
      ['dark', { colorScheme: 'dark', viewport: { width: 1280, height: 800 } }],
      [
        'phone',
        {
          colorScheme: 'light',
          viewport: { width: 390, height: 844 },
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
        },
      ],
    ];
    const names = Object.keys(PAGE_TYPES);
    const written: string[] = [];
    await Promise.all(
      variants.map(async ([variant, options]) => {
        const context = await browser.newContext(options);
        await inTabs(context, names, 1, async (page, name) => {
          await open(page, PAGE_TYPES[name]!);
          const file = path.join(SHOTS, `${name}-${variant}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          if (variant === 'light') {
            const pdf = path.join(SHOTS, `${name}-print.pdf`);
            await page.pdf({ path: pdf, format: 'A4' });
            written.push(pdf);
          }
        });
        await context.close();
      }),
    );
    expect(written).toHaveLength(names.length * 4);
    for (const file of written)
      expect(readFileSync(file).subarray(0, 4).toString('latin1'), file).toMatch(/PNG|%PDF/);
  });

  it('prints every KPI on at most two A4 pages, each under the running header', async () => {
    const context = await browser.newContext();
    const problems = await inTabs(context, model.kpis, TABS, async (page, kpi) => {
      await open(page, `kpis/${kpi.id}/`);
      const pdf = await page.pdf({ format: 'A4' });
      const texts = await pdfPageTexts(pdf);
      const found: string[] = [];
      if (pdfPageCount(pdf) !== texts.length) found.push('page count differs between readers');
      if (texts.length > 2) found.push(`${texts.length} pages`);
      texts.forEach((text, i) => {
        for (const part of [
          model.organization,
          kpi.name,
          `As of ${AS_OF_TEXT}`,
          `page ${i + 1} of ${texts.length}`,
        ])
          if (!text.includes(part)) found.push(`page ${i + 1} lacks "${part}"`);
      });
      return found.map((f) => `${kpi.id}: ${f}`);
    });
    await context.close();
    expect(problems.flat()).toEqual([]);
  });

  it('prints the latest 13 readings, legible legends and the targets of links', async () => {
    // The width of an A4 page less the print margins (210 mm − 2 × 11 mm, at 96 px per inch).
    const context = await browser.newContext({ viewport: { width: 710, height: 1000 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const kpi = model.kpis.find((k) => k.id === 'qualified-leads')!;
    expect(kpi.readings.count).toBeGreaterThan(13);
    await open(page, `kpis/${kpi.id}/`);
    const readings = page.locator('details:has(a[download]) table tbody tr');
    const shown = await readings.evaluateAll((rows) =>
      rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.textContent),
    );
    expect(await readings.count()).toBeGreaterThan(13);
    expect(shown).toHaveLength(13);
    // The newest first: the shown rows are the table's first 13.
    expect(shown).toEqual(
      (await readings.evaluateAll((rows) => rows.map((r) => r.textContent))).slice(0, 13),
    );
    // Legends legible on paper: each label at least 7 pt (9.33 px). A KPI chart's and a lead/lag
    // chart's legend are the page's lists above the charts, none is inside an SVG.
    const legends = await page.$$eval('figure.chart .chart-legend', (lists) =>
      lists.map((ul) =>
        [...ul.querySelectorAll('li')]
          .filter((li) => (li as HTMLElement).offsetParent !== null)
          .map((li) => parseFloat(getComputedStyle(li).fontSize)),
      ),
    );
    expect(legends.length).toBeGreaterThanOrEqual(2); // the KPI chart's and a lead/lag chart's
    for (const sizes of legends) {
      expect(sizes.length).toBeGreaterThan(0);
      for (const px of sizes) expect(px).toBeGreaterThanOrEqual(9.33);
    }
    expect(await page.locator('figure.chart svg .role-legend').count()).toBe(0);
    const csv = page.locator('a[download]');
    const after = await csv.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`${BASE}data/${kpi.id}.csv`);
    await context.close();
  });

  it('fits a 360 px phone on every page: nothing wider than the screen', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const pages = sitePages(out);
    const problems = await inTabs(context, pages, TABS, async (page, p) => {
      await open(page, p);
      const r = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const scrollWidth = document.scrollingElement!.scrollWidth;
        if (scrollWidth <= width) return { scrollWidth, offenders: [] as string[] };
        // Elements reaching past the screen that are not inside a box scrolling on its own,
        // innermost first: the ones to fix.
        const clipped = (el: Element) => {
          for (let a = el.parentElement; a !== null && a !== document.body; a = a.parentElement)
            if (getComputedStyle(a).overflowX !== 'visible') return true;
          return false;
        };
        const wide = [...document.body.querySelectorAll('*')].filter(
          (el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el),
        );
        const innermost = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
        const describe = (el: Element) =>
          `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}> ${Math.round(el.getBoundingClientRect().right)} px: "${(el.textContent ?? '').trim().slice(0, 60)}"`;
        return { scrollWidth, offenders: innermost.slice(0, 3).map(describe) };
      });
      return r.scrollWidth <= 360
        ? []
        : [`${p || 'home'}: ${r.scrollWidth} px wide; ${r.offenders.join('; ')}`];
    });
    await context.close();
    expect(problems.flat()).toEqual([]);
  });

  it('never prints two different values alike on one page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const pages = sitePages(out);
    const results = await inTabs(context, pages, TABS, async (page, p) => {
      await open(page, p);
      const numbers = await page.$$eval('data[value]', (ds) =>
        ds.map((d) => [(d.textContent ?? '').trim(), d.getAttribute('value') ?? ''] as const),
      );
      const valuesByText = new Map<string, Set<number>>();
      for (const [text, value] of numbers) {
        const values = valuesByText.get(text) ?? new Set<number>();
        // Equal at 12 significant digits is one value (float noise such as 2.5199999999999996).
        values.add(Number(Number(value).toPrecision(12)));
        valuesByText.set(text, values);
      }
      const clashes = [...valuesByText]
        .filter(([, values]) => values.size > 1)
        .map(([text, values]) => `${p || 'home'}: "${text}" for ${[...values].join(', ')}`);
      return { p, count: numbers.length, clashes };
    });
    await context.close();
    expect(results.flatMap((r) => r.clashes)).toEqual([]);
    // Not a vacuous pass: every KPI page marks up its numbers (at least the verdict's).
    const unmarked = results
      .filter((r) => /^kpis\/[^/]+\/$/.test(r.p) && r.count === 0)
      .map((r) => r.p);
    expect(unmarked).toEqual([]);
  });

  it('keeps search readable in both schemes with a query typed, and help accessible (axe)', async () => {
    const axe = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const violations: string[] = [];
    for (const scheme of ['dark', 'light'] as const) {
      const context: BrowserContext = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await open(page, 'search/');
      await page.locator('.pagefind-ui__search-input').fill('leads');
      await page.locator('.pagefind-ui__result-link', { hasText: 'Qualified leads' }).waitFor();
      await page.addScriptTag({ content: axe });
      const result = (await page.evaluate(
        `axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] })`,
      )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
      for (const v of result.violations)
        for (const n of v.nodes) violations.push(`${scheme}: ${v.id} at ${n.target.join(' ')}`);
      // The help page is new: all of axe's rules, serious and critical ones.
      await open(page, 'help/');
      await page.addScriptTag({ content: axe });
      const help = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
        violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
      };
      for (const v of help.violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          violations.push(`${scheme} help: ${v.id} at ${v.nodes[0]?.target.join(' ')}`);
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});
