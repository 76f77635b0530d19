import { USAGE } from './usage.ts';

/** Options every command takes, shown in each command's help. */
const COMMON_FLAGS = ['--quiet', '--no-color', '--debug', '--help'];

/** A section of USAGE (`Usage:`, `Commands:`, `Options:`) as entries: a first line and the
 * lines indented under it. */
function entries(section: string, usage: string): string[][] {
  const lines = usage.split('\n');
  const start = lines.indexOf(`${section}:`);
  if (start < 0) return [];
  const out: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break; // the next section
    if (/^ {2}\S/.test(line)) out.push([line]);
    else if (/^ {3,}\S/.test(line) && out.length > 0) out.at(-1)!.push(line);
  }
  return out;
}

/** The flags an option entry's first line names: `-q, --quiet` → [--quiet]. */
function flagsOf(header: string): string[] {
  return [
    ...header
      .trim()
      .split(/\s{2,}/)[0]!
      .matchAll(/--[a-z][a-z-]*/g),
  ].map((m) => m[0]);
}

/** The header of an option entry (`--format text|json`), up to its description. */
function headerOf(entry: readonly string[]): string {
  return entry[0]!.trim().split(/\s{2,}/)[0]!;
}

/** The commands an option entry is marked for, `(build)` or `(init, build)`; null: any. */
function ownersOf(entry: readonly string[], commands: readonly string[]): string[] | null {
  for (const m of entry
    .slice(0, 2)
    .join(' ')
    .matchAll(/\(([^)]+)\)/g)) {
    const names = m[1]!.split(/,\s*/);
    if (names.every((n) => commands.includes(n))) return names;
  }
  return null;
}

/**
 * One command's help, cut from the full USAGE: its usage lines, its entry under Commands, and the
 * options its usage names (an option marked `(other command)` is left out; of two entries for one
 * flag, the one whose header the usage spells out wins), then the options every command takes.
 * A command added to USAGE in the same style gets its own help with no other change. Null for a
 * name USAGE does not know.
 */
export function commandHelp(name: string, usage: string = USAGE): string | null {
  const startsWith = (text: string, prefix: string) =>
    text === prefix || text.startsWith(`${prefix} `);
  const usageLines = entries('Usage', usage).filter((e) =>
    startsWith(e[0]!.trim(), `plumbline ${name}`),
  );
  const commandEntries = entries('Commands', usage);
  // A command's name: the words of its entry before the first argument (`new kpi <id>` → new kpi).
  const commands = commandEntries.map(
    (e) => /^[a-z][a-z -]*?(?=\s+[<[]|\s{2,}|$)/.exec(e[0]!.trim())?.[0] ?? '',
  );
  const command = commandEntries.filter((e) => startsWith(e[0]!.trim(), name));
  if (usageLines.length === 0 && command.length === 0) return null;
  const spelled = usageLines.flat().join(' ');
  const wanted = new Set([...spelled.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]));
  const options = entries('Options', usage).filter((e) => {
    const flags = flagsOf(e[0]!);
    if (flags.some((f) => COMMON_FLAGS.includes(f))) return true;
    if (!flags.some((f) => wanted.has(f))) return false;
    const owners = ownersOf(e, commands);
    return owners === null || owners.includes(name);
  });
  // Of several entries for one flag, keep the one whose header the usage spells out, if any.
  const kept = options.filter((e) => {
    const rivals = options.filter((o) => flagsOf(o[0]!)[0] === flagsOf(e[0]!)[0]);
    if (rivals.length === 1) return true;
    const exact = (o: readonly string[]) =>
      new RegExp(`${escapeRegExp(headerOf(o))}(?=[\\]\\s]|$)`).test(spelled);
    if (rivals.some(exact)) return exact(e);
    // Else the narrowest (`--format text|json` for a command that spells `--format json`).
    return rivals.every((o) => headerOf(o).length >= headerOf(e).length);
  });
  return [
    'Usage:',
    ...usageLines.flat(),
    '',
    ...command.flat(),
    '',
    'Options:',
    ...kept.flat(),
    '',
  ].join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
