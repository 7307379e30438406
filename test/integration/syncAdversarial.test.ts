import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLaptopTemplate,
  expectConverged,
  openLaptops,
  ownChanges,
  syncUntilQuiet,
  type LaptopTemplate,
} from '../harness/laptopTemplate';
import { START, type SyncDevice } from '../harness/syncDevices';

// Issue 7's adversarial scenarios with three laptops and one real shared folder: after each,
// every laptop shows the same content and holds every change any of them made. (Damaged
// files with two laptops: syncFaults.test.ts; killed processes: syncKill.test.ts; a newer
// schema: syncUpgrade.test.ts; random schedules: syncProperty.test.ts.)

const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;

let template: LaptopTemplate;
beforeAll(async () => {
  template = await buildLaptopTemplate();
}, 120_000);
afterAll(() => template.cleanup());

let opened: ReturnType<typeof openLaptops> | undefined;
afterEach(() => {
  opened?.close();
  opened = undefined;
});

function laptops(startMs?: number[]) {
  opened = openLaptops(template, startMs);
  return { ...opened, devices: opened.devices as [SyncDevice, SyncDevice, SyncDevice] };
}

/**
 * Each laptop edits offline: A and B rename the same campaign (last writer wins), B moves its
 * launch date, C renames another campaign and comments on a handoff.
 */
async function editOnEach([a, b, c]: SyncDevice[]): Promise<string[]> {
  const cards = await a!.client.campaigns.list({});
  const [first, second] = [cards[0]!, cards[1]!];
  a!.advance(1_000);
  await a!.client.campaigns.update({ id: first.id, name: 'Renamed on A' });
  b!.advance(2_000);
  await b!.client.campaigns.update({ id: first.id, name: 'Renamed on B' });
  await b!.client.campaigns.update({ id: first.id, launchDate: '2026-09-01' });
  c!.advance(3_000);
  await c!.client.campaigns.update({ id: second.id, name: 'Renamed on C' });
  const withHandoff = cards.find((x) => x.currentHandoff)!;
  await c!.client.handoffs.comment({ handoffId: withHandoff.currentHandoff!.id, body: 'From C' });
  return [first.id, second.id];
}

describe('three laptops syncing in every order', () => {
  const orders = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];
  it.each(orders)('order %i %i %i: same content, nothing lost', async (...order) => {
    const { devices } = laptops();
    const [firstId] = await editOnEach(devices);
    const own = ownChanges(devices);
    const inOrder = order.map((i) => devices[i]!);
    for (let round = 0; round < 2; round++) {
      for (const d of inOrder) expect(d.sync().problems).toEqual([]);
    }
    syncUntilQuiet(inOrder);
    expectConverged(devices, own);
    // Last writer wins by HLC, whichever order the laptops synced in: B renamed after A.
    for (const d of devices) {
      expect((await d.client.campaigns.get({ id: firstId! })).campaign.name).toBe('Renamed on B');
    }
  });
});

describe('clocks that disagree', () => {
  it('skewed by an hour either way: converge, the latest HLC wins everywhere', async () => {
    const base = START + 3 * HOUR;
    const { devices } = laptops([base - HOUR, base, base + HOUR]);
    const [a, b, c] = devices;
    const id = (await a.client.campaigns.list({}))[0]!.id;
    // In real time A renames last, but its clock is two hours behind C's.
    await c.client.campaigns.update({ id, name: 'C, an hour ahead' });
    await b.client.campaigns.update({ id, name: 'B, on time' });
    await a.client.campaigns.update({ id, name: 'A, an hour behind' });
    const own = ownChanges(devices);
    syncUntilQuiet(devices);
    expectConverged(devices, own);
    for (const d of devices) {
      expect((await d.client.campaigns.get({ id })).campaign.name).toBe('C, an hour ahead');
    }
  });

  it('one laptop a year ahead: converge, and it does not pull the others’ clocks along', async () => {
    const base = START + 3 * HOUR;
    const { devices } = laptops([base, base, base + YEAR]);
    const [a, b, c] = devices;
    await editOnEach(devices);
    await c.client.campaigns.update({
      id: (await c.client.campaigns.list({}))[2]!.id,
      name: 'Renamed a year ahead',
    });
    const own = ownChanges(devices);
    syncUntilQuiet(devices);
    expectConverged(devices, own);
    // A's and B's next edits are stamped near their own wall clocks (at most 5 minutes past).
    for (const d of [a, b]) {
      const name = `After the sync on ${d.name}`;
      await d.client.campaigns.update({ id: (await d.client.campaigns.list({}))[1]!.id, name });
      const hlc = d.backend.context.db.sqlite
        .prepare('SELECT max(hlc) FROM changes WHERE device_id = ?')
        .pluck()
        .get(d.deviceId) as string;
      expect(Date.parse(hlc.slice(0, 24)) - base).toBeLessThan(HOUR);
    }
    syncUntilQuiet(devices);
    expectConverged(devices);
  });
});

