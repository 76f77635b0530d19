#!/usr/bin/env node
// The `plumbline` command. Plumbline needs Node ≥ 22.19 (package.json's engines: the newest
// minimum among its dependencies; in this repository it runs its TypeScript sources with Node's
// type stripping, which needs 22.18). On an older Node, re-run this same command under the Node binary that
// the `node` package ships, when it is installed beside us; otherwise say what to install.
import { existsSync, readFileSync, statSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The oldest Node Plumbline runs on: package.json's engines say the same (a test checks). */
const MINIMUM = [22, 19];
const [major, minor] = process.versions.node.split('.').map(Number);
const supported = major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
const self = fileURLToPath(import.meta.url);
const here = path.dirname(self);
const args = process.argv.slice(2);
/** findBundledNode: the `node` package is there, without the binary its install script fetches. */
const NO_BINARY = Symbol('no binary');

/**
 * Node options a command runs with. `build` draws its charts in one worker thread per core, and
 * V8's helper threads for garbage collection (four by default) then only compete with them for
 * the cores: with one, a 1,000-KPI build took 24.6 s instead of 25.7 s (2 cores).
 */
const NODE_FLAGS = { build: ['--v8-pool-size=1'] };
const flags = Object.hasOwn(NODE_FLAGS, args[0] ?? '') ? NODE_FLAGS[args[0]] : [];

if (supported && flags.some((flag) => !process.execArgv.includes(flag))) {
  // Node options take effect at start-up only: run this same command again with them.
  await runAgain(process.execPath, [...process.execArgv, ...flags, self, ...args], process.env);
} else if (supported) {
  // Node keeps the compiled code of the modules we load (Astro, Vite, Vega…) in its compile
  // cache (under the OS's temporary folder, or $NODE_COMPILE_CACHE): later runs start faster.
  // (Looked up at run time: Node 20, which only re-runs us below, has no such export.)
  nodeModule.enableCompileCache?.();
  // `npm run bench` asks for the peak memory of the process.
  const rssFile = process.env.PLUMBLINE_REPORT_RSS;
  if (rssFile !== undefined && rssFile !== '') {
    const { writeFileSync } = await import('node:fs');
    process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
  }
  const { main } = await import(pathToFileURL(entry()).href);
  await main();
} else {
  const bundled = findBundledNode();
  if (typeof bundled !== 'string' || process.env.PLUMBLINE_REEXEC === '1') {
    process.stderr.write(
      `plumbline: Node ${process.versions.node} is too old; Plumbline needs Node ${MINIMUM.join('.')} or newer.\n` +
        (bundled === NO_BINARY
          ? // npm 12 runs a dependency's install scripts only once the project approves them.
            'The `node` package is installed, but its install script (which fetches the Node binary) did not run.\n' +
            'Approve it and run it: npm approve-scripts node && npm rebuild node\n'
          : 'Install a newer Node, or add one to this project: npm install --save-dev node@24\n' +
            '(with npm 12 or newer, approve its install script too: npm approve-scripts node)\n'),
    );
    process.exit(2);
  }
  await runAgain(bundled, [...flags, self, ...args], { ...process.env, PLUMBLINE_REEXEC: '1' });
}

/**
 * The module to run. Installed as a dependency: the bundle made at pack time
 * (scripts/bundle-cli.ts: a few files instead of hundreds, for a quick start), else the JavaScript
 * tsc compiled (Node does not strip types under node_modules). In the repository: the bundle
 * when `npm run bundle` made one and none of its inputs changed since, else the TypeScript sources.
 */
function entry() {
  const root = path.join(here, '..');
  const bundle = path.join(root, 'lib', 'bundle', 'main.js');
  if (here.split(path.sep).includes('node_modules')) {
    if (existsSync(bundle)) return bundle;
    const compiled = path.join(root, 'lib', 'cli', 'main.js');
    if (existsSync(compiled)) return compiled;
  } else if (process.env.PLUMBLINE_SOURCES !== '1' && bundleIsFresh(root, bundle)) return bundle;
  return path.join(root, 'src', 'cli', 'main.ts');
}

/** Whether the bundle exists and no file it was made from (lib/bundle/inputs.json) is newer. */
function bundleIsFresh(root, bundle) {
  const made = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  if (made === undefined) return false;
  let inputs;
  try {
    inputs = JSON.parse(
      readFileSync(path.join(path.dirname(bundle), 'inputs.json'), 'utf8'),
    ).inputs;
  } catch {
    return false;
  }
  return inputs.every((input) => {
    const changed = statSync(`${root}/${input}`, { throwIfNoEntry: false })?.mtimeMs;
    return changed !== undefined && changed <= made;
  });
}

/**
 * Runs the command again in a child process with our terminal, and ends as it ends: with its
 * exit code, or killed by the same signal. A signal sent to us alone (a CI timeout, `kill`) is
 * passed on, so the child stops and cleans up instead of running on without us. (Ctrl-C reaches
 * both of us; the child's handlers take a second one in their stride.)
 */
async function runAgain(command, commandArgs, env) {
  // Imported here: only a re-run needs it, and a command run in this process starts sooner.
  const { spawn } = await import('node:child_process');
  const child = spawn(command, commandArgs, { stdio: 'inherit', env });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const pass = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, pass);
  child.on('error', (error) => {
    process.stderr.write(`plumbline: could not run ${command}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, pass);
    if (signal === null) process.exit(code ?? 1);
    process.kill(process.pid, signal);
  });
}

/** The Node binary of the `node` package installed beside us; NO_BINARY; or null (no package). */
function findBundledNode() {
  let pkg;
  try {
    pkg = createRequire(import.meta.url).resolve('node/package.json');
  } catch {
    return null;
  }
  const bin = path.join(
    path.dirname(pkg),
    'bin',
    process.platform === 'win32' ? 'node.exe' : 'node',
  );
  return existsSync(bin) ? bin : NO_BINARY;
}
