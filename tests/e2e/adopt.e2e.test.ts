/**
 * A team adopts Plumbline in its own repository, as the README tells it to: pack the package as
 * npm would publish it, install the tarball into a fresh git repository on Node 22 and on Node
 * 24 (no warning allowed), then `init --github`, `new kpi`, `check`, `build`, commit, change and
 * `diff`, all through `npx plumbline`. One pack is shared; each Node gets one install, which all
 * its steps use. Node 22 comes from the npm registry (the `node` package) unless
 * PLUMBLINE_NODE22 names a binary.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scratch } from './build-site.ts';

const work = scratch('plumbline-adopt-');
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** One npm cache for both installs: the second reads the packages the first fetched. */
const cache = path.join(work, 'npm-cache');

// The test's git must not see the git of whatever runs the tests (a hook sets GIT_DIR).
const BASE_ENV = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^(GIT_(DIR|WORK_TREE|INDEX_FILE)|npm_.*|NODE_OPTIONS|INIT_CWD)$/i.test(k),
  ),
);

/** Runs a command with the given Node first on PATH (npm and npx then run on it). */
function runWith(nodeBin: string, command: string, args: string[], cwd: string, extra = {}) {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: {
      ...BASE_ENV,
      PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
      npm_config_cache: cache,
      NO_COLOR: '1',
      ...extra,
    },
  });
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (r.status !== 0)
    throw new Error(`${what} exited ${r.status}:\n${r.stdout}\n${r.stderr}`.slice(0, 20_000));
  return r;
}

/** The Node binaries to adopt with: 24 (this repository's dev dependency) and 22. */
function nodes(): { major: number; bin: string }[] {
  const node24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');
  let node22 = process.env.PLUMBLINE_NODE22 ?? '';
  if (node22 === '') {
    const dir = path.join(work, 'node22');
    writeFileSync(
      path.join(work, 'package.json'),
      '{ "name": "n", "private": true, "allowScripts": { "node": true } }\n',
    );
    ok(
      runWith(
        node24,
        'npm',
        ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', 'node@22'],
        work,
      ),
      'npm install node@22',
    );
    node22 = path.join(dir, 'node_modules', 'node', 'bin', 'node');
  }
  return [
    { major: 22, bin: node22 },
    { major: 24, bin: node24 },
  ];
}

let tarball = '';
let binaries: { major: number; bin: string }[] = [];

beforeAll(() => {
  const packed = path.join(work, 'pack');
  mkdirSync(packed);
  binaries = nodes();
  ok(
    runWith(binaries[1]!.bin, 'npm', ['pack', '--pack-destination', packed, '--silent'], ROOT),
    'npm pack',
  );
  tarball = path.join(
    packed,
    readdirSync(packed).find((f) => f.endsWith('.tgz'))!,
  );
}, 600_000);

