import { startBackend } from '../backend/startBackend';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { ensureSetUp, printRun, withBackend, type SyncArgs } from './syncCommands';

export interface WatchArgs extends SyncArgs {
  /** Seconds between looks at the folder whatever the watcher says (the runner's poll). */
  intervalText: string | undefined;
}

/**
 * `baton sync --watch`: keeps syncing with the app's triggers (folder events, the poll, local
 * commits of this process) and prints one line per run, until SIGINT or SIGTERM; then it
 * stops the runner (a run in progress ends after its current batch) and closes the database.
 */
export async function syncWatch(args: WatchArgs, io: CliIo): Promise<number> {
  const pollMs = intervalMs(args.intervalText);
  // Set up first (or check the folder) without triggers, so a wrong --folder syncs nothing.
  const { folder } = await withBackend(args.dataDir, (b) => ensureSetUp(b, args, io));

  let failures = 0;
  const stamp = () => `${new Date().toISOString()}  `;
  const backend = startBackend({
    dataDir: args.dataDir,
    sync: {
      triggers: true,
      ...(pollMs === undefined ? {} : { pollMs }),
      onRun: (outcome) => {
        if (printRun(outcome, folder, io, stamp()) !== 0) failures++;
      },
    },
  });
  if (backend.readOnlyReason) {
    backend.close();
    throw new CliError(backend.readOnlyReason);
  }
  io.out(`${stamp()}Watching ${folder} (Ctrl+C to stop)`);
  // The runner's poll and watcher do not hold the process open (in the app, windows do).
  const keepAlive = setInterval(() => undefined, 1 << 30);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      clearInterval(keepAlive);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void backend.context.sync.stop().finally(() => {
        backend.close();
        io.out(`${stamp()}Stopped (${signal}) after ${plural(failures, 'run')} with problems`);
        resolve(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function intervalMs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 86_400) {
    throw new CliError(`--interval must be a number of seconds from 1 to 86400, not "${text}"`, 2);
  }
  return Math.round(seconds * 1000);
}
