import { describe, expect, test } from 'vitest';
import type { Person } from '../../shared/model';
import { addAsset, campaignAtProduction, fillPackage } from '../harness/northwindAgency';
import { sampleValueFor } from '../harness/sampleValues';
import { useBoardTab } from './harness';
import { shootLightAndDark } from './shots';
import { campaignFlow } from './launchCampaign';

// A paid campaign at Production with its Production → Launch package filled and ticked: the
// card stays out of Launch until someone signs the pre-flight, then goes through approval and
// the receiver's confirmation, and enters Launch.

const SHOTS = '/tmp/shots';
const CAMPAIGN = 'Autumn paid push';

let people: Person[] = [];
const t = useBoardTab((api) => seed(api), { card: CAMPAIGN, shotsDir: SHOTS });
const api = () => t.app.backend.client;
const flow = campaignFlow(t, CAMPAIGN, () => people);

const preflight = () => t.panel.root.getByRole('region', { name: /^Pre-flight/ });

const shootPreflight = (name: string) =>
  shootLightAndDark(t.page, preflight(), `${SHOTS}/P-${name}`);

/** A paid_ads campaign overridden through Strategy and Creative, its Production package filled. */
async function seed(client: ReturnType<typeof api>): Promise<void> {
  const { agency, campaign, launch } = await campaignAtProduction(client, {
    name: CAMPAIGN,
    type: 'paid_ads',
    launchDate: '2026-12-15',
    reason: 'Agreed on the kick-off call',
  });
  people = agency.people;
  // The launch gate verifies the asset register: one approved asset, so the sign-off is what
  // this spec watches (launchGate.spec.ts covers the register and the UTM builder).
  const hero = await addAsset(client, {
    campaignId: campaign.id,
    name: 'hero-feed',
    folder: 'autumn',
    filePrefix: '2026-12-15_acme-coffee-autumn-paid-push',
  });
  await client.assets.setApproval({ assetId: hero, state: 'approved' });
  await fillPackage(client, launch, {
    valueFor: (field) => sampleValueFor(field, 'Agreed with the client.'),
    qualityOwnerId: flow.person('Maya Okafor').id,
  });
}

describe('pre-flight sign-off before Launch', () => {
  test('a filled, ticked package still cannot enter Launch: the panel names the sign-off', async () => {
    await t.board.dragCard(CAMPAIGN, { to: 'Launch' });
    await t.panel.root.getByRole('heading', { name: /Can’t move to Launch yet/ }).waitFor();
    expect(await t.panel.missingItems.allTextContents()).toEqual([
      'Pre-flightPre-flight sign-offnot signed',
    ]);
    expect(await t.board.cardNamesIn('Production')).toEqual([CAMPAIGN]);
    await expect.poll(() => preflight().textContent()).toMatch(/Not signed.*Not signed yet/);
    await shootPreflight('unsigned');
  });

  test('with an item unticked the sign button says why it cannot sign', async () => {
    const item = (await flow.currentHandoff()).checklist[0]!;
    await t.panel.checkbox(item.label).uncheck();
    const sign = preflight().getByRole('button', { name: 'Sign pre-flight' });
    await expect.poll(() => sign.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => preflight().textContent()).toContain(item.label);
    expect(await preflight().getByText('Tick the open item first.').count()).toBe(1);
    // Pressing it anyway signs nothing.
    await sign.focus();
    await t.page.keyboard.press('Enter');
    expect((await flow.currentHandoff()).events.some((e) => e.kind === 'preflight_signed')).toBe(
      false,
    );
    await shootPreflight('incomplete');
    await t.panel.checkbox(item.label).check();
    await expect.poll(() => sign.getAttribute('aria-disabled')).toBe(null);
  });

  test('signing from the keyboard clears the gate’s sign-off and shows in the trail', async () => {
    // The missing item leads to the sign button; Enter signs.
    await t.panel.missingItem('Pre-flight sign-off').click();
    const sign = preflight().getByRole('button', { name: 'Sign pre-flight' });
    await expect.poll(() => sign.evaluate((el) => el === document.activeElement)).toBe(true);
    await t.page.keyboard.press('Enter');
    await expect.poll(() => preflight().textContent()).toMatch(/Signed by you/);
    await expect.poll(() => t.panel.missingItems.count()).toBe(0);
    await expect.poll(() => t.panel.trail.first().textContent()).toContain('signed the pre-flight');
    const h = await flow.currentHandoff();
    expect(h.events.filter((e) => e.kind === 'preflight_signed')).toMatchObject([
      { actorId: flow.person('Pat Kim').id, packageHash: h.packageHash },
    ]);
    await shootPreflight('signed');
  });

  test('an edit after signing asks for a new signature', async () => {
    const h = await flow.currentHandoff();
    await api().handoffs.setField({
      handoffId: h.handoff.id,
      key: 'trackingNotes',
      value: 'Pixel swapped after the sign-off.',
    });
    await flow.actAs('Pat Kim');
    await expect
      .poll(() => preflight().textContent())
      .toContain('Changed since you signed — sign again');
    expect(await t.panel.missingItem('Pre-flight sign-off').textContent()).toContain(
      'signed before the package changed: sign again (signed by Pat Kim',
    );
    await shootPreflight('stale');
    await preflight().getByRole('button', { name: 'Sign pre-flight again' }).click();
    await expect.poll(() => preflight().textContent()).toMatch(/Signed by you/);
  });

  test('signed, approved and confirmed: the card enters Launch', async () => {
    await flow.handOffIntoLaunch('Maya Okafor');
    expect(t.pageErrors).toEqual([]);
  });
});
