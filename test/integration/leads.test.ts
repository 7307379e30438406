import { afterEach, describe, expect, it } from 'vitest';
import * as s from '../../electron/db/schema';
import { DEFAULT_LEAD_SCORING } from '../../shared/domain/leads';
import { LEAD_STATUSES } from '../../shared/model';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// The lead handoff through the real backend on a real SQLite file: a lead scored from its
// touches, handed to sales (refused while parts are missing), rejected with a reason and then
// found in the quality report, the re-engagement queue and the weekly agenda; the SLA queue's
// order; new scoring rules re-scoring every lead; a CSV import with a BOM, semicolons, quotes,
// bad rows and duplicates.

let opened: TestBackend | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

// Monday 2026-03-16 09:00 UTC; tests move the clock forward.
let clock = Date.parse('2026-03-16T09:00:00.000Z');
const hours = (h: number): void => {
  clock += h * 3_600_000;
};

async function workspace() {
  clock = Date.parse('2026-03-16T09:00:00.000Z');
  const t = (opened = openBackend({ now: () => clock }));
  const api = t.backend.client;
  await api.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Mia Marketing', email: 'mia@northwind.example', roleTitle: 'Marketing' },
  });
  const sam = await api.people.create({
    name: 'Sam Sales',
    email: 'sam@northwind.example',
    roleTitle: 'Sales',
  });
  const client = await api.clients.create({
    name: 'Acme Coffee',
    brand: { voice: '', dos: [], donts: [], logoRules: '', colourRules: '', legalLines: '' },
  });
  const campaign = await api.campaigns.create({
    name: 'Spring webinar',
    clientId: client.id,
    type: 'paid_ads',
    channels: ['meta_ads'],
    launchDate: '2026-03-02',
  });
  await api.leads.setScoring({
    fitRules: [{ field: 'jobTitle', op: 'contains', values: ['Head'], points: 15 }],
    touchPoints: { webinar: 10, meeting: 20 },
    halfLifeDays: 30,
    salesReadyThreshold: 40,
  });
  return { api, sam, campaign };
}

type Api = Awaited<ReturnType<typeof workspace>>['api'];

async function readyLead(
  api: Api,
  email: string,
  extra: { assigneeId?: string; campaignId?: string },
) {
  const lead = await api.leads.create({
    personName: email.split('@')[0]!,
    company: 'Beta GmbH',
    email,
    jobTitle: 'Head of Growth',
    sourceChannel: 'Webinar',
    interests: ['API'],
    notes: 'Wants a demo before April.',
    assigneeId: extra.assigneeId ?? null,
    sourceCampaignId: extra.campaignId ?? null,
  });
  await api.leads.addTouch({ leadId: lead.id, kind: 'webinar', note: 'Attended live' });
  const detail = await api.leads.addTouch({ leadId: lead.id, kind: 'meeting' });
  return detail;
}

