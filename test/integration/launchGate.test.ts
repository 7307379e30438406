import { expect, it } from 'vitest';
import type { HandoffDetail } from '../../shared/model';
import {
  addAsset as addNamedAsset,
  campaignAtProduction as atProduction,
} from '../harness/northwindAgency';
import { backendEachTest } from '../harness/backendEachTest';
import { sampleValueFor } from '../harness/sampleValues';

// The Production → Launch gate of a paid campaign through the real backend and a SQLite file:
// the package's UTM links, tracking events and the campaign's asset register, on the panel and
// on the board's card.

const backend = backendEachTest('baton-launch-gate-', '2026-06-10T09:00:00.000Z');
const api = () => backend().client;

const campaignAtProduction = (type: 'paid_ads' | 'content') =>
  atProduction(api(), {
    name: 'Spring paid push',
    type,
    launchDate: '2026-09-15',
    reason: 'Set up for the launch gate test',
  });

const addAsset = (campaignId: string, name: string) =>
  addNamedAsset(api(), {
    campaignId,
    name,
    folder: 'spring',
    filePrefix: '2026-09-15_acme-coffee-spring-paid-push',
  });

const setTable = (h: HandoffDetail, key: string, rows: Record<string, string>[]) =>
  api().handoffs.setField({ handoffId: h.handoff.id, key, value: rows });

const launchItems = (h: HandoffDetail) =>
  h.gate.missing
    .filter((m) => m.kind === 'asset' || ['utmLinks', 'trackingEvents'].includes(m.key))
    .map((m) => `${m.label}: ${m.problem}`);

async function cardOf(campaignId: string) {
  return (await api().campaigns.list()).find((c) => c.id === campaignId)!;
}

it('lists UTM problems, untested events and unapproved assets, on the panel and the card, until fixed', async () => {
  const { campaign, launch } = await campaignAtProduction('paid_ads');
  const id = launch.handoff.id;

  // Nothing in the register yet: a paid campaign has assets to verify.
  let h = await api().handoffs.get({ id });
  expect(launchItems(h)).toContain('Final asset verification: no assets in the register');

  for (const field of launch.template.fields) {
    await api().handoffs.setField({ handoffId: id, key: field.key, value: sampleValueFor(field) });
  }
  const link = {
    baseUrl: 'https://shop.example/spring',
    source: 'facebook',
    medium: 'paid-social',
    campaign: 'spring-push',
  };
  await setTable(launch, 'utmLinks', [
    link,
    { ...link, baseUrl: 'https://shop.example/beans', source: 'Facebook', medium: '' },
    link,
  ]);
  await setTable(launch, 'trackingEvents', [
    { name: 'Purchase', platform: 'Meta', testedBy: 'Pat Kim', testedAt: '2026-09-10T09:00:00Z' },
    { name: 'Add to cart', platform: 'Meta', testedBy: '', testedAt: '' },
  ]);
  const hero = await addAsset(campaign.id, 'hero-banner');
  const story = await addAsset(campaign.id, 'story-cut');
  const feed = await addAsset(campaign.id, 'feed-square');
  await api().assets.setApproval({ assetId: hero, state: 'in_review' });
  await api().assets.setApproval({ assetId: feed, state: 'approved' });

  h = await api().handoffs.get({ id });
  expect(launchItems(h)).toEqual([
    'UTM links: Row 2 (https://shop.example/beans): medium is required',
    'UTM links: Row 2 (https://shop.example/beans): source "Facebook" is not in lower case: write "facebook"',
    'UTM links: Rows 1 and 3 build the same URL: https://shop.example/spring?utm_source=facebook&utm_medium=paid-social&utm_campaign=spring-push',
    'Tracking events: Row 2: Add to cart (Meta) is not tested yet',
    'Final asset verification: 2 assets not approved: hero-banner (in review), story-cut (draft)',
  ]);
  // The card counts what the panel lists.
  let card = await cardOf(campaign.id);
  expect(card.gate?.missingCount).toBe(h.gate.missing.length);

  // Fixed: distinct lower-case links, the event tested, every asset approved.
  await setTable(launch, 'utmLinks', [
    link,
    { ...link, baseUrl: 'https://shop.example/beans', medium: 'paid-social' },
  ]);
  await setTable(launch, 'trackingEvents', [
    { name: 'Purchase', platform: 'Meta', testedBy: 'Pat Kim', testedAt: '2026-09-10T09:00:00Z' },
    {
      name: 'Add to cart',
      platform: 'Meta',
      testedBy: 'Pat Kim',
      testedAt: '2026-09-10T09:05:00Z',
    },
  ]);
  for (const assetId of [hero, story]) {
    await api().assets.setApproval({ assetId, state: 'approved' });
  }
  h = await api().handoffs.get({ id });
  expect(launchItems(h)).toEqual([]);

  // With the checklist ticked and the pre-flight signed, the package is complete.
  for (const item of h.checklist)
    await api().handoffs.setChecklistItem({ id: item.id, done: true });
  h = await api().handoffs.setQualityOwner({
    handoffId: id,
    personId: h.raci.find((r) => r.role === 'A')!.personId,
  });
  h = await api().handoffs.signPreflight({ id, packageHash: h.packageHash });
  expect(h.gate.missing).toEqual([]);
  card = await cardOf(campaign.id);
  expect(card.gate?.missingCount).toBe(0);

  // An asset sent back after the sign-off holds the gate again, on the card as well.
  await api().assets.setApproval({ assetId: story, state: 'changes_requested' });
  h = await api().handoffs.get({ id });
  expect(launchItems(h)).toEqual([
    'Final asset verification: 1 asset not approved: story-cut (changes requested)',
  ]);
  card = await cardOf(campaign.id);
  expect(card.gate?.missingCount).toBe(1);
});

it('does not ask a content campaign for assets, and leaves other handoffs alone', async () => {
  const { campaign, launch } = await campaignAtProduction('content');
  expect(launch.template.preflight).toBe(true);
  expect(launch.gate.missing.some((m) => m.kind === 'asset')).toBe(false);
  // The handoffs before it have no pre-flight and never read the register.
  const detail = await api().campaigns.get({ id: campaign.id });
  const others = detail.handoffs.filter((h) => !h.template.preflight);
  expect(others.length).toBeGreaterThan(0);
  expect(others.flatMap((h) => h.gate.missing).some((m) => m.kind === 'asset')).toBe(false);
});
