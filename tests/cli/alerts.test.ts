import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { ALERT_AS_OF, alertFiles } from '../helpers/alert-files.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function folder(...args: Parameters<typeof alertFiles>) {
  const t = await tempProject(alertFiles(...args));
  defer(t.cleanup);
  return t.dir;
}

describe('plumbline alerts', () => {
  it('prints the active alert, the unhandled firing and the overdue review, exit 0', async () => {
    const dir = await folder();
    const { code, stdout } = await cli(['alerts', dir, '--as-of', ALERT_AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Alerts as of 2026-06-15: 1 active alert, 1 firing not handled within 14 days, 1 review overdue.',
        '',
        'Active alerts:',
        '  leads (Qualified leads) — below 10 since 2026-05',
        '    action: Run a lead audit',
        '    owner: Lee Wong (@leewong); not handled (due 2026-06-14)',
        '',
        'Firings not handled within 14 days:',
        '  leads (Qualified leads) — below 10 at 2026-05',
        '    action: Run a lead audit',
        '    owner: Lee Wong (@leewong); not handled (due 2026-06-14)',
        '',
        'Reviews overdue:',
        '  leads (Qualified leads) — quarterly review, last 2026-02-10, due 2026-05-13; owner: Lee Wong (@leewong)',
        '',
      ].join('\n'),
    );
  });

  it('gives JSON with the same figures', async () => {
    const dir = await folder();
    const { code, stdout } = await cli(['alerts', dir, '--format', 'json', '--as-of', ALERT_AS_OF]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.active.map((f: { key: string }) => f.key)).toEqual(['leads/0/2026-05']);
    expect(json.reviews[0].due).toBe('2026-05-13');
  });

  it('keeps hostile text inert in markdown and on a terminal', async () => {
    const dir = await folder(
      {},
      {
        name: 'Leads <script>alert(1)</script> | x',
        action: '@everyone see [here](http://evil.example) \u001b[31mred',
        owner: 'Lee Wong',
      },
    );
    const md = (await cli(['alerts', dir, '--format', 'markdown', '--as-of', ALERT_AS_OF])).stdout;
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('@everyone');
    expect(md).not.toMatch(/(?<!\\)\]\(http/);
    expect(md).toContain('\\[here\\](http');
    expect(md).toContain('\\<script\\>');
    // A table row keeps its 6 cells: the `|` in the name is escaped.
    const row = md.split('\n').find((l) => l.startsWith('| `leads`'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(8);
    const text = (await cli(['alerts', dir, '--as-of', ALERT_AS_OF])).stdout;
    expect(text).not.toContain('\u001b');
  });

  it('says when nothing needs attention', async () => {
    const dir = await folder({ 'metrics/leads.csv': 'date,value\n' });
    const { code, stdout } = await cli(['alerts', dir, '--as-of', '2026-01-15']);
    expect(code).toBe(0);
    expect(stdout).toContain('Nothing needs attention.');
  });

  it('exits 1 with errors in the files, 2 on a bad format', async () => {
    const dir = await folder({ 'people.yaml': '- { name: A, github: "@a" }\n' });
    expect((await cli(['alerts', dir, '--as-of', ALERT_AS_OF])).code).toBe(1);
    expect((await cli(['alerts', dir, '--format', 'xml'])).code).toBe(2);
  });
});
