import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';

describe('plumbline build --repo', () => {
  it('refuses a repository that is not OWNER/NAME before building anything (exit 2)', async () => {
    const r = await cli(['build', 'no-such-folder', '--repo', 'not a repo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('build: --repo must be OWNER/NAME, got `not a repo`.');
  });
});
