// The floor for `plumbline check`: the work any correct checker of a KPI folder must do, and
// nothing else. It reads every file, parses each YAML document with positions (our `yaml`
// library, as the checker does), splits each CSV into lines and cells and reads the number in
// every cell after the first. `npm run bench` runs it beside the real commands.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const dir = process.argv[2] ?? 'kpis';
let cells = 0;
let sum = 0;
let nodes = 0;
async function walk(d: string): Promise<void> {
  for (const entry of await readdir(d, { withFileTypes: true })) {
    const full = path.join(d, entry.name);
    if (entry.isDirectory()) await walk(full);
    else {
      const text = await readFile(full, 'utf8');
      if (/\.ya?ml$/.test(entry.name)) {
        const doc = parseDocument(text, { lineCounter: new LineCounter() });
        if (doc.toJS() !== undefined) nodes++;
      } else
        for (const line of text.split('\n')) {
          const row = line.split(',');
          cells += row.length;
          for (let i = 1; i < row.length; i++) {
            const n = Number(row[i]);
            if (!Number.isNaN(n)) sum += n;
          }
        }
    }
  }
}
await walk(dir);
process.stdout.write(`${cells} cells, ${nodes} YAML documents, sum ${sum}\n`);
