import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isListed, isListedFolder, KIND_FOLDERS, looksLikeFile } from '../core/load/file-kinds.ts';
import type { SourceFile, UnreadableFile } from '../core/load/source-file.ts';

/** Files larger than this are not read (a 200 MB readings file is still read). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A problem with the folder itself, not with a file in it: bad usage (exit 2). */
export class FolderError extends Error {
  override readonly name = 'FolderError';
}

/**
 * Reads the files of a KPI folder that FILE_KINDS names, those that look meant to be one, and the
 * other files directly in metrics/ and journal/ — each once. Only regular files are opened, after
 * their size is checked: a named pipe, socket, device, folder named like a file, link loop or
 * unreadable file comes back as the problem it is, at its own path. Nothing outside the folder is
 * read: a symbolic link whose target lies outside is reported instead of followed. Paths come back
 * posix, relative to the folder, and no message holds a path of the machine.
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
  const unlisted: SourceFile[] = [];
  await listFolder(root, '', relPaths, unlisted);
  const files = [...relPaths.map((rel) => readSource(root, rel)), ...unlisted];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Lists the entries of one folder (`rel` '' for the top) into `out`, recursing as FILE_KINDS
 * says; a folder that cannot be listed goes to `unlisted` as the problem it is.
 */
async function listFolder(
  root: string,
  rel: string,
  out: string[],
  unlisted: SourceFile[],
): Promise<void> {
  let entries;
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (error) {
    unlisted.push(problemOf(rel, errorCode(error)));
    return;
  }
  for (const entry of entries) {
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (isListedFolder(child)) await listFolder(root, child, out, unlisted);
      else if (looksLikeFile(child)) out.push(child); // reported as a folder
    } else if (entry.isSymbolicLink() && rel === '' && isKindFolder(child)) {
      // metrics/ or journal/ as a link: followed when it stays inside the folder.
      const leads = whereLinkLeads(root, child);
      if (leads !== 'inside')
        out.push(child); // reported: outside, a loop, a link to nothing
      else if (await isFolder(root, child)) await listFolder(root, child, out, unlisted);
    } else if (isListed(child)) {
      out.push(child);
    }
  }
}

function isKindFolder(rel: string): boolean {
  return (KIND_FOLDERS as readonly string[]).includes(rel);
}

async function isFolder(root: string, rel: string): Promise<boolean> {
  try {
    return (await stat(path.join(root, rel))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * One file of the folder, read synchronously: a folder holds thousands of small files, and the
 * promise API costs several times the CPU per call (seven calls a file; 2,000 files of the
 * 1,000-KPI organisation: ~0.35 s of this thread against ~0.1 s), while nothing else waits on
 * this thread as the files are read.
 */
function readSource(root: string, rel: string): SourceFile {
  const full = path.join(root, rel);
  try {
    if (lstatSync(full).isSymbolicLink()) {
      const leads = whereLinkLeads(root, rel);
      if (leads === 'outside') {
        return {
          path: rel,
          problem: 'outside',
          detail: 'it is a link to a file outside the folder',
        };
      }
      if (leads !== 'inside') return problemOf(rel, leads);
    }
    const target = statSync(full);
    if (target.isDirectory()) return { path: rel, problem: 'folder' };
    if (!target.isFile()) return { path: rel, problem: 'special', detail: specialKind(target) };
    if (target.size > MAX_FILE_BYTES) return tooLarge(rel, target.size);
    // O_NONBLOCK: should the file be swapped for a named pipe after the check, opening it still
    // returns at once, and the check on the open descriptor below refuses it.
    const fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { path: rel, problem: 'special', detail: specialKind(info) };
      const bytes = Buffer.allocUnsafe(Math.min(info.size, MAX_FILE_BYTES) + 1);
      let length = 0;
      for (;;) {
        const bytesRead = readSync(fd, bytes, length, bytes.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === bytes.length) {
          if (length > MAX_FILE_BYTES) return tooLarge(rel, length);
          break; // the file grew while read: what it held when checked is read
        }
      }
      return decode(rel, bytes.subarray(0, length));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return problemOf(rel, errorCode(error));
  }
}

/** Where a link leads: inside the folder, outside it, or nowhere (a loop, a missing target). */
function whereLinkLeads(root: string, rel: string): 'inside' | 'outside' | string {
  try {
    const real = realpathSync(path.join(root, rel));
    return real === root || real.startsWith(root + path.sep) ? 'inside' : 'outside';
  } catch (error) {
    return errorCode(error);
  }
}

function tooLarge(rel: string, size: number): UnreadableFile {
  return {
    path: rel,
    problem: 'too-large',
    detail: `${Math.round(size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`,
  };
}

/** What a file that is not a regular file is, in words. */
export function specialKind(info: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/** The problem an fs error code means, in words that name no path of the machine. */
export function problemOf(rel: string, code: string): UnreadableFile {
  switch (code) {
    case 'ELOOP':
      return { path: rel, problem: 'loop' };
    case 'EISDIR':
      return { path: rel, problem: 'folder' };
    case 'EACCES':
    case 'EPERM':
      return { path: rel, problem: 'unreadable', detail: 'permission denied' };
    case 'ENOENT':
      return {
        path: rel,
        problem: 'unreadable',
        detail: 'it is a link to nothing, or it vanished',
      };
    default:
      return { path: rel, problem: 'unreadable', detail: `the system refused: ${code}` };
  }
}

/** A strict decoder; each `decode` call without `stream` stands alone, so one serves every file. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly; a UTF-16 file or invalid bytes are reported, never guessed. */
export function decode(rel: string, bytes: Uint8Array): SourceFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { path: rel, problem: 'encoding', detail: 'it is UTF-16' };
  }
  try {
    return { path: rel, text: UTF8.decode(bytes) };
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
