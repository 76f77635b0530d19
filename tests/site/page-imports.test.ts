/**
 * The pages compute nothing: an .astro page (which ESLint does not read) imports values only from
 * the site's components, layouts and lib, and anything else as types only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/site/pages');

/** The import statements of an .astro file's frontmatter. */
function imports(file: string): { type: boolean; from: string }[] {
  const text = readFileSync(file, 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return [...front.matchAll(/^import\s+(type\s+)?[^'"]*?['"]([^'"]+)['"]/gm)].map((m) => ({
    type: m[1] !== undefined,
    from: m[2]!,
  }));
}

const pages = readdirSync(PAGES, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro'))
  .sort();

describe('the pages', () => {
  it('are found', () => {
    expect(pages).toContain('index.astro');
    expect(pages).toContain(path.join('kpis', '[id].astro'));
  });

  it.each(pages)('%s imports values from components, layouts and lib only', (page) => {
    const file = path.join(PAGES, page);
    for (const i of imports(file)) {
      if (i.type) continue;
      const target = path.relative(path.dirname(PAGES), path.resolve(path.dirname(file), i.from));
      expect(target, `${page} imports ${i.from}`).toMatch(/^(components|layouts|lib)\//);
    }
  });

  it('reads what an import looks like', () => {
    // The parser itself, on a page of known imports (so a broken regex cannot pass every page).
    const kpi = imports(path.join(PAGES, 'kpis', '[id].astro'));
    expect(kpi.some((i) => i.type && i.from.endsWith('publish/site-plan.ts'))).toBe(true);
    expect(kpi.some((i) => !i.type && i.from === '../../lib/plan.ts')).toBe(true);
  });
});
