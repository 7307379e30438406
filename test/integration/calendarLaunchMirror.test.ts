import { afterAll, beforeAll, expect, it } from 'vitest';
import { actorOf } from '../../electron/backend/context';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { productionLaunch } from '../../shared/domain/templates/productionLaunch';
import type { HandoffDetail } from '../../shared/model';
import { makeTempDir } from '../harness/tempDir';

// The calendar in step with a Production → Launch package's launch sequence, on a real SQLite
// file with the sample agency: writing the table creates, moves and removes the mirrored
// items in the same write; moving an item writes its time back into the row's `when`.
// July 2027: far from the demo's own calendar, so the lists here are only the mirror's.

let t: ReturnType<typeof makeTempDir>;
let backend: Backend;
const api = () => backend.client;
let launch: HandoffDetail;
let ownerId: string;
const JULY = { from: '2027-07-01', to: '2027-07-31' };

beforeAll(async () => {
  t = makeTempDir('baton-launch-mirror-');
  backend = startBackend({ dataDir: t.dir });
  await api().workspace.loadDemo();
  ownerId = (await api().workspace.get())!.me!.id;
  // The first Production → Launch handoff found (a finished campaign's, with the generic
  // package) is pointed at its campaign type's built-in template through the write path before
  // the test writes its table, so the test owns every row it checks.
  for (const c of await api().campaigns.list()) {
    const detail = await api().campaigns.get({ id: c.id });
    const found = detail.handoffs.find((h) => h.template.name === 'Production → Launch package');
    if (!found) continue;
    const templateId = productionLaunch(detail.campaign.type).id;
    backend.context.db.write(actorOf(backend.context), (tx) =>
      tx.update('handoff', found.handoff.id, { templateId }),
    );
    launch = await api().handoffs.get({ id: found.handoff.id });
    break;
  }
  if (!launch?.template.fields.some((f) => f.key === 'launchSequence')) {
    throw new Error('no Production → Launch handoff with a launch sequence to test with');
  }
}, 60_000);

afterAll(() => {
  backend?.close();
  t?.cleanup();
});

const mirrored = async () =>
  (await api().calendar.list(JULY)).items.filter((i) => i.launchHandoffId === launch.handoff.id);

const EMAIL = { what: 'Launch email', channel: 'Email', when: '2027-07-14T09:00:00Z', owner: '' };
const PAID = { what: 'Paid ads live', channel: 'Facebook Ads', when: '2027-07-14T10:00:00Z' };

async function writeSequence(rows: Record<string, string>[]) {
  await api().handoffs.setField({
    handoffId: launch.handoff.id,
    key: 'launchSequence',
    value: rows,
  });
}

it('writing, editing and emptying a launch sequence creates, moves and removes items', async () => {
  await writeSequence([{ ...EMAIL, owner: ownerId }, PAID]);
  let items = await mirrored();
  expect(items.map((i) => [i.title, i.channel, i.at, i.ownerId, i.campaignId])).toEqual([
    ['Launch email', 'email', '2027-07-14T09:00:00.000Z', ownerId, launch.handoff.campaignId],
    ['Paid ads live', 'paid', '2027-07-14T10:00:00.000Z', null, launch.handoff.campaignId],
  ]);
  expect(items[0]!.launchRowKey).toBe('email|launch email');
  const emailId = items[0]!.id;

  // A new time (and rows reordered) moves the same item.
  await writeSequence([PAID, { ...EMAIL, when: '2027-07-15T08:30:00+02:00' }]);
  items = await mirrored();
  const email = items.find((i) => i.title === 'Launch email')!;
  expect(email.id).toBe(emailId);
  expect(email.at).toBe('2027-07-15T06:30:00.000Z');
  expect(items).toHaveLength(2);

  // The paid row is gone: its item is removed, the email stays.
  await writeSequence([{ ...EMAIL, when: '2027-07-15T08:30:00+02:00' }]);
  items = await mirrored();
  expect(items.map((i) => i.id)).toEqual([emailId]);

  // syncLaunch has nothing to do now, and says which rows it could not place.
  expect(await api().calendar.syncLaunch({ campaignId: launch.handoff.campaignId })).toEqual({
    created: 0,
    updated: 0,
    removed: 0,
    skipped: [],
  });
});

it('moving a mirrored item writes its time back into the row', async () => {
  await writeSequence([EMAIL, PAID]);
  const paid = (await mirrored()).find((i) => i.title === 'Paid ads live')!;
  await api().calendar.move({ id: paid.id, date: '2027-07-16' });
  let rows = (await api().handoffs.get({ id: launch.handoff.id })).fields.launchSequence;
  expect(rows).toEqual([EMAIL, { ...PAID, when: '2027-07-16T10:00:00Z' }]);

  await api().calendar.update({
    id: paid.id,
    time: paid.localTime === '12:00' ? '13:00' : '12:00',
  });
  const updated = (await mirrored()).find((i) => i.id === paid.id)!;
  rows = (await api().handoffs.get({ id: launch.handoff.id })).fields.launchSequence;
  expect(rows).toEqual([
    EMAIL,
    { ...PAID, when: new Date(updated.at).toISOString().replace('.000Z', 'Z') },
  ]);
  expect(updated.localDate).toBe('2027-07-16');

  // The written-back row leaves the item where it is: the two agree.
  await writeSequence(rows as Record<string, string>[]);
  expect((await mirrored()).find((i) => i.id === paid.id)!.at).toBe(updated.at);
});

it('syncLaunch reports rows without a usable time and keeps their items', async () => {
  await writeSequence([EMAIL]);
  const before = await mirrored();
  await writeSequence([{ ...EMAIL, when: 'Monday morning' }]);
  expect((await mirrored()).map((i) => [i.id, i.at])).toEqual(before.map((i) => [i.id, i.at]));
  const result = await api().calendar.syncLaunch({ campaignId: launch.handoff.campaignId });
  expect(result.skipped).toEqual([
    {
      handoffId: launch.handoff.id,
      row: 1,
      problem: 'when must be a date and time like 2026-03-14T09:00:00Z, not "Monday morning"',
    },
  ]);
});
