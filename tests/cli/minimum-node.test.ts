/**
 * One minimum Node version everywhere: package.json's engines, the launcher, the README — and it
 * is the newest minimum among the dependencies a user installs (so none warns on install).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
};
const minimum = /^>=(\d+\.\d+)$/.exec(manifest.engines.node)?.[1];

/**
 * Packages left out: sharp's 32-bit Windows binary (an optional platform package, installed on
 * that platform only) asks for Node ^20.9.0, which no Node 22 meets; nothing else does.
 */
const EXEMPT = new Set(['node_modules/@img/sharp-win32-ia32']);

/** The engines.node range of every package a user's install gets (not this repository's dev tools). */
const runtimeRanges = Object.entries(lock.packages)
  .filter(
    ([key, p]) => key !== '' && p.dev !== true && !EXEMPT.has(key) && !Array.isArray(p.engines),
  )
  .flatMap(([key, p]) => {
    const range = (p.engines as { node?: string } | undefined)?.node;
    return range === undefined ? [] : [{ key, range }];
  });

describe('the minimum Node version', () => {
  it('is one version, in engines, the launcher and the README', () => {
    expect(minimum).toBe('22.19');
    expect(read('bin/plumbline.js')).toContain(`const MINIMUM = [${minimum!.replace('.', ', ')}];`);
    expect(read('README.md')).toContain(`Node ≥ ${minimum}`);
    // No other minimum is stated anywhere a user reads.
    expect(
      read('README.md')
        .match(/Node ≥ \d+(\.\d+)?/g)
        ?.every((m) => m === `Node ≥ ${minimum}`),
    ).toBe(true);
  });

  it('satisfies every dependency that is installed with the package', () => {
    expect(runtimeRanges.length).toBeGreaterThan(100);
    const unmet = runtimeRanges.filter(({ range }) => !semver.satisfies(`${minimum}.0`, range));
    expect(unmet).toEqual([]);
  });

  it('is no older than it must be: one patch line below fails a dependency', () => {
    const [major, minor] = minimum!.split('.').map(Number);
    const below = `${major}.${minor! - 1}.99`;
    expect(runtimeRanges.some(({ range }) => !semver.satisfies(below, range))).toBe(true);
  });

  it('the bundled Node is for this repository only, not a runtime dependency', () => {
    expect(manifest.dependencies).not.toHaveProperty('node');
    expect(manifest.devDependencies).toHaveProperty('node');
    expect(lock.packages['node_modules/node']?.dev).toBe(true);
  });
});
