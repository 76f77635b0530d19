import { afterEach } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SourceFile } from '../../src/core/load/source-file.ts';

/** Writes files into a fresh temporary folder and returns it; `cleanup` removes it. */
export async function tempProject(
  files: readonly SourceFile[] | Record<string, string | Uint8Array>,
) {
  const dir = await mkdtemp(path.join(tmpdir(), 'plumbline-test-'));
  const entries: [string, string | Uint8Array][] = Array.isArray(files)
    ? files.flatMap((f) => ('text' in f ? [[f.path, f.text] as [string, string]] : []))
    : Object.entries(files);
  for (const [rel, content] of entries) {
    const full = path.join(dir, rel);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Cleanups run after each test of the file that calls this (at its top level): returns `defer`,
 * which takes e.g. a temporary folder's `cleanup`.
 */
export function cleanupsAfterEach(): (cleanup: () => Promise<void>) => void {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  return (cleanup) => {
    cleanups.push(cleanup);
  };
}
