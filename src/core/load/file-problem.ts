import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { UnreadableFile } from './source-file.ts';

/** The error of a file that could not be read as text, in plain words. */
export function fileProblem(file: UnreadableFile): Diagnostic {
  const at = { file: file.path, line: file.line ?? 1, col: file.col ?? 1 };
  const detail = file.detail === undefined ? '' : ` (${file.detail})`;
  switch (file.problem) {
    case 'encoding':
      return diagnostic(
        'file-encoding',
        at,
        `This file is not UTF-8 text${detail}.`,
        'Save it as UTF-8 (in Excel: “CSV UTF-8”; in an editor: encoding UTF-8).',
      );
    case 'too-large':
      return diagnostic(
        'file-too-large',
        at,
        `This file is too large to read${detail}.`,
        'Aggregate the readings to the KPI cadence, or split the history into a coarser KPI.',
      );
    case 'outside':
      return diagnostic(
        'file-outside',
        at,
        `This file links outside the KPI folder${detail}, so it is not read.`,
        'Replace the link with the file itself.',
      );
    case 'folder':
      return diagnostic(
        'file-folder',
        at,
        `\`${file.path}\` is a folder, but its name is that of a file Plumbline reads.`,
        'Rename the folder, or move what it holds out and put the file in its place.',
      );
    case 'special':
      return diagnostic(
        'file-special',
        at,
        `\`${file.path}\` is ${file.detail ?? 'not a regular file'}, not a file with text, so it is not read.`,
        'Replace it with a regular file, or remove it.',
      );
    case 'loop':
      return diagnostic(
        'file-loop',
        at,
        `\`${file.path}\` is a symbolic link that leads back to itself, so it is not read.`,
        'Replace the link with the file itself, or remove it.',
      );
    case 'unreadable':
      return diagnostic(
        'file-unreadable',
        at,
        `This file cannot be read${detail}.`,
        'Make it readable by the user who runs Plumbline (or in git: commit the file itself), or remove it.',
      );
    default:
      return assertNever(file.problem);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled file problem: ${String(value)}`);
}
