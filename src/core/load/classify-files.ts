/**
 * Classifying a KPI folder's files, before anything is parsed: each file's kind (FILE_KINDS), the
 * files Plumbline does not read or that clash (misnamed, unexpected, two for one KPI), and the
 * files that could not be read as text — each reported once, here.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { ID_PATTERN } from '../schema/common.ts';
import { intendedPath, kindOf, type FileKind } from './file-kinds.ts';
import { fileProblem } from './file-problem.ts';
import { skeleton } from './look-alikes.ts';
import { hasText, type SourceFile, type TextFile } from './source-file.ts';

/** A folder's readable files by kind; a kind's file that clashes with another is in none. */
export interface ClassifiedFiles {
  readonly strategy: TextFile | undefined;
  readonly teams: TextFile | undefined;
  readonly people: TextFile | undefined;
  /** metrics/*.yaml, by path. */
  readonly metrics: readonly TextFile[];
  /** metrics/*.csv by KPI id. */
  readonly readingsByKpi: ReadonlyMap<string, TextFile>;
  /** journal/*.yaml, by path. */
  readonly journal: readonly TextFile[];
  /** Every KPI whose file exists — valid or not, misnamed, duplicated: not an unknown reference. */
  readonly declaredKpis: ReadonlySet<string>;
  /** True when a file of this path is there, in any state, or a misnamed file stands for it. */
  present(path: string): boolean;
}

/** Sorts a folder's files by kind, adding the problems of the files themselves to `diagnostics`. */
export function classifyFiles(
  files: readonly SourceFile[],
  diagnostics: Diagnostic[],
): ClassifiedFiles {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const kinds = new Map<string, FileKind | null>(sorted.map((f) => [f.path, kindOf(f.path)]));
  const { duplicates, intended } = sortOut(sorted, kinds, diagnostics);
  const declaredKpis = new Set<string>();
  const declare = (p: string) => {
    declaredKpis.add(kpiId(p));
    // `оrders.yaml` (a Cyrillic о) is meant as `orders`: its id-format error is the one error.
    const plain = skeleton(kpiId(p));
    if (plain !== kpiId(p) && ID_PATTERN.test(plain)) declaredKpis.add(plain);
  };
  for (const [p, kind] of kinds) if (kind === 'metric') declare(p);
  for (const p of intended.keys()) if (kindOf(p) === 'metric') declare(p);

  let strategy: TextFile | undefined;
  let teams: TextFile | undefined;
  let people: TextFile | undefined;
  const metrics: TextFile[] = [];
  const readingsByKpi = new Map<string, TextFile>();
  const journal: TextFile[] = [];
  for (const file of sorted) {
    const p = file.path;
    const kind = kinds.get(p)!;
    if (kind === null || duplicates.has(p)) continue;
    if (!hasText(file)) {
      diagnostics.push(fileProblem(file));
      continue;
    }
    if (kind === 'strategy') strategy = file;
    else if (kind === 'teams') teams = file;
    else if (kind === 'people') people = file;
    else if (kind === 'metric') metrics.push(file);
    else if (kind === 'readings') readingsByKpi.set(kpiId(p), file);
    else if (kind === 'journal') journal.push(file);
  }
  return {
    strategy,
    teams,
    people,
    metrics,
    readingsByKpi,
    journal,
    declaredKpis,
    present: (p) => kinds.has(p) || intended.has(p),
  };
}

/** The id of a KPI or readings file: its name without the extension. */
export function kpiId(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.(ya?ml|csv|sql)$/, '');
}

/**
 * Sorts out the files Plumbline does not read and the ones that clash, before anything is parsed:
 * a file that looks meant for Plumbline (file-misnamed, naming the path it needs), any other file
 * in metrics/ or journal/ (file-unexpected), and two files for one KPI id — another extension or
 * another case — (file-duplicate on each; neither is loaded). Returns the clashing paths and, for
 * each misnamed file, the path it stands for.
 */
function sortOut(
  files: readonly SourceFile[],
  kinds: ReadonlyMap<string, FileKind | null>,
  diagnostics: Diagnostic[],
): { duplicates: Set<string>; intended: Map<string, string> } {
  const paths = new Set(files.map((f) => f.path));
  const intended = new Map<string, string>();
  const byId = new Map<string, string[]>();
  for (const { path: p } of files) {
    const kind = kinds.get(p)!;
    if (kind === 'metric' || kind === 'readings') {
      const key = `${kind}:${kpiId(p).toLowerCase()}`;
      byId.set(key, [...(byId.get(key) ?? []), p]);
      continue;
    }
    if (kind !== null) continue;
    const meant = intendedPath(p);
    if (meant !== null) {
      intended.set(meant, p);
      diagnostics.push(misnamed(p, meant, paths.has(meant)));
    } else if (p.startsWith('metrics/') || p.startsWith('journal/')) {
      diagnostics.push(
        diagnostic(
          'file-unexpected',
          { file: p, line: 1, col: 1 },
          'Plumbline does not read this file.',
          p.startsWith('metrics/')
            ? 'KPI folders hold `<id>.yaml` and `<id>.csv` files only: rename it or move it elsewhere.'
            : 'Journal entries are `.yaml` files: rename it or move it elsewhere.',
        ),
      );
    }
  }
  const duplicates = new Set<string>();
  for (const [key, group] of byId) {
    if (group.length < 2) continue;
    const what = key.startsWith('metric:') ? 'the KPI' : 'the readings of';
    for (const p of group) {
      duplicates.add(p);
      const others = group.filter((o) => o !== p).map((o) => `\`${o}\``);
      diagnostics.push(
        diagnostic(
          'file-duplicate',
          { file: p, line: 1, col: 1 },
          `This file and ${others.join(' and ')} are two files for ${what} \`${kpiId(p).toLowerCase()}\`, so neither is read.`,
          'Keep one of them: merge what differs into it and delete the other.',
        ),
      );
    }
  }
  return { duplicates, intended };
}

/** The file-misnamed error of a file that Plumbline would read under the path `meant`. */
function misnamed(p: string, meant: string, meantExists: boolean): Diagnostic {
  const at = { file: p, line: 1, col: 1 };
  const name = (x: string) => x.slice(x.lastIndexOf('/') + 1);
  const ext = (x: string) => x.slice(x.lastIndexOf('.'));
  const why =
    p.split('/').length > meant.split('/').length
      ? `KPI files sit directly in \`metrics/\`, so \`${p}\` in a subfolder is not read`
      : ext(p) !== ext(meant) && ext(p).toLowerCase() === ext(meant)
        ? `Plumbline reads \`${ext(meant)}\` files, not \`${ext(p)}\`, so \`${p}\` is not read`
        : `Plumbline reads \`${meant}\`, not \`${p}\` (names are case-sensitive, and end in \`.yaml\`)`;
  const hint = meantExists
    ? `\`${meant}\` is there too and is the one read: merge what differs into it and delete \`${p}\`.`
    : p.split('/').length > meant.split('/').length
      ? `Move it to \`${meant}\`.`
      : `Rename the file to \`${name(meant)}\`.`;
  return diagnostic('file-misnamed', at, `${why}.`, hint);
}
