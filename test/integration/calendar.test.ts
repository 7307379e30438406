import { afterEach, expect, it } from 'vitest';
import { demoPair, syncTeam, type SyncDevice } from '../harness/syncDevices';

// The cross-channel calendar through the service on real SQLite files: items planned in the
// home time zone, moved keeping their local time, removed and restored, warnings computed on
// list, repurposing linked both ways, .ics and .csv text for a filter, bad input named.
// March 2027 (a day earlier keeps the weekdays of the rule messages): the demo workspace plans
// its own calendar around the harness clock in March 2026, and these lists must be only ours.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

async function setUp(d: SyncDevice) {
  const campaign = (await d.client.campaigns.list())[0]!;
  const me = (await d.client.workspace.get())!.me!;
  const email = await d.client.calendar.create({
    campaignId: campaign.id,
    channel: 'email',
    title: 'Spring launch email',
    date: '2027-03-15',
    time: '09:00',
    audienceSegment: 'VIP customers',
    ownerId: me.id,
  });
  const teaser = await d.client.calendar.create({
    campaignId: campaign.id,
    channel: 'social',
    title: 'Spring teaser',
    date: '2027-03-13',
    time: '10:00',
    sourceItemId: email.item.id,
  });
  return { campaign, me, email: email.item, teaser: teaser.item };
}

const MARCH = { from: '2027-03-01', to: '2027-03-31' };

it('plans, moves, warns, removes and restores items in the home time zone', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { email, teaser } = await setUp(a);

  let view = await a.client.calendar.list(MARCH);
  const zone = view.homeTimeZone;
  expect(view.items.map((i) => [i.title, i.localDate, i.localTime])).toEqual([
    ['Spring teaser', '2027-03-13', '10:00'],
    ['Spring launch email', '2027-03-15', '09:00'],
  ]);
  expect(view.items[0]!.timeZone).toBe(zone);
  expect(view.warnings).toEqual([]);
  expect(view.items[1]!.adaptationIds).toEqual([teaser.id]);

  // The teaser moved after its email keeps 10:00 and the rule names both items.
  const moved = await a.client.calendar.move({ id: teaser.id, date: '2027-03-16' });
  expect(moved.adjustment).toBeNull();
  view = await a.client.calendar.list(MARCH);
  const shownTeaser = view.items.find((i) => i.id === teaser.id)!;
  expect([shownTeaser.localDate, shownTeaser.localTime]).toEqual(['2027-03-16', '10:00']);
  const message =
    "Teaser before email: 'Spring teaser' (Tue 10:00) is after 'Spring launch email' (Mon 09:00)";
  expect(view.warnings.map((w) => w.message)).toEqual([message]);
  expect(shownTeaser.warnings.map((w) => w.ruleId)).toEqual(['teaser-before-email']);
  expect(view.items.find((i) => i.id === email.id)!.warnings[0]!.message).toBe(message);

  // A blog post to the same segment on the email's day: one send per segment per day.
  const blog = await a.client.calendar.create({
    channel: 'blog',
    title: 'VIP blog post',
    date: '2027-03-15',
    time: '15:00',
    audienceSegment: 'vip customers',
  });
  view = await a.client.calendar.list({ ...MARCH, channel: 'blog' });
  expect(view.items.map((i) => i.title)).toEqual(['VIP blog post']);
  expect(view.items[0]!.warnings.map((w) => w.ruleId)).toEqual(['segment-once-per-day']);

  // Removed items leave the calendar and their warnings; restored they come back.
  await a.client.calendar.remove({ id: blog.item.id });
  view = await a.client.calendar.list(MARCH);
  expect(view.items.map((i) => i.title)).not.toContain('VIP blog post');
  expect(view.warnings.map((w) => w.ruleId)).toEqual(['teaser-before-email']);
  await a.client.calendar.restore({ id: blog.item.id });
  expect((await a.client.calendar.list(MARCH)).items).toHaveLength(3);

  // Range filters count local days: the 17th alone shows only the teaser.
  const day = await a.client.calendar.list({ from: '2027-03-16', to: '2027-03-16' });
  expect(day.items.map((i) => i.id)).toEqual([teaser.id]);

  // Editing the time re-reads it in the item's zone.
  const edited = await a.client.calendar.update({
    id: teaser.id,
    date: '2027-03-12',
    time: '08:15',
  });
  expect(edited.item.at).toBe(
    (await a.client.calendar.list({ from: '2027-03-12', to: '2027-03-12' })).items[0]!.at,
  );
  expect((await a.client.calendar.list(MARCH)).warnings.map((w) => w.ruleId)).toEqual([
    'segment-once-per-day',
  ]);
});

