import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Person } from '../../shared/model';
import { addAsset, campaignAtProduction, fillPackage } from '../harness/northwindAgency';
import { sampleValueFor } from '../harness/sampleValues';
import { closeAll, launchChromium, openBoardTab, startApp, type RunningApp } from './harness';
import { type BoardPage } from './pages/BoardPage';
import { type HandoffPanelPage } from './pages/HandoffPanelPage';

// A paid campaign at Production reaches Launch only after its asset register is approved, its
// UTM links are built in the UTM builder, its tracking events are ticked as tested and the
// pre-flight is signed.

const SHOTS = '/tmp/shots';
const CAMPAIGN = 'Winter paid push';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let board: BoardPage;
let panel: HandoffPanelPage;
let pageErrors: string[];
let people: Person[] = [];
let launchStageId = '';
let storyAssetId = '';

const api = () => app.backend.client;
const person = (name: string) => people.find((p) => p.name === name)!;

async function launchHandoff() {
  const card = (await api().campaigns.list()).find((c) => c.name === CAMPAIGN)!;
  return api().handoffs.get({ id: card.currentHandoff!.id });
}

async function actAs(name: string): Promise<void> {
  await api().workspace.setMe({ personId: person(name).id });
  await page.reload();
  await board.card(CAMPAIGN).click();
  await panel.title.waitFor();
}

