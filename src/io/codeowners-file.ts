import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where GitHub looks for CODEOWNERS, in the order it looks (the first one found is used). */
const LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/**
 * The CODEOWNERS file of a repository: the first of .github/CODEOWNERS, CODEOWNERS and
 * docs/CODEOWNERS that exists — the one GitHub reads, so rules are never added to a file GitHub
 * ignores — else .github/CODEOWNERS, to be created.
 */
export async function findCodeownersFile(root: string): Promise<string> {
  for (const rel of LOCATIONS) {
    const full = path.join(root, rel);
    try {
      await access(full);
      return full;
    } catch {
      // not there: try the next location
    }
  }
  return path.join(root, LOCATIONS[0]);
}

/** A file's text, or null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes a text file, creating its folder. */
export async function writeTextFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