it('repurposes an email into a linked social item and back', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { campaign, email } = await setUp(a);
  const made = await a.client.calendar.repurpose({ sourceId: email.id, channel: 'paid' });
  expect(made.item).toMatchObject({
    campaignId: campaign.id,
    channel: 'paid',
    title: 'Spring launch email',
    audienceSegment: 'VIP customers',
    sourceItemId: email.id,
    status: 'idea',
    adaptationNote: "Adapted from 'Spring launch email' (email)",
    at: email.at,
  });
  const view = await a.client.calendar.list(MARCH);
  const source = view.items.find((i) => i.id === email.id)!;
  expect(source.adaptationIds).toHaveLength(2);
  expect(source.adaptationIds).toContain(made.item.id);
  await expect(
    a.client.calendar.repurpose({ sourceId: email.id, channel: 'email' }),
  ).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    data: { issues: [expect.objectContaining({ field: 'channel' })] },
  });
});

it('exports a filter as .ics and .csv text', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { email, teaser } = await setUp(a);

  const ics = await a.client.calendar.exportIcal({ ...MARCH, channel: 'email' });
  expect(ics.fileName).toBe('baton-calendar-2027-03-01-to-2027-03-31-email.ics');
  const lines = ics.text.split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  expect(lines).toContain(`UID:${email.id}@baton`);
  expect(lines).not.toContain(`UID:${teaser.id}@baton`);
  const utc = email.at.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  expect(lines).toContain(`DTSTART:${utc}`);
  expect(ics.text.replace(/\r\n /g, '')).toContain('SUMMARY:[email] Spring launch email');

  const csv = await a.client.calendar.exportCsv(MARCH);
  const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  expect(rows[0]!.startsWith('id,date,time,timeZone,at,channel,title')).toBe(true);
  expect(rows).toHaveLength(4); // header, two items, and the empty string after the last CRLF
  expect(rows[1]).toContain(',2027-03-13,10:00,');
  expect(rows[2]).toContain(',2027-03-15,09:00,');
  expect(rows[2]).toContain(',VIP customers,');
});

it('refuses bad input naming the field', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const good = { channel: 'email' as const, title: 'Mail', date: '2027-03-15', time: '09:00' };
  for (const [field, value] of [
    ['date', '2027-02-30'],
    ['time', '25:00'],
    ['timeZone', 'Mars/Olympus'],
    ['channel', 'fax'],
    ['title', '  '],
  ] as const) {
    await expect(a.client.calendar.create({ ...good, [field]: value })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      data: { issues: expect.arrayContaining([expect.objectContaining({ path: [field] })]) },
    });
  }
  await expect(
    a.client.calendar.list({ from: '2027-03-31', to: '2027-03-01' }),
  ).rejects.toMatchObject({
    code: 'BAD_REQUEST',
    data: { issues: expect.arrayContaining([expect.objectContaining({ path: ['to'] })]) },
  });
  await expect(
    a.client.calendar.create({ ...good, campaignId: '01890000-0000-7000-8000-000000000000' }),
  ).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    data: { issues: [expect.objectContaining({ field: 'campaignId' })] },
  });
});
