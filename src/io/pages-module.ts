/**
 * How the pages get their plan: the executor writes the pages' plan (PagesPlan) as JSON into a
 * file, and a Vite plugin serves the module `virtual:plumbline/pages`, whose default export reads
 * that file (once in a build; in dev again whenever it was replaced). Nothing is shared through
 * globals, so pages may render in any order and at once.
 */
import { renameSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { PagesPlan } from '../publish/site-plan.ts';

/** The module the pages import (src/site/lib/plan.ts). */
export const PAGES_MODULE = 'virtual:plumbline/pages';
const RESOLVED = `\0${PAGES_MODULE}`;

/** Writes the pages' plan to `file`, atomically: a page never reads half of it. */
export function writePagesPlan(file: string, pages: PagesPlan): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(pages));
  renameSync(tmp, file);
}

/**
 * The Vite plugin serving the plan in `file`. With `reread`, the module checks the file's identity
 * on each call and reads it again when it was replaced (dev); else it reads it once (build).
 */
export function pagesModule(file: string, options: { reread: boolean }): Plugin {
  const code = [
    `import { readFileSync, statSync } from 'node:fs';`,
    `const FILE = ${JSON.stringify(file)};`,
    `let seen = null;`,
    `let plan = null;`,
    `export default function pagesPlan() {`,
    options.reread
      ? `  const s = statSync(FILE); const id = s.ino + ':' + s.mtimeMs;`
      : `  const id = 'once';`,
    `  if (id !== seen) { plan = JSON.parse(readFileSync(FILE, 'utf8')); seen = id; }`,
    `  return plan;`,
    `}`,
  ].join('\n');
  return {
    name: 'plumbline-pages',
    resolveId: (id) => (id === PAGES_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? code : undefined),
  };
}
