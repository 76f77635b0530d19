import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import type { SourceFile } from '../core/load/source-file.ts';
import { decode, MAX_FILE_BYTES } from './read-project.ts';

/** Why a KPI folder could not be read at a git ref. */
export type GitTreeProblem = 'not-a-repository' | 'unknown-ref' | 'folder-missing' | 'git-failed';

/** The folder, its repository or the ref cannot be read: bad usage (exit 2), not a bug. */
export class GitTreeError extends Error {
  override readonly name = 'GitTreeError';
  readonly problem: GitTreeProblem;

  constructor(problem: GitTreeProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** A file of the tree: mode 120000 is a symbolic link, whose blob holds the target path. */
interface TreeEntry {
  readonly mode: string;
  readonly oid: string;
  readonly size: number;
  /** Posix, relative to the KPI folder. */
  readonly rel: string;
}

const TOP_FILES = /^(strategy|teams)\.ya?ml$|^sources\.yaml$/;
const LINK_MODE = '120000';
// Variables that would point git at another repository than the one holding the folder.
const REPO_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR'];

/**
 * Reads the KPI folder `dir` as it is at `ref` in the repository that holds `dir`, from git's
 * objects alone: the working tree and the index are never read or written. The files are
 * selected as `readProject` selects them (strategy.yaml, teams.yaml, metrics/*, journal/**, no
 * dot files); a symbolic link is read only when it names a file inside the folder, else it is
 * reported as `outside`. Blobs are read by one `git cat-file --batch` process and decoded strictly
 * as UTF-8. Throws GitTreeError when there is no repository, the ref names no commit, or the
 * folder did not exist at the ref.
 */
export async function readProjectAtRef(dir: string, ref: string): Promise<SourceFile[]> {
  const where = await git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']).catch(
    (error: unknown) => {
      if (error instanceof GitTreeError) throw error;
      throw new GitTreeError(
        'not-a-repository',
        `${dir} is not in a git repository (${why(error)}).`,
      );
    },
  );
  const [root = '', prefix = ''] = where.split('\n');
  if (ref === '' || ref.startsWith('-')) throw unknownRef(ref);
  const commit = (
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(
      (error: unknown) => {
        throw error instanceof GitTreeError ? error : unknownRef(ref);
      },
    )
  ).trim();
  const listing = await git(root, [
    '--literal-pathspecs',
    'ls-tree',
    '-r',
    '-z',
    '-l',
    '--full-tree',
    commit,
    ...(prefix === '' ? [] : ['--', prefix]),
  ]);
  const entries = parseTree(listing, prefix);
  if (entries.length === 0) {
    throw new GitTreeError(
      'folder-missing',
      `The folder ${prefix === '' ? '.' : prefix.slice(0, -1)} did not exist at ${ref}.`,
    );
  }
  return readSelected(root, entries);
}

function unknownRef(ref: string): GitTreeError {
  return new GitTreeError(
    'unknown-ref',
    `\`${ref}\` is not a commit, branch or tag of this repository. In a shallow CI checkout, fetch it first (actions/checkout with fetch-depth: 0).`,
  );
}

function parseTree(listing: string, prefix: string): TreeEntry[] {
  const out: TreeEntry[] = [];
  for (const record of listing.split('\0')) {
    // `<mode> SP <type> SP <oid> SP+ <size> TAB <path>`; submodules (type commit) are skipped.
    const match = /^(\d+) blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(record);
    if (match === null || !match[4]!.startsWith(prefix)) continue;
    out.push({
      mode: match[1]!,
      oid: match[2]!,
      size: Number(match[3]),
      rel: match[4]!.slice(prefix.length),
    });
  }
  return out;
}

/**
 * Mirrors readProject's choice of files. A link named `metrics` or `journal` is kept, to be
 * reported (git cannot list through it); a plain file of that name is ignored, as on disk.
 */
function isSelected({ rel, mode }: TreeEntry): boolean {
  const parts = rel.split('/');
  if (parts.length === 1) {
    return TOP_FILES.test(rel) || (mode === LINK_MODE && (rel === 'metrics' || rel === 'journal'));
  }
  if (parts.some((p) => p.startsWith('.'))) return false;
  if (parts[0] === 'metrics') return parts.length === 2;
  return parts[0] === 'journal';
}

async function readSelected(root: string, entries: readonly TreeEntry[]): Promise<SourceFile[]> {
  const byRel = new Map(entries.map((e) => [e.rel, e]));
  const selected = entries.filter(isSelected);
  const links = selected.filter((e) => e.mode === LINK_MODE);
  const linkTargets = await catBlobs(
    root,
    links.map((e) => e.oid),
  );
  const sources = new Map<string, TreeEntry | SourceFile>();
  for (const e of selected) {
    if (e.mode !== LINK_MODE) {
      sources.set(e.rel, e);
      continue;
    }
    const target = byRel.get(resolveLink(e.rel, linkTargets.get(e.oid)));
    sources.set(
      e.rel,
      target !== undefined && target.mode !== LINK_MODE
        ? target
        : { path: e.rel, problem: 'outside', detail: 'it is a link to a file outside the folder' },
    );
  }
  const wanted = [...sources.values()].filter(
    (s): s is TreeEntry => 'oid' in s && s.size <= MAX_FILE_BYTES,
  );
  const blobs = await catBlobs(
    root,
    wanted.map((e) => e.oid),
  );
  return [...sources]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rel, s]) => toSource(rel, s, blobs));
}

