/**
 * How the pages get their plan: a Vite plugin serves the module `virtual:plumbline/pages`, whose
 * default export returns the pages' plan (PagesPlan). A build hands the plan over in this process
 * (pages-handoff.ts: no copy of the whole site's data as JSON); `plumbline dev` writes it as JSON
 * into a file that the module reads again whenever it was replaced. Nothing is shared through
 * globals, so pages may render in any order and at once.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { PagesPlan } from '../publish/site-plan.ts';
import { HANDOFF_URL } from './pages-handoff.ts';

/** The module the pages import (src/site/lib/plan.ts). */
export const PAGES_MODULE = 'virtual:plumbline/pages';
const RESOLVED = `\0${PAGES_MODULE}`;
const HANDOFF_PATH = fileURLToPath(HANDOFF_URL);

/** Writes the pages' plan to `file`, atomically: a page never reads half of it. */
export function writePagesPlan(file: string, pages: PagesPlan): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(pages));
  renameSync(tmp, file);
}

/**
 * The Vite plugin serving the plan: from `file`, read again on each call when the file was
 * replaced (dev); or, without a file, the plan the running build handed over (withPagesPlan),
 * imported from pages-handoff.ts's own URL, which Vite leaves to Node so that the prerender and
 * the build share that module.
 */
export function pagesModule(file: string | null): Plugin {
  const code =
    file === null
      ? `export { default } from ${JSON.stringify(HANDOFF_URL)};`
      : [
          `import { readFileSync, statSync } from 'node:fs';`,
          `const FILE = ${JSON.stringify(file)};`,
          `let seen = null;`,
          `let plan = null;`,
          `export default function pagesPlan() {`,
          `  const s = statSync(FILE); const id = s.ino + ':' + s.mtimeMs;`,
          `  if (id !== seen) { plan = JSON.parse(readFileSync(FILE, 'utf8')); seen = id; }`,
          `  return plan;`,
          `}`,
        ].join('\n');
  return {
    name: 'plumbline-pages',
    enforce: 'pre',
    resolveId: (id) =>
      id === PAGES_MODULE
        ? RESOLVED
        : // Vite hands the URL over as a path.
          id === HANDOFF_URL || id === HANDOFF_PATH
          ? { id: HANDOFF_URL, external: true }
          : undefined,
    load: (id) => (id === RESOLVED ? code : undefined),
  };
}
