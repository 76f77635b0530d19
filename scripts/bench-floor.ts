// The floor for `plumbline check`: read every file of a KPI folder and split it into lines and
// cells, doing nothing else. `npm run bench` runs it beside the real commands.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2] ?? 'kpis';
let cells = 0;
async function walk(d: string): Promise<void> {
  for (const entry of await readdir(d, { withFileTypes: true })) {
    const full = path.join(d, entry.name);
    if (entry.isDirectory()) await walk(full);
    else {
      const text = await readFile(full, 'utf8');
      for (const line of text.split('\n')) cells += line.split(',').length;
    }
  }
}
await walk(dir);
process.stdout.write(`${cells}\n`);
