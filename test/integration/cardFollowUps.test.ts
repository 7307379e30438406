import { afterEach, expect, it } from 'vitest';
import { isMyWork } from '../../shared/domain/myWork';
import { startBackend } from '../../electron/backend/startBackend';
import { seedAnalystCampaign } from '../harness/analystCampaign';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// Issue 9: a review past its day shows on the campaign's card and in the analyst's My work,
// read from the stored due day against today, so it turns overdue overnight without a write.

let opened: TestBackend | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

const DAY = 86_400_000;

it('a live campaign with a past-due review shows it on its card and in My work, overdue by the day', async () => {
  let now = Date.parse('2026-03-04T10:00:00.000Z');
  const t = (opened = openBackend({ now: () => now }));
  const api = t.backend.client;
  const { me, campaign } = await seedAnalystCampaign(api);
  await api.optimization.scheduleReviews({ campaignId: campaign.id, analystId: me.id });

  const card = async () => (await api.campaigns.list()).find((c) => c.id === campaign.id)!;
  // Day 2 falls on 2026-03-04: due today.
  expect((await card()).followUps).toMatchObject([
    { kind: 'review', state: 'due', badge: 'Review day 2 due', ownerId: me.id },
  ]);

  // Three days on, nothing written: the kept card is not served stale.
  now += 3 * DAY;
  const late = await card();
  expect(late.followUps).toMatchObject([
    {
      kind: 'review',
      state: 'overdue',
      daysLate: 3,
      badge: 'Review day 2 overdue 3 d',
      text: 'Review day 2 — overdue by 3 day(s) (due 2026-03-04)',
    },
  ]);
  expect(isMyWork(late, me.id)).toBe(true);
  // Mine through the review alone, not only through the current handoff's RACI.
  expect(isMyWork({ currentHandoff: null, followUps: late.followUps }, me.id)).toBe(true);
  expect(isMyWork({ currentHandoff: null, followUps: late.followUps }, 'someone-else')).toBe(false);

  // Completing the review clears it from the card (the write marks the card dirty).
  const view = await api.optimization.campaign({ campaignId: campaign.id });
  const day2 = view.reviews.find((r) => r.label === 'Day 2')!;
  await api.optimization.updateReview({ id: day2.id, whatHappened: 'Spend on plan, CTR fine' });
  await api.optimization.completeReview({ id: day2.id });
  expect((await card()).followUps).toEqual([]);
  // The single-card read (a live refresh) agrees with the list.
  expect((await api.campaigns.cards({ ids: [campaign.id] }))[0]!.followUps).toEqual([]);
  expect((await api.campaigns.get({ id: campaign.id })).summary.followUps).toEqual([]);
});

it("another connection's review write (the CLI, the sync worker) refreshes the kept card", async () => {
  const now = Date.parse('2026-03-09T10:00:00.000Z');
  const t = (opened = openBackend({ now: () => now }));
  const api = t.backend.client;
  const { me, campaign } = await seedAnalystCampaign(api);
  const card = async () => (await api.campaigns.list()).find((c) => c.id === campaign.id)!;
  // Read once with no reviews: the card is now kept.
  expect((await card()).followUps).toEqual([]);

  const other = startBackend({ dataDir: t.dir, now: () => now });
  try {
    const view = await other.client.optimization.scheduleReviews({
      campaignId: campaign.id,
      analystId: me.id,
    });
    expect((await card()).followUps?.map((f) => f.badge)).toEqual(['Review day 2 overdue 5 d']);
    const day2 = view.reviews.find((r) => r.label === 'Day 2')!;
    await other.client.optimization.updateReview({ id: day2.id, analystId: null });
    expect((await card()).followUps?.map((f) => f.ownerId)).toEqual([null]);
  } finally {
    other.close();
  }
});
