#!/usr/bin/env node
// `npm start`: run the desktop app (building it first if out/ is missing or stale); where
// Electron cannot run (its binary cannot be downloaded, or there is no display), run the same
// app in browser mode instead.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const isWindows = process.platform === 'win32';

/** What `npm run build` produces and Electron loads. */
const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];
/** Anything here newer than the build means the build is stale. */
const BUILD_INPUTS = [
  'electron',
  'shared',
  'renderer',
  'electron.vite.config.mts',
  'vite.web.config.mts',
];
const SKIP_DIRS = new Set(['node_modules', 'migrations', 'out', 'dist']);

/** Electron's first-run download can be slow on a real connection, but must never hang. */
const DOWNLOAD_TIMEOUT_MS = Number(process.env.BATON_ELECTRON_DOWNLOAD_TIMEOUT_MS) || 120_000;
const PROBE_TIMEOUT_MS = 15_000;
/** @type {Partial<Record<NodeJS.Platform, string>>} where electron/install.js puts the binary */
const PLATFORM_BINARY = {
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};

/** @param {string} p */
function mtimeOf(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return null;
  }
}

/** @param {string} p @returns {number} newest modification time of a file or folder tree */
function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

/** @returns {string | null} why a build is needed, or null when out/ is up to date */
function buildNeeded() {
  const outputTimes = BUILD_OUTPUTS.map((file) => mtimeOf(path.join(root, file)));
  if (outputTimes.some((time) => time === null)) return 'no build yet';
  const oldestOutput = Math.min(.../** @type {number[]} */ (outputTimes));
  const newestInput = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(root, p))));
  return newestInput > oldestOutput ? 'sources changed since the last build' : null;
}

/**
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {{ timeoutMs?: number, capture?: boolean, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ code: number | null, signal: NodeJS.Signals | null, output: string, timedOut: boolean, error?: Error }>}
 */
function run(command, commandArgs, options = {}) {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(command, commandArgs, {
      cwd: root,
      env: options.env ?? process.env,
      stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      // npm is a .cmd script on Windows, which only a shell can start.
      shell: isWindows && command === 'npm',
      windowsHide: true,
    });
    const append = (/** @type {Buffer} */ chunk) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, output, timedOut, error });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, timedOut });
    });
  });
}

/** @param {string} output @returns {string} the most telling line of a failed command's output */
function lastErrorLine(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  const errorLine = lines.find((line) => /error|failed|cannot|not found/i.test(line));
  const line = errorLine ?? lines.at(-1) ?? 'unknown error';
  return line.replace(/^\w*Error:\s*/, '').slice(0, 200);
}

/**
 * Electron 45 no longer downloads its binary on install; `require('electron')` would fetch it
 * synchronously, print to the console and throw (or stall) when offline. So the binary is found
 * the way electron/index.js does it, without requiring that file, and fetched, if missing, by
 * electron/install.js in a child process under a timeout.
 * @returns {Promise<{ binary: string } | { reason: string, stage: 'install' | 'run' }>}
 */
async function findElectron() {
  let pkgDir;
  try {
    pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { stage: 'install', reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const locate = () => {
    // ELECTRON_OVERRIDE_DIST_PATH: a locally built or system Electron, as electron/index.js allows.
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const recorded = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
    const relative = recorded ?? (override ? PLATFORM_BINARY[process.platform] : undefined);
    if (!relative) return null;
    const binary = path.join(override || path.join(pkgDir, 'dist'), relative);
    return fs.existsSync(binary) ? binary : null;
  };

  let binary = locate();
  if (!binary) {
    const notice = setTimeout(() => {
      console.log('Downloading Electron (first run only)…');
    }, 2_000);
    const install = await run(process.execPath, [path.join(pkgDir, 'install.js')], {
      capture: true,
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
    });
    clearTimeout(notice);
    if (install.timedOut) {
      return {
        stage: 'install',
        reason: `its download did not finish in ${DOWNLOAD_TIMEOUT_MS / 1000} s`,
      };
    }
    if (install.error) return { stage: 'install', reason: install.error.message };
    if (install.code !== 0) return { stage: 'install', reason: lastErrorLine(install.output) };
    binary = locate();
    if (!binary) return { stage: 'install', reason: 'its download did not produce a binary' };
  }

  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { stage: 'run', reason: 'there is no graphical display' };
  }

  // Catches a binary that cannot start at all here (missing system libraries, wrong arch).
  const probe = await run(binary, ['--version'], {
    capture: true,
    timeoutMs: PROBE_TIMEOUT_MS,
    env: electronEnv(),
  });
  if (probe.timedOut) return { stage: 'run', reason: 'it did not respond' };
  if (probe.error) return { stage: 'run', reason: probe.error.message };
  if (probe.code !== 0) return { stage: 'run', reason: lastErrorLine(probe.output) };
  return { binary };
}

/** A stray ELECTRON_RUN_AS_NODE (set by some editors' terminals) would make Electron plain Node. */
function electronEnv() {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

/**
 * Runs the app in the foreground: Ctrl+C and `kill` reach it, and its exit code becomes ours.
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {NodeJS.ProcessEnv} env
 */
function runForeground(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, env, stdio: 'inherit' });
  let exited = false;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      if (!exited) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    exited = true;
    if (signal) {
      // Re-raise so our parent (npm, a shell) sees how the app ended; our own handlers are gone.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}

async function main() {
  // Electron first: browser mode builds its own bundle (scripts/web.mjs), so a machine without
  // Electron neither waits for nor depends on the desktop build.
  const electron = await findElectron();
  if (!('binary' in electron)) {
    const problem =
      electron.stage === 'install'
        ? 'Electron could not be installed on this machine'
        : 'Electron cannot run on this machine';
    console.log(`${problem} (${electron.reason}); starting Baton in browser mode instead.`);
    runForeground(process.execPath, [path.join(root, 'scripts', 'web.mjs'), ...args], process.env);
    return;
  }

  const why = buildNeeded();
  if (why) {
    console.log(`Building Baton (${why})…`);
    const build = await run('npm', ['run', 'build']);
    if (build.code !== 0) {
      console.error('The build failed; see the messages above.');
      process.exit(build.code ?? 1);
    }
  }
  runForeground(electron.binary, ['.', ...args], electronEnv());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
