import { afterEach, describe, expect, it } from 'vitest';
import { seedAnalystCampaign } from '../harness/analystCampaign';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// Analytics → Optimization through the real backend on a real SQLite file: reviews scheduled
// from the launch date, the completion rule, findings becoming backlog items, ICE order, CSV
// import with a bad row and a finished test plan feeding a finding back.

let opened: TestBackend | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

async function paidCampaign(today: string) {
  const t = (opened = openBackend({ now: () => Date.parse(`${today}T10:00:00.000Z`) }));
  const api = t.backend.client;
  const { campaign } = await seedAnalystCampaign(api);
  return { api, campaign };
}

describe('optimization', () => {
  it('schedules day 2/7/30 once, with due and overdue as of today', async () => {
    const { api, campaign } = await paidCampaign('2026-03-09');
    await api.optimization.scheduleReviews({ campaignId: campaign.id });
    const view = await api.optimization.scheduleReviews({ campaignId: campaign.id });
    expect(view.reviews.map((r) => [r.label, r.dueDay, r.state])).toEqual([
      ['Day 2', '2026-03-04', 'overdue'],
      ['Day 7', '2026-03-09', 'due'],
      ['Day 30', '2026-04-01', 'upcoming'],
    ]);
    const [summary] = await api.optimization.overview();
    expect(summary).toMatchObject({
      id: campaign.id,
      due: 1,
      overdue: 1,
      nextReviewDay: '2026-03-04',
    });
  });

  it('completes a review only when every finding has an action or a reason; an action is a backlog item', async () => {
    const { api, campaign } = await paidCampaign('2026-03-04');
    let view = await api.optimization.scheduleReviews({ campaignId: campaign.id });
    const reviewId = view.reviews[0]!.id;
    await api.optimization.addFinding({ reviewId, text: 'CTR on mobile is half of desktop' });
    view = await api.optimization.addFinding({ reviewId, text: 'Weekend dip in spend' });
    const [mobile, weekend] = view.reviews[0]!.findings;

    await expect(api.optimization.completeReview({ id: reviewId })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      data: {
        issues: [
          { field: 'whatHappened', problem: '“What happened” is not written yet' },
          { field: 'findings', problem: expect.stringContaining('Finding 1 “CTR on mobile') },
          { field: 'findings', problem: expect.stringContaining('Finding 2 “Weekend dip') },
        ],
      },
    });
    await expect(
      api.optimization.updateFinding({
        id: weekend!.id,
        outcome: 'no_action',
        noActionReason: ' ',
      }),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      data: { issues: [{ field: 'noActionReason' }] },
    });

    await api.optimization.updateReview({
      id: reviewId,
      whatHappened: 'CPA on target, CTR low on mobile',
    });
    await api.optimization.updateFinding({
      id: mobile!.id,
      outcome: 'action',
      action: { title: 'Shorter mobile headline', impact: 8, confidence: 6, effort: 3 },
    });
    view = await api.optimization.updateFinding({
      id: weekend!.id,
      outcome: 'no_action',
      noActionReason: 'seasonal, expected',
    });
    expect(view.reviews[0]!.blockers).toEqual([]);
    const done = await api.optimization.completeReview({ id: reviewId });
    expect(done.reviews[0]).toMatchObject({ state: 'completed', completedAt: expect.any(String) });

    const item = done.backlog[0]!;
    expect(item).toMatchObject({
      title: 'Shorter mobile headline',
      findingId: mobile!.id,
      findingText: 'CTR on mobile is half of desktop',
      score: 8 * 6 * (11 - 3),
      campaignId: campaign.id,
    });
    expect(done.reviews[0]!.findings[0]!.backlogItemId).toBe(item.id);
    await expect(api.optimization.addFinding({ reviewId, text: 'late' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
  });

  it('lists the backlog by ICE score, then newest', async () => {
    const { api, campaign } = await paidCampaign('2026-03-04');
    const add = (title: string, impact: number, confidence: number, effort: number) =>
      api.optimization.createBacklogItem({
        campaignId: campaign.id,
        title,
        impact,
        confidence,
        effort,
      });
    await add('Cheap and sure', 5, 9, 1); // 450
    await add('Big bet', 10, 3, 8); // 90
    await add('Solid', 7, 8, 3); // 448
    await add('Also solid, newer', 8, 7, 3); // 448, added later: before Solid
    const list = await api.optimization.backlog({ campaignId: campaign.id });
    expect(list.map((i) => [i.title, i.score])).toEqual([
      ['Cheap and sure', 450],
      ['Also solid, newer', 448],
      ['Solid', 448],
      ['Big bet', 90],
    ]);
    const bumped = await api.optimization.updateBacklogItem({
      id: list[3]!.id,
      confidence: 9,
      effort: 2,
    });
    expect(bumped[0]).toMatchObject({ title: 'Big bet', score: 10 * 9 * 9 });
  });

  it('imports the good CSV rows and names the bad one by line', async () => {
    const { api, campaign } = await paidCampaign('2026-03-04');
    const result = await api.optimization.importCsv({
      campaignId: campaign.id,
      text: 'day;metric;value\n2026-03-02;ctr;1,2\n2026-03-03;clicks;40\n2026-03-03;CPC;0,75\n',
    });
    expect(result).toEqual({
      imported: 2,
      problems: [
        {
          line: 3,
          problem: expect.stringContaining("metric 'clicks' is not in the dashboard standard"),
        },
      ],
    });
    const view = await api.optimization.campaign({ campaignId: campaign.id });
    expect(view.entries.map((e) => [e.day, e.metricKey, e.value, e.source])).toEqual([
      ['2026-03-02', 'ctr', 1.2, 'csv'],
      ['2026-03-03', 'cpc', 0.75, 'csv'],
    ]);
    await expect(
      api.optimization.addEntry({
        campaignId: campaign.id,
        metricKey: 'open_rate',
        day: '2026-03-04',
        value: 3,
      }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', data: { issues: [{ field: 'metricKey' }] } });
  });

  it("a finished test plan feeds a finding into the campaign's next open review", async () => {
    const { api, campaign } = await paidCampaign('2026-03-04');
    await api.optimization.scheduleReviews({ campaignId: campaign.id });
    const plan = {
      campaignId: campaign.id,
      hypothesis: 'A shorter headline lifts mobile CTR',
      variants: ['Long', 'Short'],
      primaryMetric: 'ctr',
      minimumDetectableEffect: '+0.3 pt CTR',
      durationDays: 7,
    };
    await expect(
      api.optimization.createTestPlan({ ...plan, variants: ['Only one'], primaryMetric: 'opens' }),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      data: { issues: [{ field: 'variants' }, { field: 'primaryMetric' }] },
    });
    const view = await api.optimization.createTestPlan(plan);
    const finished = await api.optimization.finishTestPlan({
      id: view.testPlans[0]!.id,
      result: 'Short won: CTR 1.9% vs 1.4%',
    });
    expect(finished.plan).toMatchObject({ status: 'finished', findingId: finished.finding!.id });
    const after = await api.optimization.campaign({ campaignId: campaign.id });
    expect(after.reviews[0]!.label).toBe('Day 2');
    expect(after.reviews[0]!.findings.map((f) => f.text)).toEqual([
      'Test result: Short won: CTR 1.9% vs 1.4% (hypothesis: A shorter headline lifts mobile CTR)',
    ]);
  });

  it('refuses dashboard standards with a key used twice, and resets to the built-in', async () => {
    const { api } = await paidCampaign('2026-03-04');
    const { standards } = await api.optimization.standards();
    const ctr = standards.paid_ads![1]!;
    await expect(
      api.optimization.setStandards({ standards: { paid_ads: [ctr, ctr] } }),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      data: { issues: [{ field: 'paid_ads[1].key' }] },
    });
    const own = await api.optimization.setStandards({
      standards: { paid_ads: [{ ...ctr, target: 2 }] },
    });
    expect(own).toMatchObject({
      custom: true,
      standards: { paid_ads: [{ key: 'ctr', target: 2 }] },
    });
    expect(own.standards.email!.length).toBe(4);
    expect((await api.optimization.setStandards({ standards: null })).custom).toBe(false);
  });
});
