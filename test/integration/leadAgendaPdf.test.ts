import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBackend, type TestBackend } from '../harness/apiBindings';
import { writeTemp } from '../harness/exportSample';
import { handedOffLead, salesAndMarketing } from '../harness/leadSeed';

// The weekly sales ↔ marketing sync agenda exported for the meeting (exports.leadAgenda), on a
// real SQLite file: a week with one lead rejected with a reason and one accepted after its
// SLA ran out. The PDF, read back by poppler, names the week, both handoffs and sales' answers,
// the SLA miss and the quality figures; the Markdown is leads.weeklyAgenda's.

let t: TestBackend;
// Monday 2026-03-16 09:00 UTC; the seed moves the clock on.
let clock = Date.parse('2026-03-16T09:00:00.000Z');
const WEEK = { from: '2026-03-16T00:00:00.000Z', to: '2026-03-23T00:00:00.000Z' };

beforeAll(async () => {
  t = openBackend({ now: () => clock });
  const api = t.backend.client;
  const { sam } = await salesAndMarketing(api, { name: 'Northwind Agency', homeTimeZone: 'UTC' });
  const client = await api.clients.create({ name: 'Acme Coffee' });
  const campaign = await api.campaigns.create({
    name: 'Spring webinar',
    clientId: client.id,
    type: 'paid_ads',
    channels: ['meta_ads'],
    launchDate: '2026-03-02',
  });
  await api.leads.setScoring({
    fitRules: [],
    touchPoints: { webinar: 30, meeting: 30 },
    halfLifeDays: null,
    salesReadyThreshold: 40,
  });
  await api.leads.setSla({ handOffWithinHours: 8, acceptWithinHours: 4, businessHours: null });
  const ready = (personName: string, email: string, sourceChannel: string) =>
    handedOffLead(
      api,
      {
        personName,
        email,
        sourceChannel,
        notes: 'Wants a demo before April.',
        assigneeId: sam.id,
        sourceCampaignId: campaign.id,
      },
      ['webinar', 'meeting'],
    );
  const ana = await ready('Ana Ruiz', 'ana@beta.example', 'Webinar');
  const ben = await ready('Ben Okafor', 'ben@beta.example', 'LinkedIn');
  clock += 1 * 3_600_000;
  await api.leads.reject({ id: ana.id, reasonCode: 'bad-timing', text: 'Budget freeze' });
  // Ben is answered 30 hours after his handoff: past the 4 h to accept.
  clock += 29 * 3_600_000;
  await api.leads.accept({ id: ben.id });
  // A handoff of the week before is not on this week's agenda.
}, 60_000);
afterAll(() => t?.close());

const squash = (s: string) => s.replace(/\s+/g, ' ');

it('draws the week, its handoffs, the SLA miss and the quality figures', async () => {
  const out = await t.backend.client.exports.leadAgenda({ ...WEEK, format: 'pdf' });
  expect(out.mimeType).toBe('application/pdf');
  expect(out.fileName).toBe('sales-marketing-sync-2026-03-16-to-2026-03-22.pdf');
  const bytes = Buffer.from(out.base64, 'base64');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = writeTemp(t.dir, out.fileName, bytes);
  const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));

  expect(text).toContain('Sales ↔ marketing weekly sync, 2026-03-16 to 2026-03-22');
  expect(text).toContain('Northwind Agency · generated 2026-03-17 15:00 UTC');
  expect(text).toContain("1. This week's handoffs (2: 1 accepted, 1 rejected, 0 waiting)");
  for (const name of ['Ana Ruiz', 'Ben Okafor', 'Spring webinar', 'Bad timing', 'accepted']) {
    expect(text, name).toContain(name);
  }
  expect(text).toContain('2. SLA misses (1)');
  expect(text).toContain('Ben Okafor (Beta GmbH): answered 2026-03-17, after the 4 h to accept');
  expect(text).toContain('3. Lead quality');
  expect(text).toContain('Overall: 2 handed off, accept rate 50%, median time to accept 30 h.');
  expect(text).toContain('By source channel');
  for (const cell of ['linkedin', 'webinar', '100%', '0%', 'Bad timing (1)']) {
    expect(text, cell).toContain(cell);
  }
  expect(text).toContain('4. Actions');
  expect(text).toMatch(/Page 1 of 1/);
});

it('exports the Markdown of leads.weeklyAgenda as it is', async () => {
  const api = t.backend.client;
  const out = await api.exports.leadAgenda({ ...WEEK, format: 'md' });
  expect(out).toMatchObject({
    fileName: 'sales-marketing-sync-2026-03-16-to-2026-03-22.md',
    mimeType: 'text/markdown',
  });
  const md = Buffer.from(out.base64, 'base64').toString('utf8');
  expect(md).toBe((await api.leads.weeklyAgenda(WEEK)).markdown);
  expect(md).toContain(
    '| Ana Ruiz | Beta GmbH | Spring webinar | 2026-03-16 | rejected: Bad timing (Budget freeze) |',
  );
});

it('has an empty week say so, and the week before holds none of these handoffs', async () => {
  const out = await t.backend.client.exports.leadAgenda({
    from: '2026-03-09T00:00:00.000Z',
    to: '2026-03-16T00:00:00.000Z',
    format: 'pdf',
  });
  const file = writeTemp(t.dir, out.fileName, Buffer.from(out.base64, 'base64'));
  const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  expect(text).toContain('weekly sync, 2026-03-09 to 2026-03-15');
  expect(text).toContain('No leads were handed off this week.');
  expect(text).not.toContain('Ana Ruiz');
});

it('refuses a malformed range naming the field', async () => {
  await expect(
    t.backend.client.exports.leadAgenda({ from: 'last monday', format: 'pdf' }),
  ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  const err: unknown = await t.backend.client.exports
    .leadAgenda({ from: 'last monday', format: 'pdf' })
    .catch((e: unknown) => e);
  expect(JSON.stringify(err)).toContain('from');
});
