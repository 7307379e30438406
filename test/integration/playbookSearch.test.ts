import { afterEach, expect, it } from 'vitest';
import { syncTeam, type SyncDevice } from '../harness/syncDevices';

// The playbook's FTS5 search on real SQLite files: title hits outrank body hits, diacritics
// fold, deleted entries are not found, tag filters, and hostile typed text never throws.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

async function seeded(): Promise<{ a: SyncDevice; clientId: string; otherClientId: string }> {
  team = syncTeam();
  const a = team.device('a');
  // Not the demo: it has learnings of its own, and these lists must be exactly ours.
  await a.client.workspace.create({
    name: 'Search test agency',
    homeTimeZone: 'Europe/Berlin',
    me: { name: 'Ana Ruiz' },
  });
  const client = await a.client.clients.create({ name: 'Northwind Coffee' });
  const other = await a.client.clients.create({ name: 'Helio Bikes' });
  return { a, clientId: client.id, otherClientId: other.id };
}

it('a title hit outranks a body hit, and "cafe" finds "café"', async () => {
  const { a } = await seeded();
  const body = await a.client.playbook.create({
    title: 'Timing of sends',
    body: 'Our teaser went out a day early and the café audience loved it.',
  });
  const title = await a.client.playbook.create({
    title: 'Teaser posts before the email',
    body: 'Posting first lifted opens.',
  });
  const hits = await a.client.playbook.search({ text: 'teaser' });
  expect(hits.map((h) => h.entry.id)).toEqual([title.id, body.id]);

  const cafe = await a.client.playbook.search({ text: 'cafe' });
  expect(cafe.map((h) => h.entry.id)).toEqual([body.id]);
  // The last word is a prefix: results follow the typing.
  expect((await a.client.playbook.search({ text: 'tea' })).map((h) => h.entry.id)).toHaveLength(2);
});

it('a deleted entry is not found, and an edit is searched by its new words', async () => {
  const { a } = await seeded();
  const gone = await a.client.playbook.create({ title: 'Webinar reminders', body: 'Send two.' });
  const kept = await a.client.playbook.create({ title: 'Webinar slides', body: 'Share after.' });
  await a.client.playbook.remove({ id: gone.id });
  expect((await a.client.playbook.search({ text: 'webinar' })).map((h) => h.entry.id)).toEqual([
    kept.id,
  ]);
  await a.client.playbook.update({ id: kept.id, title: 'Workshop slides' });
  expect(await a.client.playbook.search({ text: 'webinar' })).toEqual([]);
  expect((await a.client.playbook.search({ text: 'workshop' }))[0]!.entry.id).toBe(kept.id);
});

it('tag filters: type keeps its own and any-type entries, channel and client narrow, relevance ranks', async () => {
  const { a, clientId, otherClientId } = await seeded();
  const paid = await a.client.playbook.create({
    title: 'Creative fatigue on Meta',
    campaignType: 'paid_ads',
    channels: ['meta_ads'],
    clientId,
  });
  const paidOther = await a.client.playbook.create({
    title: 'Brand search bids',
    campaignType: 'paid_ads',
    channels: ['google_ads'],
    clientId: otherClientId,
  });
  const general = await a.client.playbook.create({ title: 'Brief a week earlier' });
  const email = await a.client.playbook.create({ title: 'Plain subjects', campaignType: 'email' });

  const byType = await a.client.playbook.search({ campaignType: 'paid_ads' });
  const ids = byType.map((h) => h.entry.id);
  expect(ids).toEqual(expect.arrayContaining([paid.id, paidOther.id, general.id]));
  expect(ids).not.toContain(email.id);
  // Same type outranks any type.
  expect(ids.indexOf(general.id)).toBe(ids.length - 1);

  expect(
    (await a.client.playbook.search({ campaignType: 'paid_ads', channel: 'meta_ads' })).map(
      (h) => h.entry.id,
    ),
  ).toEqual([paid.id]);
  expect(
    (await a.client.playbook.search({ clientId: otherClientId })).map((h) => h.entry.id),
  ).toEqual([paidOther.id]);
});

it('hostile search text never throws', async () => {
  const { a } = await seeded();
  const entry = await a.client.playbook.create({ title: 'Near the launch date', body: 'x' });
  for (const text of [
    '"',
    '""',
    '*',
    'NEAR(',
    'near',
    '(a OR',
    'AND NOT',
    'title:near',
    '^near',
    "'; DROP TABLE playbook_entries; --",
    '\u0000',
    '🙂',
  ]) {
    await expect(a.client.playbook.search({ text })).resolves.toBeInstanceOf(Array);
  }
  expect((await a.client.playbook.search({ text: 'NEAR' }))[0]!.entry.id).toBe(entry.id);
  // `title:` is a word to find, not a column filter (no entry says "title").
  expect(await a.client.playbook.search({ text: 'title:near' })).toEqual([]);
});
