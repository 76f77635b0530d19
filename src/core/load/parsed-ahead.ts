/**
 * Files parsed before the project is loaded, by path: a caller with a second thread parses the
 * readings CSVs there while this one parses the YAML (src/io/parse-ahead.ts), then hands both to
 * loadProject, which takes a file's result from here rather than parsing it again. Each result is
 * what parseYamlFile or parseReadings gives for that very file (path and text): both are pure, so
 * a project loads the same with or without them.
 */
import { kindOf } from './file-kinds.ts';
import type { ParsedReadings } from './parse-readings.ts';
import { hasText, type SourceFile, type TextFile } from './source-file.ts';
import { parseYamlFile, type YamlFile } from './yaml-file.ts';

export interface ParsedAhead {
  readonly yaml?: ReadonlyMap<string, YamlFile>;
  readonly readings?: ReadonlyMap<string, ParsedReadings>;
}

/**
 * The files of a YAML kind among `files` (FILE_KINDS: strategy, teams, people, sources, KPIs,
 * journal), parsed (parseYamlFile), by path. Other YAML files are not read by the loader.
 */
export function parseYamlAhead(files: readonly SourceFile[]): Map<string, YamlFile> {
  const out = new Map<string, YamlFile>();
  for (const file of files)
    if (hasText(file) && isYamlKind(file.path))
      out.set(file.path, parseYamlFile(file.path, file.text));
  return out;
}

/** The readings CSVs among `files` (FILE_KINDS.readings). */
export function readingsFiles(files: readonly SourceFile[]): TextFile[] {
  return files.filter((f): f is TextFile => hasText(f) && kindOf(f.path) === 'readings');
}

const isYamlKind = (path: string) => kindOf(path) !== null && /\.ya?ml$/.test(path);
