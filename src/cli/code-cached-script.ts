import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** A CommonJS script loaded by loadCodeCachedScript. */
export interface CodeCachedScript {
  readonly exports: Record<string, unknown>;
  /** Whether V8 took the script's code from the cache instead of compiling it. */
  readonly fromCache: boolean;
  /**
   * Writes V8's code for the script, as compiled so far, to the cache, unless it came from
   * there: call it once the script has done its work, so the cache holds every function that
   * work compiled. Never throws (a read-only cache folder only means no cache).
   */
  saveCache(): void;
}

/**
 * The wrapper a script's text is written in: CommonJS's, so the text is one function expression
 * that V8 compiles as it is read (no copy of it with the wrapper added).
 */
export const SCRIPT_WRAPPER = {
  head: '(function (exports, require, module, __filename, __dirname) {',
  tail: '})',
} as const;

/**
 * Loads a script: CommonJS code in SCRIPT_WRAPPER (a command the bundle made into one:
 * scripts/bundle-cli.ts), with V8's code cache. Node's own compile cache
 * (module.enableCompileCache) keeps a module's code as compiled on load: its top level, not the
 * functions it calls later, which V8 compiles on first call, run after run (the YAML parser, zod,
 * our checks: most of a small `check`). This cache is written after the work instead, so it holds
 * those too. It lives in Node's compile-cache folder (one per Node version), named after the
 * script and `version`, which must change whenever the script's text does (the bundle passes a
 * checksum of it: V8 itself only compares lengths); without that folder (compile cache disabled)
 * the script runs uncached. V8 refuses a cache made by another V8 or with other flags: the script
 * is then compiled afresh and the cache rewritten.
 */
export function loadCodeCachedScript(file: string, version: string): CodeCachedScript {
  const source = readFileSync(file, 'utf8');
  const folder = nodeModule.getCompileCacheDir?.();
  const cacheFile =
    folder === undefined
      ? undefined
      : path.join(folder, `${path.basename(file)}-${version}.v8-code-cache`);
  const cachedData = cacheFile === undefined ? undefined : readIfThere(cacheFile);
  const script = new vm.Script(source, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const fromCache = cachedData !== undefined && script.cachedDataRejected !== true;
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    nodeModule.createRequire(file),
    module,
    file,
    path.dirname(file),
  );
  return {
    exports: module.exports,
    fromCache,
    saveCache() {
      if (cacheFile === undefined || fromCache) return;
      const scratch = `${cacheFile}.${process.pid}.tmp`;
      try {
        // Written aside and renamed, so a process starting meanwhile never reads half of it.
        writeFileSync(scratch, script.createCachedData());
        renameSync(scratch, cacheFile);
      } catch {
        rmSync(scratch, { force: true });
      }
    },
  };
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Runs `exported(...args)` of a code-cached script and, when it returns (a command that ran to
 * its end, not one stopped by bad usage or --help), saves the cache.
 */
export async function runCodeCachedScript(
  file: string,
  version: string,
  exported: string,
  args: readonly unknown[],
): Promise<unknown> {
  const script = loadCodeCachedScript(file, version);
  const run = script.exports[exported] as (...a: readonly unknown[]) => Promise<unknown>;
  const result = await run(...args);
  script.saveCache();
  return result;
}
