/**
 * One vocabulary per fact: build each organisation and compare every count and state that two
 * pages both show — a KPI's state in every list against its own page, the home page's counts
 * against the KPI index, findings and the alignment score against the alignment page, a link's
 * evidence on the objective's page against the KPI's, a KPI's next step in lists against its page.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, scratch } from './build-site.ts';
import { ORGANISATIONS } from './organisations.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every HTML page of a built site, by its path under the output folder. */
function pagesOf(out: string): Map<string, string> {
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  return new Map(files.map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
}

const decode = (s: string) =>
  s
    .replaceAll('&gt;', '>')
    .replaceAll('&lt;', '<')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/** The KPI rows of a page's scorecards: id, state, and the step it shows (kind and action). */
function rows(html: string): { kpi: string; state: string; step: string | null }[] {
  return [
    ...html.matchAll(/<tr data-kpi="([^"]+)" data-state="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g),
  ].map((m) => ({ kpi: decode(m[1]!), state: m[2]!, step: stepOf(m[3]!) }));
}

function stepOf(html: string): string | null {
  const m = /data-step="([^"]+)"(?: data-action="([^"]*)")?/.exec(html);
  return m === null ? null : `${m[1]}: ${decode(m[2] ?? '')}`;
}

/** The state counts a page shows first (StateCounts), by state. */
function counts(html: string): Record<string, number> {
  const block = /<span class="state-counts"[\s\S]*?active KPI/.exec(html)?.[0] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/data-state="([^"]+)"[^>]*><data value="(\d+)"/g)].map((m) => [
      m[1]!,
      Number(m[2]),
    ]),
  );
}

function dataCount(html: string, name: string): number {
  const m = new RegExp(`data-count="${name}" value="(\\d+)"`).exec(html);
  if (m === null) throw new Error(`no ${name} count`);
  return Number(m[1]);
}

describe.each(ORGANISATIONS)('the pages of $dir', ({ dir, asOf, listedRows }) => {
  let pages: Map<string, string>;
  const page = (p: string) => {
    const html = pages.get(p);
    if (html === undefined) throw new Error(`no page ${p}`);
    return html;
  };
  const kpiPage = (id: string) => page(path.join('kpis', id, 'index.html'));

  beforeAll(() => {
    const out = scratch('plumbline-consistency-');
    dirs.push(out);
    const r = build([dir, '--as-of', asOf, '--no-cache', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    pages = pagesOf(out);
  });

  it('shows each KPI in the same state and with the same next step in every list as on its page', () => {
    let compared = 0;
    for (const [file, html] of pages)
      for (const row of rows(html)) {
        const own = kpiPage(row.kpi);
        const verdict = /<p class="verdict" data-kpi="[^"]+" data-state="([^"]+)"/.exec(own);
        expect(verdict?.[1], `${row.kpi} in ${file}`).toBe(row.state);
        const step = /<p class="next-step"[^>]*>([\s\S]*?)<\/p>/.exec(own)?.[1];
        expect(row.step, `${row.kpi}'s step in ${file}`).toBe(
          step === undefined ? null : stepOf(step),
        );
        compared++;
      }
    expect(compared).toBeGreaterThan(listedRows);
  });

  it('counts on the home page what the KPI index lists, state by state', () => {
    const listed: Record<string, number> = {};
    for (const row of rows(page(path.join('kpis', 'index.html'))))
      listed[row.state] = (listed[row.state] ?? 0) + 1;
    const home = counts(page('index.html'));
    for (const [state, n] of Object.entries(home)) expect(n, state).toBe(listed[state] ?? 0);
    for (const [state, n] of Object.entries(listed)) expect(home[state], state).toBe(n);
    // The teams' own counts add up to the organisation's.
    const teams = [...pages].filter(([f]) => /^teams\/[^/]+\/index\.html$/.test(f));
    for (const state of Object.keys(home)) {
      const sum = teams.reduce((s, [, html]) => s + (counts(html)[state] ?? 0), 0);
      expect(sum, `${state} over the teams`).toBe(home[state]);
    }
  });

  it('gives the same findings count and alignment score on the home and alignment pages', () => {
    const home = page('index.html');
    const alignment = page(path.join('alignment', 'index.html'));
    expect(dataCount(home, 'findings')).toBe(dataCount(alignment, 'findings'));
    expect(dataCount(home, 'alignment')).toBe(dataCount(alignment, 'alignment'));
    const listed = [...alignment.matchAll(/<li data-rule=/g)].length;
    expect(listed).toBe(dataCount(alignment, 'findings'));
  });

  it('words a link’s evidence the same on the objective’s page and the KPI’s', () => {
    let compared = 0;
    for (const [file, html] of pages) {
      if (!file.startsWith('objectives/')) continue;
      for (const m of html.matchAll(/<li data-link="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)) {
        const [from] = decode(m[1]!).split('>');
        const evidence = /data-evidence="([^"]+)"/.exec(m[2]!)?.[1];
        // The KPI page's row of that drives link (a supports link to the same KPI has its own).
        const row = [
          ...kpiPage(from!).matchAll(
            /<tr data-link="([^"]+)" data-types="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g,
          ),
        ].find((r) => r[1] === m[1] && r[2]!.split(' ').includes('drives'));
        expect(row, `${decode(m[1]!)} on ${from}'s page`).toBeDefined();
        expect(/data-evidence="([^"]+)"/.exec(row![3]!)?.[1], decode(m[1]!)).toBe(evidence);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
