import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parseHlc } from '../../shared/domain';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { changeLogProblems } from '../harness/changeLog';
import { demoPair, exchange, expectPairConverged, syncTeam } from '../harness/syncDevices';
import { makeTempDir } from '../harness/tempDir';

// The sample agency (`baton demo`, "Explore with a sample agency") on a real SQLite file: months
// of history written at the times it happened through the write path, so Health names the
// handoff the demo makes hurt (Production → Launch) first, and the Optimization,
// Retrospectives and calendar pages have a real agency's month to show.

const DAY = 86_400_000;

let t: ReturnType<typeof makeTempDir>;
let backend: Backend;
let loadMs = 0;
const api = () => backend.client;

beforeAll(async () => {
  t = makeTempDir('baton-demo-');
  backend = startBackend({ dataDir: t.dir });
  const started = performance.now();
  await api().workspace.loadDemo();
  loadMs = performance.now() - started;
  console.info(`loadDemo: ${Math.round(loadMs)} ms`);
}, 60_000);

afterAll(() => {
  backend?.close();
  t?.cleanup();
});

describe('the demo history', () => {
  it('is written through the write path, with change times spread over months', () => {
    const db = backend.context.db;
    expect(changeLogProblems(db)).toEqual([]);
    const hlcs = db.sqlite.prepare('SELECT hlc FROM changes').pluck().all() as string[];
    const times = hlcs.map((h) => parseHlc(h)!.millis);
    const now = Date.now();
    expect(Math.min(...times)).toBeLessThan(now - 150 * DAY);
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    // The clock the laptop carries on from is no later than now: edits today sort after.
    const last = db.sqlite.prepare('SELECT last_hlc FROM device').pluck().get() as string;
    expect(parseHlc(last)!.millis).toBeLessThanOrEqual(now);
    // Fast enough for the first-run button (measured: ~1 s on the loaded 2-core box).
    expect(loadMs).toBeLessThan(10_000);
  });

  it('makes Health name Production → Launch first, for its waits and overdue rate', async () => {
    const report = await api().health.report({});
    expect(report.enoughHistory).toBe(true);
    const [first, second] = report.types;
    expect(first!.label).toBe('Production → Launch');
    // Clearly first, not by a rounding error.
    expect(first!.pain.score - second!.pain.score).toBeGreaterThan(2);
    expect(first!.pain.because).toMatch(/^the slowest tenth wait [\d.]+ days or more/);
    expect(first!.p90WaitAfterSubmitDays).toBeGreaterThan(5);
    expect(first!.overdue.rate).toBeGreaterThan(0.5);
    expect(first!.overrides.count).toBeGreaterThanOrEqual(1);
    // Send-backs with reasons elsewhere: Creative → Production comes back for file hygiene.
    const creative = report.types.find((x) => x.label === 'Creative → Production')!;
    expect(creative.sendBack.count).toBeGreaterThan(0);
    expect(creative.topReasons.map((r) => r.reason).join(' ')).toMatch(/source file|png/);
    // Every type was submitted several times; waits are hours and days, not zero.
    for (const type of report.types) {
      expect(type.submitted).toBeGreaterThanOrEqual(5);
      expect(type.p90WaitAfterSubmitDays).toBeGreaterThan(0);
    }
    // The 12-week trend has handoffs finished in most weeks.
    const busyWeeks = report.types[0]!.trend.filter((w) => w.completed > 0).length;
    const allDone = report.types.flatMap((x) => x.trend).filter((w) => w.completed > 0);
    expect(busyWeeks).toBeGreaterThan(0);
    expect(new Set(allDone.map((w) => w.week)).size).toBeGreaterThanOrEqual(8);
  });

  it('keeps the board of the sample agency: cards over the stages, finished ones in Done', async () => {
    const cards = await api().campaigns.list();
    const stages = [...(await api().stages.list())].sort((a, b) => a.position - b.position);
    const inStage = (name: string) =>
      cards.filter((c) => c.stageId === stages.find((s) => s.name === name)!.id).map((c) => c.name);
    expect(new Set(cards.map((c) => c.stageId)).size).toBeGreaterThanOrEqual(7);
    expect(inStage('Done')).toEqual(
      expect.arrayContaining(['Autumn Blend Search Push', 'Café Partner Program']),
    );
    // Trails read as people's work: a past handoff has its submit, approval and move on record.
    const autumn = await api().campaigns.get({
      id: cards.find((c) => c.name === 'Autumn Blend Search Push')!.id,
    });
    const brief = await api().handoffs.get({ id: autumn.handoffs[0]!.handoff.id });
    const kinds = brief.events.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['submitted', 'approved', 'acknowledged', 'done']),
    );
    expect(new Set(brief.events.map((e) => e.actorId)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('optimization, retrospectives, playbook and calendar of the demo', () => {
  const campaignId = async (name: string) =>
    (await api().campaigns.list()).find((c) => c.name === name)!.id;

  it('live campaigns have an analyst, a review due today and exactly one overdue', async () => {
    const analyst = (await api().people.list()).find((p) => p.roleTitle === 'Analyst')!;
    const overview = await api().optimization.overview();
    const live = ['Renewal Reminders', 'Student Bike Deal', 'Roastery Open Day'];
    expect(overview.map((c) => c.name)).toEqual(expect.arrayContaining(live));
    const views = await Promise.all(
      live.map(async (name) => api().optimization.campaign({ campaignId: await campaignId(name) })),
    );
    const reviews = views.flatMap((v) =>
      v.reviews.map((r) => ({ ...r, campaign: v.campaign.name })),
    );
    expect(new Set(reviews.map((r) => r.analystId))).toEqual(new Set([analyst.id]));
    expect(reviews.filter((r) => r.state === 'overdue').map((r) => [r.campaign, r.label])).toEqual([
      ['Student Bike Deal', 'Day 7'],
    ]);
    expect(reviews.filter((r) => r.state === 'due').map((r) => [r.campaign, r.label])).toEqual([
      ['Renewal Reminders', 'Day 30'],
    ]);
    expect(overview.reduce((n, c) => n + c.overdue, 0)).toBe(1);
  });

  it('a month of figures, a completed review whose findings became backlog actions, two tests', async () => {
    const renewal = await api().optimization.campaign({
      campaignId: await campaignId('Renewal Reminders'),
    });
    const days = new Set(renewal.entries.map((e) => e.day));
    expect(days.size).toBe(30);
    for (const metric of renewal.standard) {
      expect(renewal.entries.filter((e) => e.metricKey === metric.key).length, metric.key).toBe(30);
    }
    // Figures around the standard's targets, not made-up scales.
    const opens = renewal.entries.filter((e) => e.metricKey === 'open_rate').map((e) => e.value);
    expect(Math.min(...opens)).toBeGreaterThan(20);
    expect(Math.max(...opens)).toBeLessThan(40);

    const day7 = renewal.reviews.find((r) => r.label === 'Day 7')!;
    expect(day7.state).toBe('completed');
    const actions = day7.findings.filter((f) => f.outcome === 'action');
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(day7.findings.some((f) => f.outcome === 'no_action' && f.noActionReason)).toBe(true);
    for (const f of actions) {
      expect(
        renewal.backlog.find((b) => b.findingId === f.id),
        f.text,
      ).toBeDefined();
    }
    expect(renewal.backlog.some((b) => b.status === 'done')).toBe(true);

    // The finished test fed its result into the review due today; the student one runs.
    const finished = renewal.testPlans.find((p) => p.status === 'finished')!;
    const day30 = renewal.reviews.find((r) => r.label === 'Day 30')!;
    expect(day30.findings.map((f) => f.id)).toContain(finished.findingId);
    const student = await api().optimization.campaign({
      campaignId: await campaignId('Student Bike Deal'),
    });
    expect(student.testPlans.map((p) => p.status)).toEqual(['running']);
  });

  it('finished campaigns have held retrospectives with owners, and one is overdue', async () => {
    const retros = await api().retrospectives.list();
    const held = retros.filter((r) => r.status === 'done');
    expect(held.length).toBeGreaterThanOrEqual(5);
    for (const r of held) {
      expect(r.whatWorked, r.campaignName).not.toBe('');
      expect(r.whatDidNot, r.campaignName).not.toBe('');
      expect(r.improvements.length, r.campaignName).toBeGreaterThan(0);
      expect(
        r.improvements.every((i) => i.ownerId !== null),
        r.campaignName,
      ).toBe(true);
      expect(r.heldOn, r.campaignName).not.toBeNull();
    }
    expect(retros.filter((r) => r.overdue).map((r) => r.campaignName)).toEqual([
      'Café Partner Program',
    ]);
  });

  it('the playbook has about ten learnings tagged by type, channel and client, found by words', async () => {
    const all = await api().playbook.search({});
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect(all.every((h) => h.entry.campaignType && h.entry.channels.length > 0)).toBe(true);
    expect(new Set(all.map((h) => h.entry.clientId)).size).toBe(3);
    expect(new Set(all.map((h) => h.entry.campaignType)).size).toBeGreaterThanOrEqual(4);
    const fatigue = await api().playbook.search({ text: 'creative fatigue' });
    expect(fatigue[0]!.entry.title).toBe('Meta creative fatigue at ten days');
  });

  it('the calendar has ~25 items over this month and next, adaptations linked, one warning', async () => {
    const { today } = await api().optimization.campaign({
      campaignId: await campaignId('Renewal Reminders'),
    });
    const range = { from: addDays(today, -20), to: addDays(today, 40) };
    const view = await api().calendar.list(range);
    expect(view.items.length).toBeGreaterThanOrEqual(20);
    expect(new Set(view.items.map((i) => i.channel))).toEqual(
      new Set(['email', 'social', 'paid', 'blog', 'event', 'other']),
    );
    const adaptations = view.items.filter((i) => i.sourceItemId !== null);
    expect(adaptations.length).toBeGreaterThanOrEqual(3);
    for (const a of adaptations) {
      const source = view.items.find((i) => i.id === a.sourceItemId)!;
      expect([source.channel, a.channel]).toEqual(['email', 'social']);
      expect(source.adaptationIds).toContain(a.id);
    }
    expect(view.warnings.map((w) => w.ruleId)).toEqual(['teaser-before-email']);
    expect(view.warnings[0]!.message).toContain('Winter riding teaser reel');
    expect(view.items.every((i) => i.campaignName !== null)).toBe(true);
  });

  it('the launch sequences of live and launching campaigns are on the calendar, in step', async () => {
    const { today } = await api().optimization.campaign({
      campaignId: await campaignId('Renewal Reminders'),
    });
    // Wide enough for Renewal Reminders, which launched a month ago.
    const view = await api().calendar.list({ from: addDays(today, -40), to: addDays(today, 40) });
    const mirrored = view.items.filter((i) => i.launchHandoffId !== null);
    expect(new Set(mirrored.map((i) => i.campaignName))).toEqual(
      new Set([
        'Renewal Reminders',
        'Student Bike Deal',
        'Roastery Open Day',
        'Winter Riding Tips',
      ]),
    );
    expect(mirrored.length).toBeGreaterThanOrEqual(10);
    for (const item of mirrored) {
      // Each item is a row of its campaign's Production → Launch package, at the row's time.
      const launch = await api().handoffs.get({ id: item.launchHandoffId! });
      expect(launch.handoff.campaignId, item.title).toBe(item.campaignId);
      expect(launch.template.fields.some((f) => f.key === 'launchSequence')).toBe(true);
      const rows = launch.fields.launchSequence as { what: string; when: string; owner: string }[];
      const row = rows.find((r) => r.what === item.title)!;
      expect(row, item.title).toBeDefined();
      expect(Date.parse(row.when)).toBe(Date.parse(item.at));
      expect(item.ownerId).toBe(row.owner);
      // The planner marked what went out as sent.
      expect(item.status, item.title).toBe(item.localDate < today ? 'sent' : 'ready');
    }
    // Writing the sequences again changes nothing: the calendar and the packages agree.
    for (const name of ['Winter Riding Tips', 'Roastery Open Day']) {
      expect(await api().calendar.syncLaunch({ campaignId: await campaignId(name) })).toEqual({
        created: 0,
        updated: 0,
        removed: 0,
        skipped: [],
      });
    }
    // The Winter email is its launch row's item, and the teaser reel is adapted from it.
    const email = mirrored.find((i) => i.title === 'Ride all winter: batteries, tyres and lights')!;
    expect(email.audienceSegment).toBe('Helio owners');
    const reel = view.items.find((i) => i.title === 'Winter riding teaser reel')!;
    expect(reel.sourceItemId).toBe(email.id);
    // Still exactly one coordination warning over the whole range: the reel after its email.
    expect(view.warnings.map((w) => [w.ruleId, w.itemIds])).toEqual([
      ['teaser-before-email', [reel.id, email.id]],
    ]);
  });

  it('the launch packages are complete, their assets approved, signed or overridden', async () => {
    const signedOff: string[] = [];
    const live = ['Renewal Reminders', 'Student Bike Deal', 'Roastery Open Day'];
    for (const name of [...live, 'Winter Riding Tips']) {
      const detail = await api().campaigns.get({ id: await campaignId(name) });
      const found = detail.handoffs.find((h) => h.template.preflight === true)!;
      const launch = await api().handoffs.get({ id: found.handoff.id });
      expect(launch.handoff.status, name).toBe('done');
      const register = await api().assets.list({ campaignId: detail.campaign.id });
      expect(register.assets.length, name).toBeGreaterThanOrEqual(2);
      expect(
        register.assets.map((a) => [a.nameCheck?.problems, a.approvalState]),
        name,
      ).toEqual(register.assets.map(() => [[], 'approved']));
      // The demo's story of a fixed launch date: overridden by the Accountable, never signed.
      if (launch.events.some((e) => e.kind === 'override')) {
        expect(launch.gate.overridden, name).toBe(true);
        continue;
      }
      // Otherwise signed at approval, and nothing is left for the gate: UTM links, tested
      // events, the sequence, the pre-flight and every asset approved.
      const signed = launch.events.filter((e) => e.kind === 'preflight_signed');
      expect(signed.at(-1)?.packageHash, name).toBe(launch.packageHash);
      expect(launch.gate.missing, name).toEqual([]);
      signedOff.push(name);
    }
    expect(signedOff.length).toBeGreaterThanOrEqual(2);
  });
});

it('a teammate gets the whole past through folder sync, and the same Health', async () => {
  // Another day too: the sync harness's laptops live on 2026-03-02.
  const team = syncTeam();
  try {
    const { a, b } = await demoPair(team);
    exchange(a, b);
    await expectPairConverged(a, b);
    const score = async (d: typeof a) =>
      (await d.client.health.report({})).types.map((x) => [x.label, x.pain.score]);
    const onA = await score(a);
    expect(onA[0]![0]).toBe('Production → Launch');
    expect(await score(b)).toEqual(onA);
    expect((await b.client.retrospectives.list()).filter((r) => r.overdue)).toHaveLength(1);
  } finally {
    team.close();
  }
}, 120_000);
