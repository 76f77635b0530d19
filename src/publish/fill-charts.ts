/**
 * Charts reach the pages after Astro rendered them: a page marks each chart's place with
 * `<plumbline-chart key="…"></plumbline-chart>` (Chart.astro), and the executor puts the SVG of
 * that content key there. Pages never wait for a chart, and a page's HTML depends on the chart's
 * key only, so a page is reused from the cache while its charts are drawn anew. Pure.
 */

const MARK = /<plumbline-chart key="([^"<>]+)"><\/plumbline-chart>/g;

/** The markup of a chart's place, as a page writes it. */
export function chartMark(key: string): string {
  return `<plumbline-chart key="${key.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></plumbline-chart>`;
}

/** The content keys a page's HTML marks, in order, once each. */
export function markedCharts(html: string): string[] {
  return [...new Set([...html.matchAll(MARK)].map((m) => unescape(m[1]!)))];
}

/**
 * The page with each mark replaced by its chart's SVG, hidden from assistive technology (the
 * figure around it carries the text alternative and the caption).
 */
export function fillCharts(html: string, svgs: ReadonlyMap<string, string>): string {
  return html.replace(MARK, (_, key: string) => {
    const svg = svgs.get(unescape(key));
    if (svg === undefined) throw new Error(`No chart was drawn for ${unescape(key)}.`);
    return svg.replace(/^<svg\b/, '<svg aria-hidden="true" focusable="false"');
  });
}

function unescape(attribute: string): string {
  return attribute.replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&amp;', '&');
}
