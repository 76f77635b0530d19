/**
 * `plumbline build` as a user runs it: deterministic output (twice, cached against clean, and
 * with one page or eight rendered at once),
 * a failed check that leaves the previous site alone, hostile text that never becomes markup,
 * the base path in every link, two builds started at once, and a build stopped by a signal.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  watch,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { metricYaml, projectFiles } from '../helpers/project-files.ts';
import { build, buildArgv, buildAsync, ROOT, scratch } from './build-site.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = scratch('plumbline-build-');
  dirs.push(d);
  return d;
}

/** Relative path → sha256 of every file under a folder. */
function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        out.set(
          path.relative(dir, full),
          createHash('sha256').update(readFileSync(full)).digest('hex'),
        );
    }
  };
  walk(dir);
  return out;
}

function writeFolder(dir: string, files: readonly { path: string; text?: string }[]): void {
  for (const f of files) {
    const full = path.join(dir, f.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, f.text ?? '');
  }
}

describe('plumbline build', () => {
  it('gives byte-identical output twice, and with the cache as without', () => {
    const t = tempDir();
    const args = ['kpis', '--as-of', '2026-11-24', '--base', '/x/'];
    const cache = ['--cache-dir', path.join(t, 'cache')];
    const a = build([...args, '--out', path.join(t, 'a'), '--no-cache']);
    expect(a.code, a.stderr).toBe(0);
    const b = build([...args, ...cache, '--out', path.join(t, 'b')]); // fills the cache
    const c = build([...args, ...cache, '--out', path.join(t, 'c')]); // reads the cache
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/75 pages rendered, 0 unchanged; 104 charts rendered, 0 from cache/);
    // Only the pages without a cache key (home, indexes, help, 404) render again; no chart is drawn.
    expect(c.stdout).toMatch(/\b(\d+) pages rendered, (\d+) unchanged; 0 charts rendered/);
    const [, rendered, unchanged] = /(\d+) pages rendered, (\d+) unchanged/.exec(c.stdout)!;
    expect(Number(rendered)).toBeLessThanOrEqual(11);
    expect(Number(unchanged)).toBeGreaterThan(60);
    expect(Number(rendered) + Number(unchanged)).toBe(75);
    const da = digest(path.join(t, 'a'));
    expect(da.size).toBeGreaterThan(100);
    expect(digest(path.join(t, 'b'))).toEqual(da);
    expect(digest(path.join(t, 'c'))).toEqual(da);
  });

  it('gives byte-identical output whatever the number of pages rendered at once', () => {
    // Pages get their own props from the site plan and share no state: rendering one at a time
    // or eight at once (more than the site's default of 4) makes the same bytes.
    const t = tempDir();
    const args = ['kpis', '--as-of', '2026-11-24', '--no-cache'];
    const one = build([...args, '--concurrency', '1', '--out', path.join(t, 'one')]);
    expect(one.code, one.stderr).toBe(0);
    const eight = build([...args, '--concurrency', '8', '--out', path.join(t, 'eight')]);
    expect(eight.code, eight.stderr).toBe(0);
    const a = digest(path.join(t, 'one'));
    expect(a.size).toBeGreaterThan(100);
    expect(digest(path.join(t, 'eight'))).toEqual(a);
  });

  it('runs two builds started at once one after the other, each whole', async () => {
    // Outputs outside the package: Astro's prerender chunks then go to the package's .astro/,
    // which a build deletes when it is done, while another may still import from it.
    const t = tempDir();
    const args = (base: string, out: string) => [
      ...['kpis', '--as-of', '2026-11-24', '--no-cache'],
      ...['--base', base, '--out', path.join(t, out)],
    ];
    // The second starts once the first holds the lock (told by the lock's folder appearing), so
    // the two overlap however slowly a loaded machine starts them.
    const lock = path.join(ROOT, '.astro', 'plumbline-build.lock');
    mkdirSync(path.dirname(lock), { recursive: true });
    const locked = new Promise<void>((resolve) => {
      const watcher = watch(path.dirname(lock), () => {
        if (!existsSync(lock)) return;
        watcher.close();
        resolve();
      });
    });
    const first = buildAsync(args('/x/', 'x'));
    await locked;
    const [x, y] = await Promise.all([first, buildAsync(args('/y/', 'y'))]);
    expect(x.code, x.stderr).toBe(0);
    expect(y.code, y.stderr).toBe(0);
    const waited = [x, y].filter((r) =>
      /^Waiting for another build \(process \d+\) to finish: one build runs at a time\. If none is running, delete .*plumbline-build\.lock\.$/m.test(
        r.stderr,
      ),
    );
    expect(waited).toHaveLength(1);
    for (const [base, out] of [
      ['/x/', 'x'],
      ['/y/', 'y'],
    ] as const) {
      const alone = build(args(base, `${out}-alone`));
      expect(alone.code, alone.stderr).toBe(0);
      expect(digest(path.join(t, out))).toEqual(digest(path.join(t, `${out}-alone`)));
    }
  });

  it('stopped by a signal, removes its unfinished folder and its lock and leaves the site alone', async () => {
    const t = tempDir();
    const out = path.join(t, 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'the previous site');
    // bin/plumbline.js runs the build again in a child process (with its Node options): the
    // signal goes to the launcher alone, as a CI timeout or `kill` sends it.
    // Told when the build makes its unfinished folder, however long it takes to get there.
    const started = new Promise<string>((resolve) => {
      const watcher = watch(t, (_event, name) => {
        if (name?.startsWith('dist.tmp-') === true) {
          watcher.close();
          resolve(name);
        }
      });
    });
    const launcher = spawn(process.execPath, buildArgv(['kpis', '--out', out, '--no-cache']), {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const ended = new Promise<NodeJS.Signals | null>((resolve) =>
      launcher.on('exit', (_code, signal) => resolve(signal)),
    );
    const unfinished = await started;
    launcher.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    const builder = Number(unfinished.slice('dist.tmp-'.length));
    expect(builder).not.toBe(launcher.pid); // the build ran in the launcher's child…
    expect(() => process.kill(builder, 0)).toThrow(); // …which stopped too
    expect(readdirSync(t)).toEqual(['dist']);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site');
    expect(existsSync(path.join(ROOT, '.astro', 'plumbline-build.lock'))).toBe(false);
  });

  it('rebuilds what a change touches, and the result equals a clean build', () => {
    const t = tempDir();
    const dir = path.join(t, 'kpis');
    cpSync(path.join(ROOT, 'kpis'), dir, { recursive: true });
    const args = [dir, '--as-of', '2026-11-24', '--cache-dir', path.join(t, 'cache')];
    const counts = (stdout: string) => {
      const m = /(\d+) pages rendered, (\d+) unchanged; (\d+) charts rendered/.exec(stdout);
      expect(m, stdout).not.toBeNull();
      return { pages: Number(m![1]), unchanged: Number(m![2]), charts: Number(m![3]) };
    };
    const first = build([...args, '--out', path.join(t, 'first')]);
    expect(first.code, first.stderr).toBe(0);
    const clean = (name: string) => {
      const r = build([dir, '--as-of', '2026-11-24', '--no-cache', '--out', path.join(t, name)]);
      expect(r.code, r.stderr).toBe(0);
      return digest(path.join(t, name));
    };

    // A new latest reading of one KPI: its charts and the pages showing it, not the others.
    const csv = path.join(dir, 'metrics', 'qualified-leads.csv');
    const readings = readFileSync(csv, 'utf8');
    expect(readings).toMatch(/\n2026-11-16,\d+,\n$/); // the edit below changes a reading
    writeFileSync(csv, readings.replace(/\n2026-11-16,\d+,\n$/, '\n2026-11-16,95,\n'));
    const second = build([...args, '--out', path.join(t, 'second')]);
    expect(second.code, second.stderr).toBe(0);
    const after = counts(second.stdout);
    expect(after.charts).toBeGreaterThanOrEqual(2); // its wide and narrow charts at least
    expect(after.charts).toBeLessThan(104 / 4);
    expect(after.unchanged).toBeGreaterThan(75 / 2);
    expect(digest(path.join(t, 'second'))).toEqual(clean('second-clean'));
    expect(readFileSync(path.join(t, 'second', 'data', 'qualified-leads.csv'), 'utf8')).toMatch(
      /2026-11-16,95/,
    );

    // A renamed KPI: every page naming it changes, and nothing else is stale.
    const yaml = path.join(dir, 'metrics', 'qualified-leads.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace('name: Qualified leads', 'name: Sales-qualified leads'),
    );
    const third = build([...args, '--out', path.join(t, 'third')]);
    expect(third.code, third.stderr).toBe(0);
    expect(digest(path.join(t, 'third'))).toEqual(clean('third-clean'));
    const page = readFileSync(path.join(t, 'third', 'teams', 'inside-sales', 'index.html'), 'utf8');
    expect(page).toContain('Sales-qualified leads');
  });

  it('builds nothing on a failed check and leaves the previous site alone', () => {
    const t = tempDir();
    const kpis = path.join(t, 'kpis');
    cpSync(path.join(ROOT, 'kpis'), kpis, { recursive: true });
    const out = path.join(t, 'dist');
    expect(build([kpis, '--out', out, '--as-of', '2026-11-24']).code).toBe(0);
    const before = digest(out);
    const file = path.join(kpis, 'metrics', 'qualified-leads.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('cadence: weekly', 'cadence: wekly'));
    const r = build([kpis, '--out', out, '--as-of', '2026-11-24']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('metrics/qualified-leads.yaml');
    expect(r.stderr).toContain('Did you mean `weekly`?');
    expect(r.stderr).toContain('Nothing was built');
    expect(digest(out)).toEqual(before);
    expect(readdirSync(t).sort()).toEqual(['dist', 'kpis']); // no temporary folder left behind
  });

  it('renders hostile text from the files as text, never as markup', () => {
    const t = tempDir();
    const kpis = path.join(t, 'kpis');
    const hostile = projectFiles({
      'metrics/revenue.yaml': metricYaml({
        name: 'Revenue <img src=x onerror=alert(1)>',
        team: 'acme',
        objectives: ['grow-sales'],
        description:
          'Click [here](javascript:alert(1)) or <script>alert(2)</script> <iframe src="https://evil.example"></iframe> ![x](https://evil.example/x.png)',
        source: { system: 'CRM "quoted" & <b>bold</b>', url: 'https://example.com/report?a=1&b=2' },
      }),
      'metrics/revenue.csv':
        'date,value,note\n2026-01,100,"=HYPERLINK(""http://evil"")"\n2026-02,110,<script>alert(3)</script>\n',
    });
    writeFolder(kpis, hostile);
    const out = path.join(t, 'dist');
    const r = build([kpis, '--out', out, '--as-of', '2026-11-24']);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(path.join(out, 'kpis', 'revenue', 'index.html'), 'utf8');
    // Markup is what remains outside quoted attribute values (where `<` is plain text).
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<script>alert');
    expect(markup).not.toContain('<iframe');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('evil.example');
    expect(html).toContain('Revenue &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    const csv = readFileSync(path.join(out, 'data', 'revenue.csv'), 'utf8');
    expect(csv).toBe(
      'date,value,note\n2026-01-31,100,"\'=HYPERLINK(""http://evil"")"\n2026-02-28,110,<script>alert(3)</script>\n',
    );
  });

  it('puts the base path in front of every internal link', () => {
    const t = tempDir();
    const out = path.join(t, 'dist');
    expect(build(['kpis', '--out', out, '--as-of', '2026-11-24', '--base', 'team/kpis']).code).toBe(
      0,
    );
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((h) => h.startsWith('/'));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((h) => !h.startsWith('/team/kpis/'))).toEqual([]);
  });
});
