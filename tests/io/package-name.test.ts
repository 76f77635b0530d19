/** The package name is ours everywhere: `plumbline` on the registry is somebody else's package. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_NAME } from '../../src/io/package-name.ts';

const root = path.join(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

/** Every text a user reads that could name the package: README, sources, workflows. */
function userTexts(): [string, string][] {
  const out: [string, string][] = [['README.md', read('README.md')]];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (/\.(ts|tsx|astro|js|mjs|yml|yaml)$/.test(e.name)) out.push([child, read(child)]);
    }
  };
  for (const dir of ['src', 'bin', '.github']) walk(dir);
  return out;
}

/** `npm install [--save-dev|-D] plumbline` (or `npm i`, `npx -p`): the unrelated package. */
const WRONG =
  /\bnpm (?:install|i|add)\b[^\n`]*?(?:^|\s)plumbline(?:@[^\s`]*)?(?=[\s`'"]|$)|npx (?:-p|--package)[ =]plumbline\b(?!-)/m;

describe('the package name', () => {
  it('is the one in package.json and the lockfile', () => {
    expect(JSON.parse(read('package.json')).name).toBe(PACKAGE_NAME);
    const lock = JSON.parse(read('package-lock.json'));
    expect([lock.name, lock.packages[''].name]).toEqual([PACKAGE_NAME, PACKAGE_NAME]);
    expect(PACKAGE_NAME).not.toBe('plumbline');
  });

  it('is the only one any text tells users to install', () => {
    const offenders = userTexts()
      .filter(([, text]) => WRONG.test(text))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it('the guard catches the wrong name', () => {
    expect(WRONG.test('npm install --save-dev plumbline')).toBe(true);
    expect(WRONG.test('npm i -D plumbline@1.2')).toBe(true);
    expect(WRONG.test('npm install --save-dev plumbline-kpi')).toBe(false);
    expect(WRONG.test('npm install --save-dev ./plumbline-kpi-0.1.0.tgz')).toBe(false);
  });
});
