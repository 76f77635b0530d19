/**
 * Files parsed before the project is loaded, by path: a caller with a second thread parses the
 * readings CSVs there while this one parses the YAML (src/io/parse-ahead.ts), then hands both to
 * loadProject, which takes a file's result from here rather than parsing it again. Each result is
 * what parseYamlFile or parseReadings gives for that very file (path and text): both are pure, so
 * a project loads the same with or without them.
 */
import type { SourceFile } from './source-file.ts';
import { hasText } from './source-file.ts';
import type { ParsedReadings } from './parse-readings.ts';
import { parseYamlFile, type YamlFile } from './yaml-file.ts';

export interface ParsedAhead {
  readonly yaml?: ReadonlyMap<string, YamlFile>;
  readonly readings?: ReadonlyMap<string, ParsedReadings>;
}

/** The YAML files among `files`, parsed (parseYamlFile), by path. */
export function parseYamlAhead(files: readonly SourceFile[]): Map<string, YamlFile> {
  const out = new Map<string, YamlFile>();
  for (const file of files)
    if (hasText(file) && YAML_FILE.test(file.path))
      out.set(file.path, parseYamlFile(file.path, file.text));
  return out;
}

const YAML_FILE = /\.ya?ml$/;
