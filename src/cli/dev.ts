import path from 'node:path';
import { startDevServer } from '../io/dev-server.ts';
import { normalizeBase } from './build.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { FORMAT_OPTION, outputFormat } from './output-format.ts';
import { parseAsOf, parseCommand, folderArgument } from './parse-command.ts';

/** `plumbline dev [dir] [--port 4321] [--host 127.0.0.1] [--as-of DATE] [--base PATH]`: the site with live reload. */
export async function runDev(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('dev', args, {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    'as-of': { type: 'string' },
    base: { type: 'string' },
    format: FORMAT_OPTION,
  });
  const format = outputFormat('dev', values.format);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new CliError('dev: --port must be a whole number from 0 to 65535.');
  const pinned = values['as-of'];
  if (pinned !== undefined) parseAsOf(pinned, effects);
  const dir = path.resolve(effects.cwd, folderArgument('dev', positionals));
  const server = await startDevServer({
    dir,
    base: normalizeBase(values.base ?? effects.env?.BASE_PATH ?? '/'),
    asOf: () => parseAsOf(pinned, effects),
    port,
    host: values.host,
    cacheDir: path.resolve(effects.cwd, 'node_modules', '.cache', 'plumbline', 'charts'),
    log: (line) => effects.stderr(`${line}\n`),
  });
  // Printed even with --quiet: where the site is, is the output asked for.
  if (format === 'json') effects.stdout(`${JSON.stringify({ url: server.url })}\n`);
  else effects.stdout(`Plumbline dev server: ${server.url} (Ctrl+C to stop)\n`);
  // Listening until the server has stopped: Ctrl-C may come twice (from the terminal, and passed
  // on by the launcher when it re-ran us), and the second must not cut the stop short.
  let stop = () => {};
  await new Promise<void>((resolve) => {
    stop = resolve;
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
  await server.stop();
  process.off('SIGINT', stop).off('SIGTERM', stop);
  return 0;
}
