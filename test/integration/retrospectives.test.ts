import { afterEach, expect, it } from 'vitest';
import { demoPair, exchange, syncTeam, type SyncDevice } from '../harness/syncDevices';

// Retrospectives through the service on real SQLite files: scheduled when a campaign reaches
// Done (owner, due a week later), overdue once that week has passed, the form refused until
// complete, a learning into the playbook, and the next campaign carrying it into its brief.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

const DAY = 86_400_000;

/** Moves a demo campaign in Optimization to Done, overriding each gate as its Accountable. */
async function finishCampaign(d: SyncDevice, name: string) {
  const api = d.client;
  const me = (await api.workspace.get())!.me!;
  const stages = await api.stages.list();
  const campaign = (await api.campaigns.list()).find((c) => c.name === name)!;
  const ordered = [...stages].sort((x, y) => x.position - y.position);
  let at = ordered.findIndex((s) => s.id === campaign.stageId);
  while (ordered[at]!.name !== 'Done') {
    const detail = await api.campaigns.get({ id: campaign.id });
    const h = detail.handoffs.find((x) => x.handoff.fromStageId === ordered[at]!.id)!;
    await api.workspace.setMe({ personId: h.raci.find((r) => r.role === 'A')!.personId });
    await api.handoffs.override({
      id: h.handoff.id,
      reason: 'Finishing for the retrospective test',
    });
    await api.campaigns.move({ id: campaign.id, toStageId: ordered[at + 1]!.id });
    at += 1;
  }
  await api.workspace.setMe({ personId: me.id });
  return { campaign: await api.campaigns.get({ id: campaign.id }), me };
}

async function demo() {
  team = syncTeam();
  const a = team.device('a');
  await a.client.workspace.loadDemo();
  return a;
}

it('schedules a retrospective when a campaign reaches Done, and flags it once a week has passed', async () => {
  const a = await demo();
  const before = await a.client.retrospectives.list();
  const { campaign } = await finishCampaign(a, 'Renewal Reminders');
  const after = await a.client.retrospectives.list();
  expect(after).toHaveLength(before.length + 1);
  const retro = after.find((r) => r.campaignId === campaign.campaign.id)!;
  // START is 2026-03-02 09:00 UTC; a week of calendar days later.
  expect(retro).toMatchObject({
    campaignName: 'Renewal Reminders',
    ownerId: campaign.campaign.ownerId,
    dueDay: '2026-03-09',
    state: 'scheduled',
    due: true,
    overdue: false,
    status: 'scheduled',
  });

  a.advance(7 * DAY);
  expect(await a.client.retrospectives.get({ id: retro.id })).toMatchObject({
    state: 'scheduled',
    overdue: false,
    stateMessage: 'Due today (2026-03-09)',
  });
  a.advance(DAY);
  const late = await a.client.retrospectives.get({ id: retro.id });
  expect(late).toMatchObject({ state: 'overdue', overdue: true });
  expect(late.stateMessage).toContain('1 day(s) ago');
});

it('moving back out of Done and in again keeps the one retrospective', async () => {
  const a = await demo();
  const { campaign } = await finishCampaign(a, 'Renewal Reminders');
  const stages = (await a.client.stages.list()).sort((x, y) => x.position - y.position);
  const retroStage = stages.find((s) => s.name === 'Retrospective')!;
  await a.client.campaigns.move({
    id: campaign.campaign.id,
    toStageId: retroStage.id,
    reason: 'Forgot the survey',
  });
  await finishCampaign(a, 'Renewal Reminders');
  const mine = (await a.client.retrospectives.list()).filter(
    (r) => r.campaignId === campaign.campaign.id,
  );
  expect(mine).toHaveLength(1);
});

