import { stringify } from 'yaml';
import type { FileKind } from '../schema/json-schemas.ts';

/** Column at which inline comments start, so the explanations line up. */
export const COMMENT_COLUMN = 40;

/**
 * A string as a YAML scalar: plain when YAML reads it back as the same string, quoted otherwise
 * (`true`, `2026`, `a: b`, a leading `#`…).
 */
export function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Ids as a YAML flow list: `[a, b]`, `[]` when empty. */
export function flowList(ids: readonly string[]): string {
  return `[${ids.map(yamlScalar).join(', ')}]`;
}

/** `text` followed by `# comment` at COMMENT_COLUMN (or two spaces after a longer text). */
export function withComment(text: string, comment: string): string {
  return `${text.padEnd(Math.max(COMMENT_COLUMN - 1, text.length + 1))} # ${comment}`;
}

/**
 * The first line of a generated YAML file: `# yaml-language-server: $schema=<path>`, where
 * `schemaDir` is the schemas folder relative to the KPI folder (posix, no trailing slash) and
 * `depth` how many folders below the KPI folder the file is (0 for strategy.yaml, 1 for
 * metrics/*.yaml).
 */
export function schemaLine(schemaDir: string, kind: FileKind, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${schemaDir}/${kind}.json`;
}
