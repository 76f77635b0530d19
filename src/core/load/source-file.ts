/**
 * What the I/O layer hands the core: a file's path relative to the KPI folder (posix) and its
 * text, or the reason it could not be read as text. The core never touches the file system.
 */
export type SourceFile = TextFile | UnreadableFile;

/** A file read as text. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
}

/** A file that could not be read as text, and why. */
export interface UnreadableFile {
  readonly path: string;
  readonly problem: FileProblem;
  readonly detail?: string;
  /** Where the problem starts, when known (the first invalid byte). */
  readonly line?: number;
  readonly col?: number;
}

/**
 * Why a file could not be read as text: not UTF-8, over the size limit, a link leading outside
 * the folder, a folder where a file was expected, not a regular file (a named pipe, socket or
 * device), a link that leads back to itself, or refused by the system (permissions, vanished).
 */
export type FileProblem =
  'encoding' | 'too-large' | 'outside' | 'folder' | 'special' | 'loop' | 'unreadable';

/** True when the file was read as text. */
export function hasText(file: SourceFile): file is TextFile {
  return 'text' in file;
}
