import { afterEach, beforeEach, expect, test } from 'vitest';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// A card flags negative slack from a shortcut (no plan steps built, for 2,000 cards); the
// campaign's plan shows the steps. The two must agree, today and when the days run out.

let env: TestBackend;
let now = Date.parse('2026-03-10T09:00:00Z');

beforeEach(async () => {
  now = Date.parse('2026-03-10T09:00:00Z');
  env = openBackend({ now: () => now });
  await env.backend.client.workspace.loadDemo();
});
afterEach(() => env.close());

test.each([0, 20, 45])('the card and the plan agree on negative slack %i days on', async (days) => {
  const api = env.backend.client;
  now += days * 86_400_000;
  const cards = await api.campaigns.list();
  let flagged = 0;
  for (const card of cards) {
    const { plan } = await api.campaigns.get({ id: card.id });
    const fromPlan = plan.some((p) => !p.done && p.slackDays !== null && p.slackDays < 0);
    expect(card.negativeSlack, card.name).toBe(fromPlan);
    if (fromPlan) flagged++;
  }
  if (days === 45) expect(flagged).toBeGreaterThan(0);
});
