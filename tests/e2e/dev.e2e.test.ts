/**
 * `plumbline dev`: edits under the KPI folder update the pages; an invalid file shows its error
 * (file, line, message) in the page instead of crashing the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricYaml, projectFiles } from '../helpers/project-files.ts';
import { tempProject } from '../helpers/temp-project.ts';
import { ROOT } from './build-site.ts';

let child: ChildProcess;
let url = '';
let dir = '';
let cleanup: () => Promise<void> = async () => {};

async function page(p = ''): Promise<{ status: number; html: string }> {
  const r = await fetch(url + p);
  return { status: r.status, html: await r.text() };
}

/** Waiting for the server to say it refreshed the pages after a change (its log on stderr). */
const onRefresh: (() => void)[] = [];

/** Resolves at the next refresh after now. */
function nextRefresh(): Promise<void> {
  return new Promise((resolve) => onRefresh.push(resolve));
}

/**
 * Reads a page until `test` holds, reading it again after each refresh the server reports (an
 * editor's save may reach it as more than one change). The deadline is one a loaded machine meets.
 */
async function until(p: string, test: (html: string) => boolean): Promise<string> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const refreshed = nextRefresh(); // before reading, so a refresh meanwhile is not missed
    const { html } = await page(p);
    if (test(html)) return html;
    const left = deadline - Date.now();
    const late = await Promise.race([
      refreshed.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), Math.max(0, left)).unref()),
    ]);
    if (late) throw new Error(`no refresh made ${p} as expected:\n${html.slice(0, 500)}`);
  }
}

/** The environment a user's shell would have: without vitest's variables (NODE_ENV=test, VITEST…), which change how Astro's dev server runs. */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('VITEST') && !['NODE_ENV', 'TEST', 'MODE'].includes(key),
    ),
  );
}

/** A port the OS says is free. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const t = await tempProject(projectFiles());
  dir = t.dir;
  cleanup = t.cleanup;
  child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin', 'plumbline.js'),
      'dev',
      dir,
      '--port',
      String(await freePort()),
      '--as-of',
      '2026-11-24',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: userEnv() },
  );
  let partial = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    if (lines.some((l) => /^plumbline dev: (the files are valid|\d+ errors? in the files)/.test(l)))
      for (const resolve of onRefresh.splice(0)) resolve();
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Plumbline dev server: (\S+)/.exec(out);
      if (m !== null) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`dev exited ${code}`)));
  });
});

afterAll(async () => {
  child?.kill('SIGTERM');
  await cleanup();
});

describe('plumbline dev', () => {
  it('serves the pages, updates them on edit, and shows errors in the page', async () => {
    const home = await page();
    expect(home.status).toBe(200);
    expect(home.html).toContain('Acme');
    expect(home.html).not.toContain('The KPI files have');

    writeFileSync(
      path.join(dir, 'metrics', 'leads.yaml'),
      metricYaml({
        name: 'Leads (renamed)',
        team: 'sales',
        objectives: ['grow-sales'],
        supports: [{ kpi: 'revenue' }],
      }),
    );
    await until('kpis/leads/', (html) => html.includes('Leads (renamed)'));

    writeFileSync(
      path.join(dir, 'metrics', 'leads.yaml'),
      'name: Leads\ndirection: up\nteam: sales\ncadence: montly\n',
    );
    const broken = await until('', (html) => html.includes('The KPI files have'));
    expect(broken).toContain('The KPI files have 1 error');
    expect(broken).toContain('metrics/leads.yaml:4:10');
    expect(broken).toContain('Did you mean `monthly`?');
    expect((await page('kpis/revenue/')).status).toBe(200);

    writeFileSync(
      path.join(dir, 'metrics', 'leads.yaml'),
      'name: Leads again\ndirection: up\nteam: sales\ncadence: monthly\n',
    );
    const fixed = await until('', (html) => !html.includes('The KPI files have'));
    expect(fixed).toContain('Acme');
    expect((await page('kpis/leads/')).html).toContain('Leads again');
    expect(child.exitCode).toBeNull();
  });
});