function toSource(
  rel: string,
  source: TreeEntry | SourceFile,
  blobs: ReadonlyMap<string, Uint8Array>,
): SourceFile {
  if (!('oid' in source)) return source.path === rel ? source : { ...source, path: rel };
  if (source.size > MAX_FILE_BYTES) {
    return {
      path: rel,
      problem: 'too-large',
      detail: `${Math.round(source.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`,
    };
  }
  const bytes = blobs.get(source.oid);
  if (bytes === undefined)
    return { path: rel, problem: 'unreadable', detail: 'git has no such object' };
  return decode(rel, bytes);
}

/** The folder-relative path a link names, or '' when it leaves the folder. */
function resolveLink(rel: string, target: Uint8Array | undefined): string {
  if (target === undefined) return '';
  const text = new TextDecoder().decode(target);
  if (text.startsWith('/')) return '';
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(rel), text));
  return joined.startsWith('../') || joined === '..' ? '' : joined;
}

/** Reads blobs with one `git cat-file --batch`: `<oid> <type> <size>\n<bytes>\n` per object. */
function catBlobs(root: string, oids: readonly string[]): Promise<Map<string, Uint8Array>> {
  const unique = [...new Set(oids)];
  const out = new Map<string, Uint8Array>();
  if (unique.length === 0) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', root, 'cat-file', '--batch'], {
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', () => reject(noGit()));
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new GitTreeError('git-failed', `git cat-file failed: ${stderr.trim()}`));
        return;
      }
      const all = Buffer.concat(chunks);
      let at = 0;
      while (at < all.length) {
        const eol = all.indexOf(0x0a, at);
        const [oid = '', type = '', size = ''] = all.toString('utf8', at, eol).split(' ');
        at = eol + 1;
        if (type === 'missing') continue;
        out.set(oid, all.subarray(at, at + Number(size)));
        at += Number(size) + 1;
      }
      resolve(out);
    });
    // If git exits early the write fails with EPIPE; the exit code above reports it.
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${unique.join('\n')}\n`);
  });
}

/** Runs git with argument arrays (no shell) in `cwd`; resolves with stdout. */
function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', cwd, ...args],
      { env: gitEnv(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error === null) resolve(stdout.replace(/\n$/, ''));
        else if ('code' in error && error.code === 'ENOENT') reject(noGit());
        else reject(new Error(stderr.trim().split('\n')[0] || error.message));
      },
    );
  });
}

function noGit(): GitTreeError {
  return new GitTreeError('git-failed', 'git is not installed, or not on the PATH.');
}

function gitEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries([
    ...Object.entries(process.env).filter(([name]) => !REPO_ENV.includes(name)),
    ['LC_ALL', 'C'],
    ['GIT_OPTIONAL_LOCKS', '0'],
  ]);
}

function why(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^fatal: /, '') : String(error);
}
