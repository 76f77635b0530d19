import * as vega from 'vega';
import { version as vegaLiteVersion } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { rendererVersion } from '../../../src/io/render-charts/renderer-version.ts';

describe('rendererVersion', () => {
  it('names the Vega and Vega-Lite that draw (read from their packages, without loading them)', async () => {
    expect(await rendererVersion()).toBe(
      `plumbline-svg-3 vega-${vega.version} vega-lite-${vegaLiteVersion}`,
    );
  });
});