describe('lead handoff', () => {
  it('hands off, is rejected with a reason, and shows in quality, re-engagement and the agenda', async () => {
    const { api, sam, campaign } = await workspace();
    const lead = await api.leads.create({
      personName: 'Ana Ruiz',
      company: 'Beta GmbH',
      email: 'Ana@Beta.example',
      jobTitle: 'Head of Growth',
      sourceChannel: 'Webinar',
      sourceCampaignId: campaign.id,
      notes: 'Wants a demo before April.',
    });
    expect(lead).toMatchObject({ status: 'new', score: 15, emailKey: 'ana@beta.example' });

    // The score rises with touches and explains itself; reaching 40 makes the lead sales-ready.
    await api.leads.addTouch({ leadId: lead.id, kind: 'webinar', note: 'Attended live' });
    const detail = await api.leads.addTouch({ leadId: lead.id, kind: 'meeting' });
    expect(detail.lead).toMatchObject({ status: 'sales-ready', score: 45 });
    expect(detail.score.lines.map((l) => l.text)).toEqual([
      "+15 job title contains 'Head'",
      '+10 webinar today',
      '+20 meeting today',
    ]);
    expect(detail.sla).toMatchObject({ stage: 'hand-off', overdue: false, minutesLeft: 24 * 60 });

    // No receiver yet: refused with the part named, nothing written.
    const refused = await api.leads.handOff({ id: lead.id });
    expect(refused).toEqual({
      handedOff: false,
      missing: [{ part: 'Receiver', problem: 'choose the salesperson it goes to (Assignee)' }],
    });
    expect((await api.leads.get({ id: lead.id })).lead.status).toBe('sales-ready');

    await api.leads.update({ id: lead.id, assigneeId: sam.id });
    hours(2);
    const handed = await api.leads.handOff({ id: lead.id });
    if (!handed.handedOff) throw new Error('expected a handoff');
    expect(handed.handoff.package).toMatchObject({
      personName: 'Ana Ruiz',
      sourceCampaign: { id: campaign.id, name: 'Spring webinar' },
      receiver: { id: sam.id, name: 'Sam Sales' },
      talkingPoints: ['Wants a demo before April.'],
    });
    expect(handed.handoff.package.journey.map((j) => j.kind)).toEqual(['webinar', 'meeting']);

    // A plain status change cannot reject: it needs a reason.
    await expect(api.leads.setStatus({ id: lead.id, status: 'rejected' })).rejects.toMatchObject({
      data: {
        issues: [{ field: 'status', problem: expect.stringContaining('only through reject') }],
      },
    });
    hours(3);
    const rejected = await api.leads.reject({
      id: lead.id,
      reasonCode: 'bad-timing',
      text: 'Budget freeze until Q3',
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      nurtureTrack: 'timing: check back next quarter',
    });

    const quality = await api.leads.qualityReport({});
    expect(quality.byCampaign).toEqual([
      expect.objectContaining({
        key: campaign.id,
        label: 'Spring webinar',
        handedOff: 1,
        rejected: 1,
        acceptRate: 0,
        topRejectionReasons: [{ code: 'bad-timing', label: 'Bad timing', count: 1 }],
      }),
    ]);
    expect(quality.bySource.map((r) => r.key)).toEqual(['webinar']);

    // 90 days on it is due for marketing.
    let queue = await api.leads.reengagementQueue();
    expect(queue.map((q) => [q.lead.id, q.due])).toEqual([[lead.id, false]]);
    hours(91 * 24);
    queue = await api.leads.reengagementQueue();
    expect(queue.map((q) => [q.lead.id, q.due])).toEqual([[lead.id, true]]);
    // Marketing calls and says when to try again: the touch and the new date are one write.
    const touched = await api.leads.addTouch({
      leadId: lead.id,
      kind: 'call',
      nextTouchInDays: 14,
    });
    expect(touched.lead.nextTouchAt).toBe(new Date(clock + 14 * 86_400_000).toISOString());
    queue = await api.leads.reengagementQueue();
    expect(queue.map((q) => [q.lead.id, q.due])).toEqual([[lead.id, false]]);
    // The row carries why sales said no, so the queue reads it without a call per lead.
    expect(queue[0]!.rejection).toMatchObject({
      reasonCode: 'bad-timing',
      reasonText: 'Budget freeze until Q3',
    });

    const agenda = await api.leads.weeklyAgenda({
      from: '2026-03-16T00:00:00.000Z',
      to: '2026-03-23T00:00:00.000Z',
    });
    expect(agenda.markdown).toContain(
      '| Ana Ruiz | Beta GmbH | Spring webinar | 2026-03-16 | rejected: Bad timing (Budget freeze until Q3) |',
    );
    expect(agenda.markdown).toContain('accept rate 0%');

    // 91 days on the touches have faded below the threshold: a handoff is refused for the score.
    await api.leads.setStatus({ id: lead.id, status: 'sales-ready' });
    const faded = await api.leads.handOff({ id: lead.id });
    expect(faded).toMatchObject({ handedOff: false, missing: [{ part: 'Score' }] });
    // Fresh touches bring it back; the second handoff is accepted.
    await api.leads.addTouch({ leadId: lead.id, kind: 'meeting', note: 'Budget unfrozen' });
    await api.leads.addTouch({ leadId: lead.id, kind: 'webinar' });
    const again = await api.leads.handOff({ id: lead.id });
    expect(again.handedOff).toBe(true);
    hours(1);
    expect((await api.leads.accept({ id: lead.id })).status).toBe('accepted');
    const report = await api.leads.qualityReport({});
    expect(report.overall).toMatchObject({
      handedOff: 2,
      accepted: 1,
      rejected: 1,
      acceptRate: 0.5,
      medianHoursToAccept: 1,
    });
  });

  it('orders the SLA queue by time left, overdue first', async () => {
    const { api, sam } = await workspace();
    await api.leads.setSla({ handOffWithinHours: 8, acceptWithinHours: 4, businessHours: null });
    await readyLead(api, 'first@x.example', { assigneeId: sam.id });
    hours(2);
    await readyLead(api, 'second@x.example', { assigneeId: sam.id });
    const handed = await readyLead(api, 'handed@x.example', { assigneeId: sam.id });
    await api.leads.handOff({ id: handed.lead.id });
    hours(7);
    const queue = await api.leads.queue();
    expect(queue.map((q) => [q.lead.email, q.sla.stage, q.sla.overdue, q.sla.minutesLeft])).toEqual(
      [
        ['handed@x.example', 'accept', true, -180],
        ['first@x.example', 'hand-off', true, -60],
        ['second@x.example', 'hand-off', false, 60],
      ],
    );
    expect(queue[0]!.sla.text).toBe('accept within 4 h: overdue by 3 h');
  });

  it('the SLA queue holds exactly the live leads whose clock runs, from leads in every status', async () => {
    const { api, sam } = await workspace();
    await api.leads.setSla({ handOffWithinHours: 8, acceptWithinHours: 4, businessHours: null });
    const ready = async (name: string) =>
      (await readyLead(api, `${name}@x.example`, { assigneeId: sam.id })).lead.id;
    const handed = async (name: string) => {
      const id = await ready(name);
      expect((await api.leads.handOff({ id })).handedOff).toBe(true);
      return id;
    };
    const fresh = async (name: string) =>
      (await api.leads.create({ personName: name, email: `${name}@x.example` })).id;

    await fresh('new');
    await api.leads.setStatus({ id: await fresh('nurturing'), status: 'nurturing' });
    await api.leads.setStatus({ id: await fresh('lost'), status: 'lost' });
    const salesReady = await ready('sales-ready');
    const handedOff = await handed('handed-off');
    await api.leads.accept({ id: await handed('accepted') });
    const won = await handed('won');
    await api.leads.accept({ id: won });
    await api.leads.setStatus({ id: won, status: 'won' });
    await api.leads.reject({ id: await handed('rejected'), reasonCode: 'no-budget' });
    const again = await handed('re-engage');
    await api.leads.reject({ id: again, reasonCode: 'bad-timing' });
    await api.leads.setStatus({ id: again, status: 're-engage' });
    // Removed leads keep their status but are in no queue.
    await api.leads.remove({ id: await ready('removed-ready') });
    await api.leads.remove({ id: await handed('removed-handed') });
    hours(5);

    const all = (await api.leads.list({ limit: 500 })).leads;
    expect(new Set(all.map((l) => l.status))).toEqual(new Set(LEAD_STATUSES));
    const queue = await api.leads.queue();
    expect(queue.map((q) => [q.lead.id, q.sla.stage, q.sla.minutesLeft])).toEqual([
      [handedOff, 'accept', -60],
      [salesReady, 'hand-off', 180],
    ]);
    // The same rows, in the same order, as the clock each live lead's own page shows.
    const clocks = await Promise.all(all.map((l) => api.leads.get({ id: l.id })));
    const expected = clocks
      .filter((d) => d.sla !== null)
      .sort(
        (a, b) =>
          a.sla!.minutesLeft - b.sla!.minutesLeft ||
          a.sla!.dueAt.localeCompare(b.sla!.dueAt) ||
          a.lead.id.localeCompare(b.lead.id),
      );
    expect(queue).toEqual(expected.map((d) => ({ lead: d.lead, sla: d.sla })));
  });

  it('lists, queues and opens a lead with the score of today, decayed since its last write', async () => {
    const { api, sam } = await workspace();
    const ready = await readyLead(api, 'fading@x.example', { assigneeId: sam.id });
    // Head of (15) + webinar (10) + meeting (20) on the day of the touches.
    expect(ready.lead.score).toBe(45);
    hours(30 * 24); // one half-life: the touches' 30 points are worth 15
    const [listed] = (await api.leads.list({})).leads;
    const [queued] = await api.leads.queue();
    const opened = await api.leads.get({ id: ready.lead.id });
    expect([listed!.score, queued!.lead.score, opened.lead.score, opened.score.score]).toEqual([
      30, 30, 30, 30,
    ]);
  });

  it('re-scores every lead in one write when the scoring rules change', async () => {
    const { api } = await workspace();
    const a = await readyLead(api, 'a@x.example', {});
    const b = await api.leads.create({
      personName: 'Bo',
      email: 'bo@x.example',
      jobTitle: 'Intern',
    });
    expect([a.lead.score, b.score]).toEqual([45, 0]);
    const result = await api.leads.setScoring({
      fitRules: [{ field: 'jobTitle', op: 'in', values: ['intern'], points: 5 }],
      touchPoints: { webinar: 1 },
      halfLifeDays: null,
      salesReadyThreshold: 100,
    });
    expect(result.rescored).toBe(2);
    const list = await api.leads.list({});
    expect(list.leads.map((l) => [l.email, l.score])).toEqual([
      ['a@x.example', 1],
      ['bo@x.example', 5],
    ]);
    expect((await api.leads.get({ id: a.lead.id })).score.lines.map((l) => l.text)).toEqual([
      '+1 webinar today',
    ]);
  });

  it('Reset to built-in stores no criteria of its own and re-scores every lead by the built-in ones', async () => {
    const { api } = await workspace();
    const a = await readyLead(api, 'a@x.example', {});
    // The workspace's criteria give a call nothing and a manager nothing; the built-in give 15 + 8.
    const cy = await api.leads.create({
      personName: 'Cy',
      email: 'cy@x.example',
      jobTitle: 'Marketing Manager',
    });
    await api.leads.addTouch({ leadId: cy.id, kind: 'call' });
    expect((await api.leads.get({ id: cy.id })).lead.score).toBe(0);
    expect(await api.leads.scoring()).toMatchObject({ custom: true });

    const reset = await api.leads.setScoring(null);
    expect(reset).toEqual({ scoring: DEFAULT_LEAD_SCORING, custom: false, rescored: 1 });
    expect(await api.leads.scoring()).toEqual({ scoring: DEFAULT_LEAD_SCORING, custom: false });
    const list = await api.leads.list({});
    expect(list.leads.map((l) => [l.email, l.score])).toEqual([
      ['a@x.example', 45],
      ['cy@x.example', 23],
    ]);
    expect((await api.leads.get({ id: cy.id })).score.lines.map((l) => l.text)).toEqual([
      "+8 job title contains 'Manager'",
      '+15 call today',
    ]);
    expect((await api.leads.get({ id: a.lead.id })).lead.score).toBe(45);
    // Nothing of its own is stored, so a newer app's built-in criteria will apply here too.
    const stored = opened!.backend.context.db.read
      .select({ v: s.workspaces.leadScoring })
      .from(s.workspaces)
      .all();
    expect(stored).toEqual([{ v: null }]);

    // Saving criteria again makes them the workspace's own.
    const own = await api.leads.setScoring({ ...DEFAULT_LEAD_SCORING, salesReadyThreshold: 60 });
    expect(own).toMatchObject({ custom: true, rescored: 0 });
    expect((await api.leads.scoring()).scoring.salesReadyThreshold).toBe(60);
  });

  it('imports a CSV with BOM, semicolons, quotes, bad rows and duplicates', async () => {
    const { api } = await workspace();
    await api.leads.create({ personName: 'Old', email: 'old@x.example' });
    const csvText = [
      '\uFEFFName;E-mail;Company;Job title;Created',
      'Ana Ruiz;ana@x.example;"Acme; Inc";Head of Sales;14.03.2026',
      'Bo;bo-at-x;Beta;;',
      'Cy;cy@x.example;"Gamma ""G""";;2026-02-30',
      'Ana twin;ANA@x.example;Acme;;',
      'Old again;old@x.example;Old;;',
      'Dee;dee@x.example;Delta;;',
    ].join('\r\n');
    const preview = await api.leads.importPreview({ csvText });
    expect(preview).toMatchObject({ delimiter: ';', goodCount: 2 });
    expect(preview.mapping).toMatchObject({
      email: 'E-mail',
      personName: 'Name',
      jobTitle: 'Job title',
    });
    expect((await api.leads.list({})).total).toBe(1);

    const result = await api.leads.importCommit({ csvText });
    expect(result).toEqual({
      imported: 2,
      duplicates: [
        { line: 5, email: 'ANA@x.example', of: 'line 2 of this file' },
        { line: 6, email: 'old@x.example', of: 'a lead already in the workspace' },
      ],
      bad: [
        { line: 3, reason: "email 'bo-at-x' is not an email address" },
        { line: 4, reason: "date '2026-02-30' is not a date like 2026-03-14 or 14.03.2026" },
      ],
    });
    const page = await api.leads.list({ search: 'acme' });
    expect(page.leads.map((l) => [l.personName, l.company, l.score, l.createdAt])).toEqual([
      ['Ana Ruiz', 'Acme; Inc', 15, '2026-03-14T00:00:00.000Z'],
    ]);
    // Importing the same file again adds nothing.
    expect((await api.leads.importCommit({ csvText })).imported).toBe(0);
    await expect(
      api.leads.importPreview({ csvText, mapping: { email: 'Mail' } }),
    ).rejects.toMatchObject({
      data: { issues: [{ field: 'mapping.email' }] },
    });
  });

  it('names the field of bad input', async () => {
    const { api } = await workspace();
    await api.leads.create({ personName: 'Ana', email: 'ana@x.example' });
    await expect(
      api.leads.create({ personName: 'Ana 2', email: 'ANA@x.example' }),
    ).rejects.toMatchObject({
      data: { issues: [{ field: 'email', problem: 'is already the email of lead Ana' }] },
    });
    await expect(api.leads.create({ personName: 'Bo', email: 'nope' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
