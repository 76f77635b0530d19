import path from 'node:path';
import { diffModels } from '../core/diff/diff-models.ts';
import { formatDiffJson } from '../core/diff/format-diff-json.ts';
import { formatDiffMarkdown } from '../core/diff/format-diff-markdown.ts';
import type { SourceFile } from '../core/load/source-file.ts';
import { computeProject } from '../core/pipeline.ts';
import { GitTreeError, readProjectAtRef } from '../io/git-tree.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { displayPrefix, parseAsOf, parseCommand, readFolder, oneOf } from './parse-command.ts';

const FORMATS = ['markdown', 'json'] as const;

/**
 * `plumbline diff <git-ref> [dir] [--format markdown|json] [--as-of DATE]`: what the working tree
 * changes in the KPI folder against the folder at the ref (read from git's objects, in the
 * repository that holds `dir`), both computed at the same as-of date. Exit 0 whenever a report is
 * printed, new errors included — `plumbline check` is the gate, this is the comment; 2 on bad
 * usage: no ref, an unknown ref, no repository, or a folder that did not exist at the ref.
 */
export async function runDiff(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('diff', args, {
    format: { type: 'string', default: 'markdown' },
    'as-of': { type: 'string' },
  });
  const format = oneOf('diff', 'format', values.format, FORMATS);
  const [ref, dir = 'kpis', ...extra] = positionals;
  if (ref === undefined)
    throw new CliError(
      'diff: name the git ref to compare with, e.g. `plumbline diff origin/main`.',
    );
  if (extra.length > 0)
    throw new CliError(
      `diff: expected a git ref and at most one folder, got ${positionals.length} arguments.`,
    );
  const asOf = parseAsOf(values['as-of'], effects);
  const now = await readFolder(dir, effects);
  const base = await readAtRef(path.resolve(effects.cwd, dir), ref);
  const diff = diffModels(computeProject(base, asOf).model, computeProject(now, asOf).model);
  effects.stdout(
    format === 'json'
      ? formatDiffJson(diff)
      : formatDiffMarkdown(diff, { base: ref, pathPrefix: displayPrefix(dir) }),
  );
  return 0;
}

async function readAtRef(dir: string, ref: string): Promise<SourceFile[]> {
  try {
    return await readProjectAtRef(dir, ref);
  } catch (error) {
    if (error instanceof GitTreeError) throw new CliError(`diff: ${error.message}`);
    throw error;
  }
}
