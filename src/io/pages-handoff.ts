/**
 * The pages' plan of the build running in this process, handed to the pages without a copy. The
 * build's pages' module (`virtual:plumbline/pages`, pages-module.ts) re-exports `pagesPlan` from
 * this module's own URL, which Vite leaves to Node: Astro's prerender, run in this process,
 * imports the same module instance as the build, and reads the plan the build handed over. Builds
 * of one installation run one at a time (the build lock), so one plan at a time is held.
 */
import type { PagesPlan } from '../publish/site-plan.ts';

/** This module's URL: the pages' module imports it from here. */
export const HANDOFF_URL = import.meta.url;

let current: PagesPlan | null = null;

/** Hands `plan` to the pages for as long as `render` runs. */
export async function withPagesPlan<T>(plan: PagesPlan, render: () => Promise<T>): Promise<T> {
  current = plan;
  try {
    return await render();
  } finally {
    current = null;
  }
}

/** The plan the running build handed over (the default export of the pages' module). */
export default function pagesPlan(): PagesPlan {
  if (current === null) throw new Error('The pages were rendered outside a Plumbline build.');
  return current;
}
