import path from 'node:path';
import { startBackend, type Backend } from '../backend/startBackend';
import type { SyncRunResult, SyncStatus } from '../../shared/model';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { syncRunText, syncStatusText } from './format';

/**
 * `baton sync` and `baton sync-status`. `--folder` names the shared folder: on a laptop where
 * sync is not set up, `sync --folder` sets it up (sharing this workspace there, or joining the
 * one there); where it is set up, the folder must be the one it syncs with, so a typo never
 * moves a laptop to another folder (`sync-setup --folder` does that on purpose).
 * `sync-status` only reads: it never sets anything up.
 */
export interface SyncArgs {
  dataDir: string;
  folder: string | undefined;
  deviceName: string | undefined;
  json: boolean;
  /** Used only when `--folder` sets sync up (an encrypted team folder to join). */
  passphrase: string | undefined;
}

export const NOT_SET_UP =
  'Sync is not set up on this laptop: run baton sync --folder F, baton join --folder F --me NAME, ' +
  'or baton sync-setup --folder F';

export function withBackend<T>(dataDir: string, fn: (b: Backend) => Promise<T>): Promise<T> {
  const backend = startBackend({ dataDir });
  return fn(backend).finally(() => backend.close());
}

/** The folder as stored by setup (absolute), so `./Dropbox` and its full path are the same. */
export function resolveFolder(folder: string): string {
  return path.resolve(folder);
}

function checkSameFolder(status: SyncStatus, folder: string | undefined): void {
  if (folder === undefined || status.folder === null) return;
  const wanted = resolveFolder(folder);
  if (wanted !== status.folder) {
    throw new CliError(
      `--folder ${wanted} is not the folder this laptop syncs with (${status.folder}): nothing ` +
        `was synced. Leave --folder out, or move this laptop with baton sync-setup --folder ${wanted}`,
      2,
    );
  }
}

/**
 * Makes sure sync is set up with `folder` (when given); returns the folder to sync with and,
 * when this call set it up, the first run's result.
 */
export async function ensureSetUp(
  b: Backend,
  args: SyncArgs,
  io: CliIo,
): Promise<{ folder: string; firstRun: SyncRunResult | null }> {
  const status = await b.client.sync.status();
  checkSameFolder(status, args.folder);
  if (status.folder !== null) return { folder: status.folder, firstRun: null };
  if (args.folder === undefined) throw new CliError(NOT_SET_UP);
  // A laptop with a workspace shares it; a laptop without one joins the folder's.
  const mode = (await b.client.workspace.get()) ? 'create' : 'join';
  const setUp = await b.client.sync.setup({
    folder: resolveFolder(args.folder),
    deviceName: args.deviceName ?? status.deviceName,
    mode,
    ...(args.passphrase === undefined ? {} : { passphrase: args.passphrase }),
  });
  io.out(
    `${mode === 'join' ? 'Joined' : 'Shared this workspace in'} ${setUp.folder} as "${setUp.deviceName}"`,
  );
  return { folder: setUp.folder!, firstRun: setUp.lastRun };
}

/** `baton sync [--folder F] [--once]`: one run; exit 1 when a file could not be applied. */
export function syncOnce(args: SyncArgs, io: CliIo): Promise<number> {
  return withBackend(args.dataDir, async (b) => {
    const { folder, firstRun } = await ensureSetUp(b, args, io);
    return printRun(firstRun ?? (await b.client.sync.run()), folder, io);
  });
}

export function syncStatus(args: SyncArgs, io: CliIo): Promise<number> {
  return withBackend(args.dataDir, async (b) => {
    const status = await b.client.sync.status();
    checkSameFolder(status, args.folder);
    if (args.folder !== undefined && status.folder === null) throw new CliError(NOT_SET_UP);
    io.out(args.json ? JSON.stringify(status, null, 2) : syncStatusText(status));
    return 0;
  });
}

/**
 * One line for the run (with `prefix`, e.g. a time); parked batches and problems on stderr.
 * 1 when a file was not applied; a re-identified device is news, not a failure.
 */
export function printRun(run: SyncRunResult, folder: string, io: CliIo, prefix = ''): number {
  io.out(prefix + syncRunText(run, folder));
  for (const p of run.parked) io.err(`${prefix}parked: ${p.message}`);
  for (const p of run.problems) io.err(`${prefix}${p.kind}: ${p.message}`);
  if (run.error) io.err(`${prefix}error: ${run.error}`);
  const failed = run.problems.filter((p) => p.kind !== 'reidentified');
  return failed.length > 0 || run.error ? 1 : 0;
}