async function shoot(target: Locator, name: string): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await target.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await target.screenshot({ path: `${SHOTS}/B-${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Paid campaign at Production: package filled but its UTM links, one event untested, assets open. */
async function seed(): Promise<void> {
  const { agency, campaign, launch } = await campaignAtProduction(api(), {
    name: CAMPAIGN,
    type: 'paid_ads',
    launchDate: '2026-12-15',
    reason: 'Agreed on the kick-off call',
  });
  people = agency.people;
  launchStageId = agency.stage('launch').id;
  // Assets are created and approved through the API: the register's own UI has its own spec.
  const asset = (name: string) =>
    addAsset(api(), {
      campaignId: campaign.id,
      name,
      folder: 'winter',
      filePrefix: '2026-12-15_acme-coffee-winter-paid-push',
    });
  await api().assets.setApproval({ assetId: await asset('hero-feed'), state: 'approved' });
  storyAssetId = await asset('story-cut');
  await fillPackage(api(), launch, {
    valueFor: (field) =>
      field.key === 'utmLinks'
        ? undefined
        : field.key === 'trackingEvents'
          ? [{ name: 'Purchase', platform: 'Meta', testedBy: '', testedAt: '' }]
          : field.key === 'launchSequence'
            ? [
                {
                  what: 'Retargeting live',
                  channel: 'Meta',
                  when: '2026-12-15T12:00:00Z',
                  owner: 'Paula Diaz',
                },
                {
                  what: 'Ads live',
                  channel: 'Meta',
                  when: '2026-12-15T09:00:00Z',
                  owner: 'Paula Diaz',
                },
              ]
            : sampleValueFor(field, 'Agreed with the client.'),
    qualityOwnerId: person('Maya Okafor').id,
  });
}

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await seed();
  ({ page, pageErrors, board, panel } = await openBoardTab(chromium.browser, app, {
    card: CAMPAIGN,
    shotsDir: SHOTS,
  }));
});

afterAll(() => closeAll(page, app, chromium));

describe('Production → Launch of a paid campaign', () => {
  test('is refused while UTMs, an event test, an asset and the sign-off are open; the UTM builder and Mark tested fill them', async () => {
    await board.dragCard(CAMPAIGN, { to: 'Launch' });
    await panel.root.getByRole('heading', { name: /Can’t move to Launch yet/ }).waitFor();
    const missing = await panel.missingItems.allTextContents();
    expect(missing).toEqual(
      expect.arrayContaining([
        'FieldUTM linksis missing',
        'FieldTracking eventsRow 1: Purchase (Meta) is not tested yet',
        'AssetsFinal asset verification1 asset not approved: story-cut (draft)',
        'Pre-flightPre-flight sign-offnot signed',
      ]),
    );
    expect(await board.cardNamesIn('Production')).toEqual([CAMPAIGN]);
    // The asset item takes the person to the register, where the asset is approved.
    await panel.missingItem('Final asset verification').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id ?? ''))
      .toMatch(/-asset-register$/);

    // The UTM builder: typed values are shown normalised, written lower case on leaving the cell.
    const utm = panel.group('UTM links');
    await utm
      .getByRole('textbox', { name: 'Landing page, link 1' })
      .fill('https://shop.example/winter');
    const source = utm.getByRole('textbox', { name: 'Source, link 1' });
    await source.fill('Facebook');
    await expect.poll(() => utm.textContent()).toContain('Source: Facebook → facebook');
    await page.keyboard.press('Tab');
    expect(await source.inputValue()).toBe('facebook');
    await expect.poll(() => utm.textContent()).toContain('Medium is required');
    await utm.getByRole('textbox', { name: 'Medium, link 1' }).fill('Paid Social');
    await utm.getByRole('textbox', { name: 'Campaign, link 1' }).fill('winter-push');
    await page.keyboard.press('Tab');
    const url =
      'https://shop.example/winter?utm_source=facebook&utm_medium=paid-social&utm_campaign=winter-push';
    await expect
      .poll(() => utm.getByLabel('Full URL of link 1', { exact: true }).textContent())
      .toBe(url);
    expect(await utm.getByRole('button', { name: 'Copy the full URL of link 1' }).count()).toBe(1);

    // A second link building the same URL is flagged on both.
    await utm.getByRole('button', { name: 'Add link' }).click();
    await utm
      .getByRole('textbox', { name: 'Landing page, link 2' })
      .fill('https://shop.example/winter');
    await utm.getByRole('textbox', { name: 'Source, link 2' }).fill('facebook');
    await utm.getByRole('textbox', { name: 'Medium, link 2' }).fill('paid-social');
    await utm.getByRole('textbox', { name: 'Campaign, link 2' }).fill('winter-push');
    await expect.poll(() => utm.textContent()).toContain(`Rows 1 and 2 build the same URL: ${url}`);
    await shoot(panel.fieldFrame('UTM links'), 'utm-builder');
    await utm
      .getByRole('textbox', { name: 'Landing page, link 2' })
      .fill('https://shop.example/gifts');
    await page.keyboard.press('Tab');
    await expect.poll(() => utm.textContent()).not.toContain('build the same URL');
    // The gate drops the duplicate once the fix is saved; removing that item above moves the
    // events below it, so a click aimed while it lands can miss.
    await panel.waitForSaved();
    await expect
      .poll(() => panel.missingItems.allTextContents())
      .toEqual([
        'FieldTracking eventsRow 1: Purchase (Meta) is not tested yet',
        'AssetsFinal asset verification1 asset not approved: story-cut (draft)',
        'Pre-flightPre-flight sign-offnot signed',
      ]);

    // Tracking events: Mark tested records who and when.
    const events = panel.group('Tracking events');
    await shoot(panel.fieldFrame('Tracking events'), 'tracking-events-untested');
    await events.getByRole('button', { name: 'Mark Purchase tested' }).click();
    await expect.poll(() => events.textContent()).toContain('tested by Pat Kim at');
    await panel.root.click({ position: { x: 5, y: 5 } });
    await panel.waitForSaved();
    await shoot(panel.fieldFrame('Tracking events'), 'tracking-events');

    // The launch sequence says the order things go live in; listed out of order is a warning.
    const sequence = panel.fieldFrame('Launch sequence');
    await expect
      .poll(() => sequence.textContent())
      .toContain('Goes live in this order: rows 2 and 1');
    await shoot(sequence, 'launch-sequence');

    await expect
      .poll(async () => (await launchHandoff()).gate.missing.map((m) => m.label))
      .toEqual(['Final asset verification', 'Pre-flight sign-off']);
    const saved = (await launchHandoff()).fields;
    expect(saved.utmLinks).toMatchObject([
      { source: 'facebook', medium: 'paid-social', campaign: 'winter-push' },
      { baseUrl: 'https://shop.example/gifts' },
    ]);
    expect(saved.trackingEvents).toMatchObject([{ name: 'Purchase', testedBy: 'Pat Kim' }]);
  });

  test('with the asset approved and the pre-flight signed, it enters Launch', async () => {
    await api().assets.setApproval({ assetId: storyAssetId, state: 'approved' });
    await actAs('Pat Kim');
    await expect
      .poll(() => panel.missingItems.allTextContents())
      .toEqual(['Pre-flightPre-flight sign-offnot signed']);
    const preflight = panel.root.getByRole('region', { name: /^Pre-flight/ });
    await preflight.getByRole('button', { name: 'Sign pre-flight' }).click();
    await expect.poll(() => panel.missingItems.count()).toBe(0);
    await panel.button('Submit for approval').click();
    await expect.poll(async () => (await launchHandoff()).handoff.status).toBe('submitted');
    await actAs('Maya Okafor');
    await panel.button('Approve').click();
    await expect.poll(async () => (await launchHandoff()).handoff.status).toBe('approved');
    const receiver = (await launchHandoff()).receiverIds[0]!;
    await actAs(people.find((p) => p.id === receiver)!.name);
    await panel.button('I have what I need').click();
    await expect.poll(async () => (await launchHandoff()).handoff.status).toBe('acknowledged');
    await page.keyboard.press('Escape');
    await board.dragCard(CAMPAIGN, { to: 'Launch' });
    await expect.poll(() => board.cardNamesIn('Launch')).toEqual([CAMPAIGN]);
    const card = (await api().campaigns.list()).find((c) => c.name === CAMPAIGN)!;
    expect(card.stageId).toBe(launchStageId);
    expect(pageErrors).toEqual([]);
  });
});
