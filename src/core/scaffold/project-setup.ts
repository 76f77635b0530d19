/**
 * The files `plumbline init` writes beside the KPI folder, at the root of the adopting project:
 * editor settings, ignore rules and (with --github) the workflows. Pure: text in, text out.
 */

/** What git should not track: installed packages, the built site, a build's leftovers. */
export const GITIGNORE_LINES = ['node_modules/', 'dist/', 'dist.tmp-*/', 'dist.old-*/'] as const;

/**
 * The .gitignore text with the lines it lacks appended (under a comment), or null when it has
 * them all. `existing` null: no file yet.
 */
export function gitignoreWith(existing: string | null): string | null {
  const have = new Set(
    (existing ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .map((l) => l.replace(/^\//, '')),
  );
  const missing = GITIGNORE_LINES.filter(
    (line) => !have.has(line) && !have.has(line.replace(/\/$/, '')),
  );
  if (missing.length === 0) return null;
  const block = ['# Plumbline: installed packages, the built site, unfinished builds', ...missing];
  if (existing === null || existing === '') return `${block.join('\n')}\n`;
  return `${existing}${existing.endsWith('\n') ? '' : '\n'}\n${block.join('\n')}\n`;
}

/** The kinds of file and the patterns they are found by, relative to the KPI folder. */
const SCHEMA_PATTERNS = {
  strategy: ['strategy.yaml', 'strategy.yml'],
  teams: ['teams.yaml', 'teams.yml'],
  metric: ['metrics/*.yaml', 'metrics/*.yml'],
  journal: ['journal/*.yaml', 'journal/*.yml'],
} as const;

/**
 * `.vscode/settings.json` for the YAML extension (`yaml.schemas`): each JSON Schema mapped to
 * the files of its kind by pattern, so a file without its `$schema` line still gets completion
 * and checks. Paths are posix, relative to the project root: `schemaDir` the schemas' folder,
 * `kpiDir` the KPI folder ('' for the root itself).
 */
export function vscodeSettings(schemaDir: string, kpiDir: string): string {
  const prefix = kpiDir === '' || kpiDir === '.' ? '' : `${kpiDir.replace(/\/+$/, '')}/`;
  const schemas = Object.fromEntries(
    Object.entries(SCHEMA_PATTERNS).map(([kind, patterns]) => [
      `./${schemaDir.replace(/^\.\//, '')}/${kind}.json`,
      patterns.map((p) => `${prefix}${p}`),
    ]),
  );
  return `${JSON.stringify({ 'yaml.schemas': schemas }, null, 2)}\n`;
}

/**
 * A shipped workflow made to watch and read the KPI folder `folder` instead of `kpis`: every
 * `kpis` that stands as a path (`kpis/**`, `plumbline check kpis`) is replaced. The folder must be
 * a plain relative path (letters, digits, `.`, `_`, `-`, `/`), which needs no quoting in YAML or
 * in a shell.
 */
export function workflowForFolder(text: string, folder: string): string {
  const clean = folder.replace(/^\.\//, '').replace(/\/+$/, '');
  if (clean === 'kpis') return text;
  return text.replace(/(?<=[\s'"])kpis(?=\/|\s|'|"|$)/gm, clean);
}

/** Whether `folder` can be written into a workflow as it is (see workflowForFolder). */
export function isPlainFolder(folder: string): boolean {
  return /^(?!\.\.?(\/|$))[\w.-]+(\/[\w.-]+)*\/?$/.test(folder.replace(/^\.\//, ''));
}
