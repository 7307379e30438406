import { afterEach, expect, it } from 'vitest';
import { slugify } from '../../shared/domain';
import {
  demoPair,
  exchange,
  expectPairConverged,
  syncTeam,
  type SyncDevice,
} from '../harness/syncDevices';

// The asset register through the service on real SQLite files: versions, approval, names and
// specs checked against the workspace's library, dependency cycles refused by asset names,
// remove/restore, and two laptops converging on the same register.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

/** A demo campaign and the file name prefix its convention wants (`2026-03-02_client-campaign_`). */
async function campaignOf(d: SyncDevice) {
  const campaign = (await d.client.campaigns.list())[0]!;
  const detail = await d.client.campaigns.get({ id: campaign.id });
  const me = (await d.client.workspace.get())!.me!;
  const prefix = `2026-03-02_${slugify(detail.client.name)}-${slugify(detail.campaign.name)}_`;
  return { campaign, me, prefix };
}

function story(campaignId: string, name: string, fileName: string) {
  return {
    campaignId,
    name,
    channelSpecId: 'instagram-story',
    format: 'jpg',
    width: 1080,
    height: 1920,
    fileSizeBytes: 1_500_000,
    location: 'https://drive.example.com/spring/story',
    fileName,
  };
}

it('creates, versions and approves an asset; a new version after approval goes back to draft', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { campaign, me, prefix } = await campaignOf(a);

  const created = await a.client.assets.create({
    ...story(campaign.id, 'Hero story', `${prefix}hero-story_v01.jpg`),
    note: 'First cut',
  });
  expect(created.assets).toHaveLength(1);
  const hero = created.assets[0]!;
  expect(hero).toMatchObject({ approvalState: 'draft', position: 0 });
  expect(hero.current).toMatchObject({ label: 'v01', byId: me.id, byName: me.name });
  expect(hero.nameCheck).toMatchObject({ ok: true, suggestion: null });
  expect(hero.specCheck).toMatchObject({ ok: true, specName: 'Instagram story' });

  const approved = await a.client.assets.setApproval({ assetId: hero.id, state: 'approved' });
  expect(approved.assets[0]).toMatchObject({
    approvalState: 'approved',
    approvedById: me.id,
    approvedByName: me.name,
  });
  expect(approved.summary).toEqual({ total: 1, approved: 1, withProblems: 0 });

  a.advance(3_600_000);
  const v2 = await a.client.assets.addVersion({
    assetId: hero.id,
    fileName: `${prefix}hero-story_v02.jpg`,
    note: 'Logo larger',
    fileSizeBytes: 1_800_000,
  });
  const after = v2.assets[0]!;
  expect(after.versions.map((v) => [v.label, v.note])).toEqual([
    ['v01', 'First cut'],
    ['v02', 'Logo larger'],
  ]);
  expect(after.versions[1]!.at).toBe('2026-03-02T10:00:00.000Z');
  expect(after).toMatchObject({
    approvalState: 'draft',
    approvedById: null,
    approvedAt: null,
    fileSizeBytes: 1_800_000,
    sizeLabel: '1.7 MB',
  });
  expect(after.nameCheck?.ok).toBe(true);

  await expect(
    a.client.assets.setApproval({ assetId: hero.id, state: 'changes_requested' }),
  ).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    message: expect.stringContaining('it can go to In review or Approved'),
    data: { issues: [expect.objectContaining({ field: 'state' })] },
  });
});

it('checks the file name and the spec: a suggested name for a bad one, dimensions in words', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { campaign, prefix } = await campaignOf(a);

  const view = await a.client.assets.create({
    ...story(campaign.id, 'Square teaser', 'Square Teaser FINAL v2.JPG'),
    width: 1080,
    height: 1080,
  });
  const teaser = view.assets[0]!;
  expect(teaser.nameCheck?.ok).toBe(false);
  expect(teaser.nameCheck?.suggestion).toBe(`${prefix}square-teaser-final_v01.jpg`);
  expect(teaser.specCheck.problems.map((p) => p.message)).toEqual([
    'dimensions: 1080×1080 but Instagram story needs 1080×1920 (or larger at 9:16)',
  ]);
  expect(view.summary.withProblems).toBe(1);

  // "Use this name": the file was renamed, so it is still v01 and nothing else changes.
  const renamed = await a.client.assets.update({
    id: teaser.id,
    fileName: teaser.nameCheck!.suggestion!,
  });
  const afterRename = renamed.assets[0]!;
  expect(afterRename.versions.map((v) => [v.label, v.fileName])).toEqual([
    ['v01', `${prefix}square-teaser-final_v01.jpg`],
  ]);
  expect(afterRename.nameCheck).toMatchObject({ ok: true, suggestion: null });
  expect(afterRename.nextFileName).toBe(`${prefix}square-teaser-final_v02.jpg`);

  // A new version still carrying the old vNN is the classic mix-up: named, with the fix.
  const mixed = await a.client.assets.addVersion({
    assetId: teaser.id,
    fileName: afterRename.current!.fileName,
    note: 'Brighter sky',
  });
  expect(mixed.assets[0]!.nameCheck!.problems).toEqual([
    'version: the file says v01 but this is v02',
  ]);
  expect(mixed.assets[0]!.nameCheck!.suggestion).toBe(`${prefix}square-teaser-final_v02.jpg`);

  const fixed = await a.client.assets.update({ id: teaser.id, height: 1920 });
  expect(fixed.assets[0]!.specCheck).toMatchObject({ ok: true, problems: [] });

  await expect(
    a.client.assets.update({ id: teaser.id, channelSpecId: 'myspace-banner' }),
  ).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    data: { issues: [expect.objectContaining({ field: 'channelSpecId' })] },
  });
});

