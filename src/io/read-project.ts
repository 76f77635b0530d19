import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../core/load/source-file.ts';

/** Files larger than this are not read (a 200 MB readings file is still read). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A problem with the folder itself, not with a file in it: bad usage (exit 2). */
export class FolderError extends Error {
  override readonly name = 'FolderError';
}

const TOP_FILES = /^(strategy|teams)\.ya?ml$|^sources\.yaml$/;

/**
 * Reads the files Plumbline knows in a KPI folder: strategy.yaml, teams.yaml, metrics/*, and
 * journal/** — each once. Nothing outside the folder is read: a symbolic link whose target lies
 * outside is reported instead of followed. Paths come back posix, relative to the folder.
 */
export async function readProject(dir: string): Promise<SourceFile[]> {
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw new FolderError(`${dir} is not a folder.`);
  } catch (error) {
    if (error instanceof FolderError) throw error;
    throw new FolderError(`There is no folder ${dir}.`);
  }
  const relPaths: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (TOP_FILES.test(entry.name)) relPaths.push(entry.name);
    else if (entry.name === 'metrics') relPaths.push(...(await listFiles(root, 'metrics', false)));
    else if (entry.name === 'journal') relPaths.push(...(await listFiles(root, 'journal', true)));
  }
  relPaths.sort();
  return Promise.all(relPaths.map((rel) => readSource(root, rel)));
}

async function listFiles(root: string, rel: string, recursive: boolean): Promise<string[]> {
  const full = path.join(root, rel);
  if (!(await insideRoot(root, full))) return [rel];
  if (!(await stat(full)).isDirectory()) return [];
  const out: string[] = [];
  for (const entry of await readdir(full, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const child = `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (recursive) out.push(...(await listFiles(root, child, true)));
    } else {
      out.push(child);
    }
  }
  return out;
}

async function insideRoot(root: string, full: string): Promise<boolean> {
  try {
    const real = await realpath(full);
    return real === root || real.startsWith(root + path.sep);
  } catch {
    return false;
  }
}

async function readSource(root: string, rel: string): Promise<SourceFile> {
  const full = path.join(root, rel);
  try {
    const info = await lstat(full);
    if (info.isSymbolicLink() && !(await insideRoot(root, full))) {
      return { path: rel, problem: 'outside', detail: 'it is a link to a file outside the folder' };
    }
    const target = await stat(full);
    if (target.isDirectory()) return { path: rel, problem: 'unreadable', detail: 'it is a folder' };
    if (target.size > MAX_FILE_BYTES) {
      return {
        path: rel,
        problem: 'too-large',
        detail: `${Math.round(target.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`,
      };
    }
    return decode(rel, await readFile(full));
  } catch (error) {
    return {
      path: rel,
      problem: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Decodes UTF-8 strictly; a UTF-16 file or invalid bytes are reported, never guessed. */
export function decode(rel: string, bytes: Uint8Array): SourceFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { path: rel, problem: 'encoding', detail: 'it is UTF-16' };
  }
  try {
    return {
      path: rel,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
    };
  } catch {
    const at = firstInvalidByte(bytes);
    return {
      path: rel,
      problem: 'encoding',
      detail: 'a byte here is not UTF-8',
      line: at.line,
      col: at.col,
    };
  }
}

function firstInvalidByte(bytes: Uint8Array): { line: number; col: number } {
  const offset = firstInvalidOffset(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, col };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}
