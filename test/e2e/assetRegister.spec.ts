import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NORTHWIND_TEAM, overrideAlong, seedNorthwindAgency } from '../harness/northwindAgency';
import { closeAll, launchChromium, openBoardTab, startApp, type RunningApp } from './harness';
import { type BoardPage } from './pages/BoardPage';
import { type HandoffPanelPage } from './pages/HandoffPanelPage';

// A social campaign at Creative: in its Creative → Production handoff someone registers an
// asset whose file breaks the naming convention, takes the suggested name, adds v02 from the
// keyboard and approves it.

const SHOTS = '/tmp/shots';
const CAMPAIGN = 'Spring social';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let board: BoardPage;
let panel: HandoffPanelPage;
let pageErrors: string[];
let campaignId = '';
let meId = '';

const api = () => app.backend.client;
const register = () => panel.root.getByRole('region', { name: /^Asset register/ });
const asset = (name: string): Locator => register().getByRole('listitem', { name });

/** The section, or one part of it when the section is taller than the panel shows. */
async function shoot(name: string, part: Locator = register()): Promise<void> {
  // Centred: scrolled to the top, the panel's sticky header would cover its first lines.
  await part.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await part.screenshot({ path: `${SHOTS}/A-${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A social campaign overridden through Strategy → Creative, so Creative → Production is open. */
async function seed(): Promise<void> {
  const agency = await seedNorthwindAgency(api(), NORTHWIND_TEAM.slice(0, 3));
  meId = agency.ws.me!.id;
  const campaign = await api().campaigns.create({
    name: CAMPAIGN,
    clientId: agency.clientId,
    type: 'social',
    launchDate: '2027-03-15',
  });
  campaignId = campaign.id;
  await overrideAlong(
    api(),
    agency,
    campaign.id,
    ['strategy', 'creative'],
    'Agreed on the kick-off call',
  );
  await api().workspace.setMe({ personId: meId });
}

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await seed();
  ({ page, pageErrors, board, panel } = await openBoardTab(chromium.browser, app, {
    card: CAMPAIGN,
    shotsDir: SHOTS,
    viewport: { width: 1400, height: 1800 },
  }));
});

afterAll(() => closeAll(page, app, chromium));

describe('asset register in the Creative → Production handoff', () => {
  test('a badly named file gets a suggested name; use it, add v02, approve', async () => {
    await board.card(CAMPAIGN).click();
    await panel.title.waitFor();
    await expect.poll(() => register().textContent()).toContain('No assets yet');
    await shoot('empty');

    await register().getByRole('button', { name: 'Add asset' }).click();
    const form = register().getByRole('form', { name: 'Add asset' });
    // The file name field has the focus: type from the keyboard.
    await page.keyboard.type('Hero Banner FINAL.JPG');
    await shoot('add-form');
    expect(await form.getByLabel('Format').inputValue()).toBe('jpg');
    await form.getByLabel('Asset name').fill('Hero banner');
    await form.getByLabel('Channel spec').selectOption({ label: 'Instagram story' });
    await form.getByLabel('Width (px)').fill('1080');
    await form.getByLabel('Height (px)').fill('1920');
    await form.getByLabel('File size').fill('1.5 MB');
    await form.getByLabel('Link or path').fill('https://drive.example.com/acme/hero');
    await page.keyboard.press('Enter');

    const hero = asset('Hero banner');
    await hero.waitFor();
    await expect.poll(() => hero.textContent()).toContain('breaks the naming convention');
    const stored = (await api().assets.list({ campaignId })).assets[0]!;
    const suggestion = stored.nameCheck!.suggestion!;
    expect(suggestion).toMatch(
      /^\d{4}-\d\d-\d\d_acme-coffee-spring-social_hero-banner-final_v01\.jpg$/,
    );
    expect(await hero.textContent()).toContain(`Suggested: ${suggestion}`);
    expect(stored).toMatchObject({ width: 1080, height: 1920, fileSizeBytes: 1_572_864 });
    expect(stored.specCheck.ok).toBe(true);
    // The focus went back to "Add asset" once the form closed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Add asset');
    await shoot('suggestion');

    await hero.getByRole('button', { name: 'Use this name' }).click();
    await expect.poll(() => hero.textContent()).not.toContain('breaks the naming convention');
    expect(await hero.textContent()).toContain(suggestion);

    await hero.getByRole('button', { name: 'New version' }).click();
    const versionForm = hero.getByRole('form', { name: 'New version of Hero banner' });
    const v2Name = suggestion.replace('_v01.jpg', '_v02.jpg');
    expect(await versionForm.getByLabel('File name (v02)').inputValue()).toBe(v2Name);
    await versionForm.getByLabel('What changed').fill('Logo larger');
    await page.keyboard.press('Enter');
    await expect.poll(() => hero.getByText('v02', { exact: true }).count()).toBe(1);
    await hero.getByRole('button', { name: 'History (2)' }).click();
    await expect
      .poll(() => hero.getByRole('listitem').allTextContents())
      .toEqual([
        expect.stringMatching(new RegExp(`^v02${v2Name}Sam Reyes, just now — Logo larger$`)),
        expect.stringMatching(new RegExp(`^v01${suggestion}Sam Reyes, just now$`)),
      ]);

    await hero.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => hero.textContent()).toContain('Approved by Sam Reyes');
    const approved = (await api().assets.list({ campaignId })).assets[0]!;
    expect(approved).toMatchObject({ approvalState: 'approved', approvedById: meId });
    expect(approved.versions.map((v) => [v.label, v.fileName, v.byId])).toEqual([
      ['v01', suggestion, meId],
      ['v02', v2Name, meId],
    ]);
    await expect.poll(() => register().textContent()).toContain('1 of 1 approved');
    await shoot('approved');
    expect(pageErrors).toEqual([]);
  });

  test('an asset needing another shows the making order; a cycle is refused by name', async () => {
    await register().getByRole('button', { name: 'Add asset' }).click();
    const form = register().getByRole('form', { name: 'Add asset' });
    await page.keyboard.type('resized.jpg');
    await form.getByLabel('Asset name').fill('Resized banners');
    await form.getByLabel('Link or path').fill('/Shared/Acme/02_creative/resized');
    await form.getByRole('checkbox', { name: 'Hero banner' }).check();
    await form.getByRole('button', { name: 'Add asset' }).click();
    const resized = asset('Resized banners');
    await resized.waitFor();
    await expect.poll(() => resized.textContent()).toContain('Needs firstHero banner');
    await expect
      .poll(() => register().textContent())
      .toContain('Making orderHero bannerResized banners — after Hero banner');
    // No spec chosen: said in words, not hidden.
    expect(await resized.textContent()).toContain('none chosen: choose where Resized banners runs');

    const hero = asset('Hero banner');
    await hero.getByRole('button', { name: 'Edit' }).click();
    const edit = hero.getByRole('form', { name: 'Edit Hero banner' });
    await edit.getByRole('checkbox', { name: 'Resized banners' }).check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => edit.getByRole('alert').textContent())
      .toBe(
        'Not saved: what it needs would go round in a circle — Hero banner → Resized banners → Hero banner (each must exist before the next)',
      );
    const stored = (await api().assets.list({ campaignId })).assets;
    expect(stored.find((a) => a.name === 'Hero banner')!.dependsOn).toEqual([]);
    await shoot('cycle', hero);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Edit');
    expect(pageErrors).toEqual([]);
  });
});