it('orders the making by dependencies and refuses a cycle, naming it by asset names', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { campaign, prefix } = await campaignOf(a);
  const hero = (await a.client.assets.create(story(campaign.id, 'Hero', `${prefix}hero_v01.jpg`)))
    .assets[0]!;
  const resizedView = await a.client.assets.create({
    ...story(campaign.id, 'Resized', `${prefix}resized_v01.jpg`),
    dependsOn: [hero.id],
  });
  const resized = resizedView.assets[1]!;
  expect(resizedView.order).toEqual({
    ok: true,
    steps: [
      { id: hero.id, name: 'Hero', depth: 0, needsNames: [] },
      { id: resized.id, name: 'Resized', depth: 1, needsNames: ['Hero'] },
    ],
  });

  await expect(
    a.client.assets.update({ id: hero.id, dependsOn: [resized.id] }),
  ).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    message: expect.stringContaining('cycle: Hero → Resized → Hero'),
    data: { issues: [expect.objectContaining({ field: 'dependsOn' })] },
  });
  const unchanged = await a.client.assets.list({ campaignId: campaign.id });
  expect(unchanged.assets.find((x) => x.id === hero.id)!.dependsOn).toEqual([]);
});

it('removes and restores an asset, its versions and what it needs kept', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { campaign, prefix } = await campaignOf(a);
  const hero = (await a.client.assets.create(story(campaign.id, 'Hero', `${prefix}hero_v01.jpg`)))
    .assets[0]!;
  await a.client.assets.create({
    ...story(campaign.id, 'Resized', `${prefix}resized_v01.jpg`),
    dependsOn: [hero.id],
  });

  const removed = await a.client.assets.remove({ id: hero.id });
  expect(removed.assets.map((x) => x.name)).toEqual(['Resized']);
  expect(removed.removed).toEqual([{ id: hero.id, name: 'Hero' }]);
  expect(removed.assets[0]!.needsNames).toEqual([]);

  const restored = await a.client.assets.restore({ id: hero.id });
  expect(restored.assets.map((x) => x.name)).toEqual(['Hero', 'Resized']);
  expect(restored.removed).toEqual([]);
  expect(restored.assets[0]!.versions.map((v) => v.label)).toEqual(['v01']);
  expect(restored.assets[1]!.needsNames).toEqual(['Hero']);
});

it('refuses malformed input naming the field', async () => {
  team = syncTeam();
  const { a } = await demoPair(team);
  const { campaign, prefix } = await campaignOf(a);
  const good = story(campaign.id, 'Hero', `${prefix}hero_v01.jpg`);
  for (const [field, value] of [
    ['width', -5],
    ['width', 10.5],
    ['fileSizeBytes', 0],
    ['location', 'javascript:alert(1)'],
    ['location', 'https://'],
    ['fileName', 'Creative/hero.jpg'],
    ['format', 'j p g'],
  ] as const) {
    await expect(a.client.assets.create({ ...good, [field]: value })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      data: { issues: expect.arrayContaining([expect.objectContaining({ path: [field] })]) },
    });
  }
  // A Windows path and a shared-drive path are places too.
  for (const location of ['C:\\Clients\\Spring\\hero.psd', '\\\\nas\\clients\\hero.psd']) {
    const view = await a.client.assets.create({ ...good, location });
    expect(view.assets.at(-1)!.location).toBe(location);
  }
});

it('two laptops editing the same register converge on the same register', async () => {
  team = syncTeam();
  const { a, b } = await demoPair(team);
  const { campaign, prefix } = await campaignOf(a);
  const hero = (await a.client.assets.create(story(campaign.id, 'Hero', `${prefix}hero_v01.jpg`)))
    .assets[0]!;
  exchange(a, b);

  // Offline at the same time: A renames and adds an asset needing the hero, B adds v02.
  await a.client.assets.update({ id: hero.id, name: 'Hero banner' });
  await a.client.assets.create({
    ...story(campaign.id, 'Resized', `${prefix}resized_v01.jpg`),
    dependsOn: [hero.id],
  });
  b.advance(60_000);
  await b.client.assets.addVersion({
    assetId: hero.id,
    fileName: `${prefix}hero_v02.jpg`,
    note: 'Brighter',
  });
  exchange(a, b);

  const onA = await a.client.assets.list({ campaignId: campaign.id });
  const onB = await b.client.assets.list({ campaignId: campaign.id });
  expect(onB).toEqual(onA);
  expect(onA.assets.map((x) => [x.name, x.current?.label])).toEqual([
    ['Hero banner', 'v02'],
    ['Resized', 'v01'],
  ]);
  expect(onA.order.ok && onA.order.steps.map((s) => s.name)).toEqual(['Hero banner', 'Resized']);
  await expectPairConverged(a, b);
});
