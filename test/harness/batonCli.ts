import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, inject } from 'vitest';

// The `baton` command line as a real child process, the way a user or a script runs it: exit
// code and both streams, never an in-process call. Where the run built the CLI once
// (cliBundleSetup.ts) each command is plain node on that bundle; elsewhere tsx over the sources.

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const ENTRY = path.join('electron', 'cli', 'index.ts');

/** The program and leading arguments that start `baton`: the run's bundle, or tsx on the sources. */
export function batonCommand(): { command: string; args: string[] } {
  const bundle = inject('batonCliBundle');
  if (bundle !== undefined) return { command: process.execPath, args: [bundle] };
  return { command: TSX, args: [ENTRY] };
}

/** `baton` exactly as `npm link`/`npx baton` runs it: bin/baton.cjs, tsx over the sources. */
export const BATON_BIN = path.join(ROOT, 'bin', 'baton.cjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const spawnOptions = (env: Record<string, string>) => ({
  cwd: ROOT,
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
});

/**
 * Runs `baton args…` to its exit. A hung child is killed after `killAfterMs` (so the test fails
 * on its assertions rather than on vitest's timeout); `env` adds to this process's environment.
 */
export function runBaton(
  args: string[],
  {
    env = {},
    killAfterMs = 25_000,
    fromSource = false,
  }: {
    env?: Record<string, string>;
    killAfterMs?: number;
    /** Through bin/baton.cjs (tsx over the sources) rather than the run's bundle. */
    fromSource?: boolean;
  } = {},
): Promise<CliRun> {
  const { command, args: lead } = fromSource
    ? { command: process.execPath, args: [BATON_BIN] }
    : batonCommand();
  const child = spawn(command, [...lead, ...args], {
    ...spawnOptions(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A long-running `baton` (e.g. `sync --watch`) whose output the test reads as it comes. */
export function startBaton(args: string[], killAfterMs = 60_000) {
  const { command, args: lead } = batonCommand();
  const child: ChildProcessWithoutNullStreams = spawn(
    command,
    [...lead, ...args],
    spawnOptions({}),
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  void exited.then(() => clearTimeout(killer));
  return {
    child,
    exited,
    out: () => stdout,
    err: () => stderr,
    async waitFor(pattern: RegExp, ms = 20_000): Promise<void> {
      const until = Date.now() + ms;
      while (!pattern.test(stdout)) {
        if (Date.now() > until) {
          throw new Error(`no ${pattern} in time; stdout: ${stdout} stderr: ${stderr}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** The non-blank lines of a command's output. */
export const lines = (text: string) => text.split('\n').filter((l) => l.trim().length > 0);

/** The arguments of `baton sync-setup` (creating a team folder, or joining one with `join`). */
export function syncSetupArgs(o: {
  folder: string;
  dataDir: string;
  deviceName?: string;
  join?: boolean;
  passphraseFile?: string;
}): string[] {
  return [
    'sync-setup',
    '--folder',
    o.folder,
    ...(o.join ? ['--join'] : []),
    ...(o.deviceName === undefined ? [] : ['--device-name', o.deviceName]),
    ...(o.passphraseFile === undefined ? [] : ['--passphrase-file', o.passphraseFile]),
    '--data-dir',
    o.dataDir,
  ];
}

/** Every path under a folder (relative, sorted), to show a command wrote nothing there. */
export function pathsUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}

/** Every file under a folder with its bytes, to show a command changed nothing there. */
export function filesUnder(dir: string): Record<string, string> {
  return Object.fromEntries(
    pathsUnder(dir)
      .map((p) => path.join(dir, p))
      .filter((p) => fs.statSync(p).isFile())
      .map((p) => [path.relative(dir, p), fs.readFileSync(p).toString('base64')]),
  );
}

/** Asserts the command exited 0 with nothing on stderr; returns its output's lines. */
export function succeeded(run: CliRun): string[] {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return lines(run.stdout);
}
