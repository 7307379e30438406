import { expect } from 'vitest';
import { copyOfFolder, deviceAt } from './deviceAt';
import { changeIds, contentDump, START, type SyncDevice } from './syncDevices';
import { ownChangeIds } from './syncSchedule';
import { makeTempDir } from './tempDir';

/**
 * Laptops with the demo agency, all synced and closed: built once per test file, copied for
 * each test (copying three folders is far cheaper than loading and syncing the demo again).
 */
export interface LaptopTemplate {
  names: string[];
  dataDirs: string[];
  sharedDir: string;
  /** The person every laptop acts as. */
  personId: string;
  cleanup(): void;
}

export async function buildLaptopTemplate(names = ['a', 'b', 'c']): Promise<LaptopTemplate> {
  const cleanups: (() => void)[] = [];
  const shared = makeTempDir('baton-shared-');
  cleanups.push(shared.cleanup);
  const dataDirs = names.map((n) => {
    const t = makeTempDir(`baton-${n}-`);
    cleanups.push(t.cleanup);
    return t.dir;
  });
  const devices = names.map((n, i) => deviceAt(n, dataDirs[i]!, shared.dir));
  const first = devices[0]!;
  await first.client.workspace.loadDemo();
  const personId = (await first.client.workspace.get())!.me!.id;
  for (const d of devices) d.sync();
  for (const d of devices.slice(1)) await d.client.workspace.setMe({ personId });
  for (const d of devices) d.sync();
  for (const d of devices) d.sync();
  for (const d of devices) d.close();
  return {
    names,
    dataDirs,
    sharedDir: shared.dir,
    personId,
    cleanup: () => {
      for (const c of cleanups.reverse()) c();
    },
  };
}

/**
 * Copies of the template's folders, opened, each laptop's wall clock at `startMs[i]` (default:
 * an hour after the template was made). `close()` closes them and removes the copies.
 */
export function openLaptops(
  template: LaptopTemplate,
  startMs: number[] = [],
): { devices: SyncDevice[]; sharedDir: string; close(): void } {
  const cleanups: (() => void)[] = [];
  const shared = copyOfFolder(template.sharedDir, 'baton-shared-');
  cleanups.push(shared.cleanup);
  const devices = template.dataDirs.map((dir, i) => {
    const data = copyOfFolder(dir, 'baton-data-');
    const d = deviceAt(template.names[i]!, data.dir, shared.dir, startMs[i] ?? START + 3_600_000);
    cleanups.push(() => {
      d.close();
      data.cleanup();
    });
    return d;
  });
  return {
    devices,
    sharedDir: shared.dir,
    close: () => {
      for (const c of cleanups.splice(0).reverse()) c();
    },
  };
}

/**
 * Syncs every laptop in turn until a whole round exports and applies nothing (what a merge
 * writes while applying goes out with the next round); fails when that takes more than
 * `maxRounds`. Returns the number of rounds.
 */
export function syncUntilQuiet(devices: SyncDevice[], maxRounds = 5): number {
  for (let round = 1; round <= maxRounds; round++) {
    let busy = false;
    for (const d of devices) {
      const report = d.sync();
      if (report.exported.length > 0 || report.applied.length > 0) busy = true;
    }
    if (!busy) return round;
  }
  throw new Error(`still exporting or applying after ${maxRounds} sync rounds`);
}

/**
 * Converged: every laptop holds the same content and the same change history, and every change
 * a laptop made itself (`own`, taken before the last syncs) is in it.
 */
export function expectConverged(devices: SyncDevice[], own: string[][] = []): void {
  const [first, ...rest] = devices as [SyncDevice, ...SyncDevice[]];
  const content = contentDump(first);
  const ids = changeIds(first);
  for (const d of rest) {
    expect(contentDump(d), `${d.name} shows what ${first.name} shows`).toEqual(content);
    expect(changeIds(d), `${d.name} holds the history ${first.name} holds`).toEqual(ids);
  }
  const held = new Set(ids);
  for (const mine of own) expect(mine.filter((id) => !held.has(id))).toEqual([]);
}

export const ownChanges = (devices: SyncDevice[]) => devices.map(ownChangeIds);
