import { afterEach, describe, expect, it } from 'vitest';
import { addCampaigns } from '../../bench/dataset';
import { openHandoff } from '../../electron/backend/services/campaignService';
import * as s from '../../electron/db/schema';
import { addDays, orderStages, planCampaign } from '../../shared/domain';
import type { HandoffEventKind, HandoffStatus, HealthReport } from '../../shared/model';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// Handoff health through the real backend: history written through the write path on a clock
// the test moves (so the change log's times are days apart), read back by health.report.

const DAY = 86_400_000;
let opened: TestBackend | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

describe('health.report', () => {
  it('names Creative → Production first when it is sent back twice as often and waits longer', async () => {
    let clock = Date.parse('2026-10-05T09:00:00.000Z');
    const t = (opened = openBackend({ now: () => clock }));
    const api = t.backend.client;
    const db = t.backend.context.db;
    await api.workspace.create({
      name: 'Northwind Agency',
      homeTimeZone: 'UTC',
      me: { name: 'Sam Reyes', email: 'sam@northwind.example', roleTitle: 'Strategist' },
    });
    const client = await api.clients.create({
      name: 'Acme Coffee',
      brand: { voice: '', dos: [], donts: [], logoRules: '', colourRules: '', legalLines: '' },
    });
    const stages = orderStages(db.read.select().from(s.stages).all());
    const actor = db.deviceInfo().personId;

    /** One step of a handoff's history, `days` after the previous one. */
    type Step = [days: number, kind: HandoffEventKind, status: HandoffStatus, reason?: string];
    const play = (handoffId: string, steps: Step[]) => {
      for (const [days, kind, status, reason] of steps) {
        clock += days * DAY;
        db.write(actor, (tx) => {
          tx.insert('handoffEvent', {
            handoffId,
            kind,
            actorId: actor,
            deviceId: tx.deviceId,
            at: tx.at,
            reason: reason ?? null,
            packageHash: null,
            missing: [],
          });
          tx.update('handoff', handoffId, { status });
        });
      }
    };
    const smooth = (wait: number): Step[] => [
      [0.1, 'submitted', 'submitted'],
      [wait, 'approved', 'approved'],
      [wait, 'acknowledged', 'acknowledged'],
    ];
    const sentBack = (wait: number, reason: string): Step[] => [
      [0.1, 'submitted', 'submitted'],
      [wait, 'changes_requested', 'changes_requested', reason],
      [wait, 'submitted', 'submitted'],
      [wait, 'approved', 'approved'],
      [wait, 'acknowledged', 'acknowledged'],
    ];

    const campaignIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const campaign = await api.campaigns.create({
        name: `Campaign ${i}`,
        clientId: client.id,
        type: 'email',
        channels: ['email'],
        launchDate: addDays('2026-12-01', i),
      });
      campaignIds.push(campaign.id);
      const plan = planCampaign(stages, campaign.launchDate);
      const detail = await api.campaigns.get({ id: campaign.id });
      const strategy = detail.handoffs[0]!.handoff.id;
      const creative = db.write(actor, (tx) => openHandoff(tx, campaign.id, plan[1]!).id);
      // Strategy → Creative: sent back on 2 of 6, a day's wait. Creative → Production: 4 of 6,
      // three days' wait, with the same reason in different spellings.
      play(strategy, i < 2 ? sentBack(1, 'Audience too broad') : smooth(1));
      play(
        creative,
        i < 4 ? sentBack(3, i % 2 ? 'Missing UTM links.' : 'missing utm links') : smooth(3),
      );
      clock += DAY;
    }

    const report: HealthReport = await api.health.report({ weeks: 12 });
    expect(report.enoughHistory).toBe(true);
    expect(report.types.map((x) => x.label).slice(0, 2)).toEqual([
      'Creative → Production',
      'Strategy → Creative',
    ]);
    const [cp, sc] = report.types;
    expect(cp!.sendBack).toMatchObject({ count: 4, of: 6 });
    expect(sc!.sendBack).toMatchObject({ count: 2, of: 6 });
    expect(cp!.sendBack.rate).toBeCloseTo(2 * sc!.sendBack.rate);
    expect(cp!.topReasons[0]).toMatchObject({ reason: 'missing utm links', count: 4 });
    expect(cp!.sendBack.campaigns.ids).toEqual(campaignIds.slice(0, 4));
    // Six periods of 3 days at Approved (the first approvals of smooth ones and every re-approval).
    const approved = cp!.waits.find((w) => w.status === 'approved')!;
    expect(approved.medianHours).toBe(72);
    expect(cp!.p90WaitAfterSubmitDays).toBeGreaterThan(sc!.p90WaitAfterSubmitDays!);
    expect(cp!.pain.score).toBeGreaterThan(sc!.pain.score);
    expect(cp!.pain.because).toContain('sent back on 67% of submissions');
    // Each linked campaign has its name for the page.
    for (const id of cp!.sendBack.campaigns.ids) {
      expect(report.campaignNames[id]).toMatch(/^Campaign \d$/);
    }
    const weeks = cp!.trend.map((w) => w.sendBacks);
    expect(weeks).toHaveLength(12);
    expect(weeks.reduce((a, b) => a + b, 0)).toBe(4);
    expect(cp!.trend.at(-1)!.start <= new Date(clock).toISOString().slice(0, 10)).toBe(true);
  });

  it('health on 2,000 campaigns: every handoff type with complete figures, counts matching the log', async () => {
    const t = (opened = openBackend());
    const api = t.backend.client;
    const db = t.backend.context.db;
    await api.workspace.loadDemo();
    addCampaigns(db, 2000, { pastHandoffs: true });
    expect(db.sqlite.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBeGreaterThan(2000);

    const started = performance.now();
    const report = await api.health.report({});
    console.info(`health.report on 2,000 campaigns: ${Math.round(performance.now() - started)} ms`);

    const perType = db.sqlite
      .prepare(
        `SELECT fs.name || ' → ' || ts.name AS label, count(*) AS handoffs,
           count(DISTINCT CASE WHEN e.kind = 'submitted' THEN h.id END) AS submitted
         FROM handoffs h
         JOIN stages fs ON fs.id = h.from_stage_id
         JOIN stages ts ON ts.id = h.to_stage_id
         LEFT JOIN (SELECT DISTINCT handoff_id, kind FROM handoff_events) e ON e.handoff_id = h.id
           AND e.kind = 'submitted'
         WHERE h.deleted_at IS NULL
         GROUP BY h.from_stage_id, h.to_stage_id`,
      )
      .all() as { label: string; handoffs: number; submitted: number }[];
    expect(report.types.map((x) => x.label).sort()).toEqual(perType.map((p) => p.label).sort());
    for (const type of report.types) {
      const expected = perType.find((p) => p.label === type.label)!;
      expect({ label: type.label, handoffs: type.handoffs, submitted: type.submitted }).toEqual(
        expected,
      );
      expect(type.sendBack.of).toBe(type.submitted);
      expect(type.waits.map((w) => w.status)).toEqual([
        'draft',
        'submitted',
        'changes_requested',
        'approved',
        'acknowledged',
      ]);
      // Every handoff starts as a draft: one draft period each.
      expect(type.waits[0]!.periods).toBe(type.handoffs);
      expect(type.trend).toHaveLength(12);
      expect(Number.isFinite(type.pain.score)).toBe(true);
    }
    const scores = report.types.map((x) => x.pain.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Retrospectives are measured now (issue 9): nothing is left unmeasured.
    expect(report.notMeasured).toEqual([]);
    // Writing 2,000 campaigns with their past handoffs takes most of this on a busy 2-core box.
  }, 180_000);
});
