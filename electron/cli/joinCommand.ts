import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { matchByIdOrName } from '../../shared/domain';
import type { Person } from '../../shared/model';
import { startBackend, type Backend } from '../backend/startBackend';
import { DB_FILE_NAME, dbFilePath } from '../db/paths';
import { FolderLayout } from '../sync/folderLayout';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { printRun, resolveFolder, withBackend } from './syncCommands';

export interface JoinArgs {
  dataDir: string;
  folder: string;
  me: string;
  deviceName: string | undefined;
  /** An encrypted team folder's passphrase. */
  passphrase: string | undefined;
}

/**
 * `baton join --folder F --me NAME`: a new laptop takes the workspace in the shared folder and
 * acts as one of its people. The people are known only once the folder's batches are applied,
 * so the join happens in a scratch database beside the data folder's; when NAME matches no one
 * the scratch database and this device's folder in the shared folder are removed again, and
 * nothing is left behind. On success the scratch database becomes the data folder's.
 */
export async function join(args: JoinArgs, io: CliIo): Promise<number> {
  const folder = resolveFolder(args.folder);
  const createdDataDir = !fs.existsSync(args.dataDir);
  if (!createdDataDir) await refuseExistingWorkspace(args.dataDir);
  const scratch = path.join(args.dataDir, `.join-${crypto.randomBytes(4).toString('hex')}`);
  fs.mkdirSync(scratch, { recursive: true });
  let backend: Backend | null = startBackend({ dataDir: scratch });
  const deviceDir = new FolderLayout(folder).deviceDir(backend.context.db.deviceId);
  const deviceDirExisted = fs.existsSync(deviceDir);
  try {
    const client = backend.client;
    const deviceName = args.deviceName ?? (await client.sync.status()).deviceName;
    const setUp = await client.sync.setup({
      folder,
      deviceName,
      mode: 'join',
      ...(args.passphrase === undefined ? {} : { passphrase: args.passphrase }),
    });
    const person = pickPerson(await client.people.list(), args.me, folder);
    await client.workspace.setMe({ personId: person.id });
    // Again, so teammates' device list names the person of this laptop.
    const run = await client.sync.run();
    await backend.context.sync.stop();
    backend.close();
    backend = null;
    moveIntoPlace(scratch, args.dataDir);
    io.out(`Joined ${folder} as "${setUp.deviceName}", acting as ${person.name}`);
    return printRun(run, folder, io);
  } catch (err) {
    if (backend) {
      await backend.context.sync.stop();
      backend.close();
    }
    fs.rmSync(scratch, { recursive: true, force: true });
    if (createdDataDir) fs.rmSync(args.dataDir, { recursive: true, force: true });
    // Only this scratch device wrote there (a fresh random id): take its files back out.
    if (!deviceDirExisted) fs.rmSync(deviceDir, { recursive: true, force: true });
    throw err;
  }
}

/** The data folder must be new or hold a database without a workspace (a fresh install). */
async function refuseExistingWorkspace(dataDir: string): Promise<void> {
  if (!fs.existsSync(dbFilePath(dataDir))) return;
  const held = await withBackend(dataDir, (b) => b.client.workspace.get());
  if (held) {
    throw new CliError(
      `--data-dir ${dataDir} already holds the workspace "${held.workspace.name}": join is for a ` +
        `new laptop. To sync this one, run baton sync --folder F --data-dir ${dataDir}`,
      2,
    );
  }
}

function pickPerson(people: Person[], query: string, folder: string): Person {
  const match = matchByIdOrName(people, query);
  if (match.kind === 'found') return match.item;
  const names = (list: readonly Person[]) => list.map((p) => `"${p.name}"`).join(', ');
  if (match.kind === 'ambiguous') {
    throw new CliError(
      `--me "${query}" matches several people: ${names(match.candidates)}. Nothing was written.`,
    );
  }
  const hint =
    match.near.length > 0
      ? `Did you mean ${names(match.near)}?`
      : `The people there: ${names(people) || 'none yet'}.`;
  throw new CliError(
    `--me "${query}" is no one in the workspace in ${folder}. ${hint} Nothing was written.`,
  );
}

/**
 * The scratch database replaces the data folder's (which holds no workspace, if any), with
 * whatever else was kept beside it (an encrypted workspace's key file). The database was closed
 * and checkpointed: its -wal and -shm are empty leftovers, and the old ones must not meet it.
 */
function moveIntoPlace(scratch: string, dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    fs.rmSync(dbFilePath(dataDir) + suffix, { force: true });
  }
  const leftovers = new Set([`${DB_FILE_NAME}-wal`, `${DB_FILE_NAME}-shm`]);
  for (const name of fs.readdirSync(scratch)) {
    const from = path.join(scratch, name);
    if (leftovers.has(name) || !fs.statSync(from).isFile()) continue;
    fs.renameSync(from, path.join(dataDir, name));
  }
  fs.rmSync(scratch, { recursive: true, force: true });
}
