import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const MODULE = path.join(import.meta.dirname, '..', '..', 'src', 'cli', 'code-cached-script.ts');
const defer = cleanupsAfterEach();

/** A script as the bundle makes them: CommonJS in its wrapper, Node's built-ins through `require`. */
const SCRIPT = `(function (exports, require, module, __filename, __dirname) {
const { sep } = require('node:path');
exports.describe = async (n) => ({ twice: n * 2, file: __filename, dir: __dirname, sep });
exports.fail = async () => { throw new Error('no'); };
})`;

/**
 * In a fresh Node whose compile cache (when `cache`) is in the given folder: runs `exported(21)`
 * of the script with runCodeCachedScript, then, in another fresh Node, loads the script again
 * without running anything; reports what the call returned or threw and whether that second
 * load took the script from the cache.
 */
function run(dir: string, options: { version: string; exported?: string; cache?: boolean }) {
  const file = path.join(dir, 'script.js');
  const node = (code: string) => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      encoding: 'utf8',
      env: {
        ...process.env,
        ...(options.cache === false
          ? { NODE_DISABLE_COMPILE_CACHE: '1' }
          : { NODE_COMPILE_CACHE: path.join(dir, 'cache') }),
      },
    });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as unknown;
  };
  const args = `${JSON.stringify(file)}, ${JSON.stringify(options.version)}`;
  const outcome = node(`
import { runCodeCachedScript } from ${JSON.stringify(MODULE)};
try {
  const returned = await runCodeCachedScript(${args}, ${JSON.stringify(options.exported ?? 'describe')}, [21]);
  process.stdout.write(JSON.stringify({ returned }));
} catch (error) {
  process.stdout.write(JSON.stringify({ threw: error.message }));
}
`) as { returned?: unknown; threw?: string };
  const { fromCache } = node(`
import { loadCodeCachedScript } from ${JSON.stringify(MODULE)};
process.stdout.write(JSON.stringify({ fromCache: loadCodeCachedScript(${args}).fromCache }));
`) as { fromCache: boolean };
  return { ...outcome, cachedAfter: fromCache };
}

/** The code caches written into Node's compile-cache folder (one folder per Node version). */
function caches(dir: string): string[] {
  const root = path.join(dir, 'cache');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.v8-code-cache'))
    .map((f) => path.join(root, f));
}

async function scriptFolder() {
  const { dir, cleanup } = await tempProject({ 'script.js': SCRIPT });
  defer(cleanup);
  return dir;
}

describe('runCodeCachedScript', () => {
  it('runs a CommonJS script’s export with its own file names and Node’s built-ins', async () => {
    const dir = await scriptFolder();
    expect(run(dir, { version: 'a' }).returned).toEqual({
      twice: 42,
      file: path.join(dir, 'script.js'),
      dir,
      sep: path.sep,
    });
  });

  it('writes the code cache after a run, which later runs take the script from', async () => {
    const dir = await scriptFolder();
    expect(run(dir, { version: 'a' }).cachedAfter).toBe(true);
    expect(caches(dir).map((f) => path.basename(f))).toEqual(['script.js-a.v8-code-cache']);
    const again = run(dir, { version: 'a' });
    expect(again).toEqual({ cachedAfter: true, returned: expect.objectContaining({ twice: 42 }) });
  });

  it('keeps a cache per version of the script’s text', async () => {
    const dir = await scriptFolder();
    run(dir, { version: 'a' });
    expect(caches(dir).map((f) => path.basename(f))).toEqual(['script.js-a.v8-code-cache']);
    expect(run(dir, { version: 'b' }).cachedAfter).toBe(true);
    expect(
      caches(dir)
        .map((f) => path.basename(f))
        .sort(),
    ).toEqual(['script.js-a.v8-code-cache', 'script.js-b.v8-code-cache']);
  });

  it('compiles afresh and rewrites a cache that V8 refuses', async () => {
    const dir = await scriptFolder();
    run(dir, { version: 'a' });
    const [cache] = caches(dir) as [string];
    writeFileSync(cache, 'not a V8 code cache');
    const refused = run(dir, { version: 'a' });
    expect(refused.returned).toEqual(expect.objectContaining({ twice: 42 }));
    expect(readFileSync(cache, 'utf8')).not.toBe('not a V8 code cache');
    expect(refused.cachedAfter).toBe(true);
  });

  it('writes no cache when the call throws', async () => {
    const dir = await scriptFolder();
    expect(run(dir, { version: 'a', exported: 'fail' })).toEqual({
      cachedAfter: false,
      threw: 'no',
    });
    expect(caches(dir)).toEqual([]);
  });

  it('runs the script uncached when Node’s compile cache is disabled', async () => {
    const dir = await scriptFolder();
    expect(run(dir, { version: 'a', cache: false })).toEqual({
      cachedAfter: false,
      returned: expect.objectContaining({ twice: 42 }),
    });
    expect(existsSync(path.join(dir, 'cache'))).toBe(false);
  });
});
