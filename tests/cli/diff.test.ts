import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.ts';
import { runDiff } from '../../src/cli/diff.ts';
import { DIFF_MARKER } from '../../src/core/diff/format-diff-markdown.ts';
import { gitRepo } from '../helpers/git-repo.ts';
import { metricYaml, projectFiles } from '../helpers/project-files.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

/** Runs `plumbline diff` in-process, turning a CliError into its exit code as main.ts does. */
async function diff(args: readonly string[], cwd: string) {
  let stdout = '';
  try {
    const code = await runDiff(args, {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      cwd,
      today: () => '2026-11-24',
    });
    return { code, stdout, error: '' };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: error.exitCode, stdout, error: error.message };
  }
}

const revenue = (fields: Record<string, unknown>) =>
  metricYaml({ name: 'Revenue', team: 'acme', objectives: ['grow-sales'], ...fields });
const BASE = {
  'metrics/revenue.yaml': revenue({ owner: 'Ann', target: { value: 120, date: '2026-12-31' } }),
};

/** A repository whose `kpis/` holds the test organisation, committed once. */
async function repo(overrides: Record<string, string | null> = BASE) {
  const r = await gitRepo(projectFiles(overrides));
  defer(r.cleanup);
  return r;
}

describe('plumbline diff', () => {
  it('says in one line that nothing changed', async () => {
    const r = await repo();
    const { code, stdout } = await diff(['HEAD'], r.root);
    expect(code).toBe(0);
    expect(stdout).toBe(`${DIFF_MARKER}✅ No changes to KPIs, findings or alignment scores.\n`);
  });

  it('reports an added KPI, a changed target, a retired KPI and the findings that come and go', async () => {
    const r = await repo();
    await r.write({
      'metrics/revenue.yaml': revenue({ target: { value: 150, date: '2026-12-31' } }),
      'metrics/leads.yaml': metricYaml({
        name: 'Leads',
        team: 'sales',
        owner: 'Lee',
        status: 'retired',
        retired: { date: '2026-10-31', reason: 'Replaced by churn' },
      }),
      'metrics/churn.yaml': metricYaml({ name: 'Churn', team: 'sales', owner: 'Cy' }),
      'metrics/churn.csv': 'date,value\n2026-10,3\n',
    });
    const { code, stdout } = await diff(['HEAD', 'kpis'], r.root);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(DIFF_MARKER);
    expect(lines[1]).toMatch(
      /^### ⚠️ \d+ new warnings?; \d+ findings? resolved; alignment .*; 1 KPI added, 1 retired, 2 changed$/,
    );
    expect(lines[3]).toBe('Compared with `HEAD`, as of 2026-11-24.');
    expect(lines).toContain('- Added: **Churn** (`churn`), team `sales`');
    expect(lines).toContain('- Retired: **Leads** (`leads`), team `sales`');
    expect(lines).toContain('| **Revenue** (`revenue`) | owner | Ann → none |');
    expect(lines).toContain('|  | target | 120 by 2026-12-31 → 150 by 2026-12-31 |');
    expect(lines).toContain('| **Leads** (`leads`) | owner | none → Lee |');
    expect(lines).toContain(
      '- ⚠️ warning `kpis/metrics/revenue.yaml:1:1` — `revenue` has no owner. (`owner-missing`)',
    );
    // Leads got an owner as it was retired; its old finding is resolved.
    expect(lines).toContain(
      '- ⚠️ warning `kpis/metrics/leads.yaml:1:1` — `leads` has no owner. (`owner-missing`)',
    );
    const resolved = lines.indexOf(lines.find((l) => l.startsWith('**Resolved'))!);
    expect(
      lines.indexOf(
        '- ⚠️ warning `kpis/metrics/leads.yaml:1:1` — `leads` has no owner. (`owner-missing`)',
      ),
    ).toBeGreaterThan(resolved);
    expect(lines).toContain('#### Alignment scores');
    expect(lines.some((l) => l.startsWith('| Team **Sales** (`sales`) |'))).toBe(true);
  });

  it('prints JSON with --format json', async () => {
    const r = await repo();
    await r.write({
      'metrics/revenue.yaml': revenue({ owner: 'Bo', target: { value: 120, date: '2026-12-31' } }),
    });
    const { code, stdout } = await diff(
      ['HEAD', '--format', 'json', '--as-of', '2026-06-30'],
      r.root,
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      asOf: '2026-06-30',
      changed: true,
      verdict: {
        level: 'ok',
        text: expect.stringMatching(/^✅ No new errors; alignment .*; 1 KPI changed$/),
      },
      notes: [],
      kpis: {
        added: [],
        removed: [],
        changed: [
          {
            id: 'revenue',
            name: 'Revenue',
            team: 'acme',
            unit: 'count',
            changes: [{ field: 'owner', before: 'Ann', after: 'Bo' }],
          },
        ],
      },
      findings: { introduced: [], resolved: [] },
    });
    expect(json.scores[0]).toMatchObject({ kind: 'organization', name: 'Acme' });
  });

  it('uses the repository that holds the folder, wherever it runs from', async () => {
    const r = await repo();
    await r.write({ 'metrics/revenue.yaml': revenue({ owner: 'Ann' }) });
    const elsewhere = await tempProject({});
    defer(elsewhere.cleanup);
    // From outside any repository, from inside another one (this project's), and from a subfolder.
    for (const [cwd, dir] of [
      [elsewhere.dir, r.dir],
      [process.cwd(), r.dir],
      [path.join(r.dir, 'metrics'), '..'],
    ] as const) {
      const { code, stdout } = await diff(['HEAD', dir], cwd);
      expect(code).toBe(0);
      expect(stdout).toContain('| target | 120 by 2026-12-31 → none |');
    }
  });

  it('escapes hostile names in the report', async () => {
    const r = await repo();
    await r.write({
      'metrics/evil.yaml': metricYaml({
        name: '| <script>alert(1)</script> @org/team `x`',
        team: 'sales',
        owner: 'Eve',
      }),
      'metrics/evil.csv': 'date,value\n2026-10,1\n',
    });
    const { stdout } = await diff(['HEAD'], r.root);
    expect(stdout).toContain(
      '- Added: **\\| \\<script\\>alert(1)\\</script\\> @&#8203;org/team \\`x\\`** (`evil`), team `sales`',
    );
    expect(stdout).not.toMatch(/(?<!\\)<script|@org/);
  });
});

