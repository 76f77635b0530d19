import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/core/diagnostics/format-text.ts';
import { hasText, type SourceFile } from '../../../src/core/load/source-file.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { computeProject } from '../../../src/core/pipeline.ts';
import { decode } from '../../../src/io/read-project.ts';
import { projectFiles } from '../../helpers/project-files.ts';

const AS_OF = parseDay('2026-11-24')!;
const VALID = projectFiles();
const PATHS = [...VALID.map((f) => f.path), 'journal/2026-q3.yaml'];
const encoder = new TextEncoder();

/** The bytes of a file of the valid organisation, or none for a new file. */
function bytesOf(path: string): Uint8Array {
  const file = VALID.find((f) => f.path === path);
  return file !== undefined && hasText(file) ? encoder.encode(file.text) : new Uint8Array();
}

/** Bytes people and tools put in these files, and bytes that break them. */
const interesting = fc.constantFrom(
  ...[':', '-', ' ', '\t', '\n', '\r', '{', '}', '[', ']', '"', "'", '#', ',', ';', '!', '&', '*']
    .concat(['__proto__', '---', '2026', '1,234', '\u043e', '\u202e', '\u001b', '%', '.', '\u00a0'])
    .map((s) => encoder.encode(s)),
);
const chunk = fc.oneof(fc.uint8Array({ maxLength: 12 }), interesting);

/** A change to a file: bytes inserted, bytes deleted, or the whole file replaced. */
const edit = fc.record({
  path: fc.constantFrom(...PATHS),
  at: fc.nat(),
  remove: fc.nat({ max: 20 }),
  insert: fc.array(chunk, { maxLength: 4 }),
  replace: fc.boolean(),
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(e: Edit): SourceFile[] {
  const before = bytesOf(e.path);
  const inserted = e.insert.flatMap((b) => [...b]);
  const at = before.length === 0 ? 0 : e.at % (before.length + 1);
  const bytes = e.replace
    ? Uint8Array.from(inserted)
    : Uint8Array.from([...before.subarray(0, at), ...inserted, ...before.subarray(at + e.remove)]);
  const files: SourceFile[] = VALID.filter((f) => f.path !== e.path);
  files.push(decode(e.path, bytes));
  return files;
}

/** How many lines a text has when LF, CRLF and a lone CR all end a line (as the CSV reader counts). */
function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

describe('check on any bytes in any file of a valid organisation', () => {
  it('never throws, ends, and reports only positions inside the files', () => {
    fc.assert(
      fc.property(edit, (e) => {
        const files = apply(e);
        const { diagnostics } = computeProject(files, AS_OF);
        formatText(diagnostics, {
          sources: new Map(files.filter(hasText).map((f) => [f.path, f.text])),
        });
        for (const d of diagnostics) {
          const file = files.find((f) => f.path === d.file);
          expect(d.line, d.message).toBeGreaterThanOrEqual(1);
          expect(d.col, d.message).toBeGreaterThanOrEqual(1);
          if (file === undefined || !hasText(file)) {
            if (file === undefined) expect([d.line, d.col]).toEqual([1, 1]);
            continue;
          }
          expect(d.line, `${d.file} ${d.rule} ${d.message}`).toBeLessThanOrEqual(
            lineCount(file.text),
          );
          expect(d.col, `${d.file} ${d.rule} ${d.message}`).toBeLessThanOrEqual(
            file.text.length + 1,
          );
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
