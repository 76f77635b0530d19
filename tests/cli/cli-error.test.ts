import { describe, expect, it, vi } from 'vitest';
import { CliError, HelpRequested } from '../../src/cli/cli-error.ts';

describe('CliError across copies of its module', () => {
  // The bundled CLI runs `build` and `dev` from the sources, whose cli-error.ts is another copy:
  // main must still recognise their errors.
  it('recognises errors made by another copy of the module, and nothing else', async () => {
    vi.resetModules();
    const other = await import('../../src/cli/cli-error.ts');
    expect(other.CliError).not.toBe(CliError);
    const usage = new other.CliError('bad flag');
    const help = new other.HelpRequested('check');
    expect(usage instanceof CliError).toBe(true);
    expect(usage instanceof HelpRequested).toBe(false);
    expect(help instanceof HelpRequested).toBe(true);
    expect(help instanceof CliError).toBe(true);
    expect(new Error('x') instanceof CliError).toBe(false);
    expect((null as unknown) instanceof CliError).toBe(false);
    expect({ exitCode: 2 } instanceof CliError).toBe(false);
  });

  it('keeps its message, exit code and name', () => {
    const error = new CliError('boom', 1);
    expect([error.message, error.exitCode, error.name]).toEqual(['boom', 1, 'CliError']);
    expect(error).toBeInstanceOf(Error);
    const help = new HelpRequested('build');
    expect([help.command, help.exitCode, help.name]).toEqual(['build', 0, 'HelpRequested']);
  });
});
