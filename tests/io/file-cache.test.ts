import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/io/code-fingerprint.ts';
import { pruneCache, writeCached } from '../../src/io/file-cache.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function temp() {
  const t = await tempProject({});
  defer(t.cleanup);
  return t.dir;
}

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('writeCached', () => {
  it('makes the file once, then copies it from the cache byte for byte', async () => {
    const dir = await temp();
    const cache = path.join(dir, 'cache');
    let made = 0;
    const make = () => (made++, 'date,value\n2026-01-01,1.5\n');
    await writeCached(cache, A, '.csv', path.join(dir, 'one.csv'), make);
    await writeCached(cache, A, '.csv', path.join(dir, 'two.csv'), make);
    expect(made).toBe(1);
    expect(await readFile(path.join(dir, 'two.csv'), 'utf8')).toBe('date,value\n2026-01-01,1.5\n');
    expect(await readdir(cache)).toEqual([`${A}.csv`]); // no temporary file left
  });

  it('without a cache folder just writes, and refuses keys that are not hashes', async () => {
    const dir = await temp();
    await writeCached(undefined, A, '.csv', path.join(dir, 'x.csv'), () => 'x');
    expect(await readFile(path.join(dir, 'x.csv'), 'utf8')).toBe('x');
    await expect(
      writeCached(dir, '../escape', '.csv', path.join(dir, 'y.csv'), () => 'y'),
    ).rejects.toThrow(/Not a cache key/);
  });
});

describe('pruneCache', () => {
  it('keeps the files of the kept keys and other kinds of files, removes the rest', async () => {
    const dir = await temp();
    for (const name of [`${A}.csv`, `${B}.csv`, `${B}.svg`, 'notes.txt'])
      await writeFile(path.join(dir, name), '');
    await pruneCache(dir, '.csv', new Set([A]));
    expect((await readdir(dir)).sort()).toEqual([`${A}.csv`, `${B}.svg`, 'notes.txt']);
    await pruneCache(path.join(dir, 'missing'), '.csv', new Set()); // no folder: nothing to do
  });
});

describe('codeFingerprint', () => {
  it('changes with any file’s content or name, not with the order files are found in', async () => {
    const dir = await temp();
    const src = path.join(dir, 'src');
    await mkdir(path.join(src, 'a'), { recursive: true });
    await writeFile(path.join(src, 'a', 'one.ts'), 'export const one = 1;\n');
    await writeFile(path.join(src, 'two.ts'), 'export const two = 2;\n');
    const first = await codeFingerprint([src, path.join(dir, 'lib')]);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await codeFingerprint([src])).toBe(first); // a missing folder adds nothing
    await writeFile(path.join(src, 'two.ts'), 'export const two = 3;\n');
    const edited = await codeFingerprint([src]);
    expect(edited).not.toBe(first);
    await writeFile(path.join(src, 'two.ts'), 'export const two = 2;\n');
    expect(await codeFingerprint([src])).toBe(first);
    await writeFile(path.join(src, 'three.ts'), '');
    expect(await codeFingerprint([src])).not.toBe(first);
  });
});
