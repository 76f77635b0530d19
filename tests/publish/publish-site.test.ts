import { describe, expect, it } from 'vitest';
import { chartMark, fillCharts, markedCharts } from '../../src/publish/fill-charts.ts';
import { publishSite, type PublishEffects } from '../../src/publish/publish-site.ts';
import type { PagesPlan, SitePlan } from '../../src/publish/site-plan.ts';

describe('fillCharts', () => {
  it('puts each chart’s SVG at its mark, hidden from assistive technology', () => {
    const html = `<p>${chartMark('kpi/a')}</p><p>${chartMark('kpi-narrow/a')}${chartMark('kpi/a')}</p>`;
    expect(markedCharts(html)).toEqual(['kpi/a', 'kpi-narrow/a']);
    const svgs = new Map([
      ['kpi/a', '<svg width="1">A</svg>'],
      ['kpi-narrow/a', '<svg width="2">N</svg>'],
    ]);
    expect(fillCharts(html, svgs)).toBe(
      '<p><svg aria-hidden="true" focusable="false" width="1">A</svg></p>' +
        '<p><svg aria-hidden="true" focusable="false" width="2">N</svg><svg aria-hidden="true" focusable="false" width="1">A</svg></p>',
    );
  });

  it('escapes a key with quotes and ampersands, and reads it back', () => {
    const key = 'leadlag/a&b/"c"';
    const html = chartMark(key);
    expect(html).not.toContain('"c"');
    expect(markedCharts(html)).toEqual([key]);
    expect(fillCharts(html, new Map([[key, '<svg/>']]))).toBe(
      '<svg aria-hidden="true" focusable="false"/>',
    );
  });

  it('refuses a mark whose chart was not drawn, and leaves pages without marks alone', () => {
    expect(() => fillCharts(chartMark('x'), new Map())).toThrow(/No chart was drawn for x/);
    expect(fillCharts('<p>ü</p>', new Map())).toBe('<p>ü</p>');
  });
});

describe('publishSite', () => {
  it('writes every file and the index, renders the pages, then fills in their charts', async () => {
    const written = new Map<string, string>();
    const pages = new Map([
      ['/out/a.html', `<main>${chartMark('k1')}</main>`],
      ['/out/b.html', '<main>no chart</main>'],
    ]);
    const steps: string[] = [];
    let indexed = 0;
    const plan = {
      pages: { marker: true } as unknown as PagesPlan,
      charts: [],
      files: [
        { path: 'data/model.json', content: () => '{}' },
        { path: 'data/x.csv', content: () => 'a,b', cacheKey: 'k' },
      ],
      search: [{ url: '/x/', content: 'x', language: 'en', meta: { title: 'X' } }],
    } satisfies SitePlan;
    const effects: PublishEffects = {
      writeFile: async (f) => void written.set(f.path, f.content()),
      writeSearchIndex: async (records) => void (indexed = records.length),
      renderPages: async (p) => {
        expect(p).toBe(plan.pages);
        steps.push('rendered');
        return [...pages.keys()];
      },
      readPage: async (p) => pages.get(p)!,
      writePage: async (p, html) => void pages.set(p, html),
      chartSvg: async (key) => `<svg>${key}</svg>`,
      log: (step) => void steps.push(step),
    };
    await publishSite(plan, effects);
    expect([...written]).toEqual([
      ['data/model.json', '{}'],
      ['data/x.csv', 'a,b'],
    ]);
    expect(indexed).toBe(1);
    expect(pages.get('/out/a.html')).toBe(
      '<main><svg aria-hidden="true" focusable="false">k1</svg></main>',
    );
    expect(pages.get('/out/b.html')).toBe('<main>no chart</main>');
    expect(steps).toEqual(['pages', 'rendered', 'charts', 'files']);
  });

  it('reports a failed file after the pages, never as an unhandled rejection', async () => {
    const plan = {
      pages: {} as PagesPlan,
      charts: [],
      files: [{ path: 'x', content: () => 'x' }],
      search: [],
    } satisfies SitePlan;
    await expect(
      publishSite(plan, {
        writeFile: async () => {
          throw new Error('disk full');
        },
        writeSearchIndex: async () => undefined,
        renderPages: async () => [],
        readPage: async () => '',
        writePage: async () => undefined,
        chartSvg: async () => '',
        log: () => undefined,
      }),
    ).rejects.toThrow('disk full');
  });
});
