import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeAll, launchChromium, openBoardTab, startApp, type RunningApp } from './harness';

// The Health page on the sample agency after a bad week for Production → Launch: both of its
// packages now under review come back (a change request and a receiver's send-back, "missing UTM
// links" in two spellings) and one is overridden. The page must name it first, link its figures
// to the campaigns behind them and export the report as Markdown.

const SHOTS = '/tmp/shots';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];

const api = () => app.backend.client;

async function handoffOf(campaign: string) {
  const card = (await api().campaigns.list()).find((c) => c.name === campaign);
  if (!card?.currentHandoff) throw new Error(`no current handoff for ${campaign}`);
  return api().handoffs.get({ id: card.currentHandoff.id });
}

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.loadDemo();

  const claims = await handoffOf('Claims in a Day'); // Production → Launch, submitted
  await api().workspace.setMe({ personId: claims.handoff.qualityOwnerId! });
  await api().handoffs.requestChanges({ id: claims.handoff.id, reason: 'Missing UTM links.' });
  const accountable = claims.raci.find((r) => r.role === 'A')!;
  await api().workspace.setMe({ personId: accountable.personId });
  await api().handoffs.override({ id: claims.handoff.id, reason: 'The launch date is fixed' });

  const gifts = await handoffOf('Holiday Gift Boxes'); // Production → Launch, approved
  await api().workspace.setMe({ personId: gifts.receiverIds[0]! });
  await api().handoffs.sendBack({ id: gifts.handoff.id, missing: [], reason: 'missing utm links' });

  ({ page, pageErrors } = await openBoardTab(chromium.browser, app, {
    card: 'Claims in a Day',
    shotsDir: SHOTS,
  }));
});

afterAll(() => closeAll(page, app, chromium));

test('Health names the handoff that hurts most and links its figures to campaigns', async () => {
  // Mod+6 from the board opens Health.
  await page.keyboard.press('Control+6');
  const main = page.getByRole('main', { name: 'Health' });
  await main.waitFor();

  const headline = main.getByRole('status').filter({ hasText: 'hurts most' });
  await expect
    .poll(() => headline.textContent())
    .toMatch(/^The handoff that hurts most: Production → Launch/);
  expect(await headline.textContent()).toMatch(/sent back on \d+% of submissions/);

  const worst = main.getByRole('region', { name: /^1\. Production → Launch/ });
  // Its two send-backs this week, out of the demo's submitted Production → Launch packages.
  expect(await worst.getByText(/^2 of \d+ submitted$/).count()).toBe(1);
  expect(await worst.getByRole('button', { name: '“missing utm links”' }).count()).toBe(1);
  await main.getByRole('img', { name: /Production → Launch: the last 12 weeks/ }).waitFor();
  // Time from Done to retrospective, per campaign type, with the demo's one overdue
  // retrospective linked to its campaign.
  const retro = main.getByRole('region', { name: 'Time from Done to retrospective' });
  await retro.getByText('1 retrospective overdue').waitFor();
  const all = retro.getByRole('row', { name: /^All campaign types/ });
  expect(await all.textContent()).toMatch(/\d+ days?/);
  expect(await main.getByText(/retrospectives come later/).count()).toBe(0);

  // The page scrolls inside the window: a window as tall as the page shows all of it.
  const viewport = page.viewportSize()!;
  const height = await main
    .locator('section')
    .first()
    .evaluate((el) => el.scrollHeight + 80);
  await page.setViewportSize({ width: viewport.width, height });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/H-health-${scheme}.png` });
    await worst.locator('figure').screenshot({ path: `${SHOTS}/H-health-trend-${scheme}.png` });
    await retro.screenshot({ path: `${SHOTS}/H-health-retro-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(viewport);

  // The send-back rate links to the campaigns behind it; one opens as it does from the board.
  await worst
    .getByRole('button', { name: /^\d+%$/ })
    .first()
    .click();
  const behind = worst.getByRole('region', { name: /^Campaigns behind send-backs/ });
  await behind.getByRole('button', { name: 'Holiday Gift Boxes' }).waitFor();
  await behind.getByRole('button', { name: 'Claims in a Day' }).click();
  const details = page.getByRole('dialog', { name: 'Claims in a Day' });
  await details.waitFor();
  await page.screenshot({ path: `${SHOTS}/H-health-campaign-light.png` });
  await details.getByRole('button', { name: 'Done' }).click();
  await details.waitFor({ state: 'hidden' });

  // The overdue retrospective's count opens the campaign behind it.
  await retro
    .getByRole('row', { name: /^All campaign types/ })
    .getByRole('button', { name: '1' })
    .click();
  await retro.getByRole('button', { name: 'Café Partner Program' }).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  // saveAs works whether the browser runs here or is reached over a connection.
  const file = `${SHOTS}/H-health-export.md`;
  await download.saveAs(file);
  const markdown = fs.readFileSync(file, 'utf8');
  expect(markdown).toContain('**The handoff that hurts most: Production → Launch**');
  expect(markdown).toContain('"missing utm links" × 2');
  expect(markdown).toContain('- Retrospectives overdue: 1 — Café Partner Program');

  expect(pageErrors).toEqual([]);
}, 120_000);
