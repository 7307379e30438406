import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { LEAD_STATUSES, type LeadRowView } from '../../shared/model';
import { makeTempDir } from '../harness/tempDir';

// The sample agency's leads (system 5) on a real SQLite file: every status, handoffs accepted
// and rejected through the real actions, SLA clocks running (some overdue) and re-engagement
// items due today, so each lead view has something true to show.

let t: ReturnType<typeof makeTempDir>;
let backend: Backend;
const api = () => backend.client;

beforeAll(async () => {
  t = makeTempDir('baton-demo-leads-');
  backend = startBackend({ dataDir: t.dir });
  const started = performance.now();
  await api().workspace.loadDemo();
  console.info(`loadDemo with leads: ${Math.round(performance.now() - started)} ms`);
}, 60_000);

afterAll(() => {
  backend?.close();
  t?.cleanup();
});

async function allLeads(): Promise<LeadRowView[]> {
  const page = await api().leads.list({ limit: 500 });
  return page.leads;
}

describe('the demo leads', () => {
  it('number about forty, from the campaigns, in every status', async () => {
    const leads = await allLeads();
    expect(leads.length).toBeGreaterThanOrEqual(35);
    expect(leads.length).toBeLessThanOrEqual(45);
    const statuses = new Set(leads.map((l) => l.status));
    expect([...LEAD_STATUSES].filter((s) => !statuses.has(s))).toEqual([]);
    // Every lead names its source campaign (the quality report groups by it).
    expect(leads.filter((l) => l.campaignName === null)).toEqual([]);
    expect(new Set(leads.map((l) => l.campaignName)).size).toBeGreaterThanOrEqual(10);
  });

  it('have touches over the past weeks and scores that explain themselves', async () => {
    const leads = await allLeads();
    const won = leads.find((l) => l.status === 'won')!;
    const detail = await api().leads.get({ id: won.id });
    expect(detail.touches.length).toBeGreaterThanOrEqual(2);
    const oldest = Date.parse(detail.touches[0]!.at);
    expect(Date.now() - oldest).toBeGreaterThan(7 * 86_400_000);
    expect(detail.score.lines.length).toBeGreaterThan(0);
    // Handed off with a real lead intelligence package, accepted by a person.
    const [handoff] = detail.handoffs;
    expect(handoff!.outcome).toBe('accepted');
    expect(handoff!.package.journey.length).toBe(detail.touches.length);
    expect(handoff!.package.receiver).not.toBeNull();
    expect(handoff!.decidedById).toBe(handoff!.package.receiver!.id);
  });

  it('put an overdue lead first in the SLA queue, and some still within their clock', async () => {
    const queue = await api().leads.queue();
    expect(queue.length).toBeGreaterThanOrEqual(5);
    expect(queue[0]!.sla.overdue).toBe(true);
    expect(queue[0]!.sla.text).toMatch(/overdue by/);
    const stages = new Set(queue.filter((q) => q.sla.overdue).map((q) => q.sla.stage));
    expect(stages).toEqual(new Set(['hand-off', 'accept']));
    expect(queue.some((q) => !q.sla.overdue)).toBe(true);
  });

  it('have re-engagement items due today and later ones', async () => {
    const queue = await api().leads.reengagementQueue();
    const due = queue.filter((q) => q.due);
    expect(due.length).toBeGreaterThanOrEqual(2);
    // Due ones are recent, not weeks stale.
    for (const item of due) {
      expect(Date.now() - Date.parse(item.lead.nextTouchAt!)).toBeLessThan(2 * 86_400_000);
    }
    expect(queue.some((q) => !q.due)).toBe(true);
    expect(new Set(queue.map((q) => q.lead.status))).toEqual(
      new Set(['nurturing', 'rejected', 're-engage']),
    );
  });

  it('give the quality report an accept rate and several rejection reasons', async () => {
    const report = await api().leads.qualityReport({});
    const overall = report.overall;
    expect(overall.accepted).toBeGreaterThan(0);
    expect(overall.rejected).toBeGreaterThan(0);
    expect(overall.acceptRate).toBeGreaterThan(0.3);
    expect(overall.acceptRate).toBeLessThan(0.9);
    expect(overall.topRejectionReasons.length).toBe(3);
    expect(overall.medianHoursToAccept).toBeGreaterThan(0);
    expect(report.byCampaign.length).toBeGreaterThanOrEqual(8);
    const rejections = report.byCampaign.flatMap((r) => r.topRejectionReasons.map((x) => x.code));
    expect(new Set(rejections).size).toBeGreaterThanOrEqual(5);
  });

  it('make a weekly agenda with this week’s handoffs', async () => {
    const agenda = await api().leads.weeklyAgenda({});
    expect(agenda.markdown).toMatch(/Eva Schmitt/);
  });
});
