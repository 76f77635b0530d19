import { describe, expect, it } from 'vitest';
import { hasIslands, stableIslandIds } from '../../src/publish/island-ids.ts';

/** An Explore island as Astro 7 writes it on a KPI page, with the uid it computed. */
const island = (uid: string, spec = '/data/charts/kpi-0002.json', prefix = 'r1') =>
  `<astro-island uid="${uid}" prefix="${prefix}" component-url="/_astro/Explore.C76V9Ss-.js" ` +
  `component-export="default" renderer-url="/_astro/client.Cd-EeyjT.js" ` +
  `props="{&quot;spec&quot;:[0,&quot;${spec}&quot;],&quot;label&quot;:[0,&quot;a &gt; b&quot;]}" ` +
  `ssr client="visible" opts="{&quot;name&quot;:&quot;Explore&quot;,&quot;value&quot;:true}" ` +
  `await-children><button type="button">Explore</button></astro-island>`;

const page = (...islands: string[]) => `<main><h1>Ünïcode</h1>${islands.join('<hr>')}</main>`;

/** The page with every uid blanked: what must not change. */
const withoutUids = (html: string) => html.replace(/ uid="[^"]*"/g, ' uid=""');

const uids = (html: string) => [...html.matchAll(/<astro-island uid="([^"]*)"/g)].map((m) => m[1]);

describe('stableIslandIds', () => {
  it('names an island the same whatever uid Astro gave it (the path of the build machine)', () => {
    // Astro's uid hashes the component's path on disk: two checkouts give two uids.
    const here = stableIslandIds(page(island('REUL')));
    const there = stableIslandIds(page(island('1xQz')));
    expect(here).toBe(there);
    expect(uids(here)).toEqual([expect.stringMatching(/^[0-9a-f]{10}$/)]);
    // Only the uid changed.
    expect(withoutUids(here)).toBe(withoutUids(page(island('REUL'))));
  });

  it('gives islands that show different things different names, and twins two names', () => {
    const two = stableIslandIds(page(island('a'), island('b', '/data/charts/kpi-0003.json', 'r2')));
    const [first, second] = uids(two);
    expect(first).not.toBe(second);
    // The first island's name does not depend on the second.
    expect(uids(stableIslandIds(page(island('z'))))[0]).toBe(first);
    const twins = uids(stableIslandIds(page(island('a'), island('a'))));
    expect(twins).toEqual([twins[0], `${twins[0]}-2`]);
  });

  it('leaves a page without islands as it is', () => {
    const html = '<main><p>astro-island uid="x" in text</p></main>';
    expect(hasIslands(html)).toBe(false);
    expect(stableIslandIds(html)).toBe(html);
    expect(hasIslands(page(island('a')))).toBe(true);
  });
});
