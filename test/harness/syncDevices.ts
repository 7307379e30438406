import { startBackend, type Backend } from '../../electron/backend/startBackend';
import type { SyncControllerOptions } from '../../electron/backend/services/syncService';
import type { CommitEvent } from '../../electron/db/batonDatabase';
import { ENTITIES } from '../../electron/db/entities';
import { syncFolder, type SyncReport } from '../../electron/sync';
import { makeTempDir } from './tempDir';

/** One laptop in a sync test: its own data folder and database, a clock the test moves. */
export interface SyncDevice {
  name: string;
  backend: Backend;
  client: Backend['client'];
  deviceId: string;
  /** Commit events the database published (local writes and applied batches). */
  commits: CommitEvent[];
  sync(): SyncReport;
  /** Moves this device's wall clock (ms). */
  advance(ms: number): void;
}

export const START = Date.parse('2026-03-02T09:00:00.000Z');

/** Opens devices that share one real folder; `close()` closes them and removes every folder. */
export function syncTeam() {
  const cleanups: (() => void)[] = [];
  const shared = makeTempDir('baton-shared-');
  cleanups.push(shared.cleanup);

  /** `sync` options reach the device's sync runner (triggers, debounce, poll). */
  function device(name: string, startMs = START, sync?: SyncControllerOptions): SyncDevice {
    const data = makeTempDir(`baton-${name}-`);
    let wall = startMs;
    const now = () => wall;
    const backend = startBackend({ dataDir: data.dir, now, deviceName: name, sync });
    cleanups.push(() => {
      backend.close();
      data.cleanup();
    });
    const commits: CommitEvent[] = [];
    backend.context.db.onCommit((e) => commits.push(e));
    return {
      name,
      backend,
      client: backend.client,
      deviceId: backend.context.db.deviceId,
      commits,
      sync: () => syncFolder(backend.context.db, shared.dir, { now }),
      advance: (ms) => {
        wall += ms;
      },
    };
  }

  return {
    sharedDir: shared.dir,
    device,
    close: () => {
      for (const c of cleanups.splice(0).reverse()) c();
    },
  };
}

/** Every synced table's rows in id order: two devices converged when these are equal. */
export function contentDump(d: SyncDevice): Record<string, unknown[]> {
  const db = d.backend.context.db;
  return Object.fromEntries(
    Object.entries(ENTITIES).map(([entity, table]) => [
      entity,
      (db.read.select().from(table).all() as { id: string }[]).sort((a, b) =>
        a.id.localeCompare(b.id),
      ),
    ]),
  );
}

/** The ids of every change row a device holds (its history). */
export function changeIds(d: SyncDevice): string[] {
  return (
    d.backend.context.db.sqlite
      .prepare('SELECT id FROM changes ORDER BY id')
      .pluck()
      .all() as string[]
  ).slice();
}

/** A with the demo agency, B joined from the shared folder, both synced once, B acting as A's person. */
export async function demoPair(
  team: ReturnType<typeof syncTeam>,
): Promise<{ a: SyncDevice; b: SyncDevice }> {
  const a = team.device('a');
  const b = team.device('b');
  await a.client.workspace.loadDemo();
  a.sync();
  b.sync();
  const me = (await a.client.workspace.get())!.me!;
  await b.client.workspace.setMe({ personId: me.id });
  return { a, b };
}
