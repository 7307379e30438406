import { expect } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import type { SyncControllerOptions } from '../../electron/backend/services/syncService';
import type { CommitEvent } from '../../electron/db/batonDatabase';
import { ENTITIES } from '../../electron/db/entities';
import { syncFolder, type SyncReport } from '../../electron/sync';
import { changeLogProblems } from './changeLog';
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

/**
 * A device over a data folder the caller owns, syncing through `sharedDir`; `close()` closes its
 * database and leaves both folders. `syncTeam().device` and `deviceAt` are both this.
 */
export function openDevice(
  name: string,
  dataDir: string,
  sharedDir: string,
  startMs = START,
  sync?: SyncControllerOptions,
): SyncDevice & { close(): void } {
  let wall = startMs;
  const now = () => wall;
  const backend = startBackend({ dataDir, now, deviceName: name, sync });
  const commits: CommitEvent[] = [];
  backend.context.db.onCommit((e) => commits.push(e));
  return {
    name,
    backend,
    client: backend.client,
    // Live: a copied data folder takes a new id at its first sync (electron/sync/deviceIdentity.ts).
    get deviceId() {
      return backend.context.db.deviceId;
    },
    commits,
    sync: () => syncFolder(backend.context.db, sharedDir, { now }),
    advance: (ms) => {
      wall += ms;
    },
    close: () => backend.close(),
  };
}

/** Opens devices that share one real folder; `close()` closes them and removes every folder. */
export function syncTeam() {
  const cleanups: (() => void)[] = [];
  const shared = makeTempDir('baton-shared-');
  cleanups.push(shared.cleanup);

  /** `sync` options reach the device's sync runner (triggers, debounce, poll). */
  function device(name: string, startMs = START, sync?: SyncControllerOptions): SyncDevice {
    const data = makeTempDir(`baton-${name}-`);
    const opened = openDevice(name, data.dir, shared.dir, startMs, sync);
    cleanups.push(() => {
      opened.close();
      data.cleanup();
    });
    return opened;
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

/** Syncs A, B, A with no problems: each has then seen everything of the other. */
export function exchange(a: SyncDevice, b: SyncDevice): void {
  for (const d of [a, b, a]) expect(d.sync().problems).toEqual([]);
}

/** Same rows, clean change logs and a passing `system.check` on both. */
export async function expectPairConverged(a: SyncDevice, b: SyncDevice): Promise<void> {
  expect(contentDump(a)).toEqual(contentDump(b));
  expect(changeLogProblems(a.backend.context.db)).toEqual([]);
  expect(changeLogProblems(b.backend.context.db)).toEqual([]);
  expect(await a.client.system.check()).toEqual({ ok: true, problems: [] });
}

/** The first demo handoff with a long-text field (optionally in `status`) and that field's key. */
export async function handoffWithLongText(d: SyncDevice, status?: string) {
  for (const card of await d.client.campaigns.list({})) {
    if (!card.currentHandoff) continue;
    const h = await d.client.handoffs.get({ id: card.currentHandoff.id });
    if (status && h.handoff.status !== status) continue;
    const field = h.template.fields.find((f) => f.type === 'long_text');
    if (field) return { card, h, key: field.key };
  }
  throw new Error(`no handoff with a long-text field${status ? ` in ${status}` : ''}`);
}

/**
 * The demo pair with one long text both have heard as `base`; then, offline on both, A writes
 * `first` and B, later, `second`. Nothing synced after those two edits.
 */
export async function textEditedOnBoth(
  team: ReturnType<typeof syncTeam>,
  base: string,
  first: string,
  second: string,
) {
  const { a, b } = await demoPair(team);
  const { card, h, key } = await handoffWithLongText(a);
  const handoffId = h.handoff.id;
  a.advance(1_000);
  await a.client.handoffs.setField({ handoffId, key, value: base });
  exchange(a, b);
  a.advance(10_000);
  await a.client.handoffs.setField({ handoffId, key, value: first });
  b.advance(20_000);
  await b.client.handoffs.setField({ handoffId, key, value: second });
  return { a, b, card, handoffId, key };
}

/** The demo pair; offline, A deletes its first campaign and B, later, renames it; then they exchange. */
export async function campaignDeletedAndRenamed(team: ReturnType<typeof syncTeam>) {
  const { a, b } = await demoPair(team);
  const card = (await a.client.campaigns.list({}))[0]!;
  a.advance(10_000);
  await a.client.campaigns.remove({ id: card.id });
  b.advance(20_000);
  await b.client.campaigns.update({ id: card.id, name: 'Renamed on B' });
  exchange(a, b);
  return { a, b, card };
}