describe('plumbline diff usage errors (exit 2)', () => {
  it('needs a ref', async () => {
    const r = await repo();
    expect(await diff([], r.root)).toMatchObject({
      code: 2,
      error: 'diff: name the git ref to compare with, e.g. `plumbline diff origin/main`.',
    });
  });

  it('names a ref that does not exist', async () => {
    const r = await repo();
    const result = await diff(['origin/nope'], r.root);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.error).toMatch(
      /^diff: `origin\/nope` is not a commit, branch or tag of this repository\./,
    );
  });

  it('says when the folder did not exist at the ref', async () => {
    const r = await repo();
    await mkdir(path.join(r.root, 'other'));
    await r.write({ '../other/strategy.yaml': 'organization: O\n' });
    const result = await diff(['HEAD', 'other'], r.root);
    expect(result).toMatchObject({
      code: 2,
      error: 'diff: The folder other did not exist at HEAD.',
    });
  });

  it('says when the folder is in no repository', async () => {
    const t = await tempProject(projectFiles());
    defer(t.cleanup);
    const result = await diff(['HEAD', '.'], t.dir);
    expect(result.code).toBe(2);
    expect(result.error).toMatch(/is not in a git repository/);
  });

  it('rejects an unknown format and extra arguments', async () => {
    const r = await repo();
    expect((await diff(['HEAD', '--format', 'html'], r.root)).error).toBe(
      'diff: --format must be one of markdown, json, got `html`.',
    );
    expect((await diff(['HEAD', 'kpis', 'more'], r.root)).code).toBe(2);
    expect((await diff(['HEAD', 'missing-folder'], r.root)).code).toBe(2);
  });
});
