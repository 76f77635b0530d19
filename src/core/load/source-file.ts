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

/** Why a file could not be read as text. */
export type FileProblem = 'encoding' | 'too-large' | 'outside' | 'unreadable';

/** True when the file was read as text. */
export function hasText(file: SourceFile): file is TextFile {
  return 'text' in file;
}
