import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { formatText } from '../core/diagnostics/format-text.ts';
import { loadProject } from '../core/load/load-project.ts';
import { codeownersBlock, replaceCodeownersBlock } from '../core/scaffold/codeowners-block.ts';
import { findCodeownersFile, readTextIfExists, writeTextFile } from '../io/codeowners-file.ts';
import { gitRoot } from '../io/git-root.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { FORMAT_OPTION, outputFormat, printResult } from './output-format.ts';
import { displayPrefix, parseCommand, readFolder } from './parse-command.ts';

/**
 * `plumbline codeowners [dir] [--write[=FILE]]`: the CODEOWNERS block that asks each team to
 * review changes to its KPI files (teams' `github:` handles, inherited from the nearest parent
 * team that has one), with paths from the repository root (`git rev-parse --show-toplevel`; the
 * current folder outside git). Printed to stdout, or with --write put in place between the
 * `# BEGIN plumbline` and `# END plumbline` lines of the repository's CODEOWNERS file, everything
 * else in it untouched (created when missing).
 */
export async function runCodeowners(args: readonly string[], effects: CliEffects): Promise<number> {
  const { write, rest } = await takeWrite(args, effects.cwd);
  const { values, positionals } = parseCommand('codeowners', rest, { format: FORMAT_OPTION });
  const format = outputFormat('codeowners', values.format);
  if (positionals.length > 1)
    throw new CliError(
      `codeowners: expected at most one folder, got ${positionals.length}. To name the file to update, write --write=FILE.`,
    );
  const dir = positionals[0] ?? 'kpis';
  const files = await readFolder(dir, effects);
  const { project, diagnostics } = loadProject(files);
  if (hasErrors(diagnostics)) {
    // A KPI file with errors is not in the project: its owners would silently go missing.
    effects.stderr(
      formatText(
        diagnostics.filter((d) => d.severity === 'error'),
        { pathPrefix: displayPrefix(dir) },
      ),
    );
    effects.stderr(
      'No CODEOWNERS block: fix the errors above (`plumbline check`), then run it again.\n',
    );
    return 1;
  }
  const folder = await realpath(path.resolve(effects.cwd, dir));
  const root = (await gitRoot(folder)) ?? (await realpath(effects.cwd));
  const rel = path.relative(root, folder).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new CliError(
      `codeowners: ${dir} is not in a git repository nor inside the current folder, so its paths from the repository root are unknown. Run it from the repository root.`,
    );
  const block = codeownersBlock(project, rel);
  const rules = block.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
  if (write === null) {
    // The block is the output asked for: printed even with --quiet.
    if (format === 'json')
      printResult(effects, format, { text: () => '', json: () => ({ block, rules }) });
    else effects.stdout(block);
    return 0;
  }
  const target = write === true ? await findCodeownersFile(root) : path.resolve(effects.cwd, write);
  const shown = path.relative(effects.cwd, target) || target;
  const existing = await readTextIfExists(target);
  const result = replaceCodeownersBlock(existing, block);
  if (result.kind === 'bad-markers')
    throw new CliError(
      `codeowners: ${shown} has ${result.begins} \`# BEGIN plumbline\` and ${result.ends} \`# END plumbline\` lines; expected one of each, BEGIN first. Fix them by hand (or delete the block), then run it again. The file was not changed.`,
      1,
    );
  const file = shown.split(path.sep).join('/');
  if (result.text === existing) {
    printResult(effects, format, {
      text: () => `${shown} is up to date.\n`,
      json: () => ({ block, rules, file, status: 'unchanged' }),
    });
    return 0;
  }
  await writeTextFile(target, result.text);
  printResult(effects, format, {
    text: () =>
      `${existing === null ? 'Created' : 'Updated'} ${shown}: ${rules} rule${rules === 1 ? '' : 's'} between # BEGIN plumbline and # END plumbline.\n`,
    json: () => ({ block, rules, file, status: existing === null ? 'created' : 'updated' }),
  });
  return 0;
}

/**
 * Takes `--write` out of the arguments. Its file is optional: `--write=FILE`, or `--write FILE`
 * when the next argument is not a flag and not a folder (a CODEOWNERS file is never a folder, so
 * `--write kpis` still means "write, for the folder kpis"). `true` means the default file.
 */
async function takeWrite(
  args: readonly string[],
  cwd: string,
): Promise<{ write: string | true | null; rest: string[] }> {
  let write: string | true | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--write=')) {
      write = arg.slice('--write='.length);
      if (write === '') throw new CliError('codeowners: --write= needs a file name.');
    } else if (arg === '--write') {
      const next = args[i + 1];
      if (
        next !== undefined &&
        !next.startsWith('-') &&
        !(await isFolder(path.resolve(cwd, next)))
      ) {
        write = next;
        i++;
      } else write = true;
    } else rest.push(arg);
  }
  return { write, rest };
}

async function isFolder(full: string): Promise<boolean> {
  try {
    return (await stat(full)).isDirectory();
  } catch {
    return false;
  }
}
