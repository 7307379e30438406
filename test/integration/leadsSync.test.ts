import { afterEach, expect, it } from 'vitest';
import { DEFAULT_LEAD_SCORING } from '../../shared/domain/leads';
import { exchange, expectPairConverged, syncTeam } from '../harness/syncDevices';

// Leads travel through folder sync like every synced table: marketing on one laptop hands a
// lead off with new scoring rules in force, sales on another accepts it, and both converge;
// sales then puts the built-in scoring back, and marketing's laptop follows.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

it('a lead handed off on one laptop is accepted on another; both converge', async () => {
  team = syncTeam();
  const a = team.device('a');
  const b = team.device('b');
  await a.client.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Mia Marketing', email: 'mia@northwind.example', roleTitle: 'Marketing' },
  });
  const sam = await a.client.people.create({
    name: 'Sam Sales',
    email: 'sam@northwind.example',
    roleTitle: 'Sales',
  });
  await a.client.leads.setScoring({
    fitRules: [],
    touchPoints: { meeting: 50 },
    halfLifeDays: null,
    salesReadyThreshold: 40,
  });
  const lead = await a.client.leads.create({
    personName: 'Ana Ruiz',
    company: 'Beta GmbH',
    email: 'ana@beta.example',
    sourceChannel: 'webinar',
    notes: 'Wants a demo before April.',
    assigneeId: sam.id,
  });
  await a.client.leads.addTouch({ leadId: lead.id, kind: 'meeting' });
  const handed = await a.client.leads.handOff({ id: lead.id });
  expect(handed.handedOff).toBe(true);

  a.sync();
  b.sync();
  await b.client.workspace.setMe({ personId: sam.id });
  expect((await b.client.leads.queue()).map((q) => [q.lead.id, q.sla.stage])).toEqual([
    [lead.id, 'accept'],
  ]);
  expect((await b.client.leads.scoring()).scoring.touchPoints).toEqual({ meeting: 50 });
  await b.client.leads.accept({ id: lead.id });
  exchange(a, b);
  await expectPairConverged(a, b);
  const seen = await a.client.leads.get({ id: lead.id });
  expect(seen.lead.status).toBe('accepted');
  expect(seen.handoffs.map((h) => [h.outcome, h.decidedById])).toEqual([['accepted', sam.id]]);

  // The built-in meeting is worth 20, not 50; an accepted lead keeps its status.
  expect(await b.client.leads.setScoring(null)).toMatchObject({ custom: false, rescored: 1 });
  exchange(a, b);
  await expectPairConverged(a, b);
  expect(await a.client.leads.scoring()).toEqual({ scoring: DEFAULT_LEAD_SCORING, custom: false });
  const after = await a.client.leads.get({ id: lead.id });
  expect([after.lead.score, after.lead.status]).toEqual([20, 'accepted']);
});