describe.each([22, 24])('adopting the tarball on Node %i', (major) => {
  const repo = path.join(work, `acme-${major}`);
  const bin = () => binaries.find((b) => b.major === major)!.bin;
  const npx = (args: string[], extra = {}) =>
    runWith(bin(), 'npx', ['--no-install', 'plumbline', ...args], repo, extra);
  const git = (...args: string[]) =>
    ok(
      runWith(bin(), 'git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], repo),
      `git ${args[0]}`,
    );

  it('installs with no warning, the package under its own name, without a bundled Node', () => {
    expect(ok(runWith(bin(), 'node', ['--version'], work), 'node').stdout).toMatch(
      new RegExp(`^v${major}\\.`),
    );
    mkdirSync(repo, { recursive: true });
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(repo, 'package.json'), '{ "name": "acme-kpis", "private": true }\n');
    // As the README says: approve esbuild's install script, then install the tarball.
    ok(
      runWith(bin(), 'npm', ['pkg', 'set', 'allowScripts.esbuild=true', '--json'], repo),
      'npm pkg set',
    );
    const install = ok(
      runWith(
        bin(),
        'npm',
        ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', tarball],
        repo,
      ),
      'npm install',
    );
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/npm (warn|WARN)/);
    const installed = path.join(repo, 'node_modules', 'plumbline-kpi');
    expect(existsSync(path.join(installed, 'lib', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(path.join(installed, '.github', 'workflows', 'kpi-pages.yml'))).toBe(true);
    expect(existsSync(path.join(repo, 'node_modules', 'node'))).toBe(false);
    expect(ok(npx(['--version']), '--version').stdout).toMatch(/^plumbline-kpi \d+\.\d+\.\d+\n$/);
  }, 600_000);

  it('init --github, new kpi, check and build', () => {
    const init = ok(npx(['init', '--github']), 'init');
    expect(init.stdout).toContain('2. npx plumbline check');
    for (const file of [
      'kpis/strategy.yaml',
      '.vscode/settings.json',
      '.gitignore',
      '.github/workflows/kpi-pull-request.yml',
      '.github/workflows/kpi-pages.yml',
    ])
      expect(existsSync(path.join(repo, file)), file).toBe(true);
    // The editor settings point at schemas that are there.
    const settings = JSON.parse(readFileSync(path.join(repo, '.vscode/settings.json'), 'utf8'));
    for (const schema of Object.keys(settings['yaml.schemas']))
      expect(existsSync(path.join(repo, schema)), schema).toBe(true);
    ok(
      npx([
        'new',
        'kpi',
        'win-rate',
        '--team',
        'inside-sales',
        '--objective',
        'keep-customers',
        '--unit',
        'percent',
      ]),
      'new kpi',
    );
    const check = npx(['check', '--as-of', '2026-11-24']);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/✔ 0 errors/);
    const build = ok(npx(['build', '--as-of', '2026-11-24', '--format', 'json']), 'build');
    const report = JSON.parse(build.stdout);
    expect(report.pages.total).toBeGreaterThan(10);
    // Progress went to stderr, plain lines (not a terminal).
    expect(build.stderr).toContain('build: rendering pages');
    expect(build.stderr).not.toContain('\r');
    expect(existsSync(path.join(repo, 'dist', 'kpis', 'win-rate', 'index.html'))).toBe(true);
  }, 300_000);

  it('commit, change a target, and diff says what changed, money as the site writes it', () => {
    git('add', '-A');
    git('commit', '-q', '--no-gpg-sign', '-m', 'KPIs');
    const file = path.join(repo, 'kpis', 'metrics', 'revenue.yaml');
    const before = readFileSync(file, 'utf8');
    const changed = before.replace(/^target: \{ value: 150000,/m, 'target: { value: 175000,');
    expect(changed).not.toBe(before);
    writeFileSync(file, changed);
    const diff = ok(npx(['diff', 'HEAD', '--as-of', '2026-11-24']), 'diff');
    expect(diff.stdout).toContain('<!-- plumbline-diff -->');
    // `$` is escaped in the markdown (GitHub reads `$…$` as maths); it shows as $150,000.
    expect(diff.stdout).toMatch(/\\\$150,000 by [\d-]+ → \\\$175,000 by/);
    expect(diff.stdout).not.toMatch(/\d USD/);
  });
});

describe('the example organisation from the tarball (Node 24)', () => {
  it('builds with the chart workers the package ships compiled', () => {
    const repo = path.join(work, 'acme-24');
    cpSync(path.join(ROOT, 'kpis'), path.join(repo, 'example'), { recursive: true });
    const bin = binaries.find((b) => b.major === 24)!.bin;
    const out = ok(
      runWith(
        bin,
        'npx',
        [
          '--no-install',
          'plumbline',
          'build',
          'example',
          '--out',
          'example-site',
          '--as-of',
          '2026-11-24',
        ],
        repo,
      ),
      'build example',
    );
    // 41 KPIs, 10 teams, 11 objectives, 3 goals and home, plus 8: the goal, team, KPI and search
    // indexes, the strategy map, alignment, journal and 404.
    expect(out.stdout).toMatch(/Built 75 pages into example-site/);
    expect(readFileSync(path.join(repo, 'example-site', 'index.html'), 'utf8')).toContain(
      'Northwind Outfitters',
    );
  }, 300_000);
});
