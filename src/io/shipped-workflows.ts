import { readdir, readFile } from 'node:fs/promises';
import type { TextFile } from '../core/load/source-file.ts';

/** The package's `.github/workflows/` (beside src/ and lib/ alike), shipped in the tarball. */
const DIR = new URL('../../.github/workflows/', import.meta.url);

/**
 * The GitHub Actions workflows Plumbline ships for adopting repositories: every `kpi-*.yml` in
 * the package's `.github/workflows/` (so a workflow added there is shipped and written by `init
 * --github` with no other change), with paths under `.github/workflows/`, by name.
 */
export async function shippedWorkflows(): Promise<TextFile[]> {
  const names = (await readdir(DIR)).filter((n) => /^kpi-.+\.ya?ml$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `.github/workflows/${name}`,
      text: await readFile(new URL(name, DIR), 'utf8'),
    })),
  );
}
