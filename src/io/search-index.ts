import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchRecord } from '../publish/search-records.ts';
import { pruneCache, writeFileAtomic } from './file-cache.ts';
import { versionOf } from './package-version.ts';

interface IndexFile {
  readonly path: string;
  readonly content: Uint8Array;
}

/**
 * Writes the Pagefind index of the records into `<out>/pagefind`. With a cache folder the index
 * files are kept under the hash of the records and the Pagefind version, and reused as they are
 * while the records do not change (only the latest index is kept).
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  out: string,
  cacheDir?: string,
): Promise<void> {
  const key = createHash('sha256')
    .update(`${await versionOf('pagefind')}\n`)
    .update(JSON.stringify(records))
    .digest('hex');
  const cached = cacheDir === undefined ? null : path.join(cacheDir, `${key}.json`);
  let files = cached === null ? null : await readCached(cached);
  if (files === null) {
    files = await buildIndex(records);
    if (cacheDir !== undefined) await storeCached(cacheDir, key, files);
  }
  const target = path.join(out, 'pagefind');
  const dirs = new Set(files.map((f) => path.dirname(path.join(target, f.path))));
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
  await Promise.all(files.map((f) => writeFile(path.join(target, f.path), f.content)));
}

async function buildIndex(records: readonly SearchRecord[]): Promise<IndexFile[]> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (index === undefined) throw new Error(`search index: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, meta: { ...record.meta } });
      if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    }
    // In memory, then written by us: the files are complete before the service stops.
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`search index: ${got.errors.join('; ')}`);
    return got.files
      .map((f) => ({ path: f.path, content: f.content }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
  } finally {
    await pagefind.close();
  }
}

async function readCached(file: string): Promise<IndexFile[] | null> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { path: string; base64: string }[];
    return stored.map((f) => ({ path: f.path, content: Buffer.from(f.base64, 'base64') }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function storeCached(dir: string, key: string, files: readonly IndexFile[]): Promise<void> {
  writeFileAtomic(
    path.join(dir, `${key}.json`),
    JSON.stringify(
      files.map((f) => ({ path: f.path, base64: Buffer.from(f.content).toString('base64') })),
    ),
  );
  await pruneCache(dir, '.json', new Set([key]));
}
