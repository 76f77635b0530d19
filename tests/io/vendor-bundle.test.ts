import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installedPackage } from '../../src/io/package-version.ts';
import { vegaEmbedBundle } from '../../src/io/vendor-bundle.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

describe('vegaEmbedBundle', () => {
  it('joins the browser builds the packages ship into one ES module whose default export is vega-embed', async () => {
    const bundle = await vegaEmbedBundle();
    const t = await tempProject({});
    defer(t.cleanup);
    const file = path.join(t.dir, bundle.file);
    await writeFile(file, bundle.code);
    // Node's own ES module loader, as a browser loads it: no `module`, `exports` or `define`.
    const probe = `const { default: embed } = await import(${JSON.stringify(pathToFileURL(file).href)});
      console.log(JSON.stringify({ type: typeof embed, global: embed === globalThis.vegaEmbed,
        embed: embed.version, vega: embed.vega.version, vegaLite: embed.vegaLite.version }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const version = async (name: string) => (await installedPackage(name)).manifest.version;
    // The very versions installed beside the build, each in its place.
    expect(JSON.parse(run.stdout)).toEqual({
      type: 'function',
      global: true,
      embed: await version('vega-embed'),
      vega: await version('vega'),
      vegaLite: await version('vega-lite'),
    });
  });

  it('names the file by a hash of its content, with no reference to unserved source maps', async () => {
    const { file, code } = await vegaEmbedBundle();
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    expect(file).toBe(`vega-embed.${hash}.js`);
    expect(code).not.toMatch(/sourceMappingURL/);
    // Each package's minified build is in it whole (less its source-map comment), in load order.
    let at = -1;
    for (const name of ['vega', 'vega-lite', 'vega-embed']) {
      const { dir, manifest } = await installedPackage(name);
      const shipped = (await readFile(path.join(dir, String(manifest.jsdelivr)), 'utf8'))
        .replace(/^\/\/# sourceMappingURL=.*$/gm, '')
        .trimEnd();
      const found = code.indexOf(shipped);
      expect(found).toBeGreaterThan(at);
      at = found;
    }
    expect(code.trimEnd().endsWith('export default globalThis.vegaEmbed;')).toBe(true);
    expect((await vegaEmbedBundle()).code).toBe(code);
  });
});