it('completes only a complete form; a learning starts the next campaign with it in its brief', async () => {
  const a = await demo();
  const { campaign, me } = await finishCampaign(a, 'Renewal Reminders');
  const retro = (await a.client.retrospectives.list()).find(
    (r) => r.campaignId === campaign.campaign.id,
  )!;

  await expect(a.client.retrospectives.complete({ id: retro.id })).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    data: {
      issues: [
        expect.objectContaining({ field: 'whatWorked' }),
        expect.objectContaining({ field: 'whatDidNot' }),
      ],
    },
  });
  await a.client.retrospectives.update({
    id: retro.id,
    whatWorked: 'SMS reminder two days before renewal',
    whatDidNot: 'The email landed in promotions: subject too salesy',
  });
  const withImprovement = await a.client.retrospectives.addImprovement({
    retrospectiveId: retro.id,
    text: 'Add a deliverability check to the pre-flight',
    templateChange: true,
  });
  const improvement = withImprovement.improvements[0]!;
  expect(improvement).toMatchObject({ templateChange: true, ownerId: null });
  await expect(a.client.retrospectives.complete({ id: retro.id })).rejects.toMatchObject({
    data: { issues: [expect.objectContaining({ field: 'improvements.0.ownerId' })] },
  });
  await a.client.retrospectives.updateImprovement({ id: improvement.id, ownerId: me.id });
  const held = await a.client.retrospectives.complete({ id: retro.id });
  expect(held).toMatchObject({ state: 'held', heldOn: '2026-03-02', overdue: false });
  expect(held.improvements[0]).toMatchObject({ ownerName: me.name });

  const learning = await a.client.retrospectives.addLearning({
    retrospectiveId: retro.id,
    title: 'Plain subject lines for renewals',
    body: 'Salesy subjects went to promotions; plain ones reached the inbox.',
  });
  expect(learning).toMatchObject({
    campaignType: campaign.campaign.type,
    channels: campaign.campaign.channels,
    clientId: campaign.campaign.clientId,
    retrospectiveId: retro.id,
  });
  expect(await a.client.retrospectives.get({ id: retro.id })).toMatchObject({
    learningIds: [learning.id],
    learnings: [{ id: learning.id, title: 'Plain subject lines for renewals' }],
  });
  // Its own campaign does not list its learning as advice for itself.
  expect(
    (await a.client.playbook.forCampaign({ campaignId: campaign.campaign.id })).map(
      (h) => h.entry.id,
    ),
  ).not.toContain(learning.id);

  const next = await a.client.retrospectives.startNextCampaign({
    retrospectiveId: retro.id,
    name: 'Renewal Reminders 2027',
    learningIds: [learning.id],
  });
  expect(next).toMatchObject({
    type: campaign.campaign.type,
    clientId: campaign.campaign.clientId,
    channels: campaign.campaign.channels,
  });
  const detail = await a.client.campaigns.get({ id: next.id });
  const brief = await a.client.handoffs.get({ id: detail.handoffs[0]!.handoff.id });
  expect(brief.fields.context).toContain('Plain subject lines for renewals');
  const forNext = await a.client.playbook.forCampaign({ campaignId: next.id });
  expect(forNext[0]).toMatchObject({ entry: { id: learning.id } });
  expect(forNext[0]!.reasons).toContain('same client');

  await expect(
    a.client.retrospectives.startNextCampaign({
      retrospectiveId: retro.id,
      name: 'Bad',
      learningIds: ['0190c2d6-0000-7000-8000-000000000000'],
    }),
  ).rejects.toMatchObject({
    data: { issues: [expect.objectContaining({ field: 'learningIds' })] },
  });
});

it('two laptops moving the same campaign to Done while apart end with one retrospective, and its learning travels', async () => {
  team = syncTeam();
  const { a, b } = await demoPair(team);
  await finishCampaign(a, 'Renewal Reminders');
  await finishCampaign(b, 'Renewal Reminders');
  exchange(a, b);
  const onA = (await a.client.retrospectives.list()).filter(
    (r) => r.campaignName === 'Renewal Reminders',
  );
  const onB = (await b.client.retrospectives.list()).filter(
    (r) => r.campaignName === 'Renewal Reminders',
  );
  expect(onA).toHaveLength(1);
  expect(onB.map((r) => r.id)).toEqual(onA.map((r) => r.id));

  const learning = await a.client.retrospectives.addLearning({
    retrospectiveId: onA[0]!.id,
    title: 'Plain subject lines for renewals',
  });
  exchange(a, b);
  // The FTS index is local: B's triggers indexed the row that arrived through sync.
  expect((await b.client.playbook.search({ text: 'subject' })).map((h) => h.entry.id)).toEqual([
    learning.id,
  ]);
});
