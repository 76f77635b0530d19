import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** An installed package's folder and manifest (found through its entry point). */
export async function installedPackage(
  name: string,
): Promise<{ readonly dir: string; readonly manifest: Record<string, unknown> }> {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    try {
      const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      if (manifest.name === name) return { dir, manifest };
    } catch {
      // not this folder
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the package folder of ${name}`);
    dir = parent;
  }
}

/** The version of an installed package. */
export async function versionOf(name: string): Promise<string> {
  return String((await installedPackage(name)).manifest.version);
}
