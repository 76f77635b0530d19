// Writes schemas/<kind>.json from the zod schemas: `npm run schema`. The files are committed so
// editors find them; a test fails when they are out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_KINDS, jsonSchemas } from '../src/core/schema/json-schemas.ts';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
await mkdir(out, { recursive: true });
const schemas = jsonSchemas();
for (const kind of FILE_KINDS) {
  await writeFile(path.join(out, `${kind}.json`), `${JSON.stringify(schemas[kind], null, 2)}\n`);
}
console.log(
  `Wrote ${FILE_KINDS.length} JSON Schemas to ${path.relative(process.cwd(), out) || '.'}/`,
);
