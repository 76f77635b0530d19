import { createHash } from 'node:crypto';

/**
 * Astro names each island of a page (`<astro-island uid="…">`, the KPI page's Explore) by a hash
 * that includes the component's file path on the machine that builds: the same files and as-of
 * date built from two checkouts (a laptop and CI, two projects' node_modules) differed in that
 * attribute alone. The executor names each island again from what the page shows of it — its
 * other attributes: its code's public URL, its props, its prefix — so a page depends on the files
 * and the as-of date only. Nothing reads the name (Astro's client script does not), and two
 * islands of a page keep two names. Pure.
 */
export function stableIslandIds(html: string): string {
  const used = new Set<string>();
  return html.replace(ISLAND, (_, rest: string) => {
    const base = createHash('sha256').update(rest).digest('hex').slice(0, 10);
    let uid = base;
    for (let n = 2; used.has(uid); n++) uid = `${base}-${n}`;
    used.add(uid);
    return `<astro-island uid="${uid}"${rest}>`;
  });
}

/** Whether a page has an island. */
export function hasIslands(html: string): boolean {
  return html.includes('<astro-island ');
}

/** An island's opening tag: its uid, then its other attributes (Astro escapes their values). */
const ISLAND = /<astro-island uid="[^"]*"((?:\s+[\w:-]+(?:="[^"]*")?)*\s*)>/g;
