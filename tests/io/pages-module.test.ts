/**
 * The pages' module: a build hands its plan over in this process (the prerender imports
 * pages-handoff.ts from its own URL, left to Node), dev reads it from a file it may replace.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import pagesPlan, { HANDOFF_URL, withPagesPlan } from '../../src/io/pages-handoff.ts';
import { PAGES_MODULE, pagesModule } from '../../src/io/pages-module.ts';
import type { PagesPlan } from '../../src/publish/site-plan.ts';

const plan = (organization: string) => ({ site: { organization } }) as unknown as PagesPlan;
const hook = <A extends unknown[]>(h: unknown, ...args: A): unknown =>
  (h as (...a: A) => unknown)(...args);

describe('withPagesPlan', () => {
  it('hands the plan to the pages while the render runs, and takes it back after', async () => {
    const a = plan('Acme');
    const seen = await withPagesPlan(a, async () => {
      await new Promise((r) => setTimeout(r, 1));
      return pagesPlan();
    });
    expect(seen).toBe(a); // the same object: no copy
    expect(() => pagesPlan()).toThrow(/outside a Plumbline build/);
  });

  it('takes it back when the render fails', async () => {
    await expect(
      withPagesPlan(plan('Acme'), () => Promise.reject(new Error('Astro failed'))),
    ).rejects.toThrow('Astro failed');
    expect(() => pagesPlan()).toThrow(/outside a Plumbline build/);
  });
});

describe('pagesModule', () => {
  it('in a build, re-exports the handoff from its URL and leaves that import to Node', async () => {
    const plugin = pagesModule(null);
    const resolved = hook(plugin.resolveId, PAGES_MODULE) as string;
    const code = hook(plugin.load, resolved) as string;
    expect(code).toBe(`export { default } from ${JSON.stringify(HANDOFF_URL)};`);
    expect(HANDOFF_URL).toBe(pathToFileURL(path.resolve('src/io/pages-handoff.ts')).href);
    // Vite passes the URL on as a path: either way, external, imported by its URL.
    for (const id of [HANDOFF_URL, path.resolve('src/io/pages-handoff.ts')])
      expect(hook(plugin.resolveId, id)).toEqual({ id: HANDOFF_URL, external: true });
    expect(hook(plugin.resolveId, './other.ts')).toBeUndefined();
    // Imported by its URL, it is the instance this process holds (the build's e2e tests cover
    // Astro's prerender importing it).
    const imported = (await import(HANDOFF_URL)) as { default: () => PagesPlan };
    const a = plan('Acme');
    expect(await withPagesPlan(a, async () => imported.default())).toBe(a);
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'plumbline-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in dev, reads the plan from its file, again when the file was replaced', async () => {
    const file = path.join(dir, 'pages.json');
    writeFileSync(file, JSON.stringify(plan('Acme')));
    const plugin = pagesModule(file);
    const code = hook(plugin.load, hook(plugin.resolveId, PAGES_MODULE)) as string;
    const module = path.join(dir, 'pages-module.mjs');
    writeFileSync(module, code);
    const read = ((await import(pathToFileURL(module).href)) as { default: () => PagesPlan })
      .default;
    expect(read().site.organization).toBe('Acme');
    rmSync(file);
    writeFileSync(file, JSON.stringify(plan('Globex'))); // a new file: another inode
    expect(read().site.organization).toBe('Globex');
  });
});
