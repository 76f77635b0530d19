import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_NAME } from './package-name.ts';

/** Where the JSON Schemas for the `$schema` lines are, relative to a KPI folder. */
export interface SchemaDir {
  /** Posix path relative to the KPI folder, without a trailing slash. */
  readonly dir: string;
  /**
   * `installed`: node_modules/plumbline-kpi/schemas exists; `repository`: the KPI folder is inside the
   * Plumbline repository, which holds schemas/; `expected`: neither was found, so the path is
   * where installing the package (plumbline-kpi) will put them, beside the nearest package.json (else the KPI
   * folder's parent).
   */
  readonly found: 'installed' | 'repository' | 'expected';
}

/**
 * Finds the schemas for a KPI folder (which need not exist yet) by looking in it and in each
 * folder above it, nearest first, for `node_modules/plumbline-kpi/schemas/`, or for the Plumbline
 * repository itself (a package.json named `plumbline-kpi` beside a `schemas/` folder). The path is
 * relative, so the files work on every clone of the repository.
 */
export async function findSchemaDir(kpiDir: string): Promise<SchemaDir> {
  const start = path.resolve(kpiDir);
  let firstPackage: string | null = null;
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (await isDirectory(path.join(dir, 'node_modules', PACKAGE_NAME, 'schemas'))) {
      return {
        dir: relative(start, path.join(dir, 'node_modules', PACKAGE_NAME, 'schemas')),
        found: 'installed',
      };
    }
    const name = await packageName(dir);
    if (name === PACKAGE_NAME && (await isDirectory(path.join(dir, 'schemas')))) {
      return { dir: relative(start, path.join(dir, 'schemas')), found: 'repository' };
    }
    if (name !== null && firstPackage === null) firstPackage = dir;
    if (path.dirname(dir) === dir) break;
  }
  const base = firstPackage ?? path.dirname(start);
  return {
    dir: relative(start, path.join(base, 'node_modules', PACKAGE_NAME, 'schemas')),
    found: 'expected',
  };
}

function relative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

async function isDirectory(full: string): Promise<boolean> {
  try {
    return (await stat(full)).isDirectory();
  } catch {
    return false;
  }
}

/** The `name` of dir/package.json; '' when it has none; null when there is no package.json. */
async function packageName(dir: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, 'package.json'), 'utf8');
  } catch {
    return null;
  }
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' &&
      json !== null &&
      'name' in json &&
      typeof json.name === 'string'
      ? json.name
      : '';
  } catch {
    return '';
  }
}
