/**
 * Every kind of file Plumbline reads from a KPI folder, one line each: where it sits, as a
 * pattern over the posix path relative to the folder. The I/O layer lists and the loader
 * classifies by this one table, so a new kind of file is one new line here.
 */
export const FILE_KINDS = {
  strategy: /^strategy\.yaml$/,
  teams: /^teams\.yaml$/,
  sources: /^sources\.yaml$/,
  people: /^people\.yaml$/,
  metric: /^metrics\/[^/]+\.ya?ml$/,
  readings: /^metrics\/[^/]+\.csv$/,
  query: /^metrics\/[^/]+\.sql$/,
  journal: /^journal\/.+\.ya?ml$/,
} as const satisfies Record<string, RegExp>;

/** A kind of file of FILE_KINDS. */
export type FileKind = keyof typeof FILE_KINDS;

/** The folders whose files Plumbline lists (the top level aside). */
export const KIND_FOLDERS = ['metrics', 'journal'] as const;

/** Folders nested deeper than this under metrics/ or journal/ are not listed. */
export const MAX_FOLDER_DEPTH = 8;

/** The kind of the file at `path`, or null when Plumbline does not read it. */
export function kindOf(path: string): FileKind | null {
  for (const kind of Object.keys(FILE_KINDS) as FileKind[]) {
    if (FILE_KINDS[kind].test(path)) return kind;
  }
  return null;
}

/**
 * The path a file was probably meant to have, when it has no kind but one small change would give
 * it one: its extension in capitals (`orders.CSV`), a capital or `.yml` in a top-level name
 * (`Strategy.yaml`, `teams.yml`), or a subfolder of metrics/ (`metrics/sales/orders.yaml`). Null
 * when there is none.
 */
export function intendedPath(path: string): string | null {
  if (kindOf(path) !== null) return null;
  const parts = path.split('/');
  const name = parts[parts.length - 1]!;
  const lowerExt = name.replace(/\.[^.]+$/, (ext) => ext.toLowerCase());
  const candidates: string[] = [];
  if (parts.length === 1) candidates.push(name.toLowerCase().replace(/\.yml$/, '.yaml'));
  else if (parts[0] === 'metrics') candidates.push(`metrics/${lowerExt}`);
  else candidates.push([...parts.slice(0, -1), lowerExt].join('/'));
  return candidates.find((c) => c !== path && kindOf(c) !== null) ?? null;
}

/**
 * Whether the I/O layer should list a file it finds at `path` (a regular file or anything else
 * that is not a folder): a file of a kind, one that looks meant to be (intendedPath), or any
 * other file directly in a folder of a kind (reported as not read).
 */
export function isListed(path: string): boolean {
  if (path.split('/').some((p) => p.startsWith('.'))) return false;
  if (kindOf(path) !== null || intendedPath(path) !== null) return true;
  const parts = path.split('/');
  return parts.length === 2 && (KIND_FOLDERS as readonly string[]).includes(parts[0]!);
}

/**
 * Whether a folder found at `path` holds files Plumbline lists: metrics/ and journal/ and the
 * folders under them. A folder named like a file (`metrics/orders.yaml`) is listed as a file
 * instead, to be reported (see looksLikeFile).
 */
export function isListedFolder(path: string): boolean {
  if (path.split('/').some((p) => p.startsWith('.'))) return false;
  const parts = path.split('/');
  return (
    (KIND_FOLDERS as readonly string[]).includes(parts[0]!) &&
    parts.length <= MAX_FOLDER_DEPTH &&
    !looksLikeFile(path)
  );
}

/** A folder whose name is that of a file Plumbline reads: `metrics/orders.yaml/`. */
export function looksLikeFile(path: string): boolean {
  return kindOf(path) !== null || intendedPath(path) !== null;
}
