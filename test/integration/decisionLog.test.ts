import { afterEach, expect, it } from 'vitest';
import { demoPair, exchange, syncTeam, type SyncDevice } from '../harness/syncDevices';

// The decision log through the service on real SQLite files: only the other party confirms,
// the author is refused, and an entry travels to a teammate who confirms it there.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

async function firstCampaignAndOther(d: SyncDevice) {
  const me = (await d.client.workspace.get())!.me!;
  const campaign = (await d.client.campaigns.list())[0]!;
  const other = (await d.client.people.list()).find((p) => p.id !== me.id)!;
  return { me, campaign, other };
}

it('refuses a decision whose other party is the author, naming otherPartyId', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { me, campaign } = await firstCampaignAndOther(a);
  await expect(
    a.client.decisions.add({
      campaignId: campaign.id,
      text: 'Launch on Tuesday',
      otherPartyId: me.id,
    }),
  ).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    data: { issues: [expect.objectContaining({ field: 'otherPartyId' })] },
  });
});

it('the author cannot confirm; the other party confirms on their laptop and the author sees it', async () => {
  team = syncTeam();
  const { a, b } = await demoPair(team);
  const { me, campaign, other } = await firstCampaignAndOther(a);

  const added = await a.client.decisions.add({
    campaignId: campaign.id,
    text: 'We agreed on a call that the launch moves to Tuesday.',
    otherPartyId: other.id,
  });
  expect(added).toMatchObject({ byId: me.id, byName: me.name, state: 'awaiting' });
  await expect(a.client.decisions.confirm({ id: added.id })).rejects.toThrow(/only .* can/i);

  exchange(a, b);
  await b.client.workspace.setMe({ personId: other.id });
  const onB = await b.client.decisions.list({ campaignId: campaign.id });
  expect(onB.map((d) => d.text)).toEqual([added.text]);
  const confirmed = await b.client.decisions.confirm({ id: added.id });
  expect(confirmed).toMatchObject({ state: 'confirmed', confirmedById: other.id });

  exchange(a, b);
  const onA = await a.client.decisions.list({ campaignId: campaign.id });
  expect(onA[0]).toMatchObject({
    id: added.id,
    state: 'confirmed',
    confirmedById: other.id,
    confirmedByName: other.name,
  });
});

it('an unconfirmed entry is flagged overdue after more than two business days', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { campaign, other } = await firstCampaignAndOther(a);
  // START is Monday 2026-03-02: written Monday, flagged from Thursday.
  const added = await a.client.decisions.add({
    campaignId: campaign.id,
    text: 'Budget stays at 12k.',
    otherPartyId: other.id,
  });
  a.advance(2 * 86_400_000);
  expect((await a.client.decisions.list({ campaignId: campaign.id }))[0]).toMatchObject({
    id: added.id,
    state: 'awaiting',
  });
  a.advance(86_400_000);
  const [late] = await a.client.decisions.list({ campaignId: campaign.id });
  expect(late).toMatchObject({ id: added.id, state: 'overdue' });
  expect(late!.statusMessage).toContain(other.name);
});

it('the handoff map shows defaults until a row for that transition is saved, then syncs it', async () => {
  team = syncTeam();
  const { a, b } = await demoPair(team);
  const { other } = await firstCampaignAndOther(a);
  const before = await a.client.handoffMap.list();
  expect(before.find((r) => r.fromStage === 'strategy')).toMatchObject({
    id: null,
    location: 'In Baton',
  });
  const after = await a.client.handoffMap.save({
    fromStage: 'strategy',
    toStage: 'creative',
    location: 'Shared drive: /Clients/Helio/01_strategy',
    tool: 'Google Docs',
    ownerId: other.id,
  });
  const strategy = after.filter((r) => r.fromStage === 'strategy');
  expect(strategy).toHaveLength(1);
  expect(strategy[0]).toMatchObject({ ownerName: other.name, tool: 'Google Docs' });
  expect(strategy[0]!.id).not.toBeNull();
  await expect(
    a.client.handoffMap.save({ fromStage: 'strategy', toStage: 'creative', location: '' }),
  ).rejects.toMatchObject({ code: 'BAD_REQUEST' });

  exchange(a, b);
  const onB = (await b.client.handoffMap.list()).filter((r) => r.fromStage === 'strategy');
  expect(onB).toEqual(strategy);
});
