// `node scripts/bench/empty-astro.ts N`: a plain Astro 7 build of N empty pages, the floor a site
// build is compared with (`npm run bench`). The project sits under node_modules/.cache (so it
// resolves astro); its output goes to /dev/shm when it exists.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

const n = Number(process.argv[2] ?? 1000);
const cache = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'node_modules',
  '.cache',
);
mkdirSync(cache, { recursive: true });
const root = mkdtempSync(path.join(cache, 'plumbline-empty-astro-'));
const outDir = mkdtempSync(
  path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'plumbline-empty-astro-'),
);
mkdirSync(path.join(root, 'src', 'pages', 'p'), { recursive: true });
writeFileSync(
  path.join(root, 'src', 'pages', 'p', '[id].astro'),
  `---\nexport function getStaticPaths() { return Array.from({ length: ${n} }, (_, i) => ({ params: { id: String(i) } })); }\n---\n<html><body><p>{Astro.params.id}</p></body></html>\n`,
);
const t0 = performance.now();
await build({ root, outDir, logLevel: 'error', configFile: false });
const ms = performance.now() - t0;
rmSync(root, { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ pages: n, ms })}\n`);
