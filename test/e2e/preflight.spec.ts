import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Person } from '../../shared/model';
import { addAsset, campaignAtProduction, fillPackage } from '../harness/northwindAgency';
import { sampleValueFor } from '../harness/sampleValues';
import { closeAll, launchChromium, openBoardTab, startApp, type RunningApp } from './harness';
import { type BoardPage } from './pages/BoardPage';
import { type HandoffPanelPage } from './pages/HandoffPanelPage';

// A paid campaign at Production with its Production → Launch package filled and ticked: the
// card stays out of Launch until someone signs the pre-flight, then goes through approval and
// the receiver's confirmation, and enters Launch.

const SHOTS = '/tmp/shots';
const CAMPAIGN = 'Autumn paid push';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let board: BoardPage;
let panel: HandoffPanelPage;
let pageErrors: string[];
let people: Person[] = [];
let launchStageId = '';

const api = () => app.backend.client;
const person = (name: string) => people.find((p) => p.name === name)!;

async function launchHandoff() {
  const card = (await api().campaigns.list()).find((c) => c.name === CAMPAIGN)!;
  return api().handoffs.get({ id: card.currentHandoff!.id });
}

/** Makes `name` "me" on this laptop, reloads and opens the campaign's handoff from its card. */
async function actAs(name: string): Promise<void> {
  await api().workspace.setMe({ personId: person(name).id });
  await page.reload();
  await board.card(CAMPAIGN).click();
  await panel.title.waitFor();
}

const preflight = () => panel.root.getByRole('region', { name: /^Pre-flight/ });

async function shootPreflight(name: string): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await preflight().scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await preflight().screenshot({ path: `${SHOTS}/P-${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A paid_ads campaign overridden through Strategy and Creative, its Production package filled. */
async function seed(): Promise<void> {
  const { agency, campaign, launch } = await campaignAtProduction(api(), {
    name: CAMPAIGN,
    type: 'paid_ads',
    launchDate: '2026-12-15',
    reason: 'Agreed on the kick-off call',
  });
  people = agency.people;
  launchStageId = agency.stage('launch').id;
  // The launch gate verifies the asset register: one approved asset, so the sign-off is what
  // this spec watches (launchGate.spec.ts covers the register and the UTM builder).
  const hero = await addAsset(api(), {
    campaignId: campaign.id,
    name: 'hero-feed',
    folder: 'autumn',
    filePrefix: '2026-12-15_acme-coffee-autumn-paid-push',
  });
  await api().assets.setApproval({ assetId: hero, state: 'approved' });
  await fillPackage(api(), launch, {
    valueFor: (field) => sampleValueFor(field, 'Agreed with the client.'),
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

describe('pre-flight sign-off before Launch', () => {
  test('a filled, ticked package still cannot enter Launch: the panel names the sign-off', async () => {
    await board.dragCard(CAMPAIGN, { to: 'Launch' });
    await panel.root.getByRole('heading', { name: /Can’t move to Launch yet/ }).waitFor();
    expect(await panel.missingItems.allTextContents()).toEqual([
      'Pre-flightPre-flight sign-offnot signed',
    ]);
    expect(await board.cardNamesIn('Production')).toEqual([CAMPAIGN]);
    await expect.poll(() => preflight().textContent()).toMatch(/Not signed.*Not signed yet/);
    await shootPreflight('unsigned');
  });

  test('with an item unticked the sign button says why it cannot sign', async () => {
    const item = (await launchHandoff()).checklist[0]!;
    await panel.checkbox(item.label).uncheck();
    const sign = preflight().getByRole('button', { name: 'Sign pre-flight' });
    await expect.poll(() => sign.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => preflight().textContent()).toContain(item.label);
    expect(await preflight().getByText('Tick the open item first.').count()).toBe(1);
    // Pressing it anyway signs nothing.
    await sign.focus();
    await page.keyboard.press('Enter');
    expect((await launchHandoff()).events.some((e) => e.kind === 'preflight_signed')).toBe(false);
    await shootPreflight('incomplete');
    await panel.checkbox(item.label).check();
    await expect.poll(() => sign.getAttribute('aria-disabled')).toBe(null);
  });

  test('signing from the keyboard clears the gate’s sign-off and shows in the trail', async () => {
    // The missing item leads to the sign button; Enter signs.
    await panel.missingItem('Pre-flight sign-off').click();
    const sign = preflight().getByRole('button', { name: 'Sign pre-flight' });
    await expect.poll(() => sign.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => preflight().textContent()).toMatch(/Signed by you/);
    await expect.poll(() => panel.missingItems.count()).toBe(0);
    await expect.poll(() => panel.trail.first().textContent()).toContain('signed the pre-flight');
    const h = await launchHandoff();
    expect(h.events.filter((e) => e.kind === 'preflight_signed')).toMatchObject([
      { actorId: person('Pat Kim').id, packageHash: h.packageHash },
    ]);
    await shootPreflight('signed');
  });

  test('an edit after signing asks for a new signature', async () => {
    const h = await launchHandoff();
    await api().handoffs.setField({
      handoffId: h.handoff.id,
      key: 'trackingNotes',
      value: 'Pixel swapped after the sign-off.',
    });
    await actAs('Pat Kim');
    await expect
      .poll(() => preflight().textContent())
      .toContain('Changed since you signed — sign again');
    expect(await panel.missingItem('Pre-flight sign-off').textContent()).toContain(
      'signed before the package changed: sign again (signed by Pat Kim',
    );
    await shootPreflight('stale');
    await preflight().getByRole('button', { name: 'Sign pre-flight again' }).click();
    await expect.poll(() => preflight().textContent()).toMatch(/Signed by you/);
  });

  test('signed, approved and confirmed: the card enters Launch', async () => {
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
