/**
 * The example site in a real browser: every page loads with no console error and no request off
 * the origin; every internal link resolves; with JavaScript off every chart and table is there;
 * axe finds no serious or critical violation on any page type; pages stay small.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, sitePages } from './browser.ts';
import { build, ROOT, scratch } from './build-site.ts';
import { serveSite } from './static-server.ts';

const BASE = '/northwind/';
let out = '';
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;

beforeAll(async () => {
  out = path.join(scratch('plumbline-e2e-'), 'dist');
  const r = build(['kpis', '--out', out, '--base', BASE, '--as-of', '2026-11-24', '--no-cache']);
  if (r.code !== 0) throw new Error(`build failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  site = await serveSite(out, BASE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (out !== '') rmSync(path.dirname(out), { recursive: true, force: true });
});

/** Opens a page, recording console errors and requests that leave the origin. */
async function visit(page: Page, url: string) {
  const errors: string[] = [];
  const offOrigin: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== site.origin) offOrigin.push(r.url());
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { status: response?.status() ?? 0, errors, offOrigin };
}

describe('the example site', () => {
  it('has a page per goal, objective, team and KPI at stable URLs', () => {
    const model = JSON.parse(readFileSync(path.join(out, 'data', 'model.json'), 'utf8')) as Record<
      string,
      { id: string }[]
    >;
    const pages = new Set(sitePages(out));
    for (const kind of ['goals', 'objectives', 'teams', 'kpis'] as const) {
      for (const { id } of model[kind]!)
        expect(pages.has(`${kind}/${id}/`), `${kind}/${id}/`).toBe(true);
    }
    for (const p of [
      '',
      'strategy-map/',
      'alignment/',
      'journal/',
      'goals/',
      'teams/',
      'kpis/',
      'search/',
    ])
      expect(pages.has(p), p).toBe(true);
    for (const kpi of model.kpis!)
      expect(statSync(path.join(out, 'data', `${kpi.id}.csv`)).size).toBeGreaterThan(0);
    for (const kind of ['strategy', 'teams', 'metric', 'journal'])
      expect(JSON.parse(readFileSync(path.join(out, 'schemas', `${kind}.json`), 'utf8')).$id).toBe(
        `${kind}.json`,
      );
  });

  it('loads every page with no console error and no request off the origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    for (const p of sitePages(out)) {
      page.removeAllListeners();
      const r = await visit(page, site.url(p));
      if (r.status !== 200) problems.push(`${p}: HTTP ${r.status}`);
      for (const e of r.errors) problems.push(`${p}: console: ${e}`);
      for (const o of r.offOrigin) problems.push(`${p}: request off the origin: ${o}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('resolves every internal link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const links = new Set<string>();
    for (const p of sitePages(out)) {
      await page.goto(site.url(p));
      // SVG links (the strategy map) have no string `.href`: resolve the attribute instead.
      for (const href of await page.$$eval('a[href]', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      )) {
        const u = new URL(href, page.url());
        if (u.origin === site.origin) links.add(u.origin + u.pathname);
      }
    }
    const broken: string[] = [];
    for (const link of [...links].sort()) {
      const r = await context.request.get(link);
      if (r.status() !== 200) broken.push(`${link}: ${r.status()}`);
    }
    await context.close();
    expect(broken).toEqual([]);
    expect(links.size).toBeGreaterThan(100);
  });

  it('shows every chart and table with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const model = JSON.parse(readFileSync(path.join(out, 'data', 'model.json'), 'utf8')) as {
      kpis: { id: string; readings: { count: number } }[];
    };
    for (const kpi of model.kpis) {
      await page.goto(site.url(`kpis/${kpi.id}/`));
      expect(await page.locator('figure.chart svg').count(), kpi.id).toBeGreaterThanOrEqual(1);
      expect(
        await page.locator('figure.chart [role="img"][aria-label]').count(),
        kpi.id,
      ).toBeGreaterThanOrEqual(1);
      if (kpi.readings.count > 0)
        expect(
          await page.locator('details table caption', { hasText: 'per' }).count(),
          kpi.id,
        ).toBe(1);
    }
    await page.goto(site.url());
    expect(await page.locator('table caption', { hasText: 'Level-1 KPIs' }).count()).toBe(1);
    expect(await page.locator('svg a[href]').count()).toBeGreaterThanOrEqual(8); // strategy map boxes
    await context.close();
  });

  it('passes axe with no serious or critical violation on every page type', async () => {
    const axe = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const types = [
      '',
      'goals/',
      'goals/grow-profitable-revenue/',
      'objectives/grow-online-sales/',
      'teams/',
      'teams/inside-sales/',
      'kpis/',
      'kpis/qualified-leads/',
      'strategy-map/',
      'alignment/',
      'journal/',
      'search/',
      'no-such-page/',
    ];
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const p of types) {
        await page.goto(site.url(p));
        await page.addScriptTag({ content: axe });
        const result = (await page.evaluate(
          `axe.run(document, { resultTypes: ['violations'] })`,
        )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
        for (const v of result.violations) {
          if (v.impact === 'serious' || v.impact === 'critical')
            violations.push(
              `${scheme} ${p || 'home'}: ${v.id} (${v.impact}) at ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
            );
        }
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  });

  it('keeps a KPI page small: ≤ 100 KiB and ≤ 6 requests before any interaction', async () => {
    const sizes = sitePages(out).map((p) => ({
      p,
      bytes: statSync(path.join(out, p, 'index.html')).size,
    }));
    const kpiSizes = sizes
      .filter((s) => s.p.startsWith('kpis/') && s.p !== 'kpis/')
      .map((s) => s.bytes)
      .sort((a, b) => a - b);
    const median = kpiSizes[Math.floor(kpiSizes.length / 2)]!;
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(
      `KPI page HTML: median ${(median / 1024).toFixed(1)} KiB, largest ${(kpiSizes[kpiSizes.length - 1]! / 1024).toFixed(1)} KiB; largest page ${largest.p || 'home'} ${(largest.bytes / 1024).toFixed(1)} KiB`,
    );
    expect(kpiSizes[kpiSizes.length - 1]!).toBeLessThanOrEqual(100 * 1024);

    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    let bytes = 0;
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', async (r) => {
      bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(site.url('kpis/qualified-leads/'), { waitUntil: 'networkidle' });
    await context.close();
    expect(requests.length).toBeLessThanOrEqual(6);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
  });

  it('loads the interactive chart only when Explore is opened', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const r = await visit(page, site.url('kpis/qualified-leads/'));
    const before = new Set<string>();
    page.on('request', (q) => before.add(q.url()));
    await page.locator('summary', { hasText: 'Explore' }).click();
    await page
      .locator('details .vega-embed svg, details [role="figure"] svg')
      .first()
      .waitFor({ timeout: 120_000 });
    expect([...before].some((u) => u.endsWith('/data/charts/qualified-leads.json'))).toBe(true);
    // The element says it is loading until the chart is there, then nothing.
    await page.locator('details [data-state="loading"]').waitFor({ state: 'hidden' });
    expect(await page.locator('details [data-state="failed"]').isHidden()).toBe(true);
    // vega-embed comes from the site's own bundle, loaded only now.
    expect(
      [...before].filter((u) => /\/_vendor\/vega-embed\.[0-9a-f]{16}\.js$/.test(u)),
    ).toHaveLength(1);
    expect(r.errors).toEqual([]);
    expect(r.offOrigin).toEqual([]);
    await context.close();
  });

  it('filters the findings by rule, severity and team, and shows them all without JavaScript', async () => {
    const model = JSON.parse(readFileSync(path.join(out, 'data', 'model.json'), 'utf8')) as {
      kpis: { file: string; csv: string | null; team: string }[];
      findings: { rule: string; severity: string; file: string }[];
    };
    const teamOf = (file: string) =>
      model.kpis.find((k) => k.file === file || k.csv === file)?.team ?? '-';
    const shown = (page: Page) => page.locator('#findings ~ details li[data-rule]:visible');

    const off = await browser.newContext({ javaScriptEnabled: false });
    const plain = await off.newPage();
    await plain.goto(site.url('alignment/'));
    expect(await plain.locator('#finding-filters').isVisible()).toBe(false);
    expect(await plain.locator('#findings ~ details li[data-rule]').count()).toBe(
      model.findings.length,
    );
    await off.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    const r = await visit(page, site.url('alignment/'));
    const form = page.locator('#finding-filters');
    await form.waitFor({ state: 'visible' });
    // Severity: only those findings, their groups opened.
    const info = model.findings.filter((f) => f.severity === 'info');
    expect(info.length).toBeGreaterThan(0);
    await form.locator('select[name="severity"]').selectOption('info');
    expect(await shown(page).count()).toBe(info.length);
    await expect
      .poll(() => form.locator('output').textContent())
      .toBe(`${info.length} of ${model.findings.length} findings`);
    expect(page.url()).toContain('?severity=info');
    // Team and rule together.
    await form.locator('select[name="severity"]').selectOption('');
    const f = model.findings.find((x) => teamOf(x.file) !== '-')!;
    await form.locator('select[name="team"]').selectOption(teamOf(f.file));
    await form.locator('select[name="rule"]').selectOption(f.rule);
    const both = model.findings.filter(
      (x) => x.rule === f.rule && teamOf(x.file) === teamOf(f.file),
    );
    expect(await shown(page).count()).toBe(both.length);
    // A filtered view is a link: opening it applies the filters.
    const link = page.url();
    await page.goto(link);
    await form.waitFor({ state: 'visible' });
    expect(await shown(page).count()).toBe(both.length);
    expect(r.errors).toEqual([]);
    expect(r.offOrigin).toEqual([]);
    await context.close();
  });

  it('searches the static index', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const r = await visit(page, site.url('search/?q=leads'));
    await page
      .locator('.pagefind-ui__result-link', { hasText: 'Qualified leads' })
      .first()
      .waitFor({ timeout: 120_000 });
    expect(r.errors).toEqual([]);
    expect(r.offOrigin).toEqual([]);
    await context.close();
  });
  it('serves the alerts feeds and review calendars, linked from the home and team pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [p, dir] of [
      ['', ''],
      ['teams/sales/', 'teams/sales/'],
    ] as const) {
      await page.goto(site.url(p));
      const head = await page.$$eval('link[rel="alternate"]', (ls) =>
        ls.map((l) => [l.getAttribute('type'), l.getAttribute('href')]),
      );
      expect(head).toEqual([
        ['application/atom+xml', `${BASE}${dir}alerts.xml`],
        ['text/calendar', `${BASE}${dir}reviews.ics`],
      ]);
      const visible = await page.$$eval('.feeds a', (as) => as.map((a) => a.getAttribute('href')));
      expect(visible).toEqual([`${BASE}${dir}alerts.xml`, `${BASE}${dir}reviews.ics`]);
      const feed = await (await context.request.get(site.url(`${dir}alerts.xml`))).text();
      expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      const ics = await (await context.request.get(site.url(`${dir}reviews.ics`))).text();
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    }
    await context.close();
  });
});
