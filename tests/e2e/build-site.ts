import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A scratch folder, on /dev/shm when there is one (this disk is slow to create many files). */
export function scratch(prefix: string): string {
  const base = existsShm() ? '/dev/shm' : tmpdir();
  return mkdtempSync(path.join(base, prefix));
}

function existsShm(): boolean {
  try {
    return spawnSync('test', ['-w', '/dev/shm']).status === 0;
  } catch {
    return false;
  }
}

/** Node's arguments for `plumbline build ARGS`, through the launcher as a user runs it. */
export function buildArgv(args: readonly string[]): string[] {
  return [path.join(ROOT, 'bin', 'plumbline.js'), 'build', ...args];
}

/** Runs `plumbline build` in a child process (Astro runs its own Vite there). */
export function build(
  args: string[],
  cwd = ROOT,
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, buildArgv(args), {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `build`, without blocking: for builds that run at the same time. */
export function buildAsync(
  args: string[],
  cwd = ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, buildArgv(args), { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
