import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/startBackend';
import { runBaton } from '../harness/batonCli';
import { makeTempDir } from '../harness/tempDir';

// `baton export-ical` as a real child process over a real data folder.

let t: ReturnType<typeof makeTempDir>;
let out: string;
let campaignName: string;
let emailId: string;
let blogId: string;
/** Email items the demo workspace plans on its own (its calendar is part of the sample). */
let demoEmails: number;

beforeAll(async () => {
  t = makeTempDir('baton-cli-calendar-');
  const b = startBackend({ dataDir: t.dir });
  await b.client.workspace.loadDemo();
  const campaign = (await b.client.campaigns.list())[0]!;
  campaignName = campaign.name;
  const all = { from: '2000-01-01', to: '2099-12-31' };
  demoEmails = (await b.client.calendar.list({ ...all, channel: 'email' })).items.length;
  emailId = (
    await b.client.calendar.create({
      campaignId: campaign.id,
      channel: 'email',
      title: 'Launch email, part 1',
      date: '2026-03-16',
      time: '09:00',
    })
  ).item.id;
  blogId = (
    await b.client.calendar.create({
      channel: 'blog',
      title: 'Blog post',
      date: '2026-04-02',
      time: '12:00',
    })
  ).item.id;
  b.close();
  out = path.join(t.dir, 'out');
  fs.mkdirSync(out);
}, 60_000);
afterAll(() => t.cleanup());

it('writes the items a filter matches as an .ics file', async () => {
  const file = path.join(out, 'email.ics');
  const r = await runBaton([
    'export-ical',
    '--out',
    file,
    '--channel',
    'email',
    '--data-dir',
    t.dir,
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const n = demoEmails + 1;
  expect(r.stdout).toContain(n === 1 ? '(1 item)' : `(${n} items)`);
  expect(fs.readFileSync(file, 'utf8').match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(n);
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain(`UID:${emailId}@baton\r\n`);
  expect(text).not.toContain(blogId);
  expect(text).toContain('SUMMARY:[email] Launch email\\, part 1\r\n');

  const byCampaign = path.join(out, 'campaign.ics');
  const c = await runBaton([
    'export-ical',
    '--out',
    byCampaign,
    '--campaign',
    campaignName,
    '--data-dir',
    t.dir,
  ]);
  expect(c.code).toBe(0);
  expect(fs.readFileSync(byCampaign, 'utf8')).toContain(`UID:${emailId}@baton`);
  expect(fs.readFileSync(byCampaign, 'utf8')).not.toContain(blogId);
  expect(fs.readdirSync(out).sort()).toEqual(['campaign.ics', 'email.ics']);
});

it('an unknown campaign exits non-zero naming near matches and writes no file', async () => {
  const file = path.join(out, 'nope.ics');
  // One letter changed in the middle: no campaign contains it, the campaign is near.
  const mid = Math.floor(campaignName.length / 2);
  const typo = `${campaignName.slice(0, mid)}${campaignName[mid] === 'q' ? 'x' : 'q'}${campaignName.slice(mid + 1)}`;
  const r = await runBaton(['export-ical', '--out', file, '--campaign', typo, '--data-dir', t.dir]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(`No campaign "${typo}". Did you mean`);
  expect(r.stderr).toContain(`"${campaignName}"`);
  expect(fs.existsSync(file)).toBe(false);
  expect(fs.readdirSync(out).filter((f) => f.startsWith('.') || f === 'nope.ics')).toEqual([]);

  const bad = await runBaton([
    'export-ical',
    '--out',
    file,
    '--channel',
    'fax',
    '--data-dir',
    t.dir,
  ]);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toContain('--channel: "fax" is not a channel');
  expect(fs.existsSync(file)).toBe(false);
});