describe('the shared folder', () => {
  it('disappears (an unplugged drive) and comes back: nothing written meanwhile, then converge', async () => {
    const { devices, sharedDir } = laptops();
    const away = `${sharedDir}.away`;
    fs.renameSync(sharedDir, away);
    try {
      await editOnEach(devices);
      for (const d of devices) {
        const report = d.sync();
        expect(report.exported).toEqual([]);
        expect(report.problems).toEqual([
          expect.objectContaining({ kind: 'unreadable', file: '.' }),
        ]);
      }
      expect(fs.existsSync(sharedDir)).toBe(false); // no fresh folder where the drive was
    } finally {
      fs.renameSync(away, sharedDir);
    }
    const own = ownChanges(devices);
    syncUntilQuiet(devices);
    expectConverged(devices, own);
  });
});

describe('batch files that go missing or multiply', () => {
  /** A renames twice with a sync after each: two batches, the first of which the test moves. */
  async function twoBatchesOfA(devices: SyncDevice[]) {
    const [a] = devices as [SyncDevice];
    const [first, second] = await a.client.campaigns.list({});
    a.advance(1_000);
    await a.client.campaigns.update({ id: first!.id, name: 'First rename' });
    const one = a.sync().exported[0]!;
    a.advance(1_000);
    await a.client.campaigns.update({ id: second!.id, name: 'Second rename' });
    const two = a.sync().exported[0]!;
    return { one, two };
  }

  it('deleted, then back (a cloud client re-syncing it): the rest is applied, then it', async () => {
    const { devices, sharedDir } = laptops();
    const [a, b, c] = devices;
    const { one, two } = await twoBatchesOfA(devices);
    const file = path.join(sharedDir, one.file);
    const kept = fs.readFileSync(file);
    fs.rmSync(file);

    const report = b.sync();
    expect(report.problems).toEqual([]);
    expect(report.applied.map((x) => x.seq)).toEqual([two.seq]);
    const cursor = () =>
      b.backend.context.db.sqlite
        .prepare('SELECT applied_seq FROM sync_cursors WHERE device_id = ?')
        .pluck()
        .get(a.deviceId) as number;
    expect(cursor()).toBe(one.seq - 1); // the hole holds the cursor back

    fs.writeFileSync(file, kept);
    expect(b.sync().applied.map((x) => x.seq)).toEqual([one.seq]);
    expect(cursor()).toBe(two.seq);
    const own = ownChanges(devices);
    syncUntilQuiet([a, b, c]);
    expectConverged(devices, own);
  });

  it('copies: a "conflicted copy" and a duplicate are foreign, the batch is applied once', async () => {
    const { devices, sharedDir } = laptops();
    const [, b, c] = devices;
    const { one, two } = await twoBatchesOfA(devices);
    const dir = path.dirname(path.join(sharedDir, one.file));
    const bytes = fs.readFileSync(path.join(sharedDir, one.file));
    const copies = [
      "12 (Laptop's conflicted copy 2026-11-26).batch",
      `${path.basename(one.file, '.batch')} copy.batch`,
    ];
    for (const name of copies) fs.writeFileSync(path.join(dir, name), bytes);

    for (const d of [b, c]) {
      const report = d.sync();
      expect(report.applied.map((x) => [x.seq, x.newChanges])).toEqual([
        [one.seq, one.count],
        [two.seq, two.count],
      ]);
      expect(report.problems.map((p) => [p.kind, path.basename(p.file)]).sort()).toEqual(
        copies.map((n) => ['foreign', n]).sort(),
      );
    }
    const own = ownChanges(devices);
    syncUntilQuiet(devices);
    expectConverged(devices, own);
    for (const name of copies) expect(fs.existsSync(path.join(dir, name))).toBe(true);
  });

  it('a 0-byte cloud placeholder: skipped and reported, never half-applied, applied once real', async () => {
    const { devices, sharedDir } = laptops();
    const [, b, c] = devices;
    const { one } = await twoBatchesOfA(devices);
    const file = path.join(sharedDir, one.file);
    const real = fs.readFileSync(file);
    fs.writeFileSync(file, '');
    for (const d of [b, c]) {
      const report = d.sync();
      expect(report.problems).toEqual([
        expect.objectContaining({ kind: 'incomplete', file: one.file }),
      ]);
      expect(report.applied.map((x) => x.seq)).not.toContain(one.seq);
    }
    fs.writeFileSync(file, real);
    const own = ownChanges(devices);
    syncUntilQuiet(devices);
    expectConverged(devices, own);
    for (const d of devices) {
      expect((await d.client.campaigns.list({})).map((x) => x.name)).toContain('First rename');
    }
  });
});
